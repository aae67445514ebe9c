"""How wide each column of a figures table is, given the room the text block leaves it.

    cols = Columns(block, padding, tight_padding, head, body, least, bare)   # px, measured: pdf/tablefit.py
    fitted = column_widths(cols, SHARES["key-figures"])
    fitted.widths, fitted.step      # border boxes that sum to the block; how much gave way (0: nothing)

Why computed here and not by CSS: a column must be at least as wide as its widest value
(a reader never sees `106,400,0` / `00`) and its header's longest word (never `Chan` / `ge`:
a header word is never broken, on any paper in any style), and all of them plus the cells' padding must fit the text block, whose width depends on the
paper, the style's margins and its font sizes. Said in CSS that took chains of var()/max()/
calc() that WeasyPrint resolves again for every cell (1.26x the sample PDF's CPU); here the
sums are done once per table and written as plain lengths on <col> elements (pdf/tablefit.py).

Widths are border boxes (content + padding), as WeasyPrint's fixed table layout takes a
<col>'s width, so they add up to the text block exactly. The DOCX sizes its grid with the same
function, in twips (render/docx/tables.py): one rule, two editions.
"""
from __future__ import annotations

from dataclasses import dataclass

# The share of the text block a column keeps when its content needs less (the look on A4);
# the first column, the indicator, takes what the others leave (33 % / 28 % when all fit).
SHARES = {
    "key-figures": (0.0, 0.13, 0.08, 0.13, 0.08, 0.25),        # indicator, value, unit, change, type, source
    "summary-figures": (0.0, 0.18, 0.18, 0.08, 0.10, 0.18),    # indicator, actual, target, unit, change, source
}


def shares_for(kind: str, kept: list[str] | tuple[str, ...] = ()) -> tuple[float, ...]:
    """The shares of a table of `kind` whose columns are `kept` (c1 c2 c4 … as the XML names
    them; empty: all): a column left out (render/empty_columns.py) leaves its share to the
    indicator. () for a table of no known kind: its columns share equally."""
    shares = SHARES.get(kind, ())
    if not kept or not shares:
        return shares
    names = [f"c{i + 1}" for i in range(len(shares))]
    return tuple(shares[names.index(n)] if n in names else 0.0 for n in kept)


FIRST_MIN = 0.2     # the indicator's least share of the block: its text is what the table is read by
VALUE_CAP = 0.4     # a value longer than this share of the block wraps rather than squeeze the rest
HEAD_MIN = 0.8      # the header is never set smaller than this share of its size to keep values whole
ROOM = 1.0          # px beyond a need: a word exactly as wide as its line's room was broken (WeasyPrint)


@dataclass(frozen=True)
class Columns:
    """What a table's columns need, in one unit (px): the text block, a cell's side padding
    (left + right, with its borders), and per column its header's longest word, its widest
    piece of body text that stays on one line (a value, a unit, a back-link with its page),
    the widest when a back-link's page may go to the next line whole (`least`), and when it
    may break too (`bare`: values and back-links' texts); 0 for the indicator, whose text
    wraps."""
    block: float
    padding: float
    tight_padding: float      # a tight table's cells have less (print.css; measured only if needed)
    head: list[float]
    body: list[float]
    least: list[float]
    bare: list[float]


@dataclass(frozen=True)
class Widths:
    widths: list[float]
    step: int   # 0 all whole; 1 narrower padding; 2 a back-link's page wraps; 3 a back-link's page
                # breaks too; 4 the indicator below FIRST_MIN; 5 the header smaller; 6 values wrap
    head_scale: float = 1.0     # the header's font size, as a share of the measured one (steps 5, 6)

    @property
    def tight(self) -> bool:
        """The cells' padding is narrowed."""
        return self.step > 0

    @property
    def breaking(self) -> bool:
        """A back-link may wrap before its page (a header word never breaks)."""
        return self.step > 1

    @property
    def squeezed(self) -> bool:
        """A back-link's page may break (and at step 6 a value may wrap)."""
        return self.step > 2


def _needs(cols: Columns, pad: float, links: int, first_min: bool = True, scale: float = 1.0) -> list[float]:
    """Each column's need at one step: the indicator FIRST_MIN of the block (at least its
    header word; only that word when not `first_min`); the others their header's longest word
    (set at `scale` of its size) and their widest value or back-link (links 0), back-link or
    its page (1), back-link's text (2), a value never beyond VALUE_CAP of the block."""
    first = max(cols.head[0] * scale, FIRST_MIN * cols.block - pad if first_min else 0.0)
    body = (cols.body, cols.least, cols.bare)[links]
    rest = [max(h * scale, min(b, VALUE_CAP * cols.block)) for h, b in zip(cols.head[1:], body[1:])]
    return [w + pad + ROOM for w in [first] + rest]


