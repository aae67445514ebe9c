"""Cleaning rules the unseen9 round (issue #11, xs1-xs8: English pages and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def _one_page(head=("4/2/25, 9:14 PM", "", "Harbour Bylaws - Town Portal", ""), foot=("", "https://example.org/bylaws", "", "1/1")):
    return [*head, "Harbour Bylaws", EN, EN, "Moorings", EN, *foot]


def test_a_one_page_print_loses_its_stamp_page_title_and_address():
    lines = _one_page()
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed if t.strip()] == ["4/2/25, 9:14 PM", "Harbour Bylaws - Town Portal",
                                                   "https://example.org/bylaws", "1/1"]
    assert [t for t in kept if t.strip()][:2] == ["Harbour Bylaws", EN]


def test_a_one_page_print_in_columns_has_its_address_mid_text():
    lines = _one_page(foot=("", "1/1"))
    lines.insert(6, "https://example.org/bylaws")   # the extractor emits the foot after the first column
    assert {lines[i] for i in running_lines(lines)} == {"4/2/25, 9:14 PM", "Harbour Bylaws - Town Portal",
                                                        "https://example.org/bylaws", "1/1"}


def test_a_one_page_print_in_layout_mode_has_head_and_foot_on_one_line_each():
    lines = ["4/2/25, 9:14 PM            Harbour Bylaws - Town Portal", "", "          Harbour Bylaws", EN, EN,
             "", "https://example.org/bylaws                    1/1"]
    assert {lines[i] for i in running_lines(lines)} == {lines[0], lines[-1]}


def test_one_end_of_a_print_alone_proves_nothing():
    # a dated log line over the text and a counter at its end, but no address: only the counter goes
    lines = ["4/2/25, 9:14 PM", "Harbour Bylaws", EN, EN, "Moorings", EN, "1/1"]
    assert {lines[i] for i in running_lines(lines)} == {"1/1"}
    # an address and a counter, but the text opens with its own words: the address stays (a link
    # list may end a text), only the counter goes
    lines = ["Harbour Bylaws", EN, EN, "Moorings", EN, "https://example.org/bylaws", "1/1"]
    assert {lines[i] for i in running_lines(lines)} == {"1/1"}
