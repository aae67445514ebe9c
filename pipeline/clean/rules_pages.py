"""Printed pages flattened into text: the running header and footer of every page.

Text that was once laid out on pages (an RFC, a PDF run through a text extractor, a web page
printed to PDF) carries each page's running head and foot in the text flow, wherever the page
broke — between paragraphs, mid-sentence, mid-list. They are found by repetition, never by
their words: a line shape that recurs every few dozen lines, with a page number that grows.

    page_furniture(page)   # the rule; `running_lines(texts)` says which indices it drops
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

from .page import Page

MAX_LEN = 120              # a running head is one short line
MIN_PAGES = 3              # seen on at least this many pages
MIN_GAP, MAX_GAP = 12, 160  # lines per page: shorter is a list, longer is not a page
# a page number at the start or end of the line, or written as [Page 3], Page 3, 3/19, - 3 -
PAGE_NO = re.compile(
    r"^(?P<a>\d{1,4})\s+(?=\S)|(?<=\S)\s+(?P<b>\d{1,4})$|\[\s*page\s+(?P<c>\d{1,4})\s*\]|"
    r"\bpage\s+(?P<d>\d{1,4})(?:\s+of\s+\d{1,4})?\b|(?<!\S)(?P<e>\d{1,4})\s*/\s*\d{1,4}(?!\S)|^[-–—]\s*(?P<f>\d{1,4})\s*[-–—]$",
    re.I)
SENTENCE_END = re.compile(r"[.!?。！？;:,\"”’]$")


def _key(text: str) -> str:
    """The line with its page number taken out and spaces collapsed: what stays the same per page."""
    return " ".join(PAGE_NO.sub(" ", text).split()).casefold()


def _page_number(text: str) -> int | None:
    match = PAGE_NO.search(text)
    if not match:
        return None
    return int(next(g for g in match.groups() if g is not None))


COUNTER = re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$")   # a browser's '3/19' footer alone on its line
# a numbered heading's label alone ('SECTION 2', 'Article. 3.', 'CHAPTER IV'): its number counts
# sections, not pages, even where the sections of a text fall about a page apart
HEADING_LABEL = re.compile(r"^(?:article|section|chapter|part|book|§)\.?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\.?$", re.I)


def _candidate(text: str) -> bool:
    s = text.strip()
    return 0 < len(s) <= MAX_LEN and (any(ch.isalpha() for ch in s) or bool(COUNTER.match(s))) \
        and not SENTENCE_END.search(s) and not HEADING_LABEL.match(s)


def _regular(positions: list[int], near: set[int]) -> bool:
    """Spread over the text like pages: each gap a whole number of pages of one steady length
    (a page may lack its head), or each occurrence beside a numbered running line."""
    if len(positions) < MIN_PAGES:
        return False
    if near and all(any(abs(p - q) <= 3 for q in near) for p in positions):
        return True
    gaps = [b - a for a, b in zip(positions, positions[1:])]
    pace = sorted(gaps)[len(gaps) // 2]
    if not MIN_GAP <= pace <= MAX_GAP:
        return False
    return all(abs(g - pace * max(1, round(g / pace))) <= 0.2 * pace for g in gaps)


def _chain(cands: list[tuple[int, int]], low: float, high: float) -> list[int]:
    """The longest run of (line, page number) whose numbers grow by 1-3 per step, each page
    taking between `low` and `high` lines."""
    best: list[list[int]] = []
    for j, (line, num) in enumerate(cands):
        chain = [j]
        for i in range(j):
            prev_line, prev_num = cands[i]
            pages = num - prev_num
            if 1 <= pages <= 3 and low * pages <= line - prev_line <= high * pages \
                    and len(best[i]) + 1 > len(chain):
                chain = best[i] + [j]
        best.append(chain)
    return max(best, key=len, default=[])


def _numbered_chain(cands: list[tuple[int, int]]) -> list[int]:
    """Running lines with page numbers: the longest chain at any page length, then again at the
    pace that chain shows (so a table row that starts with a number does not join it)."""
    first = _chain(cands, MIN_GAP, MAX_GAP)
    if len(first) < MIN_PAGES:
        return []
    steps = sorted((cands[b][0] - cands[a][0]) / (cands[b][1] - cands[a][1]) for a, b in zip(first, first[1:]))
    pace = steps[len(steps) // 2]
    chain = _chain(cands, 0.6 * pace, 1.5 * pace)
    return [cands[k][0] for k in chain] if len(chain) >= MIN_PAGES else []


def _between(texts: list[str], cands: list[tuple[int, int]], chain: list[int]) -> list[int]:
    """A short page (a figure took most of it) breaks the chain's pace: its footer is still the
    one number missing between two links, at a line between theirs, in the same words."""
    links = sorted((line, _page_number(texts[line])) for line in chain)
    extra = []
    for (a, na), (b, nb) in zip(links, links[1:]):
        if nb - na != 2:
            continue
        extra += [line for line, num in cands if a < line < b and num == na + 1
                  and _key(texts[line]) in (_key(texts[a]), _key(texts[b]))]
    return extra


NEAR = 3   # non-blank lines between a page-numbered line and the rest of its head or foot


def _ranks(texts: list[str]) -> list[int]:
    """Each line's index among the non-blank lines: distances that ignore a page's blank padding."""
    ranks, seen = [], 0
    for text in texts:
        ranks.append(seen)
        seen += bool(text.strip())
    return ranks


def _beside(texts: list[str], by_key: dict[str, list[int]], numbered: set[int]) -> set[int]:
    """Unnumbered running lines found by their place: every page's head or foot sits within a
    few non-blank lines of its page number (a form feed's blank lines aside). The first page has
    no number before its head, so lines opening the text count when each of them recurs beside
    page numbers on most pages. A line whose words recur there AND once elsewhere (the title a
    running head repeats) keeps that one occurrence."""
    if len(numbered) < MIN_PAGES:
        return set()
    rank = _ranks(texts)
    marks = sorted(rank[q] for q in numbered)

    def beside_mark(p: int) -> bool:
        k = bisect.bisect_left(marks, rank[p] - NEAR)
        return k < len(marks) and marks[k] <= rank[p] + NEAR

    near = {key: [p for p in ps if beside_mark(p)] for key, ps in by_key.items()}
    recurring = {key for key, ps in near.items() if len(ps) >= max(MIN_PAGES, len(numbered) // 2)}
    opening = []
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        if rank[i] >= NEAR or _key(text) not in recurring:
            break
        opening.append(i)
    found: set[int] = set()
    for key in recurring:
        ps = set(near[key]) | {i for i in opening if _key(texts[i]) == key}
        if len(set(by_key[key]) - ps) <= 1:
            found |= ps
    return found


def running_lines(texts: list[str]) -> set[int]:
    """Indices of running heads/feet: numbered ones whose page numbers grow at a page's pace
    (the words may change per chapter), and unnumbered ones repeated word for word a page apart."""
    numbered = [(i, _page_number(t)) for i, t in enumerate(texts) if _candidate(t) and _page_number(t)]
    cands = [(i, n) for i, n in numbered if n is not None]
    numbered_hits = set(_numbered_chain(cands))
    numbered_hits |= set(_between(texts, cands, sorted(numbered_hits)))
    found = set(numbered_hits)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if _candidate(text) and len(text.split()) >= 2:
            by_key[_key(text)].append(i)
    for key, positions in by_key.items():
        if key and _regular(positions, numbered_hits):
            found.update(positions)
    return found | _beside(texts, {k: ps for k, ps in by_key.items() if k}, numbered_hits)


def _rejoin(page: Page, hits: set[int]) -> set[int]:
    """Blank lines left around a dropped head/foot inside a sentence: the paragraph goes on."""
    lines, extra = page.lines, set()
    for i in sorted(hits):
        if i - 1 in hits:
            continue
        before = i - 1
        while before >= 0 and (before in hits or not lines[before].text.strip()):
            before -= 1
        after = i + 1
        while after < len(lines) and (after in hits or not lines[after].text.strip()):
            after += 1
        if before < 0 or after >= len(lines):
            continue
        prev, nxt = lines[before].text.strip(), lines[after].text.strip()
        if not re.search(r"[.!?:;\"”)\]]$", prev) and (nxt[:1].islower() or prev.endswith(",")):
            extra.update(k for k in range(before + 1, after) if not lines[k].text.strip())
    return extra


def page_furniture(page: Page) -> Page:
    """Drop running page headers and footers wherever they fall; rejoin a paragraph they split.

    Examples: "Josefsson   Standards Track   [Page 3]" and "RFC 4648   Base-N Encodings   October 2006"
    on every page of an RFC; "CWEB USER MANUAL (VERSION 3.64) 3", "14 APPENDIX A — TRANSLATION BY
    CTANGLE" in PDF-extracted text; a browser's "3/19" footer on a page printed to PDF.
    """
    hits = running_lines(page.texts())
    if not hits:
        return page
    return page.drop(hits | _rejoin(page, hits))


NOTICE = re.compile(r"\btrademarks?\b|copyright|©|\ball rights reserved\b|\bpermission is granted\b|\bISBN\b|"
                    r"\bprinted in\b|\blibrary of congress\b", re.I)
HEAD_LINES = 60


def title_verso(page: Page) -> Page:
    """Drop the legal notices of a title page's back (the verso) when the title is repeated after
    them at the head of the first page: everything from the first notice to that repetition.

    Example (PDF-extracted manual): title, version, authors, then "TEX is a trademark of …",
    "The printed form of this manual is copyright …", "Permission is granted to …", a web
    address, then the title and the authors again above the first paragraph.
    """
    head = [i for i, line in enumerate(page.lines[:HEAD_LINES]) if line.text.strip()]
    if not head:
        return page
    title = page.lines[head[0]].text.strip()
    again = next((i for i in head[1:] if page.lines[i].text.strip() == title), None)
    if again is None:
        return page
    notices = [i for i in head if head[0] < i < again and NOTICE.search(page.lines[i].text)]
    if len(notices) < 2:
        return page
    return page.drop(range(notices[0], again))
