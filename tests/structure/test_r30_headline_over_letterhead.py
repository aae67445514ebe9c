"""r30zhpdf (issue #11): a portal page printed to PDF (or copied) shows the page's HEADLINE, often the
issued document's name ('某某县2031年国民经济和社会发展计划'), right over the notice's own title block:
its issuer on a line of its own ('某某县人民政府') and the title proper ('关于下达…的通知'). The three
lines are no one title: the issuer line opens the notice's title block, it is not the tail of the
headline. Joint issuers wrapped over lines ('某某局 某某局' / '某某署' / '关于…') and a title cut
after '关于印发' still read as one title. Made-up texts in the printed and the copied form."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

COVER = "县十七届人民代表大会第五次会议审议通过了计划草案的报告,现将计划下达给你们,请认真组织实施。"
BODY = "2031年是规划实施的关键之年,全县经济社会发展的主要预期目标是地区生产总值增长6%左右。"


def _title(text: str) -> str:
    return "".join(structure_document(clean_text(text, source_file="n.txt")).title.split())


def test_a_plan_headline_over_the_issuer_and_the_notice_title():
    title = _title("\n".join(["某某县2031年国民经济和社会发展计划", "某某县人民政府",
                              "关于下达某某县2031年国民经济和社会发展计划的通知", "", "某政发〔2031〕3号",
                              "各镇政府,各街道办事处,县政府各部门:", COVER, "某某县人民政府", "2031年2月22日", "",
                              "某某县2031年国民经济和社会发展计划", "", BODY, ""]))
    assert not title.startswith("某某县2031年国民经济和社会发展计划某某县人民政府")
    assert title in ("某某县2031年国民经济和社会发展计划", "关于下达某某县2031年国民经济和社会发展计划的通知",
                     "某某县人民政府关于下达某某县2031年国民经济和社会发展计划的通知")


def test_a_contingency_plan_headline_over_an_office_and_its_issuing_notice():
    title = _title("\n".join(["某某区森林火灾应急预案", "某某区人民政府办公室", "关于印发某某区森林火灾应急预案的通知", "",
                              "各街道办事处,区政府各部门:", "《某某区森林火灾应急预案》已经区政府同意,现印发给你们,请认真贯彻执行。",
                              "某某区人民政府办公室", "2031年3月1日", "", "某某区森林火灾应急预案", "1 总则", BODY, ""]))
    assert not title.startswith("某某区森林火灾应急预案某某区人民政府办公室")


def test_a_list_headline_over_a_commission_and_its_notice():
    title = _title("\n".join(["某某市2031年第一批重点建设项目名单", "某某市发展和改革委员会",
                              "关于下达某某市2031年第一批重点建设项目名单的通知", "", "各区县发展改革局:", COVER, ""]))
    assert not title.startswith("某某市2031年第一批重点建设项目名单某某市发展和改革委员会")


def test_a_scheme_headline_over_an_office_and_its_issuing_notice():
    title = _title("\n".join(["某某市城市精细化管理实施方案", "某某市人民政府办公室", "关于印发某某市城市精细化管理实施方案的通知",
                              "各区人民政府,市政府各部门:", "《某某市城市精细化管理实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
                              "某某市人民政府办公室", "2031年3月1日", "", "某某市城市精细化管理实施方案", "一、总体要求", BODY, ""]))
    assert not title.startswith("某某市城市精细化管理实施方案某某市人民政府办公室")


def test_must_stay_joint_issuers_wrapped_over_two_lines_are_one_title():
    title = _title("\n".join(["某某市财政局 某某市税务局", "某某市市场监督管理局", "关于做好2031年减税降费工作的通知", "",
                              "各区财政局、税务局、市场监督管理局:", COVER, ""]))
    assert title.startswith("某某市财政局某某市税务局") and title.endswith("的通知")


def test_must_stay_an_issuer_line_over_its_about_line_opening_the_text():
    title = _title("\n".join(["某某县人民政府办公室", "关于印发某某县防汛抗旱应急预案的通知", "", "各乡镇人民政府,县直各单位:",
                              COVER, ""]))
    assert title.endswith("关于印发某某县防汛抗旱应急预案的通知")


def test_must_stay_a_title_cut_after_about_issuing():
    title = _title("\n".join(["某某市人民政府办公室关于印发", "某某市干旱灾害应急预案的通知", "各县区人民政府:", COVER, ""]))
    assert title == "某某市人民政府办公室关于印发某某市干旱灾害应急预案的通知"
