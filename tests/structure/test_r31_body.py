"""(r31body) A Chinese notice printed to PDF: its headline wrapped by the print (`…督办的` / `通知`) under
a print header whose page title joins headline, column and site by unspaced hyphens or underscores;
its paragraph hard-wrapped by the extractor into lines that no width unites (proportional print),
so a line that opens with a sentence's tail must lead nothing."""
from __future__ import annotations

from pipeline.structure.leads import _runs_on, find_leads
from pipeline.structure import _headline_part, _cjk_seam

# paragraphs as the extractor left them: each a line of the print, set apart
WRAPPED = [
    ["为让人民群众生活得更有保障、更加幸福，根据年度政府工作报告安排部署，现将2016",
     "年“民生实事”目标任务分解下达。请各责任领导、责任单位认真研究、强化责任、细化措施，",
     "确保全年目标任务顺利完成。县政府督查室将常年跟踪，适时开展督查。请各责任单位于每季度",
     "末月20日前将完成情况书面报县政府督查室。"],
    ["为进一步加强校舍安全管理工作，经研究决定，在全市范围内开展校舍安全隐患排查整治行动，",
     "排查工作分三步进行。请各区教育局高度重视、精心组织、周密部署，确保排查工作取得实效、",
     "不留死角。各校要建立台账，逐项整改到位。"],
    ["根据省政府办公厅有关文件精神，结合我区实际，区政府决定对重点项目实行清单化管理（",
     "清单附后）。各部门要对照清单，落实责任分工。"],
]

# paragraphs that open with their lead: the paragraph before ends its sentence (must stay leads)
LEADS = [
    ["统筹城乡发展，推进新型城镇化。我们坚持规划引领，完善基础设施，城乡面貌明显改善。",
     "加强生态建设，改善人居环境。全年完成造林面积十万亩，治理水土流失面积五十平方公里。"],
    ["经济总量成倍增长。预计全年地区生产总值超过六千亿元，年均增长百分之十二以上，总量跃居前列。",
     "工业发展迈上新台阶。规模以上工业增加值年均增长百分之十五，新增一批百亿元企业和产业集群。"],
]


def test_a_hard_wrapped_paragraphs_lines_lead_nothing():
    failing = [k for k, texts in enumerate(WRAPPED) if any(find_leads(texts, "zh"))]
    assert not failing, failing


def test_leads_after_a_closed_paragraph_stay():
    for texts in LEADS:
        assert all(find_leads(texts, "zh")), texts


def test_runs_on_is_sure():
    assert _runs_on("现将有关事项通知如下，")
    assert _runs_on("为让人民群众生活得更有保障、更加幸福，根据年度政府工作报告安排部署，现将2016")
    for closed in ("现将有关事项通知如下：", "确保全年目标任务顺利完成。", "附件：2016年民生实事目标任务分解表",
                   "某某县人民政府办公室", "2016年2月26日", "（联系电话：6239325）"):
        assert not _runs_on(closed), closed


def test_a_headline_wrapped_under_a_portal_page_title():
    for first, second, header in (
            ("大竹县人民政府办公室关于对2016年民生实事进行重点督办的", "通知", "…的通知-政府信息公开-某某县人民政府"),
            ("某某市教育局关于做好年度校舍安全工作的", "通知", "某某市教育局关于做好年度校舍安全工作的通知_通知公告_某某市教育局"),
            ("某某区人民政府关于印发重点项目", "清单的通知", "某某区人民政府关于印发重点项目清单的通知 | 某某区人民政府网")):
        key = "".join(header.split()).casefold()
        joined = "".join((first + second).split()).casefold()
        if header.startswith("…"):
            key = joined + key[len("…的通知"):]
        assert _headline_part(joined, key), header
        assert _cjk_seam(first, second)
    # the header's part is more than the two lines: no match (a line that only starts it)
    assert not _headline_part("某某区人民政府关于印发", "某某区人民政府关于印发重点项目清单的通知-某某区人民政府")
    assert not _cjk_seam("Grant rules:", "how to apply")


def test_a_labelled_item_without_its_stop_is_no_heading():
    from collections import Counter
    from pipeline.structure.headings import _chinese_kind
    after = "企业在本区登记注册，具有独立法人资格，守法经营、诚实守信，近三年内无严重失信行为，均可申报本项目。"
    for item in ("（3）申报材料装订要求：一式两份，胶装订成书册状", "（2）联系方式：区科技局，电话见附件",
                 "3.报送方式：纸质材料一式三份，电子版一份"):
        assert _chinese_kind(item, Counter(), after) is None, item
    # heads stay: a colon head over its paragraph, a numbered head without a colon, a head with a colon inside a name
    for head in ("（一）存在问题：", "（三）技术支持", "一、总体要求", "（二）“十四五”规划：目标与任务"):
        assert _chinese_kind(head, Counter(), after), head
