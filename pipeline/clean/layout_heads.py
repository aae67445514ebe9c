"""(r27layout) A running head or foot as `pdftotext -layout` keeps it: ONE line whose parts stand
apart by wide gaps, as the page's margin boxes placed them (`Guidelines      Training Fund      Page 3`,
`政府工作报告                    第2页`, `City of Northgate                 Fee Policy`).

The gaps are the evidence a head's words alone cannot give: a line of two or more parts set apart by
runs of spaces, repeated with the same words (its page number aside) at least a page apart, is a
page's head or foot, even on a print of two pages, where the pace rules of rules_pages.py need three.
On one page, a gapped first or last line with a page's number as one of its parts (`Volunteer Handbook
      1`), or a page's number alone closing the text, makes the gapped first and last lines its head and foot. The lines printed beside such heads on every page (a foot without
gaps, `Revised March 2026`; a page's number alone) go with them. A row of a table is gapped too, and a
table's header row repeats over a page break: a line between two gapped lines is a row, never a head.

    gapped_running_lines(texts)   # indices of the heads and feet; rules_pages.page_furniture drops them
"""
from __future__ import annotations

import re
from collections import defaultdict

MAX_LEN = 150          # a page's head is one line of the page's width
MIN_APART = 12         # lines between two copies: a page, not a list
BESIDE = 3             # non-blank lines between a head and the foot of the page over it
GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")   # the gap between two parts of a laid-out line
DIGITS = re.compile(r"\d+")
WORDY = re.compile(r"[^\W\d_]")
# a part that says which page this is: 'Page 3', 'Page 3 of 9', '第2页', '第 2 页 共 5 页', '3', '3/9', '- 3 -'
PAGE_PART = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共\s*\d{1,4}\s*页)?"
                       r"|\d{1,4}(?:\s*/\s*\d{1,4})?|[-–—－]\s*\d{1,4}\s*[-–—－])$", re.I)
LEAD_NUMBER = re.compile(r"^\(?\d{1,4}(?:\.\d{1,3})*[.)]?\s{3,}\S")   # '1   Short title', '2.   Interpretation'
SENTENCE_END = re.compile(r"[.!?。！？;:,；：，]$")


def _parts(text: str) -> list[str]:
    return GAP.split(text.strip())


def _gapped(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= MAX_LEN and len(_parts(s)) >= 2 and bool(WORDY.search(s)) \
        and not SENTENCE_END.search(s)


def _paged(text: str) -> bool:
    """A gapped line with a part that is a page's number or label."""
    return _gapped(text) and any(PAGE_PART.match(p) for p in _parts(text))


def _numbered_twice(texts: list[str], ps: list[int]) -> bool:
    """The same line with the same number first in every copy: a numbered section's head and its
    entry in the arrangement over the text (`1   Short title`), not a page's head, whose number
    changes from page to page."""
    numbers = {tuple(DIGITS.findall(texts[i])) for i in ps}
    return len(numbers) == 1 and bool(LEAD_NUMBER.match(texts[ps[0]].strip()))


def _key(text: str) -> str:
    """The words of a line, its numbers (the page's) and its gaps' widths aside."""
    return " ".join(DIGITS.sub("#", text).split()).casefold()


def _neighbours(texts: list[str], filled: list[int], k: int) -> list[int]:
    return [filled[j] for j in (k - 1, k + 1) if 0 <= j < len(filled)]


def _starts(text: str) -> set[int]:
    """The columns where a laid-out line's second and later parts start."""
    return {m.end() for m in GAP.finditer(text.rstrip())}


def _in_table(texts: list[str], filled: list[int], k: int) -> bool:
    """A row among rows: the lines with text over and under it are gapped too, or one of them has a
    part starting in the same column as one of its own (the first row under a header whose gaps
    are narrower: `Value Encoding  Value Encoding` over `    0 A      17 R      34 i`)."""
    around = _neighbours(texts, filled, k)
    if len(around) == 2 and all(len(_parts(texts[i])) >= 2 for i in around):
        return True
    own = _starts(texts[filled[k]])
    return any(own & _starts(texts[i]) for i in around)


def gapped_running_lines(texts: list[str]) -> set[int]:
    """Indices of the running heads and feet a layout-mode text sets on one gapped line, with the
    lines printed beside them on every page (see the module's docstring)."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    if not filled:
        return set()
    rank = {i: k for k, i in enumerate(filled)}
    by_key: dict[str, list[int]] = defaultdict(list)
    for k, i in enumerate(filled):
        if _gapped(texts[i]) and not _in_table(texts, filled, k):
            by_key[_key(texts[i])].append(i)
    found: set[int] = set()
    for ps in by_key.values():
        if len(ps) >= 2 and all(b - a >= MIN_APART for a, b in zip(ps, ps[1:])) and not _numbered_twice(texts, ps):
            found.update(ps)
    # one page: its head opens the text and its foot closes it; either one saying the page's
    # number makes both the print's (a table's row never has a page's number in a part of its own)
    first, last = filled[0], filled[-1]
    alone = bool(PAGE_PART.match(texts[last].strip()))   # the page's number alone closes the text
    edges = {i for i, k in ((first, 0), (last, len(filled) - 1))
             if _gapped(texts[i]) and not _in_table(texts, filled, k) and not LEAD_NUMBER.match(texts[i].strip())}
    if len(filled) > MIN_APART and (any(_paged(texts[i]) for i in edges) or alone and first in edges):
        found |= edges | ({last} if alone else set())
    if not found:
        return found
    return found | _companions(texts, filled, rank, found)


def _companions(texts: list[str], filled: list[int], rank: dict[int, int], heads: set[int]) -> set[int]:
    """Lines repeated beside the heads on every page (the foot over the next page's head), or a
    page's number alone there; the last page's foot closes the text."""
    marks = sorted(rank[i] for i in heads)
    last = len(filled) - 1

    def beside(i: int) -> bool:
        r = rank[i]
        return any(abs(r - m) <= BESIDE for m in marks) or last - r < BESIDE

    near: dict[str, list[int]] = defaultdict(list)
    out = set()
    for i in filled:
        if i in heads:
            continue
        s = texts[i].strip()
        if PAGE_PART.match(s) and beside(i):
            out.add(i)
        elif len(s) <= MAX_LEN and not SENTENCE_END.search(s) and WORDY.search(s):
            near[_key(s)].append(i)
    for ps in near.values():
        if len(ps) >= 2 and all(beside(i) for i in ps) and all(b - a >= MIN_APART for a, b in zip(ps, ps[1:])) \
                and any(abs(rank[i] - m) <= BESIDE for i in ps for m in marks if m != 0):
            out.update(ps)
    return out
