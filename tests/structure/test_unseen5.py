"""Structure rules the unseen5 round (issue #11, xv1-xv8: English texts and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from pipeline.structure.blocks import _dedented, make_blocks
from structure.test_unseen_kinds import doc_of, outline

PROSE = "现将有关事项通知如下，请结合实际认真贯彻落实，确保各项工作任务按期完成，并及时报告工作进展情况。"


def test_a_red_header_over_the_document_number_is_no_title():
    """A guard, not a new rule: the title reader already skips the masthead and the number (xv8
    failed only because the printed lines were not rejoined)."""
    text = "\n\n".join(["某某省人民政府办公厅文件", "某政办发〔2010〕8号", "某某省人民政府办公厅关于做好某某工作的通知",
                      "各市州人民政府：", PROSE])
    doc = doc_of(text)
    assert doc.title == "某某省人民政府办公厅关于做好某某工作的通知"
    # an office's name alone over a title (no number under it) is the issuing body, as before
    assert doc_of("\n\n".join(["某某省人民政府办公厅", "关于做好某某工作的通知", PROSE])).title != "某某省人民政府办公厅"


def test_a_headline_wrapped_inside_a_title_mark_is_one_title():
    text = "\n".join(["某某市：关于印发《某某市某某工作责任制实施", "细则》的通知", "", "各区人民政府：", PROSE])
    doc = doc_of(text)
    assert doc.title == "某某市：关于印发《某某市某某工作责任制实施细则》的通知"
    assert doc.title_abbrev == ""   # the second line continues the title; it does not repeat it


def test_a_printed_title_glued_to_its_addressees_comes_apart():
    text = "\n\n".join(["某某省人民政府办公厅关于做好某某工作的通知各市州人民政府，省直各单位：", PROSE])
    doc = doc_of(text)
    assert doc.title == "某某省人民政府办公厅关于做好某某工作的通知"


FULL = "某某工作要坚持问题导向，健全工作机制，加强统筹协调，推动各项政策措施落地见效，确保取得"
SHORT_LINES = ["第一条 为了落实某某工作责任，根据《某某条例》《某某办法", "》，结合本市实际，制定本细则。"]


def test_a_short_printed_page_of_chinese_rejoins_its_lines():
    # fifteen printed lines (a one-page notice): the paragraph running over the margin is one block
    lines = [FULL, "实效。"] * 6 + [FULL[:-3] + "《某某", "条例》要求。", "各单位要认真执行。"]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert blocks[0].text == FULL + "实效。"
    assert blocks[-2].text.endswith("《某某条例》要求。")   # a line ending in an open title mark runs on


def test_a_number_line_and_a_title_a_blank_apart_are_not_one_printed_line():
    lines = [FULL, "实效。"] * 6 + ["某政办发〔2010〕8号", "", "某某省人民政府办公厅关于做好某某工作"]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert [b.text for b in blocks[-2:]] == ["某政办发〔2010〕8号", "某某省人民政府办公厅关于做好某某工作"]


EN = "The council shall publish its accounts every year and lay them before the assembly in good time."


def test_a_text_copied_out_of_source_code_loses_the_codes_indentation():
    body = ["Article 1", "", EN, "", "Article 10 is amended as follows:", "", EN, "", "Article 2", "", EN]
    text = "\n".join(" " * 12 + line for line in ["Rules of the Example Council", ""] + body)
    assert outline(doc_of(text)) == [(1, "Article 1"), (1, "Article 2")]
    # indentation that not every line shares (a quotation, verse) stays
    lines = ["Rules", "", EN, "", "    a quoted line", "", EN]
    assert _dedented(lines) == lines


def test_a_sentence_that_cites_a_division_is_no_heading():
    text = "\n\n".join(["Example Amending Rules", "Article 1", EN, "Section 4 of the Rules is repealed.", EN,
                        "Article 2", EN])
    assert [t for _, t in outline(doc_of(text))] == ["Article 1", "Article 2"]


def test_a_kicker_ending_in_an_article_goes_on_into_the_title():
    doc = doc_of("\n\n".join(["Proposal for a", "DECISION OF THE EXAMPLE COUNCIL", EN]))
    assert doc.title == "Proposal for a DECISION OF THE EXAMPLE COUNCIL"
    assert doc.title_abbrev == ""
    assert doc_of("\n\n".join(["Notes on the Budget", "Introduction", EN])).title == "Notes on the Budget"


def test_a_title_over_its_alternative_title_is_one_title():
    doc = doc_of("\n\n".join(["Ivanhoe;", "or, the Saxon and the Norman", "by A. Writer", "Chapter 1", EN]))
    assert doc.title == "Ivanhoe; or, the Saxon and the Norman"
    # a long line opening with 'or' is prose, not an alternative title
    assert "or," not in doc_of("\n\n".join(["Ivanhoe;", "or, as I call it, " + EN, EN])).title


def test_opening_remarks_first_is_a_heading_not_the_title():
    doc = doc_of("\n\n".join(["Opening Remarks", "Honourable Speaker, " + EN, EN, "Economic Outlook", EN]))
    assert (1, "Opening Remarks") in outline(doc)


ACT = ["Example Rules, 2020", "", "ARRANGEMENT OF SECTIONS", "Sections", "PART 1 - OPENING", "1. Name of the rules.",
       "2. Meaning of words.", "", "PART 2 - MEETINGS", "3. Calling a meeting.", "4. Votes.", "",
       "EXAMPLE STATE", "AN ACT to make rules for the example association, its meetings and its members, and for other purposes.",
       "", "PART 1 - OPENING", "1. Name of the rules.",
       "(1) These rules may be cited as the Example Rules, 2020.", "", "2. Meaning of words.",
       "In these rules, a member is a person on the roll.", "", "PART 2 - MEETINGS", "3. Calling a meeting.",
       "(1) The chair calls a meeting.", "", "4. Votes.", "Each member has one vote."]


def test_an_act_with_its_arrangement_gets_parts_sections_and_its_cited_title():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    doc = structure_document(clean_text("\n".join(ACT), source_file="t.txt"), structure="rules")
    assert outline(doc) == [(1, "PART 1 - OPENING"), (2, "1. Name of the rules."), (2, "2. Meaning of words."),
                            (1, "PART 2 - MEETINGS"), (2, "3. Calling a meeting."), (2, "4. Votes.")]
    assert doc.title == "Example Rules, 2020"


def test_section_heads_over_their_text_need_parts_and_three_of_them():
    heads = ["1. Name of the rules.", "(1) These rules apply.", "", "2. Meaning of words.", "In these rules, all.",
             "", "3. Calling a meeting.", "(1) The chair calls it."]
    text = "\n".join(["Example Rules", "", "PART 1 - OPENING", ""] + heads)
    assert [t for _, t in outline(doc_of(text))][-3:] == ["1. Name of the rules.", "2. Meaning of words.",
                                                         "3. Calling a meeting."]
    # the same lines in a text with no Part are a numbered list, not headings
    assert "2. Meaning of words." not in [t for _, t in outline(doc_of("\n".join(["Example Rules", ""] + heads)))]


def test_an_unquoted_short_title_clause_names_the_act():
    text = "\n\n".join(["PART 1 - OPENING", "1. Name.", "(1) This Act may be cited as the Example Data Act, 2021.",
                        "2. Use.", "(1) It applies.", "3. End.", "(1) It ends."])
    assert doc_of(text).title == "Example Data Act, 2021"


def test_an_indian_act_chapter_and_run_in_sections():
    text = "\n".join(["An Act to provide for example schools and for matters connected therewith.", "",
                      "CHAPTER I", "PRELIMINARY",
                      "1. Short title, extent and commencement.—(1) This Act may be called the Example",
                      "Schools Act, 2011.", "(2) It extends to the whole of the State.",
                      "2. Definitions.—In this Act, unless the context otherwise requires, a school is a",
                      "school.", "", "CHAPTER II", "SCHOOLS", "3. Duty to run schools.—(1) Every district shall run one."])
    doc = doc_of(text)
    assert doc.title == "Example Schools Act, 2011"
    assert outline(doc) == [(1, "CHAPTER I PRELIMINARY"), (1, "CHAPTER II SCHOOLS")]
    from structure.helpers import all_sections
    leads = [p.lead for s in all_sections(doc) for p in s.paragraphs if getattr(p, "lead", "")]
    assert leads[:2] == ["1. Short title, extent and commencement.—", "2. Definitions.—"]
    # a numbered sentence with a dash inside is no run-in section
    assert not sg.SUBSECTION_HEAD.match("2. Schools shall open at nine.—and close at three.")
