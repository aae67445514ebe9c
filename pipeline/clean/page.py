"""The value the cleaning rules fold over: the lines still kept, what was removed, provenance.

    page = Page.from_text("当前位置：\\n正文")
    page = replace(page, rule="breadcrumb").drop([0])
    page.texts() == ["正文"]; page.removed[0].rule == "breadcrumb"
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from ..model import Provenance, Removal


@dataclass(frozen=True)
class Line:
    number: int      # 1-based line number in the decoded text
    text: str


@dataclass(frozen=True)
class Page:
    lines: tuple[Line, ...]
    removed: tuple[Removal, ...] = ()
    provenance: Provenance = Provenance()
    rule: str = ""   # name of the rule being applied; set by the fold, stamped on removals
    verbatim: frozenset[int] = frozenset()   # line numbers no rule may touch (fences.py: fenced code)

    @classmethod
    def from_text(cls, text: str, source_file: str = "") -> "Page":
        """Split on "\\n"; a final newline does not start an extra line."""
        parts = text.split("\n")
        if text.endswith("\n"):
            parts.pop()
        return cls(tuple(Line(n, t) for n, t in enumerate(parts, 1)),
                   provenance=Provenance(source_file=source_file))

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]

    def drop(self, indices: Iterable[int]) -> "Page":
        """Remove the lines at `indices` (positions in `lines`), recording each under the current rule;
        verbatim lines (fenced code) stay."""
        gone = {i for i in indices if self.lines[i].number not in self.verbatim}
        if not gone:
            return self
        removals = tuple(Removal(self.lines[i].number, self.lines[i].text, self.rule) for i in sorted(gone))
        kept = tuple(line for i, line in enumerate(self.lines) if i not in gone)
        return replace(self, lines=kept, removed=self.removed + removals)

    def cut(self, index: int, start: int, end: int, put: str = "") -> "Page":
        """Remove text[start:end] from the line at `index` (an in-line label), recording it;
        `put` stands in its place (a decoded escape). A verbatim line is left as it is."""
        line = self.lines[index]
        if line.number in self.verbatim:
            return self
        removal = Removal(line.number, line.text[start:end], self.rule, put)
        lines = list(self.lines)
        lines[index] = Line(line.number, line.text[:start] + put + line.text[end:])
        return replace(self, lines=tuple(lines), removed=self.removed + (removal,))

    def split(self, index: int, at: int) -> "Page":
        """Break the line at `index` in two at text[at:] (a line break an extractor lost); both
        halves keep the source line's number. A verbatim line is left whole."""
        line = self.lines[index]
        if line.number in self.verbatim:
            return self
        lines = list(self.lines)
        lines[index:index + 1] = [Line(line.number, line.text[:at]), Line(line.number, line.text[at:])]
        return replace(self, lines=tuple(lines))

    def note(self, **fields: str) -> "Page":
        """Fill provenance fields that are still empty (the first statement found wins)."""
        fresh = {k: v.strip() for k, v in fields.items() if v and v.strip() and not getattr(self.provenance, k)}
        return replace(self, provenance=replace(self.provenance, **fresh)) if fresh else self


def renumbered(page: Page) -> Page:
    """(r22flat) The lines of a text split back, numbered as the lines of the text it was: one
    number a line, in order (a blank line the English pieces get counts as one).

    Phenomenon: every piece of a joined line kept the joined line's number, so the pieces read as
    no line at all apart: the rules that ask whether two lines stand in a row (a hard-wrapped
    paragraph's next line, `page.wrapped_on`; the copy's spacing, `page.line_gap`, which came out
    -1; a print's head and foot, a byline under its headline) saw none, and the copy read neither as
    the text with its lines nor as the copy without blank lines. Numbered anew, the split text reads
    as the copy without blank lines it is. Line numbers in the cleaning report and `pipeline explain`
    then count the lines split back (the source had one or a few); every cut is still recorded
    under the joined line's own number.

    Example: '某某县政府工作报告' / '' / '各位代表： … 一、过去一年工作回顾 …' (lines 1, 2, 3) -> the pieces of
    line 3 numbered 3, 4, 5, …"""
    return replace(page, lines=tuple(Line(n, line.text) for n, line in enumerate(page.lines, 1)))


def worded_span(texts: list[str], count: int, start: int = 0) -> int:
    """The end (exclusive) of the first `count` lines with words from `start` on: a window at the top
    of a page counted in lines of text, so a copy with an empty line after every line (a
    paragraph-spaced copy) reaches as far as the copy without them (robust2)."""
    seen = 0
    for i in range(start, len(texts)):
        if texts[i].strip():
            seen += 1
            if seen == count:
                return i + 1
    return len(texts)


def line_gap(page: "Page | tuple[Line, ...]") -> int:
    """The copy's own spacing: the fewest source lines between two lines of text in a row on the
    page (0 in most texts; 1 in a copy that put an empty line after every line). Lines "in a row,
    no blank line between" are this far apart in any copy (robust2)."""
    lines = page.lines if isinstance(page, Page) else page
    if lines is _last_gap[0]:
        return _last_gap[1]   # a dozen rules ask of the same lines; a rule that changes them makes a new tuple
    numbers = [line.number for line in lines if line.text.strip()]
    gap = min((b - a - 1 for a, b in zip(numbers, numbers[1:])), default=0)
    _last_gap[:] = [lines, gap]
    return gap


def indent(text: str) -> int:
    """Characters of a line's leading whitespace (spaces, tabs, full-width spaces alike)."""
    return len(text) - len(text.lstrip())


