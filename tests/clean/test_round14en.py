"""Cleaning rules of round14en (issue #11, check set 12 English): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.vocab_en import pager_row

from .helpers import PROSE, PROSE2, run_rule


def test_a_record_viewers_pager_row_page_locator_and_icon_note_go_anywhere():
    lines = ["Refine search", "", "Note: the PDF icon below opens the full printed record", "",
             "Previous Record    Next Record", "Page: 117", "", PROSE, "",
             "Next sitting . . . Previous sitting . . . Index . . .", "", PROSE2]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert {n for n, _ in removed} >= {1, 3, 5, 6, 10}
    assert PROSE in kept and PROSE2 in kept


def test_a_pager_row_needs_both_a_next_and_a_previous_link():
    assert pager_row("Next item | Previous item | Contents")
    for text in ("Next steps    Previous findings", "Next . . . . 12", "Chapter 1 . . . . 5",
                 "Next page . . . . Contents . . . .", "Page: 12 of the report describes the next phase"):
        assert not pager_row(text)
    lines = [PROSE, "", "Page: 12 of the report describes the previous phase.", "", PROSE2]
    assert run_rule("en-chrome", lines)[1] == []


def test_bracketed_page_numbers_in_sequence_go():
    body = [PROSE, "", PROSE2, "", PROSE, "", PROSE2, ""]
    lines = ["( 41 )", "", "HARBOUR ACCOUNTS", ""] + body + ["( 42 )", ""] + body
    kept, removed, _ = run_rule("bracketed-page-number", lines)
    assert [n for n, _ in removed] == [1, 13]
    # list labels alone on their lines, out of sequence or close together, stay
    for labels in (["( 1 )", "", "( 3 )"], ["( 1 )", "", "( 2 )"]):
        assert run_rule("bracketed-page-number", labels + [""] + body)[1] == []
    assert run_rule("bracketed-page-number", ["( 41 )", ""] + body)[1] == []
    # a recital's label written tight, however far apart, stays
    assert run_rule("bracketed-page-number", ["(1)", ""] + body + ["(2)", ""] + body)[1] == []


def test_a_sidebar_box_among_the_text_and_a_read_more_link_go():
    lines = [PROSE, "", "Recent releases", "Harbour dredging", "begins in spring", "Ferry timetable", "", PROSE2,
             "Continue reading »", ""]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert [n for n, _ in removed] == [3, 4, 5, 6, 9]
    # a label with prose under it heads the document's own text
    lines = [PROSE, "", "Related articles", PROSE2, "", PROSE]
    assert run_rule("en-chrome", lines)[1] == []
    # 'Read more about the fees below.' is a sentence
    assert run_rule("en-chrome", [PROSE, "", "Read more about the fees below.", "", PROSE2])[1] == []


def test_an_emblems_alt_text_at_the_head_goes():
    lines = ["Harbour Board Crest", "HARBOUR FEES REGULATION 2031", "", PROSE, "", PROSE2]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert [n for n, _ in removed] == [1]
    # a sentence about a logo, or one under the text's first prose, stays
    lines = ["HARBOUR FEES REGULATION 2031", "", PROSE, "", "Harbour Board Crest", "", PROSE2]
    assert 5 not in [n for n, _ in run_rule("en-chrome", lines)[1]]
