"""r25notitle (issue #11): a text with no title line names itself in its opening words, one general
rule per phenomenon: a work report's opening sentence in the shorter form ('向大会作工作报告') or with
a converter's reading glosses in it ('報（bào）告'); a regulation's purpose clause ('为了加强…管理，
…，制定本条例'); a guide compiled under a law ('根据《…条例》…编制本指南'). Used only where no line
reads as the title. All texts are made up."""
from __future__ import annotations

from pipeline.structure.front import economy_brief, entrusted_report, guide_under_law, kind_from_opening, purpose_named_rules

from .helpers import doc_of

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


# --- a work report's opening sentence ----------------------------------------------------------------

def test_the_short_form_of_the_work_reports_opening_names_its_kind():
    assert kind_from_opening(["现在，我代表县人民政府向大会作工作报告，请予审议。"]) == "政府工作报告"
    assert kind_from_opening(["我代表县人民政府向大会作工作部署。"]) == ""


def test_a_work_report_made_on_the_governments_behalf_names_its_kind():
    assert kind_from_opening(["受镇人民政府委托，向大会作政府工作报告，请予审议。"]) == "政府工作报告"


def test_reading_glosses_do_not_hide_the_work_reports_opening():
    assert kind_from_opening(["現（xiàn）在，我代表市人民政府，向大會報（bào）告政府工作，請予審議。"]) == "政府工作報告"


def test_a_report_with_no_title_line_is_named_by_its_opening_sentence():
    doc = doc_of("——2031年1月5日在某某县第九届人民代表大会第二次会议上\n\n各位代表：\n\n"
                 "现在，我代表县人民政府向大会作工作报告，请予审议。\n\n一、过去一年的工作\n\n" + LONG
                 + "\n\n二、今年的主要任务\n\n" + LONG + "\n")
    assert doc.title == "政府工作报告"


# --- a regulation's purpose clause ------------------------------------------------------------------

def test_a_regulations_purpose_clause_names_it():
    assert purpose_named_rules(["为了加强城市绿地管理，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。"]) \
        == "城市绿地管理条例"
    assert purpose_named_rules(["第一条 为规范公共停车场管理，根据有关规定，制定本办法。"]) == "公共停车场管理办法"
    # not the management form, or not a rule it makes: nothing is made up
    assert purpose_named_rules(["为了保护和改善环境，制定本法。"]) == ""
    assert purpose_named_rules(["为了加强城市绿地管理，我们开展了专项检查。"]) == ""


def test_a_regulation_with_no_title_line_is_named_by_its_purpose_clause_not_its_first_chapter():
    doc = doc_of("第一章 总则\n\n为了加强城市绿地管理，改善生态环境，结合本市实际，制定本条例。\n\n"
                 "本条例适用于本市行政区域内城市绿地的规划、建设、保护和管理。\n\n第二章 规划和建设\n\n" + LONG + "\n\n"
                 "第三章 保护和管理\n\n" + LONG + "\n")
    assert doc.title == "城市绿地管理条例"


def test_a_regulation_with_its_title_line_keeps_it():
    doc = doc_of("某某市公园管理条例\n\n第一章 总则\n\n为了加强城市绿地管理，改善生态环境，制定本条例。\n\n"
                 "第二章 附则\n\n" + LONG + "\n")
    assert doc.title == "某某市公园管理条例"


# --- a guide compiled under a law ---------------------------------------------------------------------

def test_a_guide_compiled_under_a_law_is_named_for_the_laws_subject():
    assert guide_under_law(["为了方便公民获取政府信息，根据《中华人民共和国政府信息公开条例》要求，编制本指南。"]) \
        == "政府信息公开指南"
    assert guide_under_law(["根据《某某条例》规定，编制本目录。"]) == "某某目录"
    assert guide_under_law(["根据《中华人民共和国政府信息公开条例》，我局认真做好公开工作。"]) == ""


