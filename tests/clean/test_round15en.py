"""Cleaning rules of round15en (issue #11, check set 13 English): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN_PROSE = ("The harbour board charges a fee for each berth in the inner basin, and it publishes the fees "
            "in the spring of each year. Boats under ten metres pay half the fee.")


def test_a_start_marker_wrapped_over_two_lines_goes_whole():
    lines = ["Title: The Lantern Keeper", "Release Date: May 2, 2009 [EBook #31415]",
             "*** START OF THIS PROJECT GUTENBERG EBOOK THE LANTERN",
             "KEEPER ***", "", "THE LANTERN KEEPER", "", EN_PROSE]
    kept, removed, _ = run_rule("gutenberg-header", lines)
    assert kept == ["", "THE LANTERN KEEPER", "", EN_PROSE] and len(removed) == 4


def test_a_start_marker_on_one_line_leaves_the_next_line():
    lines = ["*** START OF THIS PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
             "THE LANTERN KEEPER ***", "", EN_PROSE]
    kept, _, _ = run_rule("gutenberg-header", lines)
    assert kept[0] == "THE LANTERN KEEPER ***"


def test_a_slash_trail_on_the_pages_first_line_goes():
    lines = ["Archive/HB/Rule 12", "Rule 12", "", "Fees for berths", "", EN_PROSE]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [n for n, _ in removed] == [1] and "Fees for berths" in kept


def test_paths_dates_and_two_item_slashes_are_no_trail():
    for first in ("docs/guide/intro.md", "12/05/2031", "Input/Output", "and/or/both", "See Rules/Fees/Berths for more"):
        kept, removed, _ = run_rule("breadcrumb", [first, "", EN_PROSE])
        assert removed == [], first


def test_an_english_contents_box_with_page_numbers_goes_whole():
    lines = ["Harbour Board Report", "Contents", "Scope of this report and the board's duties 1",
             "Berths and moorings 4", "Fees charged in the year 9", "Acknowledgements", EN_PROSE]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == [2, 3, 4, 5]
    assert "Acknowledgements" in kept and EN_PROSE in kept


def test_a_list_of_numbered_letters_is_no_paged_contents():
    lines = ["CONTENTS", "", "Letter 1", "Letter 2", "Letter 3", "Chapter 1", "", EN_PROSE]
    removed = run_rule("contents-box", lines)[1]
    assert not any(text.startswith("Letter") for _, text in removed)


def test_a_contents_label_straight_over_a_paragraph_goes_alone():
    lines = ["Harbour dues", "", EN_PROSE, "", "Contents", "", EN_PROSE, "", "History", "", EN_PROSE]
    kept, removed, _ = run_rule("contents-box", lines)
    assert removed == [(5, "Contents")] and kept.count(EN_PROSE) == 3


def test_a_contents_label_over_short_entries_or_a_short_line_stays_for_other_rules():
    from pipeline.clean.page import Page
    from pipeline.clean.rules_portal import _empty_label
    for under in (["History", "Berths"], ["The fees are set each year."]):
        page = Page.from_text("\n".join(["Contents", ""] + under + ["", EN_PROSE]))
        assert not _empty_label(page.lines, 0)


def test_a_division_number_glued_to_its_capitals_name_is_spaced():
    from pipeline.clean.typography import glued_division
    assert glued_division("PART 3HARBOUR FEES AND DUES") == ("PART 3 HARBOUR FEES AND DUES", 1)
    assert glued_division("CHAPTER 12GENERAL") == ("CHAPTER 12 GENERAL", 1)
    for text in ("PART 2A", "PART 1 GENERAL", "Part 3Harbour", "PART 3AB", "SECTION 5 applies"):
        assert glued_division(text) == (text, 0)
