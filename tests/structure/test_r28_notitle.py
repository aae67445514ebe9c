"""r28notitle (issue #11 item 4): a text with NO title line is named by what its text says, never
by a numbered point, a site's label, a viewer's counter or the issuing body's name over a cover.
One general rule per phenomenon, each widening one that existed:
- a notice relaying a higher body's notice names itself as the notice it opens on ('根据市科技局
  《关于组织申报…的通知》，…，现将有关事项通知如下：'; front.reprinted_name);
- an opening that states the document's purpose names it ('The purpose of the Annual Report of the
  Ombudsman is to …'; title_evidence.opening_subject_name);
- a legislation site's section label over a regulation ('Acts and Regulations'; title_evidence.chrome_reason);
- a document viewer's page counter over a cover ('1 of 482'; title_evidence.chrome_reason), and a
  body's name whose kind a document word qualifies ('… Peer Review Mechanism'; institution.institution_name).
All texts are made up, in the forms such pages take on different sites; the MUST-STAY cases are
a title line that is there, a cited name that is not the notice's own, a sentence that looks like
the label."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import reprinted_name
from pipeline.structure.institution import institution_name
from pipeline.structure.title_evidence import SHELF_LABEL, chrome_reason, opening_subject_name

from .helpers import all_paragraphs, doc_of

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因和下一步的打算。"
PROSE = ("The office examined the systems in place during the year and reports its findings to the Assembly, "
         "with the recommendations it made to each department and the responses it received from them.")


def full(text: str):
    """The real clean -> structure chain on a made-up page."""
    return structure_document(clean_text(text, source_file="page.txt"))


def body_text(doc) -> str:
    return "".join(p.text for p in all_paragraphs(doc)) + "".join(doc.cover)


# --- a notice relaying a higher body's notice ---------------------------------------------------------

def test_a_relaying_notice_is_named_by_the_notice_it_opens_on():
    doc = doc_of("各有关单位：\n\n根据市科技局《关于组织申报2031年度科技创新券项目的通知》，为进一步支持企业创新，"
                 "现组织区内企业开展申报工作，具体通知如下：\n\n一、申报对象\n\n" + LONG + "\n\n二、申报要求\n\n" + LONG + "\n")
    assert doc.title == "关于组织申报2031年度科技创新券项目的通知"


def test_the_relaying_notice_in_traditional_script_and_with_an_issue_number():
    doc = doc_of("各有關單位：\n\n根據省教育廳《關於做好2031年度教師培訓工作的通知》（某教〔2031〕12號）要求，"
                 "現將有關事項通知如下：\n\n一、培訓對象\n\n" + LONG + "\n\n二、工作要求\n\n" + LONG + "\n")
    assert doc.title == "關於做好2031年度教師培訓工作的通知"


def test_the_relaying_notice_opening_with_anzhao():
    assert reprinted_name(["各镇（街道）：", "按照县委组织部《关于开展基层党组织建设质量提升年活动的通知》要求，"
                           "结合我镇实际，现将有关事项通知如下："]) == "关于开展基层党组织建设质量提升年活动的通知"


def test_must_stay_a_notice_with_its_title_line_keeps_it():
    doc = doc_of("某某区科技局关于做好2031年度科技创新券申报工作的通知\n\n各有关单位：\n\n"
                 "根据市科技局《关于组织申报2031年度科技创新券项目的通知》，现将有关事项通知如下：\n\n一、申报对象\n\n"
                 + LONG + "\n\n二、申报要求\n\n" + LONG + "\n")
    assert doc.title == "某某区科技局关于做好2031年度科技创新券申报工作的通知"


def test_must_stay_a_published_guide_is_the_higher_bodys_act_not_the_relaying_notice():
    assert reprinted_name(["根据科技部《关于发布重点研发计划2031年度项目申报指南的通知》，现将有关事宜通知如下："]) == ""


def test_must_stay_a_cited_opinion_or_a_report_that_does_not_notify_is_no_name():
    assert reprinted_name(["根据《市政府关于加强科技金融结合的若干意见》，现将有关事项通知如下："]) == ""
    assert reprinted_name(["根据市政府《关于开展安全生产大检查的通知》要求，我局开展了自查，现将情况报告如下："]) == ""


# --- an opening that states the document's purpose ----------------------------------------------------

def test_the_purpose_of_the_report_names_it():
    assert opening_subject_name(["The purpose of the Annual Report of the Ombudsman is to report on the complaints "
                                 "the office received and the findings it made."]) == "Annual Report of the Ombudsman"


def test_the_aim_of_a_plan_with_its_years_names_it():
    assert opening_subject_name(["The aim of the Strategic Plan 2031-2035 is to set out how the council will meet "
                                 "the needs of its residents."]) == "Strategic Plan 2031-2035"


def test_a_report_page_opening_with_its_purpose_is_named_by_it_not_by_its_first_head():
    doc = doc_of("The purpose of the Annual Report of the Provincial Auditor is to report on the scope and findings "
                 "of the work carried out by the office.\n\nObjective and Scope\n\n" + PROSE + "\n\n" + PROSE + "\n")
    assert doc.title == "Annual Report of the Provincial Auditor"


def test_must_stay_the_purpose_of_a_section_names_no_document():
    assert opening_subject_name(["The purpose of this section is to set out the duties of the board."]) == ""
    assert opening_subject_name(["The purpose of the Review is to assess the programme."]) == ""   # one word: no name


def test_must_stay_a_title_line_over_a_purpose_opening_keeps_it():
    doc = doc_of("Report of the Provincial Auditor on Hospital Boards\n\nThe purpose of the Annual Report of the "
                 "Provincial Auditor is to report on the scope of the work.\n\n" + PROSE + "\n")
    assert doc.title == "Report of the Provincial Auditor on Hospital Boards"


# --- a legislation site's section label -----------------------------------------------------------------

def test_a_legislation_sites_section_label_is_no_title():
    doc = full("Acts and Regulations\n\n2031-12 - Harbours\n\nCurrent to 1 March 2032\nTRINARA\nREGULATION 2031-12\n"
               "under the\nHarbours Act\nUnder section 12 of the Harbours Act, the Lieutenant-Governor in Council makes "
               "the following Regulation:\nCitation\n1 This Regulation may be cited as the Harbours Regulation.\n"
               "Definitions\n2 In this Regulation, \"harbour\" means a harbour named in Schedule A to this Regulation.\n")
    assert doc.title == "2031-12 - Harbours"
    assert "Acts and Regulations" in body_text(doc)   # kept: front matter, no character lost


def test_a_statute_shelf_over_an_acts_name():
    doc = full("Statutes & Regulations\n\nHarbour Moorings Act\n\nConsolidated to 1 March 2032\n"
               "1 This Act may be cited as the Harbour Moorings Act.\n2 In this Act, \"mooring\" means a fixed "
               "anchorage in a harbour.\n3 The minister may allocate moorings.\n")
    assert doc.title == "Harbour Moorings Act"


def test_the_label_forms():
    assert SHELF_LABEL.match("Acts and Regulations") and SHELF_LABEL.match("Statutes & Regulations")
    assert SHELF_LABEL.match("Acts, Regulations and Bylaws")
    # MUST STAY: a sentence about acts, one word alone, a name
    assert not SHELF_LABEL.match("Acts and regulations made under it are listed below.")
    assert not SHELF_LABEL.match("Regulations")
    assert not SHELF_LABEL.match("Harbours Regulation")


def test_must_stay_a_label_line_in_the_body_keeps_every_character():
    text = ("Harbour Moorings Guide\n\nThis guide explains how moorings are allocated in the harbour and what the "
            "holder of a mooring must do each year.\n\nActs and Regulations\n\nThe moorings are allocated under the "
            "Harbours Act and the regulations made under it.\n")
    doc = full(text)
    assert doc.title == "Harbour Moorings Guide"
    assert "Acts and Regulations" in [s.title for s in doc.sections] + [p.text for p in all_paragraphs(doc)]


# --- a viewer's counter and a body's name over a cover ----------------------------------------------------

def test_a_viewers_counter_is_chrome_over_a_cover():
    assert chrome_reason("1 of 482", True, "AFRICAN PEER REVIEW MECHANISM") == "a viewer's page counter"
    assert chrome_reason("Page 3 of 12", True, "Harbour Report") == "a viewer's page counter"
    assert chrome_reason("1 of 482", True, "") == ""   # nothing under it: no page it counts


def test_a_body_named_with_a_document_word_is_a_body():
    assert institution_name("AFRICAN PEER REVIEW MECHANISM") == "AFRICAN PEER REVIEW MECHANISM"
    assert institution_name("Parole Review Board") == "Parole Review Board"
    assert institution_name("Western Ocean Fisheries Union") == "Western Ocean Fisheries Union"
    # MUST STAY: a document's name that ends in a body
    assert institution_name("Report of the Audit Committee") == ""
    assert institution_name("Review of the Harbour Board") == ""


def test_a_cover_under_a_counter_is_named_by_its_kind_not_by_the_body_over_it():
    doc = full("1 of 120\n\nEASTERN SEABOARD REVIEW MECHANISM\n\nREPUBLIC OF TRINARA\n\nCOUNTRY ASSESSMENT REPORT\n\n"
               "NO. 7\n\nMARCH 2031\n\nFOREWORD\n\n" + PROSE + "\n\n" + PROSE + "\n")
    assert doc.title.casefold() == "country assessment report"
    assert "EASTERN SEABOARD REVIEW MECHANISM" in " ".join(a.name for a in doc.authors) + body_text(doc)


def test_must_stay_a_cover_whose_first_line_is_the_title():
    doc = full("1 of 40\n\nHARBOUR MOORINGS REVIEW\n\nMARCH 2031\n\nFOREWORD\n\n" + PROSE + "\n\n" + PROSE + "\n")
    assert doc.title.casefold() == "harbour moorings review"


# --- what never names a text: a mark printed after each speech -------------------------------------------
# A text with no title line and no name in it is named by its first heading, even one numbered as a
# point ('一、…'): issue 11's order (its first heading, the act's name, the file name last).

def test_a_decision_opening_with_its_date_is_named_by_its_first_heading_never_the_date():
    doc = doc_of("（2031年4月13日）\n\n为加快某某事业发展，特作出如下决定。\n\n一、充分认识加快发展的重大意义\n\n" + LONG
                 + "\n\n二、明确加快发展的总体要求\n\n" + LONG + "\n")
    assert doc.title == "一、充分认识加快发展的重大意义"


def test_must_stay_a_regulation_with_no_title_line_may_be_named_by_its_first_chapter():
    doc = doc_of("第一章 总则\n\n第一条 本规定适用于本县行政区域。\n\n第二章 附则\n\n第二条 本规定自公布之日起施行。\n")
    assert doc.title == "第一章 总则"


def test_a_host_scripts_done_mark_printed_after_each_speech_is_no_title():
    doc = doc_of("同志们：\n\n今天我们召开全市工作会议，会议有三项议程。\n\n下面，进行第一项议程：\n\n请某局长通报全年工作情况。\n\n"
                 "……………………（完）\n\n下面，进行第二项议程：\n\n请某副市长讲话。\n\n……………………（完）\n\n"
                 "下面，进行第三项议程：\n\n请市长作重要讲话，大家欢迎。\n\n……………………（完）\n")
    assert "完" not in doc.title and doc.title == "t"
    assert sum("（完）" in p for p in [p.text for p in all_paragraphs(doc)]) == 3   # every mark kept as text


def test_must_stay_a_headline_printed_twice_still_names_the_page():
    doc = doc_of("县政府召开经济工作座谈会\n\n来源：县融媒体中心\n\n县政府召开经济工作座谈会\n\n"
                 "本报讯 24日，县政府召开座谈会，听取各方面对今年经济工作的意见和建议。" + LONG + "\n")
    assert doc.title == "县政府召开经济工作座谈会"


# --- a consolidation's chapter number and a wrapped version note over the Act's name -----------------------

CONSOLIDATED = ("- Updated to: March 1,\n2031 -\n(Includes\nAmendments Proclaimed on January 6, 2030)\n(Click\n"
                "HERE for Previous Version of this\nAct)\nCHAPTER H-3\n"
                "HARBOURS ACT\nDefinitions\n1. In this Act\n(a) \"harbour\" means a harbour named in the schedule;\n"
                "(b) \"mooring\" means a fixed anchorage in a harbour;\nApplication\n2. This Act applies to every harbour "
                "in the province and to every mooring in a harbour.\n")


def test_a_consolidations_chapter_number_and_version_note_are_no_title():
    doc = full(CONSOLIDATED)
    assert doc.title.casefold() == "harbours act"
    assert "HARBOURS ACT" in body_text(doc) + doc.title   # no letter of the text lost


def test_must_stay_a_title_with_its_own_brackets_is_title_shaped():
    from pipeline.structure.title_evidence import top_line_title
    assert top_line_title(["The Harbour Moorings Guide", "This guide explains how moorings are allocated."], True) \
        == "The Harbour Moorings Guide"
    assert top_line_title(["Amendments Proclaimed on January 6, 2030)", "Harbour Moorings Guide",
                           "This guide explains how moorings are allocated."], True) == "Harbour Moorings Guide"


def test_a_code_sites_name_in_capitals_is_no_title():
    """(s28) the shelf label in capitals after the jurisdiction's name ('IOWA STATUTES AND CODES') over one section."""
    from pipeline.structure.title_evidence import chrome_reason

    assert chrome_reason("TRINARA STATUTES AND CODES", True, "12.4 - DEFINITIONS.") == "a legislation site's section label"
    assert chrome_reason("Trinara Harbours Act", True, "12.4 - DEFINITIONS.") == ""
    doc = full("TRINARA STATUTES AND CODES\n12.4 - DEFINITIONS.\n12.4 DEFINITIONS.\nAs used in this chapter unless the context "
               "otherwise requires:\n1. \"Harbour\" means a harbour named in the schedule to this chapter.\n"
               "2. \"Master\" means the harbour master appointed under section 12.2.\n")
    assert doc.title != "TRINARA STATUTES AND CODES" and "TRINARA STATUTES AND CODES" in body_text(doc)
