"""Shortcuts the front half takes for speed (tests/badinput `hundred-thousand-lines`): each must give
what the long way gives. Made-up text."""
from __future__ import annotations

from pipeline.clean import clean_text, normalise_line
from pipeline.clean.page import Page, has_any
from pipeline.clean.rules_portal import link_residue, markup_residue
from pipeline.clean.rules_readme import language_switch
from pipeline.clean.rules_widgets import blog_widgets
from pipeline.clean.zones import PROSE_MIN, is_prose


def test_has_any_sees_the_lines_it_is_asked_about():
    page = Page.from_text("甲\n乙\n")
    assert not has_any(page, "<&")
    other = Page.from_text("甲\n<b>乙</b>\n")
    assert has_any(other, "<") and not has_any(page, "<")   # a new lines tuple is joined afresh


def test_rules_without_their_marks_leave_the_page_as_it_is():
    page = Page.from_text("某区经济持续发展。\n今年工作安排如下。\n")
    for rule in (markup_residue, link_residue, language_switch, blog_widgets):
        assert rule(page) is page


def test_rules_with_their_marks_still_work():
    assert [l.text for l in markup_residue(Page.from_text("<!--\nvar a = 1;\n-->\n正文。\n")).lines] == ["正文。"]
    assert [l.text for l in language_switch(Page.from_text("[English](README.md) | 简体中文\n正文。\n")).lines] == ["正文。"]


def test_a_line_shorter_than_prose_min_is_never_prose():
    assert not is_prose("a b c d e f g")                        # 7 words
    assert is_prose("one two three four five six seven eight")   # 8 words
    assert not is_prose("x" * (PROSE_MIN - 1))


def test_normalise_line_counts_every_call_though_it_remembers_the_line():
    counts: dict[str, int] = {}
    for _ in range(3):
        assert normalise_line("增长１３．５％  ", counts=counts) == normalise_line("增长１３．５％  ")
    assert counts["fullwidth-alnum"] == 3 * (counts["fullwidth-alnum"] // 3) > 0


def test_a_repeated_line_cleans_as_often_as_it_stands():
    cleaned = clean_text("某区政府工作报告\n" + "本区经济持续发展，增长１３．５％。\n" * 50)
    assert sum(n.count for n in cleaned.normalised if n.rule == "fullwidth-alnum") % 50 == 0


def test_scan_quantities_gives_a_fresh_list_each_time():
    from pipeline.figures.scan import scan_quantities

    first = scan_quantities("产值450亿元，增长13.5%。")
    first.clear()
    assert [q.display for q in scan_quantities("产值450亿元，增长13.5%。")] == ["450亿", "13.5"]