def test_a_guide_with_no_title_line_is_named_by_its_opening_sentence():
    doc = doc_of("为了方便公民、法人和其他组织获取政府信息，按照《中华人民共和国政府信息公开条例》要求，编制本指南。\n\n"
                 "一、信息分类\n\n" + LONG + "\n\n二、获取方式\n\n" + LONG + "\n")
    assert doc.title == "政府信息公开指南"


# --- a report made to the standing committee on the government's behalf -------------------------------

ENTRUSTED = "受县人民政府的委托，向县人大常委会报告2031年度县本级预算执行和其他财政收支的审计情况，请予审议。"


def test_an_entrusted_report_is_named_by_its_subject_and_the_place_of_its_level():
    assert entrusted_report([ENTRUSTED], ["某某市某某县审计局局长 某某某", "2032年9月1日"]) \
        == "某某县2031年度县本级预算执行和其他财政收支的审计情况"
    assert entrusted_report([ENTRUSTED], ["2032年9月1日"]) == "2031年度县本级预算执行和其他财政收支的审计情况"
    assert entrusted_report(["受县人民政府委托，向大会报告政府工作，请予审议。"], []) == ""   # kind_from_opening's


def test_an_entrusted_report_with_no_title_line():
    doc = doc_of("某某市某某县审计局局长 某某某\n\n2032年9月1日\n\n主任、各位副主任、各位委员：\n\n" + ENTRUSTED
                 + "\n\n一、财政管理审计情况\n\n" + LONG + "\n\n二、重点专项资金审计情况\n\n" + LONG + "\n")
    assert doc.title == "某某县2031年度县本级预算执行和其他财政收支的审计情况"


# --- an economic-performance brief -------------------------------------------------------------------

def test_an_economy_brief_is_named_by_its_period_and_area():
    assert economy_brief(["上半年，全区实现地区生产总值88.8亿元，同比增长5.1%。"], "zh-CN") == "上半年全区经济运行情况"
    assert economy_brief(["1-5月，全市生产总值增长4.2%。"], "zh-CN") == "1-5月全市经济运行情况"
    assert economy_brief(["上半年，我们完成了各项任务。"], "zh-CN") == ""
    assert economy_brief(["全区实现地区生产总值88.8亿元。"], "zh-CN") == ""   # no period: no name


def test_an_economy_brief_with_no_title_line():
    doc = doc_of("前三季度，全县实现地区生产总值66.6亿元，同比增长5.5%。\n\n一、农业生产稳定\n\n" + LONG
                 + "\n\n二、工业生产向好\n\n" + LONG + "\n")
    assert doc.title == "前三季度全县经济运行情况"


# --- an English budget speech with no title line ---------------------------------------------------------

def test_a_budget_speech_is_named_by_its_opening():
    from pipeline.structure.title_evidence import budget_speech_name
    assert budget_speech_name(["-", "Madam Speaker, Honourable Members.", "-",
                               "I rise to present the Appropriation Bill for the financial year 2031/32 to this House."]) \
        == "Budget Speech 2031/32"
    assert budget_speech_name(["Mr Speaker, I am pleased to present the Budget for the fiscal year 2031-32."]) \
        == "Budget Speech 2031-32"
    assert budget_speech_name(["The Appropriation Bill for the financial year 2031/32 was passed last week."]) == ""


def test_a_budget_speech_with_no_title_line():
    doc = doc_of("Opening Remarks\n\nMadam Speaker, Honourable Members of the House.\n\n"
                 "It is an honour for me to present the Appropriation Bill for the financial year 2031/32 before "
                 "this House, together with the medium term framework for the three years that follow it.\n\n"
                 "Economic Outlook\n\nThe economy grew faster than expected last year, and revenue collections "
                 "exceeded the estimates made at the time of the last budget by a comfortable margin.\n")
    assert doc.title == "Budget Speech 2031/32"
    assert [s.title for s in doc.sections][:1] == ["Opening Remarks"]
