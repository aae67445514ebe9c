"""Structure rules the unseen11 round (issue #11, xxe1-xxe8: English legislation and debate pages,
pages printed to PDF) prompted: made-up variants of each phenomenon, and what each rule must leave
alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def test_a_division_label_and_its_name_in_separate_blocks_are_one_heading():
    text = "\n\n".join(["Harbour Dues Bill", EN, "Part I", "GENERAL", "Clause 1", "Short title", EN,
                        "Clause 2", "Definitions", EN])
    assert outline(doc_of(text)) == [(1, "Part I GENERAL"), (2, "Clause 1 Short title"), (2, "Clause 2 Definitions")]


def test_a_label_over_its_text_keeps_the_text_as_a_paragraph():
    text = "\n\n".join(["Harbour Charter", "Article 1", "Every vessel shall pay dues.", "Article 2",
                        "The board fixes the dues.", "Article 3", "Appeals lie to the court."])
    assert [t for _, t in outline(doc_of(text))] == ["Article 1", "Article 2", "Article 3"]


def test_a_serial_number_line_is_no_heading():
    for number in ("Act 12 of 1998", "Ordinance No. 4 of 1911", "Vol. 12 No. 3", "Volume 7, Issue 2"):
        text = "\n\n".join(["Harbour Dues Act, 1998", number, EN, "Definitions", EN, "Dues", EN])
        assert outline(doc_of(text)) == [(1, "Definitions"), (1, "Dues")], number


def _printed(lines, head):
    from pipeline.model import Cleaned, Provenance, Removal
    from pipeline.structure import structure_document
    removed = (Removal(1, "5/2/19, 9:14 AM", "running-head", ""), Removal(1, head, "running-head", ""),
               Removal(20, "1/2", "running-head", ""), Removal(21, "5/2/19, 9:14 AM", "running-head", ""),
               Removal(21, head, "running-head", ""), Removal(40, "2/2", "running-head", ""))
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), removed, (), Provenance("t.txt")),
                              structure="rules")


def test_a_title_wrapped_over_three_lines_under_a_head_cut_short_is_the_title():
    lines = ("Standing Orders of the Harbour", "Board for Moorings and", "Wharves",
             "These orders apply to every berth the board lets,", "whatever its size or use.", "",
             "Berths", "A berth is let for a year at a time and the", "dues are paid in advance.", "",
             "Wharves", "A wharf is let by the day and the dues are", "paid when the vessel leaves.")
    doc = _printed(lines, "Standing Orders of the Harbour Board for Moorings and Wh…")
    assert doc.title == "Standing Orders of the Harbour Board for Moorings and Wharves"
    assert outline(doc) == [(1, "Berths"), (1, "Wharves")]


def test_a_head_cut_short_names_no_line_that_only_shares_its_first_words():
    lines = ("Standing Orders", "These orders apply to every berth the board lets,", "whatever its size or use.",
             "Berths", "A berth is let for a year at a time and the", "dues are paid in advance.")
    doc = _printed(lines, "Standing Orders of the Harbour Board for Moorings and Wh…")
    assert doc.title != "Standing Orders of the Harbour Board for Moorings and Wharves"


SECTION = "  Every vessel entering the harbour shall pay the dues that the board fixes for it."


def test_marginal_notes_over_numbered_sections_head_them_and_a_page_of_one_part_takes_it_as_title():
    text = "\n".join(["PART II", "HARBOUR DUES", "Dues payable", "3." + SECTION, "Exemptions", "4." + SECTION,
                      "Recovery of dues", "5." + SECTION])
    doc = doc_of(text)
    assert doc.title.casefold() == "part ii harbour dues"
    assert outline(doc) == [(1, "Dues payable"), (1, "Exemptions"), (1, "Recovery of dues")]


def test_one_caption_over_a_numbered_paragraph_is_no_marginal_note():
    text = "\n".join(["Harbour Report", "Summary of the year", "3." + SECTION, "4." + SECTION, "5." + SECTION])
    assert "Summary of the year" not in [t for _, t in outline(doc_of(text))]


def test_a_text_with_two_parts_keeps_both_as_headings():
    text = "\n".join(["PART I", "HARBOUR BOARD", "Board established", "1." + SECTION, "Members", "2." + SECTION,
                      "PART II", "HARBOUR DUES", "Dues payable", "3." + SECTION, "Exemptions", "4." + SECTION])
    assert [lvl for lvl, t in outline(doc_of(text)) if t.casefold().startswith("part")] == [1, 1]


def test_a_debate_records_header_date_and_volume_are_not_the_title():
    text = "\n\n".join(["Harbour Council debate - Monday, 4 Mar 2019", "Vol. 12 No. 3",
                        "Harbour Dues Bill 2019: Second Stage", EN, EN])
    doc = doc_of(text)
    assert doc.title == "Harbour Dues Bill 2019: Second Stage"
    # a title with a dash and words after it is a title
    doc = doc_of("\n\n".join(["Harbour Dues - A Guide for Owners", EN, EN]))
    assert doc.title == "Harbour Dues - A Guide for Owners"


def test_a_numbered_section_under_a_part_heading_stands_apart_from_its_text():
    text = "\n".join(["Harbour Dues Act, 1998", "", "PART I – GENERAL", "1. Application of Act",
                      "The provisions of this Act apply to every vessel that enters", "the harbour or its approaches.",
                      "", "PART II – DUES", "2. Dues payable", "The owner of every vessel shall pay the dues that",
                      "the board fixes for its size."])
    assert [t for _, t in outline(doc_of(text))] == ["PART I – GENERAL", "1. Application of Act", "PART II – DUES",
                                                    "2. Dues payable"]


def test_a_citation_title_in_capitals_keeps_its_capitals():
    from pipeline.structure.front import _citation_title, title_case
    assert _citation_title("ORS 174.100¹") and _citation_title("RFC 4648") and _citation_title("USC § 552")
    assert not _citation_title("GNU GENERAL PUBLIC LICENSE") and not _citation_title("CHAPTER 12")
    assert doc_of("\n\n".join(["HBR 12.040", EN, EN])).title == "HBR 12.040"
    assert title_case("HARBOUR DUES") == "Harbour Dues"
