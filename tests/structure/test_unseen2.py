"""Structure rules the fourth round of unseen documents prompted (issue #11, unseen2, xm1-xm8):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

FILL = "本条例所称水利设施，是指用于防洪、灌溉、供水的堤防、水库、渠道和泵站等工程及其附属设施。"


def test_a_promulgation_order_over_the_act_is_front_matter():
    text = "\n\n".join([
        "某某省人民政府令", "第十二号",
        "《某某省水利设施管理办法》已由省人民政府第五次常务会议于2031年3月1日通过，现予公布，自2031年5月1日起施行。",
        "省长　某某", "2031年3月8日", "某某省水利设施管理办法",
        "第一章　总　　则", "第一条　" + FILL, "第二章　管　　理", "第二条　" + FILL])
    doc = doc_of(text)
    assert doc.title == "某某省水利设施管理办法"
    assert [t for _, t in outline(doc)] == ["第一章　总　　则", "第二章　管　　理"]
    # an order that names another act than the line under it: the title block is read as before
    text = text.replace("《某某省水利设施管理办法》", "《某某省河道管理办法》")
    assert doc_of(text).title != "某某省水利设施管理办法"


def test_a_reprint_names_its_document_in_book_title_marks():
    text = "\n\n".join([
        "据某某网报道 日前，某某厅印发了《关于加强乡村学校建设的意见》，要求各地认真落实。",
        "《关于加强乡村学校建设的意见》全文如下。", FILL, "一、总体要求", FILL, "二、主要任务", FILL])
    assert doc_of(text).title == "关于加强乡村学校建设的意见"


def test_a_bills_long_title_under_its_kind_is_the_title_or_its_subtitle():
    text = "\n\n".join([
        "41st LEGISLATURE", "  1st Session", "S. B. 12", "IN THE STATE SENATE", "March 3, 2031", "A BILL",
        " To establish a board for the wells of the county, and for\n other purposes.",
        "    Be it enacted by the Legislature of the State,",
        "SECTION 1. SHORT TITLE.", "    This Act may be cited as the ``County Wells Act''.",
        "SEC. 2. THE BOARD.", "    (a) In General.--There is a board.", "SEC. 3. MEETINGS.", "    The board meets."])
    doc = doc_of(text)
    # the name its short-title clause gives it is the title; the long title stands under it
    assert doc.title == "County Wells Act"
    assert doc.subtitle == "To establish a board for the wells of the county, and for other purposes."
    # without a short-title clause the long title is the title
    doc = doc_of(text.replace("    This Act may be cited as the ``County Wells Act''.", "    The board is named here."))
    assert doc.title == "To establish a board for the wells of the county, and for other purposes."
    assert [t for _, t in outline(doc)] == ["SECTION 1. SHORT TITLE.", "SEC. 2. THE BOARD.", "SEC. 3. MEETINGS."]


def test_an_act_without_a_title_line_is_named_by_its_short_title_clause():
    from pipeline.structure.front import title_from_text
    paragraphs = ["Be it enacted by the Legislature of the State,",
                  "This Act may be cited as the ``County Wells Act''."]
    assert title_from_text(paragraphs, "SECTION 1.") == "County Wells Act"
    # the enacting words' act name still wins where there is no short title
    assert title_from_text(["We do ordain and establish this Constitution for the Isles."], "") == "Constitution for the Isles"


def test_title_case_capitalises_the_first_letter_after_a_bracket():
    from pipeline.structure.front import title_case
    assert title_case("WELLS ACT 2031 (NO. 4, 2031)") == "Wells Act 2031 (No. 4, 2031)"
    assert title_case('"THE" WELLS') == '"The" Wells'


ZH_PARA = "过去一年，全市上下共同努力，经济运行稳中有进，各项民生事业取得新的进展，人民群众的获得感不断增强。" * 2
EN_PARA = "Over the past year the whole city worked together and the economy grew steadily."


def test_a_bilingual_editions_english_lines_are_no_headings():
    text = "\n\n".join([
        "水务工作报告", "各位代表：", "Fellow deputies,", ZH_PARA, EN_PARA,
        "一、过去一年的工作", "I. Our Work in the Past Year", ZH_PARA, EN_PARA,
        "二、今年的任务", "II. Our Tasks This Year", ZH_PARA, EN_PARA])
    assert outline(doc_of(text)) == [(1, "一、过去一年的工作"), (1, "二、今年的任务")]


def test_english_headings_in_a_chinese_text_are_no_translations():
    from pipeline.structure import _translation_lines
    from pipeline.structure.blocks import Block
    from pipeline.structure.headings import Heading
    body = [Block(t, n) for n, t in enumerate(["项目说明", ZH_PARA, "Installation", ZH_PARA, "Usage", ZH_PARA,
                                               "License", ZH_PARA], 1)]
    headings = [Heading(i, "plain|", "", False) for i in (2, 4, 6)]
    assert _translation_lines(body, headings) == headings   # too short to translate the paragraph above
    body = [Block(t, n) for n, t in enumerate(["一、工作", "I. Work", ZH_PARA, EN_PARA, "二、任务", "II. Tasks",
                                               ZH_PARA, EN_PARA], 1)]
    headings = [Heading(i, "plain|", "", False) for i in (0, 1, 4, 5)]
    assert [h.index for h in _translation_lines(body, headings)] == [0, 4]


def test_a_speakers_name_under_a_reprinted_speechs_title_is_no_heading():
    text = "\n\n".join([
        "学习园地", "某校召开新学期动员会", FILL * 2,
        "把乡村学校办得更好", "某某", "同志们，今天我们在这里开会，" + FILL * 2, "第一，要抓好教师队伍。" + FILL])
    assert [t for _, t in outline(doc_of(text))] == ["某校召开新学期动员会", "把乡村学校办得更好"]


def test_a_drafters_subsection_headings_run_in_and_open_paragraphs():
    text = "\n\n".join([
        "A BILL",
        "To establish a board for the wells of the county, and for other purposes.",
        "SECTION 1. THE BOARD.",
        "    (a) In General.--There is established a board for the wells\nof the county.\n"
        "            (1) by striking one word; and\n            (2) by adding another.\n"
        "    (b) Meetings.--The board shall meet twice\na year and keep a record.",
        "SEC. 2. REPORTS.",
        "    (a) Annual Report.--The board shall report each year to the county."])
    doc = doc_of(text)
    leads = [p.lead for s in doc.sections for p in s.paragraphs if p.lead]
    assert leads == ["(a) In General.--", "(b) Meetings.--", "(a) Annual Report.--"]
    # an enumerated clause without a heading, or a heading without the double hyphen, stays text
    from pipeline.structure.leads import find_leads
    assert find_leads(["(1) by striking one word; and", "(a) In general the board meets.", "(b) Report. The board"], "en") \
        == ["", "", ""]


def test_a_letter_spaced_chinese_title_loses_its_spaces():
    text = "\n\n".join(["水 务 工 作 报 告", "各位代表：", FILL * 2, "一、过去一年的工作", FILL * 2])
    assert doc_of(text).title == "水务工作报告"
    # words spaced apart are no letter spacing: they stay as written
    assert doc_of("\n\n".join(["水务 工作 报告", FILL * 2, "一、过去一年的工作", FILL * 2])).title == "水务 工作 报告"