def fits_whole(cols: Columns) -> bool:
    """Everything whole, with the ordinary padding: the table is not tight."""
    return sum(_needs(cols, cols.padding, 0)) <= cols.block


def _smaller_header(cols: Columns) -> Widths | None:
    """Step 5: the header set smaller, as little as lets every value stay whole (never below
    HEAD_MIN of its size); None when even HEAD_MIN does not do."""
    def fits(scale: float) -> bool:
        return sum(_needs(cols, cols.tight_padding, 2, False, scale)) <= cols.block
    if not fits(HEAD_MIN):
        return None
    low, high = HEAD_MIN, 1.0
    for _ in range(30):                           # bisection: deterministic, 1e-9 close
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    scale = int(low * 100) / 100                  # rounded down: the words fit, with room
    widths = _needs(cols, cols.tight_padding, 2, False, scale)
    widths[0] += cols.block - sum(widths)
    return Widths(widths, 5, scale)


def _header_floor(cols: Columns, needs: list[float]) -> Widths:
    """The last resort, when no step fits: values and back-links wrap, but every column keeps
    its header's longest word whole (a reader never sees `Sou` / `rce`), the header set at
    HEAD_MIN of its size; the room above those floors is shared in proportion to what each
    column wants with the header that small (`needs`). When even the header words do not fit side by side, the header is set
    smaller still, until they do."""
    pad = cols.tight_padding + ROOM
    floors = [h * HEAD_MIN + pad for h in cols.head]
    if sum(floors) <= cols.block:
        extra = sum(needs) - sum(floors)
        k = (cols.block - sum(floors)) / extra if extra > 0 else 0.0
        widths = [f + max(0.0, n - f) * k for f, n in zip(floors, needs)]
        widths[0] += cols.block - sum(widths)
        return Widths(widths, 6, HEAD_MIN)
    room = cols.block - pad * len(floors)
    scale = int(max(0.0, room / sum(cols.head)) * 100) / 100 if sum(cols.head) > 0 else 0.0
    widths = [h * scale + pad for h in cols.head]
    widths[0] += cols.block - sum(widths)
    return Widths(widths, 6, scale)


def column_widths(cols: Columns, shares: tuple[float, ...] = ()) -> Widths:
    """Each column's border-box width; they sum to `cols.block`.

    Every column first gets its need: the indicator FIRST_MIN of the block (at least its
    header word), every other column its longest header word and its widest value or
    back-link, plus padding. When that does not fit, the table is tight, in steps: the
    cells' padding narrows; then a back-link's page may go to the next line; then the page
    may break too; then the indicator gives up its FIRST_MIN share down to its header word;
    then the header is set smaller (never below HEAD_MIN); then values wrap, every column
    keeping its header word whole (_header_floor: the last resort). A header word is never
    broken, nor a value before the header has become smaller.
    What is left goes back, column by column (the cheapest first), to what the earlier steps
    gave up, then to the columns up to their share (the look on A4), then to the indicator."""
    n, block = len(cols.head), cols.block
    shares = shares if len(shares) == n else (0.0,) + (1.0 / n,) * (n - 1)
    tight = cols.tight_padding
    steps = [_needs(cols, cols.padding, 0), _needs(cols, tight, 0), _needs(cols, tight, 1),
             _needs(cols, tight, 2), _needs(cols, tight, 2, first_min=False)]
    fits = [i for i, need in enumerate(steps) if sum(need) <= block]
    if not fits:
        return _smaller_header(cols) or _header_floor(cols, _needs(cols, tight, 2, False, HEAD_MIN))
    widths = list(steps[fits[0]])
    if fits[0] == 4:                                 # what is left is the indicator's, all of it
        widths[0] += block - sum(widths)
        return Widths(widths, 4)
    for goal in reversed(steps[1:fits[0]]):          # whole again where the room allows
        for want, i in sorted((goal[i] - widths[i], i) for i in range(1, n)):
            if 0 < want <= block - sum(widths):
                widths[i] += want
    wants = [0.0] + [max(0.0, shares[i] * block - widths[i]) for i in range(1, n)]
    slack = block - sum(widths)
    if sum(wants) > 0 and slack > 0:
        part = min(1.0, slack / sum(wants))
        widths = [w + want * part for w, want in zip(widths, wants)]
    widths[0] += block - sum(widths)
    return Widths(widths, fits[0])
