"""Cleaning rules the r35 round (issue #11, the first-sight misses of check sets 30-33) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.typography import tab_word_space

from .helpers import PROSE, PROSE2, run_rule

EN_PROSE = "The council adopted the annual plan after a public consultation that ran for six weeks in the spring."


def test_a_broken_templates_empty_elements_go_but_one_quoted_tag_stays():
    lines = ['<kbd id="q1"><form id="q1"></form></kbd>', '<strong id="q1"><dl id="q1"></dl></strong>',
             '1. <th id="q1"><progress id="q1"></progress></th>', "某县人口普查公报", PROSE]
    kept, removed, _ = run_rule("markup-only-lines", lines)
    assert [n for n, _ in removed] == [1, 2, 3]
    assert kept == ["某县人口普查公报", PROSE]
    # one empty element a text quotes stays: it may be the text's own example
    kept, removed, _ = run_rule("markup-only-lines", ['<iframe src="x.html"></iframe>', EN_PROSE])
    assert removed == []


def test_a_publication_dates_label_left_without_its_date_goes():
    for label in ("Published on", "Last updated:", "Posted on:"):
        kept, removed, _ = run_rule("site-bars", [label, "", "Budget Statement by the Minister", "", EN_PROSE])
        assert removed == [(1, label)], label
    # with its date, or as a sentence, it is the text's
    for line in ("Published on 3 May 2021", "Published on the day the council met, the plan was welcomed."):
        kept, removed, _ = run_rule("site-bars", [line, "", EN_PROSE])
        assert removed == [], line


def test_an_english_font_size_switcher_named_in_words_goes():
    lines = ["Speech at the opening of the session", "", "Font size: Decrease font Enlarge font", "", EN_PROSE, EN_PROSE]
    kept, removed, _ = run_rule("font-size-widget", lines)
    assert removed == [(3, "Font size: Decrease font Enlarge font")]
    kept, removed, _ = run_rule("font-size-widget", ["Font size: the council set the minimum at twelve points.", "", EN_PROSE, EN_PROSE])
    assert removed == []


def test_a_lossy_saves_question_mark_before_a_headline_goes():
    text = "\n".join(["?某县第七次全国人口普查公报", "", "一、常住人口", "", PROSE, "", "二、户别人口", "", PROSE2])
    cleaned = clean_text(text)
    assert cleaned.lines[0] == "某县第七次全国人口普查公报"
    assert any(r.text == "?" for r in cleaned.removed)
    # a question mark inside a line, or opening a Latin line, stays
    kept = clean_text("\n".join(["What now? 某县的答复", "", PROSE, "", PROSE2])).lines
    assert kept[0] == "What now? 某县的答复"


def test_tabs_a_pdf_layer_wrote_for_word_spaces_become_spaces():
    line = "After\ta\tnationwide\treferendum\ton\t23\tJune\tthe\tcountry\tvoted to\tleave."
    assert tab_word_space(line) == ("After a nationwide referendum on 23 June the country voted to leave.", 10)
    # a tab-separated table's row (names and figures) and a line with a tab or two stay
    for row in ("Name\tAge\tCity\tCountry\tRegion\tPhone\tFax", "2019\t12.5\t13.1\t14.0\t15.2\t16.8\t17.0", "Revenue:\tsee the table"):
        assert tab_word_space(row) == (row, 0), row
