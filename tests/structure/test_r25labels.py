"""r25labels (issue #11): the division labels of legal drafting the label grammar did not know. A
Division (and a Subdivision inside it) divides an Act under its Parts (Australian and Canadian Acts
and regulations: Part > Division > Subdivision > section) or a code under its Titles, over its
Chapters (Title > Division > Chapter); where jurisdictions disagree (a code's Division over its
Parts), the text's own order decides. All texts are made up."""
from __future__ import annotations

from pipeline.structure import signals as sg
from pipeline.structure.blocks import LABEL_ONLY
from pipeline.structure.levels import DIVISION_WORD_RANK

from .helpers import doc_of

EN = "The registrar may keep a register of moorings and shall publish it once in each year."


def _outline(sections, depth=1):
    for s in sections:
        yield depth, s.title
        yield from _outline(s.sections, depth + 1)


def test_division_and_subdivision_are_division_labels():
    for text in ("DIVISION 1", "Division 2—Registration of moorings", "Division 3--Enforcement",
                 "Subdivision A—General", "SUBDIVISION B", "DIVISION ONE", "Division 4A—Fees"):
        assert sg.numbering(text) == "chapter", text
    for text in ("Division Chief Harlow opened the meeting.", "Division of the estate shall be equal.",
                 "Divisional offices", "Division 1-2 results were announced"):
        assert sg.numbering(text) == "", text   # a word, not a number, follows: a sentence or a name
    assert LABEL_ONLY.match("DIVISION 2") and LABEL_ONLY.match("Subdivision 3")
    assert DIVISION_WORD_RANK["PART"] < DIVISION_WORD_RANK["DIVISION"] < DIVISION_WORD_RANK["SUBDIVISION"] < 1


def test_an_act_nests_part_division_subdivision_over_its_sections():
    doc = doc_of("\n".join([
        "Harbour Moorings Act 2031", "",
        "Part 1—Preliminary", "", "1 Short title", "", EN, "",
        "Part 2—Moorings", "", "Division 1—Registration", "", "2 Register", "", EN, "",
        "Division 2—Fees", "", "Subdivision A—Annual fees", "", "3 Amount", "", EN, "",
        "Subdivision B—Waivers", "", "4 Hardship", "", EN, "",
        "Part 3—Miscellaneous", "", "5 Regulations", "", EN]))
    outline = [(d, t) for d, t in _outline(doc.sections) if not t[:1].isdigit()]
    assert outline == [(1, "Part 1—Preliminary"), (1, "Part 2—Moorings"), (2, "Division 1—Registration"),
                       (2, "Division 2—Fees"), (3, "Subdivision A—Annual fees"), (3, "Subdivision B—Waivers"),
                       (1, "Part 3—Miscellaneous")]


def test_a_codes_division_over_its_name_holds_its_chapters():
    doc = doc_of("\n".join([
        "Harbour Code", "",
        "DIVISION 1", "MOORINGS", "", "Chapter 1", "Registration", "", EN, "",
        "Chapter 2", "Fees", "", EN, "",
        "DIVISION 2", "PILOTAGE", "", "Chapter 3", "Pilots", "", EN]))
    outline = list(_outline(doc.sections))
    assert outline == [(1, "DIVISION 1 MOORINGS"), (2, "Chapter 1 Registration"), (2, "Chapter 2 Fees"),
                       (1, "DIVISION 2 PILOTAGE"), (2, "Chapter 3 Pilots")]
    assert doc.title == "Harbour Code"


def test_a_code_that_sets_its_divisions_over_its_parts_keeps_that_order():
    doc = doc_of("\n".join([
        "Harbour Code", "",
        "DIVISION 1. MOORINGS", "", "PART 1. REGISTRATION", "", "Chapter 1. General", "", EN, "",
        "PART 2. FEES", "", "Chapter 2. Amounts", "", EN, "",
        "DIVISION 2. PILOTAGE", "", "PART 1. PILOTS", "", "Chapter 3. Licences", "", EN]))
    outline = list(_outline(doc.sections))
    assert [d for d, _ in outline] == [1, 2, 3, 2, 3, 1, 2, 3]


def test_a_page_headline_naming_the_codes_title_name_first_is_the_title_not_a_heading():
    doc = doc_of("\n".join([
        "Harbour and Shipping - Title 9", "",
        "TITLE 9", "HARBOUR AND SHIPPING", "", "DIVISION 1", "MOORINGS", "", "Chapter 1", "Registration", "", EN]))
    assert doc.title == "Harbour and Shipping - Title 9"
    assert [t for _, t in _outline(doc.sections)][:2] == ["DIVISION 1 MOORINGS", "Chapter 1 Registration"]


def test_an_act_that_sets_divisions_inside_its_chapters_keeps_that_order():
    doc = doc_of("\n".join([
        "Harbour Moorings Act 2031", "",
        "Chapter 1—Preliminary", "", "Division 1—Names", "", "1 Short title", "", EN, "",
        "Division 2—Meanings", "", "2 Definitions", "", EN, "",
        "Chapter 2—Moorings", "", "Division 1—Registration", "", "3 Register", "", EN]))
    outline = [(d, t) for d, t in _outline(doc.sections) if not t[:1].isdigit()]
    assert outline == [(1, "Chapter 1—Preliminary"), (2, "Division 1—Names"), (2, "Division 2—Meanings"),
                       (1, "Chapter 2—Moorings"), (2, "Division 1—Registration")]


def test_a_chapters_name_under_its_label_ends_before_its_first_numbered_section_without_blank_lines():
    doc = doc_of("\n".join([
        "Harbour Code", "",
        "DIVISION 1", "MOORINGS", "Chapter 1", "Bureau of Harbours",
        "§ 101. Duties of the Director.", EN, EN,
        "§ 102. Harbour regulations.", EN]))
    outline = list(_outline(doc.sections))
    assert outline[:2] == [(1, "DIVISION 1 MOORINGS"), (2, "Chapter 1 Bureau of Harbours")]
    assert "Bureau of Harbours" not in [t for _, t in outline[2:]]   # the name is the label's, once


def test_merging_a_label_with_its_name_leaves_the_blocks_given_as_they_were():
    from pipeline.structure.blocks import Block
    from pipeline.structure.headings import merge_labels
    blocks = [Block("Clause 1", 3), Block("Short title and commencement", 4), Block(EN, 6)]
    merged = merge_labels(blocks, "en")
    assert [b.text for b in merged] == ["Clause 1 Short title and commencement", EN]
    assert blocks[0].text == "Clause 1"   # read again (after a title change), the label takes its name again
    assert [b.text for b in merge_labels(blocks, "en")] == ["Clause 1 Short title and commencement", EN]


def test_the_name_under_a_bare_label_is_no_part_of_the_printed_title_to_take_as_the_headline():
    from pipeline.structure import _printed_part_at
    from pipeline.structure.blocks import Block
    printed = "Title 9 - Harbour and Shipping – Northshire Code"
    blocks = [Block("Harbour and Shipping - Title 9", 1), Block("TITLE 9", 2), Block("HARBOUR AND SHIPPING", 3),
              Block("DIVISION 1", 4)]
    assert _printed_part_at(blocks, printed) is None   # the code's Title's own name, under its label
    assert _printed_part_at([Block("Northshire Code", 1)] + blocks[2:], printed) == 1   # no label over it: the headline
