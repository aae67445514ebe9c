"""Cleaning rules the unseen11 round (issue #11, xxe1-xxe8: English legislation and debate pages,
pages printed to PDF) prompted: made-up variants of each phenomenon, and what each rule must leave
alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def _removed(lines):
    return [t for _, t in run_rule("site-bars", lines)[1]]


def test_a_page_path_a_version_notice_and_skip_links_go_from_the_top():
    lines = ["Skip to content", "Text-only version", "/laws/nz/act/2001/harbour-dues", "",
             "Harbour Dues Act 2001", "", "This is the version of this Act as it was from 1 May 2003 to 2 June 2008. "
             "Read the latest available version.", "", EN]
    assert _removed(lines) == ["Skip to content", "Text-only version", "/laws/nz/act/2001/harbour-dues",
                               lines[6]]


def test_a_path_or_notice_inside_the_text_stays():
    lines = ["Harbour Dues Act 2001", EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN,
             "/usr/share/harbour/dues", "This is the latest version of this Act."]
    assert _removed(lines) == []
    # a sentence that only starts like a notice stays anywhere
    assert _removed(["This is the version of this Act that Parliament passed, with its schedules", EN]) == []


def test_glued_link_labels_go_at_the_top_or_when_repeated():
    lines = ["Harbour Dues Act 2001", "Print   Open in FullLink to This Page", "", "Clause 1", "Dues", "",
             "Copy the textReport an error", "", EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN,
             "Clause 2", "", "Copy the textReport an error", "", EN]
    assert _removed(lines) == ["Print   Open in FullLink to This Page", "Copy the textReport an error",
                               "Copy the textReport an error"]


def test_one_word_with_an_inner_capital_is_no_glued_link():
    for text in ("Using JavaScript Safely", "- 用 TypeScript 编写", "McDonald Street Works", "See the iPhone Guide"):
        assert _removed([text, EN]) == [], text


def test_a_spaced_contents_box_of_divisions_goes_when_one_division_stands_below():
    lines = ["Contents", "", "Long Title", "", "Part I HARBOUR BOARD", "", "Part II DUES", "", "Part III LIGHTS", "",
             "Legislative History", "", "", "PART II", "DUES", "Dues payable",
             "4.  Every vessel entering the harbour shall pay the dues the board fixes for its size."]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed] == ["Contents", "Long Title", "Part I HARBOUR BOARD", "Part II DUES",
                                       "Part III LIGHTS", "Legislative History"]


def test_a_spaced_list_of_divisions_that_never_stand_below_stays():
    lines = ["Contents", "", "Part I HARBOUR BOARD", "", "Part II DUES", "", "Part III LIGHTS", "", "", EN]
    assert run_rule("contents-box", lines)[1] == []


def test_a_facts_box_of_labels_over_values_goes_from_the_top():
    lines = ["Harbour Dues Bill", "", "Type", "Bill", "Status", "Lapsed", "Introduced", "2019", "", EN]
    kept, removed, _ = run_rule("fact-box", lines)
    assert [t for _, t in removed] == ["Type", "Bill", "Status", "Lapsed", "Introduced", "2019"]


def test_short_lines_without_one_word_labels_are_no_facts_box():
    lines = ["Harbour Dues Bill", "", "The tide came in", "over the stones", "Gulls rose", "and the boats",
             "came home at dusk", "to their moorings", "", EN]
    assert run_rule("fact-box", lines)[1] == []
    # two pairs only: a page's label and date, not a box
    assert run_rule("fact-box", ["Status", "Lapsed", "Year", "2019", "", EN])[1] == []


def test_a_code_sites_notes_under_one_section_go_from_the_chapter_link_on():
    lines = ["HBR 12.040", "", "(1) Every vessel shall pay the dues the board fixes.", "", "(2) Dues are paid in advance.",
             "", "Chapter 12", "", "Notes of Decisions", "", "Roe v. Doe, 12 Hb 4 (1990)", "",
             "1 Harbour Board, CHAPTER 12—Dues, https://example.org/hbr12 (last accessed May 1, 2020)."]
    kept, removed, _ = run_rule("code-apparatus", lines)
    assert [t for _, t in removed if t.strip()] == ["Chapter 12", "Notes of Decisions", "Roe v. Doe, 12 Hb 4 (1990)",
                                                   lines[-1]]


def test_a_chapter_line_under_another_title_or_of_another_number_stays():
    body = ["", EN, "", "Chapter 12", "", EN]
    assert run_rule("code-apparatus", ["Harbour Dues"] + body)[1] == []
    assert run_rule("code-apparatus", ["HBR 13.040"] + body)[1] == []
