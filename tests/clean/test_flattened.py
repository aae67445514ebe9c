"""Text a scraper or a database field flattened (issue #11 sweep): paragraphs glued onto one line,
HTML markup kept as text. Made-up variants, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule


def test_paragraphs_glued_with_their_indent_are_split():
    line = "某某社北京3月5日电　某某会议5日上午开幕。  　　春暖大地，万物勃发。　　大会由某某主持。"
    kept, removed, _ = run_rule("glued-paragraphs", ["某某会议开幕", line])
    assert kept == ["某某会议开幕", "某某社北京3月5日电　某某会议5日上午开幕。", "春暖大地，万物勃发。", "大会由某某主持。"]


def test_letter_spacing_and_a_leading_indent_are_not_paragraph_breaks():
    lines = ["序　　言", "　　某某是一个历史悠久的国家。", "国务院总理　　某某某", PROSE]
    kept, removed, _ = run_rule("glued-paragraphs", lines)
    assert kept == lines and removed == []


def test_html_markup_in_a_line_becomes_lines_without_tags():
    line = '<p style="text-indent:2em">同志们：</p><h2>一、工作成效</h2><p>全年完成计划28项&nbsp;，整改率&lt;100%。</p>'
    kept, removed, _ = run_rule("html-markup", ["某某讲话", line])
    assert [k for k in kept if k.strip()] == ["某某讲话", "同志们：", "一、工作成效", "全年完成计划28项\xa0，整改率<100%。"]
    assert '<p style="text-indent:2em">' in [text for _, text in removed]


def test_a_lone_tag_or_a_comparison_is_not_markup():
    lines = ["某某报告", "当a<b且c>d时，取较小值。", "第一行<br>", PROSE]
    kept, removed, _ = run_rule("html-markup", lines)
    assert kept == lines and removed == []


def test_tag_names_quoted_in_a_sentence_are_its_words():
    """No closing tag, no attribute, no run of <br>: the tags are words of the text (issue #11)."""
    lines = ["Writing Pages by Hand", "Wrap each paragraph in <p> and each section in <div> tags.",
             "End a line with <br> only where a poem needs it, never inside a <p> block.", PROSE]
    kept, removed, _ = run_rule("html-markup", lines)
    assert kept == lines and removed == []


def test_markup_with_only_opening_tags_and_line_breaks_is_still_markup():
    kept, _, _ = run_rule("html-markup", ["某某讲话", "<p>同志们：<br><br>现在开会。"])
    assert "<p>" not in "".join(kept) and "同志们：" in kept
