"""How wide each column of a figures table is, given the room the text block leaves it.

    widths = column_widths(Columns(block=406.0, padding=9.5, head=[...], body=[...]), SHARES["key-figures"])
    widths.widths, widths.tight        # border-box widths that sum to the block; True: something must break

Why computed here and not by CSS: a column must be at least as wide as its widest value
(a reader never sees `106,400,0` / `00`) and its header's longest word (never `Chan` / `ge`),
and all of them plus the cells' padding must fit the text block, whose width depends on the
paper, the style's margins and its font sizes. Said in CSS that took chains of var()/max()/
calc() that WeasyPrint resolves again for every cell (1.26x the sample PDF's CPU); here the
sums are done once per table and written as plain lengths on <col> elements (tablefit.py).

Widths are border boxes (content + padding), as WeasyPrint's fixed table layout takes a
<col>'s width, so they add up to the text block exactly.
"""
from __future__ import annotations

from dataclasses import dataclass

# The share of the text block a column keeps when its content needs less (the look on A4);
# the first column, the indicator, takes what the others leave (33 % / 28 % when all fit).
SHARES = {
    "key-figures": (0.0, 0.13, 0.08, 0.13, 0.08, 0.25),        # indicator, value, unit, change, type, source
    "summary-figures": (0.0, 0.18, 0.18, 0.08, 0.10, 0.18),    # indicator, actual, target, unit, change, source
}
FIRST_MIN = 0.2     # the indicator's share before the other columns grow toward theirs
VALUE_CAP = 0.4     # a value longer than this share of the block wraps rather than squeeze the rest
HEAD_PIECES = 2     # when the header words cannot all be whole, each breaks (hyphenated) in at most two
ROOM = 1.0          # px beyond a need: a word exactly as wide as its line's room was broken (WeasyPrint)


@dataclass(frozen=True)
class Columns:
    """What a table's columns need, in one unit (px): the text block, a cell's side padding
    (left + right), and per column its header's longest word and its widest unbreakable
    body content (values, units, back-links; 0 for the indicator, whose text wraps)."""
    block: float
    padding: float
    head: list[float]
    body: list[float]


@dataclass(frozen=True)
class Widths:
    widths: list[float]
    tight: bool          # the header words (or values) could not all be whole: they may break


def column_widths(cols: Columns, shares: tuple[float, ...] = ()) -> Widths:
    """Each column's border-box width; they sum to `cols.block`.

    Every column first gets its need (longest header word or widest value, plus padding);
    what is left goes first to the indicator up to FIRST_MIN of the block, then to the other
    columns up to their share, then to the indicator. When the needs do not fit, the header
    words give way first (each may break once, hyphenated), then everything in proportion."""
    n, block, pad = len(cols.head), cols.block, cols.padding
    shares = shares if len(shares) == n else (0.0,) + (1.0 / n,) * (n - 1)
    body = [min(b, VALUE_CAP * block) for b in cols.body]
    need = [max(h, b) + pad + ROOM for h, b in zip(cols.head, body)]
    tight = sum(need) > block
    if tight:
        need = [max(h / HEAD_PIECES, b) + pad + ROOM for h, b in zip(cols.head, body)]
        if sum(need) > block:
            return Widths([w * block / sum(need) for w in need], True)
    widths = list(need)
    slack = block - sum(widths)
    give = min(slack, max(0.0, FIRST_MIN * block - widths[0]))
    widths[0] += give
    slack -= give
    wants = [0.0] + [max(0.0, shares[i] * block - widths[i]) for i in range(1, n)]
    if sum(wants) > 0:
        part = min(1.0, slack / sum(wants))
        widths = [w + want * part for w, want in zip(widths, wants)]
        slack -= sum(wants) * part
    widths[0] += slack
    return Widths(widths, tight)
