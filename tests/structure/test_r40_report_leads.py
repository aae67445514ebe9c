"""(r40, issue #11) Run-in leads of Chinese government work reports as users copy them off pages
(tuning set ry): a dashed lead alone (its run cut by the copy, or the dash written with two U+2015
bars `――`), and a copy cut short in the middle of a report's run of topic leads, whose last paragraph
keeps its lead. Made-up reports, bulletins and speeches of several drafting styles (never the set's
words), with what must stay: a speech's or a statement's closing sentence, a sentence that tells, a
lone topic sentence that does not end the text, a dash paragraph with nothing after its sentence.
Each text goes through the real decode -> clean -> structure chain."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs


def read(text: str):
    return structure_document(clean_text(text, source_file="t.txt"), structure="rules")


def leads(text: str) -> list[str]:
    return [p.lead for p in all_paragraphs(read(text)) if p.lead]


HEAD = ["某县2019年政府工作报告", "", "——2019年2月20日在某县第十七届人民代表大会第三次会议上", "",
        "县长 某某", "", "各位代表：", "",
        "现在，我代表县人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。", ""]
OPEN = ["一、2018年工作回顾", "",
        "过去一年，我们在市委、市政府和县委的坚强领导下，统筹推进稳增长、促改革、调结构、惠民生各项工作，全县经济社会保持平稳健康发展。", ""]


def report(*paras: str, head: list[str] = HEAD) -> str:
    body = []
    for p in paras:
        body += [p, ""]
    return "\n".join(head + OPEN + body) + "\n"


# -- a dashed lead alone ---------------------------------------------------------------------------

@pytest.mark.parametrize("dash", ["——", "――", "──"])
def test_a_dashed_lead_counts_alone_when_its_paragraph_goes_on(dash):
    text = report(f"{dash}农业生产稳中有进。全年粮食产量达到28.6万吨，增长2.1%；新建高标准农田1.2万亩，农村人居环境整治三年行动顺利收官。",
                  "在肯定成绩的同时，我们也清醒地看到，经济发展中还存在不少困难和问题，我们将采取有力措施加以解决。")
    assert leads(text) == [f"{dash}农业生产稳中有进。"]


def test_a_dash_paragraph_with_nothing_after_its_sentence_leads_nothing():
    text = report("——农业生产稳中有进。",
                  "在肯定成绩的同时，我们也清醒地看到，经济发展中还存在不少困难和问题，我们将采取有力措施加以解决。")
    assert leads(text) == []


def test_a_dated_dash_line_is_no_lead():
    text = report("——2018年12月，全县脱贫攻坚工作通过省级第三方评估验收，各项指标均达到退出标准，群众满意度达到98%以上。",
                  "在肯定成绩的同时，我们也清醒地看到，经济发展中还存在不少困难和问题，我们将采取有力措施加以解决。")
    assert leads(text) == []


# -- a copy cut short in a run of topic leads ------------------------------------------------------

def test_a_short_topic_lead_ends_a_report_cut_short():
    text = report("工业经济提质增效。全县规模以上工业增加值增长7.8%，新增规模以上工业企业12家，园区基础设施不断完善。")
    assert leads(text) == ["工业经济提质增效。"]


def test_a_span_opener_topic_sentence_ends_a_report_cut_short():
    text = report("五年来，城乡面貌显著改善。新建改建城市道路46公里，完成棚户区改造1.3万户，县城建成区面积扩大到18平方公里。")
    assert leads(text) == ["五年来，城乡面貌显著改善。"]


def test_a_years_topic_sentence_with_is_ends_a_report_cut_short():
    text = report("这五年是全县基础设施建设投入最多的五年。累计完成交通建设投资52亿元，高速公路实现零的突破，所有行政村通了硬化路。")
    assert leads(text) == ["这五年是全县基础设施建设投入最多的五年。"]


def test_a_statistical_bulletin_cut_short_keeps_its_last_lead():
    text = "\n".join(["某市2020年国民经济和社会发展统计公报", "", "某市统计局", "", "一、综合", "",
                      "初步核算，全年全市地区生产总值312.5亿元，按可比价格计算，比上年增长3.6%。", "", "二、农业", "",
                      "种植业结构不断优化。全年粮食播种面积45.2万亩，比上年减少0.8万亩；蔬菜播种面积12.6万亩，增加1.1万亩。"]) + "\n"
    assert leads(text) == ["种植业结构不断优化。"]


def test_a_lone_topic_sentence_that_does_not_end_the_text_stays_prose():
    text = report("工业经济提质增效。全县规模以上工业增加值增长7.8%，新增规模以上工业企业12家，园区基础设施不断完善。",
                  "在肯定成绩的同时，我们也清醒地看到，经济发展中还存在不少困难和问题，我们将采取有力措施加以解决。")
    assert leads(text) == []


def test_a_sentence_that_tells_does_not_end_a_report_as_a_lead():
    text = report("2018年是全县发展极不平凡的一年。面对复杂严峻的形势，我们坚定信心、迎难而上，较好完成了全年目标任务。")
    assert leads(text) == []


def test_a_statement_of_importance_ending_a_report_is_no_lead():
    text = report("社会稳定事关发展全局。全县法院和公安机关审结各类案件3200余件，群众安全感测评位居全市前列。")
    assert leads(text) == []


def test_a_speech_ending_on_a_maxim_has_no_lead():
    text = "\n".join(["在全县干部大会上的讲话", "", "同志们：", "", "一、统一思想，提高认识", "",
                      "今天召开这次会议，主要任务是总结去年工作，部署今年任务，动员全县上下进一步坚定信心、真抓实干。", "",
                      "纪律就是生命线。全县党员干部要严守政治纪律和政治规矩，做到令行禁止，确保各项决策部署落到实处。"]) + "\n"
    assert leads(text) == []


def test_a_policy_text_ending_on_an_opening_clause_has_no_lead():
    text = "\n".join(["某市关于促进民营经济发展的实施意见", "", "一、总体要求", "",
                      "以习近平新时代中国特色社会主义思想为指导，全面贯彻新发展理念，着力优化营商环境。", "",
                      "在工作布局上，重点抓好三个方面。一是降低成本，二是拓宽融资渠道，三是保护合法权益。"]) + "\n"
    assert leads(text) == []


def test_a_whole_reports_closing_call_is_no_lead():
    text = report("我们的目标催人奋进，我们的责任重大而光荣。让我们在县委的坚强领导下，坚定信心、真抓实干，为全面建设社会主义现代化新县城而努力奋斗！")
    assert leads(text) == []


def test_a_lone_dashed_sentence_that_points_back_is_no_lead():
    text = report("——这是全县上下共同努力的结果。全县干部群众攻坚克难、团结奋斗，各项工作都取得了新的进展，发展基础进一步夯实。",
                  "在肯定成绩的同时，我们也清醒地看到，经济发展中还存在不少困难和问题，我们将采取有力措施加以解决。")
    assert leads(text) == []


# -- a page of a report with no title block ---------------------------------------------------------

PAGE = ["五年来，我们坚持依法行政，自觉接受人大的法律监督和政协的民主监督，认真办理人大代表建议和政协委员提案，政府工作效率不断提高。", "",
        "各位代表，五年来，我们经受了诸多严峻考验，各项工作都取得了显著成绩，全县人民建设美好家园的积极性空前高涨。", "",
        "在此，我代表县人民政府，向全县广大干部群众，向各位人大代表、政协委员和所有关心支持全县发展的各界人士，表示衷心的感谢！", ""]


def test_a_report_page_without_its_title_block_is_named_by_its_address_and_voice():
    assert read("\n".join(PAGE)).title == "政府工作报告"


def test_a_traditional_report_page_is_named_in_its_script():
    page = [p.replace("们", "們").replace("这", "這").replace("发展", "發展").replace("会", "會") for p in PAGE]
    assert read("\n".join(page)).title == "政府工作報告"


def test_a_standing_committee_report_page_is_not_named_a_government_report():
    page = [p.replace("我代表县人民政府", "我代表县人大常委会") for p in PAGE]
    assert read("\n".join(page)).title != "政府工作报告"


def test_a_page_with_its_own_title_keeps_it():
    assert read("\n".join(["某县人民政府工作报告（摘要）", ""] + PAGE)).title == "某县人民政府工作报告（摘要）"


def test_a_text_that_stops_mid_sentence_gives_its_last_paragraph_no_lone_lead():
    text = report("工业经济提质增效。全县规模以上工业增加值增长7.8%，新增规模以上工业企业12家，园区基础设施不断")
    assert leads(text) == []
