"""Cleaning rules the round7-en round (issue #11, check set 4's English half xxi1-7) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The committee met four times in the year and reviewed every programme against its stated aims."


def test_a_two_page_print_with_a_resolution_number_alone_still_loses_its_head_and_foot():
    # `32/25` alone on a line (a motion's number: more than its count) is no page counter and must
    # not spoil the complete counters 1/2, 2/2
    head = ["3/4/25, 10:02 PM", "", "Board Minutes - 4 March 2025"]
    foot = ["https://board.example/minutes/2025-03", ""]
    lines = head + ["", "Board Minutes", EN, EN, ""] + foot + ["1/2", "", ""] + head \
        + ["", "Item 2", "32/25", "RESOLVED that the report be received.", EN, ""] + foot + ["2/2", ""]
    kept, removed, _ = run_rule("running-head", lines)
    gone = {t for _, t in removed if t.strip()}
    assert gone == {"3/4/25, 10:02 PM", "Board Minutes - 4 March 2025", "https://board.example/minutes/2025-03",
                    "1/2", "2/2"}
    assert "32/25" in kept and kept.count("Board Minutes") == 1


def test_a_fraction_below_its_count_inside_the_text_still_blocks_the_counters():
    # must not fire: `1/3` among `1/2`, `2/2` is a counter of another count — no complete chain
    lines = ["1/3", EN, EN, "1/2", EN, EN, "2/2"]
    assert run_rule("running-head", lines)[1] == []


def test_a_gutenberg_edition_line_over_the_title_goes_with_the_header():
    lines = ["*** START OF THIS PROJECT GUTENBERG EBOOK EXAMPLE ESSAYS ***", "", "",
             "   This is the Project Gutenberg 2.0 edition of", "      Example Essays", "", "", "ESSAY No. 1", "", EN]
    kept, removed, _ = run_rule("gutenberg-credit", lines[1:])
    assert [t.strip() for _, t in removed] == ["This is the Project Gutenberg 2.0 edition of"]
    assert "      Example Essays" in kept


def test_a_title_page_without_gutenbergs_name_keeps_every_line():
    # must not fire: the book's own title lines, and the project named only far down in the text
    lines = ["", "Example Essays", "", "by A. Writer", "", EN, EN, EN, "", "Printed after the Gutenberg edition of 1455."]
    assert run_rule("gutenberg-credit", lines)[1] == []


def test_a_trackers_two_metadata_blocks_with_worded_keys_go():
    lines = ["---", "Year: 2021", "Title: HB 7/2021 - Harbour Dues Bill 2021", "Download URL: https://parl.example/hb7.pdf", "---",
             "---", "Reading:", "HB 7/2021", "First reading:03/02/2021", "Presented by:The Minister of Ports", "---", "",
             "A BILL", "", EN]
    kept, removed, _ = run_rule("front-matter-block", lines)
    assert [t for t in kept if t.strip()] == ["HB 7/2021 - Harbour Dues Bill 2021", "A BILL", EN]


def test_a_thematic_break_over_prose_stays():
    # must not fire: a line of prose inside the rules, or a block with no key at all
    for lines in (["---", "The committee met: it agreed the plan, and then it adjourned for lunch.", "---", EN],
                  ["---", "HB 7/2021", "---", EN]):
        assert run_rule("front-matter-block", lines)[1] == [], lines


def test_a_tool_bar_with_a_skip_link_and_short_items_is_a_link_row():
    from pipeline.clean.rules_chrome_en import link_row
    assert link_row("Skip to content | Contact us | Search")
    assert link_row("Skip to main content | Sign in | Subscribe")
    # must not fire: a row without a skip link, or a piece that is a clause
    assert not link_row("Search | Results")
    assert not link_row("Skip to content | Our history of the parish, and more")
