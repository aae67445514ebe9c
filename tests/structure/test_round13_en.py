"""Structure rules the round13-en round (issue #11, check set 10's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.front import not_a_title

from .helpers import doc_of

EN = "The minister made the order in the spring and it came into force some weeks later."


def _act(opening: list[str]) -> str:
    return "\n".join(opening + ["", "1   Short title", "", "   This Act may be cited as the Harbour Fees Act.", "",
                                "2   Definitions", "", "   " + EN, "", "3   Fees payable", "", "   " + EN])


def test_a_bracketed_date_note_is_never_the_title():
    for line in ("[Date of Commencement: 1st March 1971]", "[Commencement 4 June 2002]", "[Assented to May 3, 1999.]"):
        assert not_a_title(line, True) == "a bracketed date note"
    for line in ("[Draft] Harbour Fees Act", "[Repealed]", "Harbour Fees Act [1971]"):
        assert not_a_title(line, True) == ""


def test_a_statute_page_opening_with_its_sections_is_named_by_its_short_title_clause():
    doc = doc_of(_act(["[Date of Commencement: 1st March 1971]", "", "Act 5 of 1971."]))
    assert doc.title == "Harbour Fees Act"
    # the first section's head stays in the text, not in the title block
    doc = doc_of(_act(["Act 5 of 1971."]))
    assert doc.title == "Harbour Fees Act"


def test_a_numbered_line_after_the_date_without_a_next_section_may_still_be_the_title():
    doc = doc_of("\n".join(["[Date of Commencement: 1st March 1971]", "", "2031 Harbour Plan", "", EN, "", EN]))
    assert doc.title == "2031 Harbour Plan"


def test_category_labels_over_a_reprinted_item_are_never_the_title():
    from pipeline.structure.title_evidence import chrome_reason
    assert chrome_reason("EventsUpdates", True, "HARBOUR FEES BILL 2031") == "category labels"
    assert chrome_reason("Blog | Press", True, "HARBOUR FEES BILL 2031") == "category labels"
    for line in ("News", "News from the Harbour", "Reporting Standards"):
        assert chrome_reason(line, True, "HARBOUR FEES BILL 2031") == ""
    doc = doc_of("\n".join(["EventsUpdates", "", "HARBOUR FEES BILL 2031 ( AS AMENDED BY THE BOARD)", "", EN, "", EN]))
    assert doc.title == "Harbour Fees Bill 2031 ( As Amended by the Board)"
    # the headline's capitals under the page's chrome stay in the XML, as written (<titleabbrev>)
    assert doc.title_abbrev == "HARBOUR FEES BILL 2031 ( AS AMENDED BY THE BOARD)"


def test_a_small_word_after_a_stray_opening_bracket_is_capitalised():
    from pipeline.structure.front import title_case
    assert title_case("FEES ( AS AMENDED) ACT") == "Fees ( As Amended) Act"
    assert title_case("FEES OF THE BOARD") == "Fees of the Board"


def test_a_project_credit_is_never_the_title():
    from pipeline.structure.title_evidence import chrome_reason
    assert chrome_reason("A Harbour.Example project", True, "1 May 1971") == "a project credit"
    assert chrome_reason("A Pilot Project", True, "Harbour Fees Regulations") == ""


def _share_page() -> str:
    contents = ["Harbour Fees Act", "ARRANGEMENT OF SECTIONS", "SECTION", "1. Short title", "2. Definitions",
                "3. Fees payable", "4. Exemptions", "5. Penalties"]
    text = ["An Act to provide for harbour fees.", "1. Short title", "2. Definitions",
            "In this Act the following words have the meanings given below unless the context requires otherwise.",
            "3. Fees payable", "(1) Every vessel entering the harbour shall pay the fee set out in the schedule to this Act.",
            "(2) The fee shall be paid to the harbour master before the vessel leaves the harbour.",
            "4. Exemptions", "A vessel of the navy or a vessel in distress shall not pay any fee under this Act.",
            "5. Penalties", "A master who fails to pay the fee commits an offence and is liable to a fine."]
    return "\n".join(contents + text)


def test_section_heads_named_by_the_contents_list_are_headings_not_list_items():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    doc = structure_document(clean_text(_share_page() + "\n", source_file="t.txt"), structure="rules")
    titles = [s.title for s in doc.sections]
    assert "2. Definitions" in titles and "3. Fees payable" in titles


def test_section_one_is_no_title_when_a_title_shaped_line_opens_the_text():
    from pipeline.structure import _numbered_first
    assert _numbered_first("1. Short title") and _numbered_first("1   Short title")
    assert not _numbered_first("3. Policy instruments") and not _numbered_first("1990 Review")
