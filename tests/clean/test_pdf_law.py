"""A law's text extracted from a PDF (issue #11): page numbers glued into the text where the line
breaks around them were lost, and the contents list of a whole code over an excerpt. Made-up
variants; the real document is tests/corpus/extra/docs/xz4_civil_code_pdf_text_excerpt.txt."""
from __future__ import annotations

from .helpers import run_rule

ARTICLE = "某某主体从事某某活动，应当遵循某某原则，按照自己的意思设立、变更、终止某某关系，"


def _pages(first: int, count: int, glue) -> list[str]:
    """`count` pages of 10 wrapped lines; page n ends by gluing its number into the next line."""
    lines = []
    for n in range(first, first + count):
        lines += [ARTICLE] * 9
        lines.append(glue(n))
    return lines


def test_page_numbers_glued_between_pages_are_cut_and_the_lost_break_put_back():
    lines = ["1某某管理条例"] + _pages(2, 6, lambda n: f"不得违背公序良俗。{n}第{'一二三四五六七八'[n]}条某某事项依照本条例办理，")
    kept, removed, _ = run_rule("glued-page-number", lines)
    assert kept[0] == "某某管理条例"
    assert sorted((line, text) for line, text in removed) == [(1, "1")] + [(1 + 10 * k, str(k + 1)) for k in range(1, 7)]
    assert "不得违背公序良俗。" in kept and "第三条某某事项依照本条例办理，" in kept   # split where an article starts
    assert len(kept) == len(lines) + 6


def test_a_page_number_inside_a_word_is_cut_and_the_text_joins():
    lines = _pages(3, 6, lambda n: f"保障并协助被监护人实施与其智力、精{n}神健康状况相适应的行为，")
    kept, removed, _ = run_rule("glued-page-number", lines)
    assert len(removed) == 6 and len(kept) == len(lines)
    assert kept[9] == "保障并协助被监护人实施与其智力、精神健康状况相适应的行为，"


def test_numbers_of_a_list_or_with_units_are_not_page_numbers():
    counted = [f"第{n}项任务完成{n}个目标。" for n in range(1, 30)]          # units after every number
    listed = [f"某某事项{n}某某办法" for n in range(1, 30)]                    # counts up line by line: a list
    few = [ARTICLE] * 6 + ["完成任务。2第二条某某。"] + [ARTICLE] * 6 + ["完成任务。3第三条某某。"]   # too few pages
    for lines in (counted, listed, few):
        kept, removed, _ = run_rule("glued-page-number", lines)
        assert removed == [] and kept == lines


def test_the_contents_of_a_whole_code_over_an_excerpt_is_dropped():
    """A code's contents list names far more parts than the excerpt holds; the same section title
    recurs under many chapters; the text begins with its first entry again right after it."""
    toc = ["目录", "第一编总则", "第一章基本规定", "第二章主体", "第一节一般规定", "第二节监护", "第三章法人",
           "第一节一般规定", "第二节营利法人", "第二编物权", "第一章一般规定", "附则"]
    body = ["第一编总则", "第一章基本规定", "第一条" + ARTICLE + "制定本法。"]
    kept, removed, _ = run_rule("contents-box", ["某某法典"] + toc + body)
    assert kept == ["某某法典"] + body
    assert len(removed) == len(toc)


def test_a_short_numbered_list_that_the_text_does_not_begin_with_stays():
    lines = ["某某法典", "目录", "第一章基本规定", "第二章主体", "第三章法人", "第二章主体", "第一条" + ARTICLE + "制定本法。"]
    kept, removed, _ = run_rule("contents-box", lines)
    assert removed == []