def _columns(text: str) -> int:
    """A line's width in columns: an East Asian wide or full-width character takes two."""
    return len(text) + sum(1 for ch in text if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF")


_last_gap: list = [None, 0]   # (the lines tuple line_gap last measured, its gap)


def has_any(page: Page, marks: Iterable[str]) -> bool:
    """Whether any of `marks` stands anywhere in the page's text: a rule whose patterns all need one
    of them has nothing to do on a page without them, and one substring search over the whole text
    costs less than a regex per line (kept, like line_gap, for the lines tuple last asked about)."""
    if page.lines is not _last_text[0]:
        _last_text[:] = [page.lines, "\n".join(line.text for line in page.lines)]
    text = _last_text[1]
    return any(mark in text for mark in marks)


_last_text: list = [None, ""]   # (the lines tuple has_any last joined, its text)


SENTENCE_END = "。！？；!?;.…）)」』”\""   # a line ending so closes its sentence: nothing wraps on from it
WRAP_MOST = 4   # lines a short passage (a blurb, a summary) may wrap onto
WRAP_MIN = 20   # characters: a line a hard wrap broke filled its measure; a shorter one ended there


def wrapped_on(page: Page, i: int) -> list[int]:
    """The lines that carry on line i's sentence where a hard wrap (a PDF extraction, a fixed-width
    copy) broke it: while the line (WRAP_MIN characters or more) ends without a mark that closes a
    sentence, the very next source line, with text and no longer than the line it continues (a
    wrap's rest never outruns the measure the wrapped line filled), up to WRAP_MOST lines. A rule that recognises a passage by
    its first line takes these with it, so the passage goes whole in any copy (robust2).
    "No longer" is read in columns (a Han character two, a Latin letter or `,` one) and within one
    wide character: a wrap stops a line short when the next character would pass the margin, so a
    full line after it may run one character further (robust3: `…形式主义作风` / `。讲话强调…,…,…推进`)."""
    out: list[int] = []
    while len(out) < WRAP_MOST and i + 1 < len(page.lines):
        here, there = page.lines[i].text.strip(), page.lines[i + 1].text.strip()
        if len(here) < WRAP_MIN or not there or here[-1] in SENTENCE_END or page.lines[i + 1].number != page.lines[i].number + 1 \
                or _columns(there) > _columns(here) + 2:
            break
        i += 1
        out.append(i)
    return out


MEASURE_MIN = 40        # columns: a measure narrower than this is a list or a verse, not a page's text block
MEASURE_LINES = 8       # lines at the measure: fewer is no hard-wrapped text
MEASURE_SHARE = 0.3     # … of the lines 40 columns or wider
MEASURE_OVER = 0.1      # share of those lines that may pass the measure (a heading or title set whole)


def measure(page: Page) -> int:
    """(wrap round, issue 11) The column a hard-wrapped copy breaks its lines at (a PDF extraction,
    a fixed-width copy), 0 when the text is not hard-wrapped: the widest width in columns (within
    two: a wide character that would pass the margin goes to the next line) that MEASURE_SHARE of
    the lines of MEASURE_MIN columns or more reach, MEASURE_LINES of them at least, and almost no
    line passes. A text set one paragraph a line has no such width: its long lines all differ."""
    if page.lines is _last_measure[0]:
        return _last_measure[1]
    widths = [_columns(line.text.strip()) for line in page.lines]
    wide = Counter(w for w in widths if w >= MEASURE_MIN)
    total, found = sum(wide.values()), 0
    for width in sorted(wide, reverse=True):
        at = sum(wide.get(w, 0) for w in range(width - 2, width + 1))
        over = sum(n for w, n in wide.items() if w > width)
        if over > MEASURE_OVER * total:
            break
        if at >= MEASURE_LINES and at >= MEASURE_SHARE * total:
            found = width
            break
    _last_measure[:] = [page.lines, found]
    return found


_last_measure: list = [None, 0]   # (the lines tuple measure last read, its width)


def wrapped_rest(page: Page, i: int) -> list[int]:
    """(wrap round, issue 11) Line i's hard-wrapped rest (`wrapped_on`) when line i filled the
    copy's measure (within two columns): a chrome line a PDF copy wrapped (a byline `…点击： 载入` /
    `中...`, a catalogue row `…分类 其他; 市政府、市` / `政府办公室文件;`). A line short of the margin
    ended there, and in a text that is not hard-wrapped nothing is taken: the line under a chrome
    line is the text's own. So is the line under one that ends on a closed item (`【打印】`) or over
    one that opens with a dash (a dateline `——2020年7月28日在…`): the wrap broke a word, not there.
    A line that stops on a mark that leaves its clause open (`、，；：(（`: `…内容补充、` / `找答案等附加服务。`,
    `…申请退款(` / `可完整预览…`) was broken there by the margin too (r30noblank)."""
    width = measure(page)
    text = page.lines[i].text.strip()
    if not width or _columns(text) < width - 2 or not (text[-1:].isalnum() or text[-1:] in CLAUSE_OPEN) or i + 1 >= len(page.lines) \
            or page.lines[i + 1].text.strip().startswith(("—", "-")):
        return []
    return wrapped_on(page, i)


CLAUSE_OPEN = "、，；：,;:(（《“"   # a line ending on one of these leaves its clause or its bracket open


def window(lines: "tuple[Line, ...]", count: int) -> int:
    """The end (exclusive) of the first `count` lines at the top of a page, in the copy's own spacing
    (line_gap): a paragraph-spaced copy's top `count` lines of the plain copy span twice as many
    lines. The same lines as `lines[:count]` in a copy that sets lines in a row (robust2)."""
    return min(len(lines), count * (line_gap(lines) + 1))
