"""(r31body) A notice's list items lost as page furniture: the number of an item in its brackets
(`（1）经…认定的…企业；`) counting up section after section was read as a page number glued into the
text (`glued-page-number`), and the same item under two parallel sections (`（3）申报材料装订要求：…`)
as a running head. Neither is ever a page's mark; a page number glued between two sentences still goes."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.rules_pages import _candidate

ITEMS = ["经省民营科技企业协会备案认定的民营科技企业；", "经国家科技型中小企业评价系统认定的科技型中小企业；",
         "高新技术企业或高新技术培育企业；", "市级“瞪羚计划”企业；", "获得各级人才计划资助的领军人才企业。"]
PARA = "企业在本区登记注册，具有独立法人资格，守法经营、诚实守信，近三年内无严重失信行为，符合以下条件之一："


def _notice(parts: int, heads: tuple[str, str, str]) -> str:
    lines = ["关于组织申报年度科技金融计划项目的通知", ""]
    for p in range(parts):
        kind = "甲乙丙丁戊己"[p]
        lines += [f"{'一二三四五六七八'[p]}、{heads[0]}（{kind}类）", "", "1.申报对象", "", kind + "类" + PARA, ""]
        lines += [x for k, t in enumerate(ITEMS) for x in (f"（{k + 1}）{kind}类：{t}", "")]
        lines += ["2.申报要求", "", f"（1）申报时间：{kind}类企业于规定日期前完成网上申报。", "",
                  f"（2）申报材料：按照以下顺序装订{kind}类材料。", "", f"（3）{heads[1]}", "", heads[2] + f"{kind}类事项另行通知。", ""]
    return "\n".join(lines) + "\n"


DOCS = [(5, ("科技信贷", "申报材料装订要求：一式两份，胶装订成书册状", "其他事项按有关规定执行，")),
        (4, ("保险补贴", "材料报送方式：纸质材料一式三份，电子版一份", "未尽事宜另行通知，")),
        (6, ("投资奖励", "联系方式：区科技局，电话见附件", "本通知由区科技局负责解释，"))]


def test_a_notices_bracketed_item_numbers_and_repeated_items_stay():
    failing = []
    for parts, heads in DOCS:
        cleaned = clean_text(_notice(parts, heads))
        text = "\n".join(str(t) for t in cleaned.lines)
        lost = [r.text for r in cleaned.removed if r.text.strip()]
        if lost or text.count(f"（3）{heads[1]}") != parts or text.count("（1）") != 2 * parts:
            failing.append((heads[0], lost[:4]))
    assert not failing, failing


def test_a_bracketed_chinese_item_is_no_running_line_but_a_head_still_is():
    assert not _candidate("（3）申报材料装订要求：一式两份，胶装订成书册状")
    assert _candidate("某某市人民政府公报 2021年第3期")


def test_a_notices_numbered_contact_section_is_no_site_footer():
    from pipeline.clean.rules_tail import FOOTER_LINKS, OWN_NUMBERED
    stay = ["（三）技术支持：", "四、联系我们", "3.技术支持", "（2）联系我们："]
    go = ["技术支持：某某网络科技有限公司", "网站地图 | 联系我们 | 使用帮助", "主办：某某县人民政府办公室", "2019 技术支持：某某公司"]
    assert all(FOOTER_LINKS.search(t) and OWN_NUMBERED.match(t) for t in stay)
    assert all(FOOTER_LINKS.search(t) and not OWN_NUMBERED.match(t) for t in go)
    text = "\n".join(["关于组织申报科技金融计划项目的通知", "", PARA + "请按要求办理。", "", "六、联系方式", "",
                      "（一）业务咨询：", "", "区科技局 电话：00000000", "", "（二）技术支持：", "",
                      "某某科技有限公司 电话：00000001", "", "网站地图 | 联系我们 | 使用帮助", "技术支持：某某网络公司"]) + "\n"
    cleaned = clean_text(text)
    gone = [r.text.strip() for r in cleaned.removed if r.text.strip()]
    assert "（二）技术支持：" not in gone and "网站地图 | 联系我们 | 使用帮助" in gone and "技术支持：某某网络公司" in gone
