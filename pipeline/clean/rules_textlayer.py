"""(r28zhpdf) What a PDF's text layer does to a Chinese line set in two fonts: the digits move.

A report typeset with its Arabic digits in a Latin font (the title `2023年某市政府工作报告`, the
head `一、2022年工作回顾`) is stored as text runs per font; an extractor that reads the runs in their
stored order, not their places on the page, writes the digits apart from the words they stood in:
`年某市政府工作报告` / `2023`, `2022` / `一、年工作回顾`. A head's year, alone on its line, is put back.

    moved_year(page)   # '2022' / '一、年工作回顾' -> '一、2022年工作回顾'
"""
from __future__ import annotations

from dataclasses import replace

import re

from .page import Line, Page

LONE_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*$")
# a line that opens with the year's `年` (after a numbering marker or none), its year gone: not a word
# that opens with 年 itself ('年度', '年均', '年底', '年轻' …)
YEARLESS = re.compile(r"^(?P<indent>\s*)(?P<mark>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分\s?)?"
                      r"(?P<rest>年(?![度均底末初终內内轻龄代份会鉴华货味画糕薪假限头轮岁级检报])\S)")


def moved_year(page: Page) -> Page:
    """Put a year that a text layer moved out of a numbered head back after the head's number: a
    line holding only a year (`2022`) right before a line that opens with a numbering marker and
    `年` (`一、年工作回顾` -> `一、2022年工作回顾`). The text is moved, nothing removed. A lone year
    before any other line (a fragment of lost text, a table's cell) stays, and so does a head
    opening with a word of 年 (`一、年度工作目标`). A title's year moved after it (`年某市政府工作报告`
    / `2023`) is left: the headline names the title, and the copy it would make is dropped as one.

    Example: "…提出意见。" / "2022" / "一、年工作回顾" -> "…提出意见。" / "一、2022年工作回顾"."""
    lines = list(page.lines)
    gone: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        year = LONE_YEAR.match(line.text)
        nxt = YEARLESS.match(lines[i + 1].text) if year else None
        if not nxt or not nxt["mark"] or {line.number, lines[i + 1].number} & set(page.verbatim):
            continue
        at, text = nxt.start("rest"), lines[i + 1].text
        lines[i + 1] = Line(lines[i + 1].number, text[:at] + year["year"] + text[at:])
        gone.add(i)
    if not gone:
        return page
    return replace(page, lines=tuple(line for i, line in enumerate(lines) if i not in gone))
