"""Numbering typed in the other width (perturb, issue #11): '一.' for '一、' heads a part as '一、' does."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


def test_half_width_point_after_a_chinese_numeral_is_part_numbering():
    assert sg.numbering("一.总体要求") == sg.numbering("一、总体要求") == "一、"
    assert sg.numbering("三.2026年重点工作") == "一、"


def test_parts_numbered_with_a_half_width_point_nest_like_their_full_width_peers():
    half = doc_of("某某报告\n一.过去一年的工作\n(一)经济平稳运行\n" + LONG + "\n(二)民生持续改善\n" + LONG
                  + "\n二.今年的主要任务\n" + LONG)
    full = doc_of("某某报告\n一、过去一年的工作\n（一）经济平稳运行\n" + LONG + "\n（二）民生持续改善\n" + LONG
                  + "\n二、今年的主要任务\n" + LONG)
    assert [level for level, _ in outline(half)] == [level for level, _ in outline(full)] == [1, 2, 2, 1]


# -- Chinese text set to a measure (a PDF's text), in the forms a short copy takes -------------

HAN = "这是一段足够长的正文内容用来说明这一部分的具体情况，全年增长12.5%，完成投资3.6亿元，并且交代了原因"


def _printed(paragraphs: list[str], measure: int = 76) -> list[str]:
    """Paragraphs broken where the next character passes a measure of 76 columns (a Han
    character takes two, a digit one), as a PDF's text layer gives them: lines of varying length."""
    from pipeline.structure.blocks import display_width
    out = []
    for p in paragraphs:
        line = ""
        for ch in p:
            if display_width(line + ch) > measure:
                out.append(line)
                line = ""
            line += ch
        out.append(line)
    return out


def test_title_and_dateline_that_together_fill_a_line_stay_apart():
    """Two pieces of one printed line join only at a quote or bracket (where a text run breaks);
    a short title over a dateline whose widths happen to sum to the measure are two lines."""
    body = _printed([HAN * 5 + "。", HAN * 4 + "。", HAN * 6 + "。"])
    assert len(body) >= 20
    doc = doc_of("\n".join(["某某市政府工作报告", "——2026年1月28日在某某市第十四届人民代表大会第四次会议上",
                            "各位代表："] + body))
    assert doc.title == "某某市政府工作报告"
    assert doc.subtitle.startswith("——2026年1月28日")


def test_a_short_printed_notice_is_read_as_printed_text():
    """Twelve lines with text are a page's worth for a short notice printed to PDF: a line that
    reached the margin mid-sentence runs on, so no cut line stands alone as a heading."""
    segments = ["全年增长12.5%，", "完成投资3.6亿元，", "这是一段足够长的正文内容，", "用来说明这一部分的具体情况，",
                "比上年提高1234567个百分点，", "各项工作都有进展"]
    paragraphs = ["".join(segments[(k + j) % 6] for j in range(n)) + "。" for k, n in ((0, 11), (2, 9), (4, 12), (1, 8))]
    body = _printed(paragraphs)
    from pipeline.structure.blocks import _wrap_width, print_width
    assert 12 <= len(body) < 20 and print_width(body) and not _wrap_width(body)   # line lengths vary: only printed
    doc = doc_of("\n".join(["某某县关于某某工作的通知"] + body))
    assert outline(doc) == []
    assert len(doc.sections[0].paragraphs if doc.sections else doc.front) >= 1


def test_markdown_marks_before_a_bracket_lose_nothing_of_the_heading():
    """'### （一）…' becomes '###（一）…' once the typography takes the space before the bracket:
    still a depth-3 mark, and the heading's words keep their number."""
    assert sg.numbering("###（一）坚持稳中求进") == "md3"
    assert sg.unmarked("###（一）坚持稳中求进") == "（一）坚持稳中求进"
    assert sg.numbering("#1 priority") == ""   # one mark glued to a number is no heading mark
    doc = doc_of("# 某某报告\n## 一、总体要求\n###（一）指导思想\n" + LONG + "\n###（二）基本原则\n" + LONG)
    assert outline(doc) == [(1, "一、总体要求"), (2, "（一）指导思想"), (2, "（二）基本原则")]


def test_a_short_printed_text_with_one_unwrapped_line_is_still_printed_text():
    """One line over the width (a line the copy left whole) does not unmake a short printed text:
    five per cent of 17 lines is less than one line."""
    segments = ["全年增长12.5%，", "完成投资3.6亿元，", "这是一段足够长的正文内容，", "用来说明这一部分的具体情况，",
                "比上年提高1234567个百分点，", "各项工作都有进展"]
    paragraphs = ["".join(segments[(k + j) % 6] for j in range(n)) + "。" for k, n in ((0, 11), (2, 9), (4, 12), (1, 8))]
    body = _printed(paragraphs)
    whole = "".join(segments) * 3 + "。"   # one paragraph left on one line
    from pipeline.structure.blocks import print_width
    lines = ["某某市推进某某工作三年行动计划", whole] + body
    assert print_width(lines)
    doc = doc_of("\n".join(lines))
    assert outline(doc) == []


def test_a_title_and_its_bracketed_date_across_a_blank_line_are_not_one_printed_line():
    """Two runs of one printed line are never apart by a blank line: a title (50 columns) and the
    bracketed date under it (22 columns) fill the measure together, yet stay two lines."""
    segments = ["全年增长12.5%，", "完成投资3.6亿元，", "这是一段足够长的正文内容，", "用来说明这一部分的具体情况，",
                "比上年提高1234567个百分点，", "各项工作都有进展"]
    paragraphs = ["".join(segments[(k + j) % 6] for j in range(n)) + "。" for k, n in ((0, 11), (2, 9), (4, 12), (1, 8), (3, 10))]
    title = "在中国某某党第七届中央委员会第二次全体会议上的报告"
    lines = [title, "", "", "（一九四九年三月五日）", ""] + _printed(paragraphs)
    doc = doc_of("\n".join(lines))
    assert doc.title == title
