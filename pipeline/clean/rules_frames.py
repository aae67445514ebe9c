"""A boxed passage in plain text: lines framed by a border of one character ('*', '#'), a rule
of that character above and below ('*****…', then '*  6. Disclaimer of Warranty   *', …).

Typewritten texts box what must stand out (a licence's disclaimer). The frame is decoration:
with it on, every line of the box starts and ends with a mark, so nothing inside reads as a
heading or a paragraph. Taking the frame off gives the box's own text back — its heading, the
underline under it, its paragraphs — at the box's own indentation. The removed marks are
recorded like any other removal.
"""
from __future__ import annotations

import re

from .page import Page

RULE = re.compile(r"^\s*(?P<ch>[*#])(?P=ch){19,}\s*$")   # the box's top or bottom: 20 or more marks
MIN_INNER = 3        # lines inside a box


def _inner(text: str, ch: str) -> bool:
    stripped = text.rstrip()
    return stripped.lstrip().startswith(ch) and stripped.endswith(ch) and len(stripped.strip()) >= 2


def _boxes(page: Page) -> list[tuple[int, int, str]]:
    """(top, bottom, mark) of each box: a rule, framed lines, a rule of the same mark."""
    boxes, lines, i = [], page.lines, 0
    while i < len(lines):
        match = RULE.match(lines[i].text)
        if not match:
            i += 1
            continue
        ch, j = match["ch"], i + 1
        while j < len(lines) and not RULE.match(lines[j].text) and _inner(lines[j].text, ch):
            j += 1
        if j < len(lines) and RULE.match(lines[j].text) and RULE.match(lines[j].text)["ch"] == ch \
                and j - i - 1 >= MIN_INNER:
            boxes.append((i, j, ch))
            i = j + 1
        else:
            i += 1
    return boxes


def box_frame(page: Page) -> Page:
    """Take the frame off a boxed passage: drop its top and bottom rules, cut the border mark and
    the frame's padding at both ends of each line inside, so the box's heading and paragraphs
    read as text.

    Example: '*************' / '*  6. Disclaimer of Warranty   *' / '*  ---------   *' / '*   *' /
    '*  Covered Software is provided …  *' / '*************' -> '6. Disclaimer of Warranty' /
    '---------' / '' / 'Covered Software is provided …'.
    """
    boxes = _boxes(page)
    if not boxes:
        return page
    rules = []
    for top, bottom, ch in boxes:
        inner = range(top + 1, bottom)
        bodies = [page.lines[k].text.rstrip() for k in inner]
        bodies = [b[b.index(ch) + 1:-1] for b in bodies]
        pad = min((len(b) - len(b.lstrip()) for b in bodies if b.strip()), default=0)
        for k in inner:
            text = page.lines[k].text
            end = len(text.rstrip())
            close = len(text[:end - 1].rstrip())   # the border mark and the padding before it
            page = page.cut(k, close, len(text))
            opening = page.lines[k].text.index(ch) + 1
            if page.lines[k].text[opening:].strip():
                page = page.cut(k, 0, opening + pad)
            else:
                page = page.cut(k, 0, len(page.lines[k].text))
        rules += [top, bottom]
    return page.drop(rules)
