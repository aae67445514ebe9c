"""A news report reprinted on a portal (issue #11, second round): under the portal's headline the
report's own headline, the same plus a reporting clause ('…时强调'), and its deck (the points
stressed, one short line each) are front matter, not headings. Made-up words, with what the rule
must leave alone."""
from __future__ import annotations

from structure.test_rules import BODY, doc_of, outline

HEADLINE = "某某在某地检查指导防汛减灾工作"


def _front(doc):
    return [p.text for p in doc.front]


def test_the_reports_own_headline_and_its_deck_are_front_matter():
    doc = doc_of("\n".join([HEADLINE, HEADLINE + "时强调", "进一步抓细抓实防汛责任措施", "切实提高防御应急能力", BODY, BODY]))
    assert doc.title == HEADLINE
    assert outline(doc) == []
    assert _front(doc)[:3] == [HEADLINE + "时强调", "进一步抓细抓实防汛责任措施", "切实提高防御应急能力"]


def test_without_the_extended_headline_short_lines_are_left_to_the_heading_rules():
    doc = doc_of("\n".join([HEADLINE, "一、总体要求", BODY, "二、主要任务", BODY]))
    assert outline(doc) == [(1, "一、总体要求"), (1, "二、主要任务")]


def test_numbered_headings_after_the_extended_headline_stay_headings():
    doc = doc_of("\n".join([HEADLINE, HEADLINE + "时指出", "一、总体要求", BODY, "二、主要任务", BODY]))
    assert outline(doc) == [(1, "一、总体要求"), (1, "二、主要任务")]
    assert _front(doc) == [HEADLINE + "时指出"]


def test_a_long_run_of_short_lines_is_not_a_deck():
    lines = ["第一部分概况", "第二部分成就", "第三部分问题", "第四部分任务"]
    doc = doc_of("\n".join([HEADLINE, HEADLINE + "时强调", *lines, BODY]))
    assert not set(lines) & set(_front(doc))



def test_a_kicker_line_and_its_main_line_are_title_and_subtitle():
    doc = doc_of("\n".join(["某某在某地考察时强调", "扎实推进高质量发展", BODY, BODY]))
    assert doc.title == "某某在某地考察时强调" and doc.subtitle == "扎实推进高质量发展"
    assert outline(doc) == []


def test_a_title_without_a_reporting_verb_keeps_its_heading():
    doc = doc_of("\n".join(["某某工作情况", "总体进展", BODY, "主要问题", BODY]))
    assert doc.subtitle == ""
    assert [t for _, t in outline(doc)] == ["总体进展", "主要问题"]
