"""(r27layout) Two columns side by side on one line, as `pdftotext -layout` keeps a page set in columns
(a newsletter, a bulletin): every printed line holds the left column's line, a gap, and the right
column's line, so a heading of the right column shares its line with the left column's words and a
paragraph of either column is cut into pieces between the other's.

A run of lines is two columns where one column position, the GUTTER, is where the right-hand text of
most lines starts (two spaces or more before it, a first-line indent of up to INDENT_MAX columns
after it), every line of the run leaves the gutter's two columns blank, and both sides read as prose:
at least MIN_ROWS lines hold text on both sides, and the words a side are more than a table's cells
(a table's rows are short and gapped: `Hall hire      per hour      $40`, `0 A      17 R      34 i`
stay as they are). Layout mode sets a Chinese print on a grid of one character a cell, so its gutter
is one column too. The run is read left column first, then the right, each side keeping its own
blank lines and indents; a masthead's line centred over the columns and a page number centred
under them stay out of it.

    columns_apart(lines) -> the lines reordered, or None when no run is two columns
"""
from __future__ import annotations

import re
from collections import Counter

MIN_ROWS = 6           # lines with text on both sides of the gutter
MIN_LEFT = 12          # columns: the left column is no indent
INDENT_MAX = 4         # a right-column paragraph's first-line indent
SIDE_WORDS = 3         # median words of a side's line: prose, not a table's cell
GAPPED_SIDE = 0.2      # of a side's lines may hold a gap (a justified line); a table's hold one in every row
WORDY_SIDE = 0.6       # of a side's characters are letters (Han characters too), not figures
RIGHT_START = re.compile(r"(?<=\S)\s{2,}(?=\S)")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _starts(text: str) -> list[int]:
    return [m.end() for m in RIGHT_START.finditer(text)]


def _fits(text: str, gutter: int) -> str:
    """'both', 'left', 'right' or '' (the line crosses the gutter)."""
    left, right = text[:gutter - 2], text[gutter - 2:]
    if right.strip() and right[:2].strip():
        return ""
    if not right.strip():
        return "left"
    if right[2:2 + 1 + INDENT_MAX].strip() == "" :
        return ""   # the right side starts further in than an indent: no column
    return "both" if left.strip() else "right"


def _stray(text: str, gutter: int) -> bool:
    """A line left of the gutter but starting past the left column's middle (a centred page number)."""
    return _fits(text.rstrip(), gutter) == "left" and len(text) - len(text.lstrip()) >= gutter // 2


def _centred_over(text: str, gutter: int) -> bool:
    """A line over the columns set in from the left column's edge by more than a paragraph's indent."""
    indent = len(text) - len(text.lstrip())
    return indent < gutter - 2 and indent >= max(INDENT_MAX + 1, gutter // 4)   # a right-hand line alone is the column's


def _prose(parts: list[str]) -> bool:
    """A column of running text: SIDE_WORDS words a line or more (the median), its lines set with single
    spaces (a table's side holds gaps between its cells: `0 A      17 R`), mostly words of letters."""
    filled = [p.strip() for p in parts if p.strip()]
    if not filled:
        return False
    counts = sorted(len(p.split()) + len(HAN.findall(p)) // 2 for p in filled)   # two Han characters a word
    chars = [ch for p in filled for ch in p if not ch.isspace()]
    gapped = sum(1 for p in filled if "  " in p)
    return counts[len(counts) // 2] >= SIDE_WORDS and gapped <= GAPPED_SIDE * len(filled) \
        and sum(1 for ch in chars if ch.isalpha()) >= WORDY_SIDE * len(chars)


def columns_apart(lines: list[str]) -> list[tuple[int, str]] | None:
    """(index, text) in reading order, the runs of two columns read column by column, or None."""
    filled = [i for i, t in enumerate(lines) if t.strip()]
    if len(filled) < MIN_ROWS:
        return None
    votes = Counter(s for i in filled for s in _starts(lines[i].rstrip()) if s >= MIN_LEFT)
    if not votes:
        return None
    out, done, changed = [], 0, False
    for gutter, _ in votes.most_common(3):
        for start, end in _runs(lines, gutter):
            if start < done:
                continue
            while end > start and (not lines[end - 1].strip() or _stray(lines[end - 1], gutter)):
                end -= 1   # a page's number centred under the columns is no left column's line
            while start < end and (not lines[start].strip() or _centred_over(lines[start], gutter)):
                start += 1   # a masthead's line centred over the columns ('市政府办公室编   2026年6月10日')
            rows = lines[start:end]
            kinds = [_fits(t.rstrip(), gutter) if t.strip() else "blank" for t in rows]
            lefts = [t[:gutter - 2].rstrip() for t in rows]
            rights = [t.rstrip()[gutter:] if len(t.rstrip()) > gutter else "" for t in rows]
            if kinds.count("both") < MIN_ROWS or not _prose(lefts) or not _prose(rights):
                continue
            out += [(k, lines[k]) for k in range(done, start)]
            out += [(start + k, t) for k, t in enumerate(lefts)] + [(start + k, t) for k, t in enumerate(rights)]
            done, changed = end, True
        if changed:
            break
    if not changed:
        return None
    return out + [(k, lines[k]) for k in range(done, len(lines))]


def _runs(lines: list[str], gutter: int):
    """Maximal runs of lines (blank ones inside) that all respect the gutter."""
    start = None
    last = None
    for i, text in enumerate(lines + [None]):
        ok = text is not None and (not text.strip() or _fits(text.rstrip(), gutter) != "")
        if ok and text.strip() and start is None:
            start = i
        if ok and text.strip():
            last = i
        if not ok and start is not None:
            yield start, last + 1
            start = None
