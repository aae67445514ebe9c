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
from collections import Counter, defaultdict

from .layout_heads import gapped_running_lines
from .page import Page
from .rules_book import BOOK_CONTENTS_LABEL
from .vocab_en import LEGAL_PUBLICATION, LETTERED_PAGE, VIEWING_NOTE
from .zones import is_prose

MAX_LEN = 120              # a running head is one short line
MIN_PAGES = 3              # seen on at least this many pages
MIN_GAP, MAX_GAP = 12, 160  # lines per page: shorter is a list, longer is not a page
# a page number at the start or end of the line, or written as [Page 3], Page 3, 3/19, - 3 -
# ((r45) `pdftotext -layout` keeps a centred foot's indent, `                -2-`: the dashed number may
# stand after spaces, as the bare number does; and a foot that sets the part's name left and the dashed
# number right comes out as one line, `二、主要任务 - 5 -`: the dashed number may close a line, as the bare one does;
# a Chinese foot `第 5 页` or `第 5 页 共 12 页` closes a line too)
_BRACKETED, _WORDED = r"\[\s*page\s+(?P<c>\d{1,4})\s*\]", r"\bpage\s+(?P<d>\d{1,4})(?:\s+of\s+\d{1,4})?\b"
_DASHED_ALONE, _DASHED_CLOSING = r"^\s*[-–—－]\s*(?P<f>\d{1,4})\s*[-–—－]$", r"(?<=\S)\s+[-–—－]\s*(?P<h>\d{1,4})\s*[-–—－]$"
_PAGE_OF = r"(?:^|(?<=\s))第\s*(?P<i>\d{1,4})\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?\s*$"
PAGE_NO = re.compile("|".join([r"^(?P<a>\d{1,4})\s+(?=\S)", r"(?<=\S)\s+(?P<b>\d{1,4})$", _BRACKETED, _WORDED,
                               r"(?<!\S)(?P<e>\d{1,4})\s*/\s*\d{1,4}(?!\S)", _DASHED_ALONE, _DASHED_CLOSING, _PAGE_OF,
                               r"^\s*(?P<g>\d{1,4})\s*$"]), re.I)
SENTENCE_END = re.compile(r"[.!?。！？;:,\"”’]$")


def _key(text: str) -> str:
    """The line with its page number taken out and spaces collapsed: what stays the same per page."""
    return " ".join(PAGE_NO.sub(" ", text).split()).casefold()


# (r45) a number that says it is the page's (`Page 7`, `[Page 7]`, `- 7 -`): a foot setting the part's
# name, itself numbered, beside it (`1 Review of the Year   Page 2`, `一、工作回顾 - 2 -`) is read by this
# number, and it is no heading of the text, whatever its numbering
FOLIO = re.compile("|".join([_BRACKETED, _WORDED, _DASHED_ALONE, _DASHED_CLOSING, _PAGE_OF]), re.I)   # PAGE_NO's forms that say so


def page_key(text: str) -> str:
    """The line as the running-line rules compare it (`_key`): '' for a page's number alone."""
    return _key(text)


def _page_number(text: str) -> int | None:
    match = FOLIO.search(text) or PAGE_NO.search(text)
    if not match:
        return None
    return int(next(g for g in match.groups() if g is not None))


BESIDE = 4                 # lines between a page's running lines (blank lines between them)
COUNTER = re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$")   # a browser's '3/19' footer alone on its line
# a page number between dashes alone on its line: '— 3 —' at the foot of a Chinese official
# document's pages ('—3—' once pdftotext drops the spaces, '－ 3 －' with full-width hyphens)
DASHED = re.compile(r"^[-–—－]\s*\d{1,4}\s*[-–—－]$")
# a bare page number alone on its line ('3' centred at a page's foot, as a report or a book prints
# it): a number alone is also a table cell or a list's count, so it counts only in a chain that
# grows by one page at a page's pace (newdocs: a government report printed to PDF)
BARE = re.compile(r"^\s*\d{1,4}\s*$")
# a numbered heading's label alone ('SECTION 2', 'Article. 3.', 'CHAPTER IV'): its number counts
# sections, not pages, even where the sections of a text fall about a page apart
# (after Markdown heading marks too: '###Article 1' is a marked heading, perturb; (r43en) and after a bold or
# italic mark opened on it and closed at its text's end: '**Article 1' over 'The Emperor shall …**')
HEADING_LABEL = re.compile(r"^(?:#{1,6}\s*|[*_]{1,4}\s*)?(?:article|section|chapter|part|book|§)\.?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\.?$", re.I)
URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.I)   # a browser's footer: the page's address, one token
# a line in a script written without spaces (a Chinese page title `报告_新闻_中国政府网`) is one token:
# its words cannot be counted by spaces
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2}")


# a list clause opening in lower case ('(b) on conviction on indictment, … not exceeding 10'): a
# statute repeats such a line word for word, and where its line ends on a number it reads like a
# numbered running line; no running head opens with a clause's enumerator (unseen7)
# (r31body) also a Chinese list item under its bracketed number ('（3）申报材料装订要求：…'): the same
# item under two parallel sections repeats word for word about a page apart
LIST_CLAUSE = re.compile(r"^\((?:[a-z]{1,4}|\d{1,3})\)\s+[a-z]|^[（(]\d{1,3}[）)]\s*[\u4e00-\u9fff]")


def _candidate(text: str) -> bool:
    """A line that may be a running head or foot: short, with a letter (or a counter, a dashed or bare
    page number, a print stamp), closing no sentence, no heading's label or list clause. (r42) Nor a
    LEAD-IN CLOSED BY A DASH after its last word (`That the House—`: a motion's formula repeated over
    each motion, as regular as a page's head), which opens what follows as a colon does."""
    s = text.strip()
    # (r25auditen) a print stamp with a 24-hour time has no letter ('12.03.25, 10:04'): it is a candidate too
    # (r44) a browser's foot, the page's address and its counter, is one however long the address (ADDRESS_FOOT)
    return 0 < len(s) <= (len(s) if ADDRESS_FOOT.match(s) else MAX_LEN) and (any(ch.isalpha() for ch in s) or bool(COUNTER.match(s)) or bool(DASHED.match(s)) or bool(BARE.match(s))
                                      or bool(PRINT_STAMP.match(s))) \
        and not SENTENCE_END.search(s) and not HEADING_LABEL.match(s) and not LIST_CLAUSE.match(s) and not LEAD_IN_DASH.search(s)


# (r44, issue 11) A BROWSER'S FOOT WITH A LONG ADDRESS: the page's address, then its counter (`https://…/ 3/10`);
# a long address (a news or speech page's slug) takes the line past MAX_LEN. The scheme's slashes may be
# misread by OCR when the print was scanned back (`https:/Awww…`): a scheme and one slash is enough. A
# sentence naming an address has words between it and any number; the address is one token here
ADDRESS_FOOT = re.compile(r"^(?:[a-z][a-z0-9+.-]*:/|www\.)\S+\s+\d{1,4}\s*/\s*\d{1,4}$", re.I)


# (r42) a lead-in closed by a dash right after its last word ('That the House—', 'The Council resolves —'):
# it opens the list or the clauses under it as a colon does; a motion's formula repeated over each motion
# comes as regularly as a page's head, but a running head never ends on a dash after a word
LEAD_IN_DASH = re.compile(r"[A-Za-z]\s?[—–]$")


# (enlegal) the first line of a hard-wrapped numbered provision ('2 In this Act "the operative date"
# means the date on which this Act' over 'comes into operation.'): its number opens the line, as a
# page head's does, but its sentence runs on into the next line in lower case
WRAPPED_OPENING = re.compile(r"^\s*\d{1,4}\s+(?:\(\d{1,3}\)\s+)?[A-Z“\"]")
WRAPPED_OPENING_MIN = 60   # characters: a line of the text's full measure, not a short page head


# (round22) a numbered heading of the text's own sequence: '4.申报要求' with '3.申报流程：' a few lines
# over it, '四、保障措施' under '三、…'. A notice of parallel programmes repeats the same numbered
# heads under each, at as regular a pace as a page's head
SEQUENCE_HEAD = re.compile(r"^\s*(?:(?P<arabic>\d{1,2})[.．、]|(?P<cjk>[一二三四五六七八九十]{1,3})、)\s*\S")
SEQUENCE_SCAN = 40   # lines with text around the heading searched for its neighbour's number
BARE_SEQUENCE_HEAD = re.compile(r"^\s*(?P<arabic>\d{1,3})\s+(?P<words>[A-Z][^.!?;:]{1,80})$")
CJK_NUMERALS = "一二三四五六七八九十"


def _in_sequence(texts: list[str], i: int, said: Counter | None = None) -> bool:
    """The line at `i` is a numbered heading whose neighbour in the same numbering (`3.` over `4.`,
    `2.` under `1.`, `三、` over `四、`) stands within SEQUENCE_SCAN lines with text of it: the text's
    own heading, never a page's head."""
    match = SEQUENCE_HEAD.match(texts[i])
    if not match and (bare := BARE_SEQUENCE_HEAD.match(texts[i])):
        # (r26legal) an Act's section head with no stop after its number ('4 Interpretation' between '3 Purpose'
        # and '5 Appointment', New Zealand's and the UK's style): its neighbours say other words; a page's head
        # ('4 Harbour Safety Act 2031' … '6 Harbour Safety Act 2031') says the same words each time
        number, words = int(bare["arabic"]), re.escape(bare["words"].strip())
        sibling = lambda n: re.compile(rf"^\s*{n}\s+(?!{words}\s*$)[A-Z]") if n >= 1 else None
        return _stands_near(texts, range(i - 1, -1, -1), sibling(number - 1)) \
            or _stands_near(texts, range(i + 1, len(texts)), sibling(number + 1))
    if not match:
        return _in_spaced_sequence(texts, i, said)
    if match["arabic"]:
        number = int(match["arabic"])
        sibling = lambda n: re.compile(rf"^\s*{n}[.．、]\s*\S") if n >= 1 else None
    else:
        at = CJK_NUMERALS.find(match["cjk"]) + 1 if len(match["cjk"]) == 1 else 0
        if not at:
            return False
        number = at
        sibling = lambda n: re.compile(rf"^\s*{CJK_NUMERALS[n - 1]}、") if 1 <= n <= len(CJK_NUMERALS) else None
    return _stands_near(texts, range(i - 1, -1, -1), sibling(number - 1)) \
        or _stands_near(texts, range(i + 1, len(texts)), sibling(number + 1))


# (r26pdfen) a section's number and a space, then its name: '2 Data', '3 Results' (a report's numbered
# sections, one about a page apart in a two-column print)
SPACED_SEQUENCE_HEAD = re.compile(r"^\s*(?P<n>\d{1,2})\s+(?=[A-Z][a-z])(?P<name>\S.{0,60})$")


def _in_spaced_sequence(texts: list[str], i: int, said: Counter | None = None) -> bool:
    """(r26pdfen) A section heading numbered without a stop ('3 Results') whose neighbour in the same
    numbering ('2 Data' over it or '4 Discussion' under it) stands within SEQUENCE_SCAN lines with
    text, in OTHER words: the text's own sections, each naming itself. A page's numbered head repeats
    its words from page to page ('12 Annual Report' over '13 Annual Report'); a chain of such
    section headings a short page apart read as one and was dropped. A line whose words stand
    again elsewhere is a head however near a section (xi1: `2 Fraud Act 2006 (c. 35)` over
    `3 Fraud by failing to disclose information`)."""
    match = SPACED_SEQUENCE_HEAD.match(texts[i])
    if not match or SENTENCE_END.search(texts[i].strip()):
        return False
    number, key = int(match["n"]), _key(texts[i])
    if said is None:
        said = Counter()
    if not said:
        said.update(_key(t) for t in texts if t.strip())
    if said[key] > 1:
        return False   # its words stand on another line too: a page's head ('2 Fraud Act 2006 (c. 35)', 'Fraud Act 2006 (c. 35)')

    def sibling(n: int):
        if n < 1:
            return None
        pattern = re.compile(rf"^\s*{n}\s+(?=[A-Z][a-z])\S.{{0,60}}$")
        return _Unlike(pattern, key)
    return _stands_near(texts, range(i - 1, -1, -1), sibling(number - 1)) \
        or _stands_near(texts, range(i + 1, len(texts)), sibling(number + 1))


class _Unlike:
    """A pattern that matches only lines whose running-line key differs from `key`."""

    def __init__(self, pattern, key: str):
        self.pattern, self.key = pattern, key

    def match(self, text: str) -> bool:
        return bool(self.pattern.match(text)) and _key(text) != self.key and not SENTENCE_END.search(text.strip())


def _stands_near(texts: list[str], order, pattern) -> bool:
    """A line matching `pattern` among the first SEQUENCE_SCAN lines with text in `order`."""
    if pattern is None:
        return False
    seen = 0
    for k in order:
        if texts[k].strip():
            if pattern.match(texts[k]):
                return True
            seen += 1
            if seen >= SEQUENCE_SCAN:
                return False
    return False


def _wrapped_opening(texts: list[str], i: int) -> bool:
    """(enlegal) A numbered section's first line wrapped at the page's measure (WRAPPED_OPENING, at
    least WRAPPED_OPENING_MIN characters) with the next line, right under it, going on with the
    same sentence in lower case: text, never a running head. Sections about a page apart (`2 In
    this Act …`, `5 (1) In the absence …`) chained as page numbers and were dropped (zv4)."""
    text = texts[i]
    if len(text.strip()) < WRAPPED_OPENING_MIN or not WRAPPED_OPENING.match(text) or i + 1 >= len(texts):
        return False
    nxt = texts[i + 1].strip()
    return nxt[:1].islower()


def _regular(positions: list[int], near: set[int], pages: int = MIN_PAGES, paced: bool = True) -> bool:
    """Spread over the text like pages: each gap a whole number of pages of one steady length
    (a page may lack its head), or each occurrence beside a numbered running line. Not `paced`
    (r26pdfen: pages known by their labels alone, too few for a pace), only the second: two
    copies a page apart, one of them the text's first line, are a title and a head."""
    if len(positions) < pages:
        return False
    if near and all(any(abs(p - q) <= 3 for q in near) for p in positions):
        return True
    if not paced:
        return False
    gaps = [b - a for a, b in zip(positions, positions[1:])]
    pace = sorted(gaps)[len(gaps) // 2]
    if not MIN_GAP <= pace <= MAX_GAP:
        return False
    return all(abs(g - pace * max(1, round(g / pace))) <= 0.2 * pace for g in gaps)


def _chain(cands: list[tuple[int, int]], low: float, high: float, keys: list[str] | None = None) -> list[int]:
    """The longest run of (line, page number) whose numbers grow by 1-3 per step, each page
    taking between `low` and `high` lines. (r45) Of two links as good, the one in the same words
    (`keys`): `pdftotext -raw` sets page 1's head `1 Review of the Year` right over its foot
    `Page 1`, and the foot, not the numbered head, links to `Page 2`."""
    best: list[list[int]] = []
    for j, (line, num) in enumerate(cands):
        chain = [j]
        for i in range(j):
            prev_line, prev_num = cands[i]
            pages = num - prev_num
            if 1 <= pages <= 3 and low * pages <= line - prev_line <= high * pages \
                    and (len(best[i]) + 1 > len(chain) or keys is not None and len(best[i]) + 1 == len(chain) > 1
                         and keys[i] == keys[j] != keys[chain[-2]]):
                chain = best[i] + [j]
        best.append(chain)
    return max(best, key=len, default=[])


LAST_OF = re.compile(r"(?<!\S)(\d{1,4})\s*/\s*(\d{1,4})(?!\S)|\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})\b", re.I)


def _last_page(text: str, number: int) -> bool:
    """'11/11', 'Page 11 of 11': the counter of the last page, `number` of `number`."""
    match = LAST_OF.search(text)
    return bool(match) and [int(g) for g in match.groups() if g is not None] == [number, number]


MIN_FILLED_PACE = 8   # lines with text between two page numbers, at the chain's median: fewer is no page


# (r26pdfen) a page's own label alone on its line, saying it is a page: 'Page 3', 'Page 3 of 12',
# '- 3 -', '— 3 —', '[Page 3]' (in layout mode centred by spaces)
PAGE_LABEL = re.compile(r"^(?:page\s+(?P<a>\d{1,4})(?:\s+of\s+(?P<n>\d{1,4}))?|[-–—－]\s*(?P<b>\d{1,4})\s*[-–—－]"
                        r"|\[\s*page\s+(?P<c>\d{1,4})\s*\]|第\s*(?P<d>\d{1,4})\s*页)$", re.I)   # r27layout: '第2页', a Chinese print's head


def _label_number(text: str) -> int:
    """The page number a page's label says ('第2页', '— 2 —', 'Page 2', a bare '2')."""
    match = PAGE_LABEL.match(text.strip())
    return int(next(g for g in match.group("a", "b", "c", "d") if g)) if match else int(text.strip())


HEAD_BESIDE = 2   # lines with text between a page's number and the rest of its head


def _under_one_head(texts: list[str], filled: list[int], numbers: list[int]) -> bool:
    """(r27layout) Bare page numbers each right beside a copy of one line with words (the head's other
    part, `Minutes of the Board` over `1`, again over `2`: plain `pdftotext` of a print's one-line
    head), the first of them among the text's first lines: the pages' heads, not a list's counts."""
    rank = {i: k for k, i in enumerate(filled)}
    if not numbers or rank[numbers[0]] > HEAD_BESIDE:
        return False
    keys = None
    for i in numbers:
        k = rank[i]
        near = {_key(texts[j]) for j in filled[max(0, k - HEAD_BESIDE):k + HEAD_BESIDE + 1]
                if j != i and len(texts[j].split()) >= 2 and _candidate(texts[j])}
        keys = near if keys is None else keys & near
        if not keys:
            return False
    return True


def _labelled_pages(texts: list[str]) -> set[int]:
    """(r26pdfen) The pages of a short report, speech or entry extracted from PDF, labelled by their
    feet ('Page 1' … 'Page 3', '- 1 -' … '- 3 -'): two or three pages give no pace to chain by (the
    cover and the last page are short), but a line that says it is page n, followed a page's worth
    of text later by one that says page n + 1, is the page's foot by its words. Every such line in
    the text must take part — numbers growing by one from the first, at least MIN_FILLED_PACE lines
    with text between two (the last page may be shorter where its label ends the text), one total
    in all ('of 12') and no number over it — or none counts: a
    text that mentions 'Page 4' alone on a line, or skips a number, is left to the pace rules.
    Bare numbers ('1', '2') count so only when the last of them is the text's last line."""
    found = []
    for i, text in enumerate(texts):
        match = PAGE_LABEL.match(text.strip())
        if match:
            number = int(match["a"] or match["b"] or match["c"] or match["d"])
            found.append((i, number, match["n"]))
    forms = {re.sub(r"\d+", "#", "".join(texts[i].split())).casefold() for i, _, _ in found}
    if len(forms) > 1:   # (r27layout) a head's label and a foot's on every page ('第2页' over, '— 2 —' under): each form alone
        return set().union(*(_labelled_pages([t if PAGE_LABEL.match(t.strip()) is None
                                              or re.sub(r"\d+", "#", "".join(t.split())).casefold() == form else ""
                                              for t in texts]) for form in forms))
    if not found:
        # bare numbers alone ('1' … '3'), the last of them closing the text: the last page's foot
        # (a chapter's number alone never ends a text)
        found = [(i, int(t.strip()), None) for i, t in enumerate(texts) if BARE.match(t)]   # strip: int() takes no \x1f
        filled = [i for i, t in enumerate(texts) if t.strip()]
        if not found or found[-1][0] != filled[-1] and not _under_one_head(texts, filled, [i for i, _, _ in found]):
            return set()
    if len(found) < 2 or len({n for _, _, n in found}) != 1:
        return set()
    total = found[0][2]
    if total is not None and not all(number <= int(total) for _, number, _ in found):
        return set()
    if any(b[1] != a[1] + 1 for a, b in zip(found, found[1:])):
        return set()
    pairs = list(zip(found, found[1:]))
    if not any(t.strip() for t in texts[found[-1][0] + 1:]):
        pairs = pairs[:-1]   # the last page may be short when its label closes the text
    if any(sum(1 for t in texts[a[0] + 1:b[0]] if t.strip()) < MIN_FILLED_PACE for a, b in pairs):
        return set()
    return {i for i, _, _ in found}


def _closing_foot(texts: list[str], line: int, last_link: int) -> bool:
    """(r26pdfen) The short last page's foot: the text's last line with text, in the same words as
    the chain's last link ('4' after '3', '4 | Annual Report' after '3 | Annual Report'). A report
    that ends a few lines into its last page closes on its page number; the chain's pace misses it,
    and a chain of the text's own numbered headings one a page ('2 Method', '3 Findings') came out
    one link longer than the feet."""
    return not any(t.strip() for t in texts[line + 1:]) and _key(texts[line]) == _key(texts[last_link])


def _filled_pace(texts: list[str], at: list[int]) -> float:
    """(round22) The median count of lines with text between consecutive lines `at`. A page holds
    a page's worth of text; numbers every four or five lines of text (an amending Act's bare section
    numbers '1' … '5' between blank-line-spaced paragraphs, each under its heading) are the text's
    own, however regular their pace in lines counting the blank ones."""
    counts = sorted(sum(1 for t in texts[a + 1:b] if t.strip()) for a, b in zip(at, at[1:]))
    return counts[len(counts) // 2] if counts else 0


def _numbered_chain(cands: list[tuple[int, int]], texts: list[str] | None = None) -> list[int]:
    """Running lines with page numbers: the longest chain at any page length, then again at the
    pace that chain shows (so a table row that starts with a number does not join it)."""
    keys = [_key(texts[line]) for line, _ in cands] if texts is not None else None
    first = _chain(cands, MIN_GAP, MAX_GAP, keys)
    if len(first) < MIN_PAGES - 1:
        return []
    steps = sorted((cands[b][0] - cands[a][0]) / (cands[b][1] - cands[a][1]) for a, b in zip(first, first[1:]))
    pace = steps[len(steps) // 2]
    chain = _chain(cands, 0.6 * pace, 1.5 * pace, keys)
    if len(chain) < MIN_PAGES - 1:
        return []
    if texts is not None and _filled_pace(texts, [cands[k][0] for k in chain]) < MIN_FILLED_PACE:
        return []   # a page's worth of text between the numbers, or they are the text's own
    # the last page is often short: a counter that says it is the last ('11/11' after '10/11')
    # follows the chain's last within a page's length. It counts towards the pages: a page
    # printed over three sheets shows '1/3', '2/3' a page apart and '3/3' a few lines on
    # (issue #11, unseen); without that counter two pages are no chain.
    last_line, last_num = cands[chain[-1]]
    tail = next((k for k in range(chain[-1] + 1, len(cands))
                 if cands[k][1] == last_num + 1 and 0 < cands[k][0] - last_line <= 1.5 * pace
                 and texts is not None and (_last_page(texts[cands[k][0]], last_num + 1)
                                            or _closing_foot(texts, cands[k][0], last_line))), None)
    links = chain + ([tail] if tail is not None else [])
    if len(links) < MIN_PAGES:
        return []
    return [cands[k][0] for k in links]


def _restarted_chain(cands: list[tuple[int, int]], texts: list[str], chain: list[int]) -> set[int]:
    """(round9en) A document whose page numbers start again at a part (a court's slip opinion: the
    syllabus's pages 1-3, then the opinion's pages 1-4; a report's front matter before its page 1):
    the longest chain is one part's; the numbered lines wholly before it (or after it) that make a
    chain of their own at about the same pace are the other part's heads. Lines within the first
    chain's span never join (a table's numbered rows between two heads)."""
    if len(chain) < MIN_PAGES:
        return set()
    pace = (chain[-1] - chain[0]) / max(1, len(chain) - 1)
    found: set[int] = set()
    for part in ([c for c in cands if c[0] < chain[0]], [c for c in cands if c[0] > chain[-1]]):
        other = _numbered_chain(part, texts) if len(part) >= MIN_PAGES else []
        if len(other) >= MIN_PAGES and 0.6 * pace <= (other[-1] - other[0]) / (len(other) - 1) <= 1.5 * pace:
            found.update(other)
    return found


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


def _beside(texts: list[str], by_key: dict[str, list[int]], numbered: set[int], pages: int = MIN_PAGES) -> set[int]:
    """Unnumbered running lines found by their place: every page's head or foot sits within a
    few non-blank lines of its page number (a form feed's blank lines aside). The first page has
    no number before its head, so lines opening the text count when each of them recurs beside
    page numbers on most pages. A line whose words recur there AND once elsewhere (the title a
    running head repeats) keeps that one occurrence."""
    if len(numbered) < pages:
        return set()
    rank = _ranks(texts)
    marks = sorted(rank[q] for q in numbered)

    def beside_mark(p: int) -> bool:
        k = bisect.bisect_left(marks, rank[p] - NEAR)
        return k < len(marks) and marks[k] <= rank[p] + NEAR

    near = {key: [p for p in ps if beside_mark(p)] for key, ps in by_key.items()}
    recurring = {key for key, ps in near.items() if len(ps) >= max(pages, len(numbered) // 2)}
    # a one-word head ('Algae', the article's name over every page) is no candidate line (a word
    # alone is also a heading or a list's cell), but where the same word stands beside the page
    # numbers of most pages, the first page's copy of it opens the text with the other heads
    words = defaultdict(int)
    for i, text in enumerate(texts):
        if len(text.split()) == 1 and _candidate(text) and not BARE.match(text) and beside_mark(i):
            words[_key(text)] += 1
    running_words = {key for key, n in words.items() if n >= max(pages, len(numbered) // 2)}
    opening, opening_words = [], []
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        if rank[i] >= NEAR:
            break
        if _key(text) in running_words:
            opening_words.append(i)
            continue
        if _key(text) not in recurring:
            break
        opening.append(i)
    # only among or over the running lines: a word alone after them (or with none) is the title
    opening_words = [i for i in opening_words if opening and i < opening[-1]]
    found: set[int] = set(opening_words)
    for key in recurring:
        ps = set(near[key]) | {i for i in opening if _key(texts[i]) == key}
        if len(set(by_key[key]) - ps) <= 1:
            found |= ps
    return found | _word_heads_again(texts, opening_words, found, beside_mark, rank)


def _word_heads_again(texts: list[str], opening_words: list[int], found: set[int], beside_mark, rank) -> set[int]:
    """(r27layout) The one-word head the first page's running lines opened with, again on the later
    pages beside their page numbers and their other running lines (plain `pdftotext` of a print
    whose head is `Guidelines   Training Fund   Page 2`: each part a line of its own). Only the
    word the opening took; a word alone elsewhere is the text's own."""
    words = {_key(texts[i]) for i in opening_words}
    heads = sorted(rank[i] for i in found - set(opening_words))
    if not words or not heads:
        return set()
    out = set()
    for i, text in enumerate(texts):
        if len(text.split()) == 1 and _key(text) in words and beside_mark(i) \
                and heads[min(bisect.bisect_left(heads, rank[i]), len(heads) - 1)] - rank[i] in range(-NEAR, NEAR + 1):
            out.add(i)
    return out


# a page counter that names the page count too, alone on its line: '2/3', 'Page 2 of 3',
# '第 2 页 共 3 页' (pdftotext may drop the spaces: '第2页共3页')
# (unseen14) in layout mode the browser's foot holds the page's address before the counter on one
# line ('http://…/2421.html      1/2'): on a two-page print that line is the counter
# (r25auditen) Firefox's foot: the counter without 'Page' ('1 of 2'), the print stamp beside it in layout mode
# ('1 of 2      12/03/2025, 10:04')
FOOT_STAMP = r"(?:\s{2,}\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
# (r25auditen) the address may lose its scheme in the foot ('allotmentnotes.example.com/grow/tomatoes   Page 1 of 2')
COUNTER_OF = re.compile(r"^(?:(?:[a-z][a-z0-9+.-]*://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/)\S*\s+)?"
                        r"(?:(?P<a>\d{1,3})\s*/\s*(?P<an>\d{1,3})|page\s+(?P<b>\d{1,3})\s+of\s+(?P<bn>\d{1,3})"
                        r"|(?P<d>\d{1,3})\s+of\s+(?P<dn>\d{1,3})" + FOOT_STAMP +
                        r"|-{1,3}\s*(?P<e>\d{1,3})\s+of\s+(?P<en>\d{1,3})\s*-{1,3}"   # (r49) a PDF reader's export: '-- 2 of 249 --'
                        r"|第\s*(?P<c>\d{1,3})\s*页\s*[，,/]?\s*共\s*(?P<cn>\d{1,3})\s*页)$", re.I)
SHORT_TAIL = 3            # non-blank lines: a one-page text's counter is at its very end


def _counter_of(text: str) -> tuple[int, int] | None:
    match = COUNTER_OF.match(text.strip())
    if not match:
        return None
    number, count = [int(g) for g in match.groups() if g is not None]
    return number, count


def _complete_counters(texts: list[str]) -> list[int]:
    """A short printed text (one or two pages, too few for a page pace): its counters `1/N` …
    `N/N` are all there, in order, each alone on its line and a page or less apart, N the same in
    all — a count that proves the pages by itself, so the chain looks for their heads and feet
    with N pages instead of the pace's minimum (issue #11, unseen4 and unseen5: notices and
    reports printed to PDF over two sheets). One page: `1/1` among the last lines."""
    # a fraction whose number exceeds its count (a resolution number `60/19` alone on its line,
    # round7 xxi7) counts no page: left out instead of spoiling the chain
    found = [(i, c) for i, t in enumerate(texts) if (c := _counter_of(t)) and 0 < c[0] <= c[1]]
    if not found:
        return []
    count = found[-1][1][1]
    chain = [(i, n) for i, (n, c) in found if c == count]
    if count > 2 or [n for _, n in chain] != list(range(1, count + 1)) or len(chain) != len(found) \
            or any(not 0 < b - a <= MAX_GAP for (a, _), (b, _) in zip(chain, chain[1:])):
        return []
    if count == 1:
        tail = [i for i, t in enumerate(texts) if t.strip()][-SHORT_TAIL:]
        return [chain[0][0]] if chain[0][0] in tail else []
    return [i for i, _ in chain]


def _page_edges(texts: list[str], counters: list[int]) -> set[int]:
    """The head and foot around complete counters, which the chain's place rules miss on two pages
    (a head three lines from the counter before it): the lines at the same place before every
    counter (the foot: the page's address) and after every counter but the last, equal to the
    lines opening the text (the head: print date, page title, document name), compared with
    their digits masked (the print time may turn a minute), and standing nowhere else in the text."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    rank = {i: k for k, i in enumerate(filled)}
    mask = lambda i: re.sub(r"\d", "0", " ".join(texts[i].split())).casefold()
    seen = Counter(mask(i) for i in filled)
    found: set[int] = set()
    for step in range(1, NEAR + 1):   # the foot, upwards from each counter
        at = [filled[rank[c] - step] for c in counters if rank[c] - step >= 0]
        if len(at) != len(counters) or len({mask(i) for i in at}) != 1 or not _candidate(texts[at[0]]) \
                or seen[mask(at[0])] != len(at) or any(_counter_of(texts[i]) for i in at):
            break
        found.update(at)
    for step in range(0, NEAR):   # the head, downwards from each counter and from the text's start
        at = [filled[rank[c] + 1 + step] for c in counters[:-1] if rank[c] + 1 + step < len(filled)]
        if step >= len(filled) or len(at) != len(counters) - 1:
            break
        at.append(filled[step])
        if len({mask(i) for i in at}) != 1 or not _candidate(texts[at[0]]) or seen[mask(at[0])] != len(at):
            break
        found.update(at)
    return found | _interleaved_head(texts, counters, filled, found)


HEAD_WINDOW = 6   # non-blank lines at the text's start where page 1's head stands among the top bar


def _interleaved_head(texts: list[str], counters: list[int], filled: list[int], found: set[int]) -> set[int]:
    """Page 1's head when the extractor interleaved it with the page's top bar (round6, xxg7:
    `11/30/26, 3:39 AM` / `App` / `|` / the page title / `中文 |`): each line of a later page's head
    (the lines after its counter, in order) is matched with the same line among the text's first
    HEAD_WINDOW lines, wherever it stands there — the first copy, so the page's own headline under
    the top bar (the same words as the page title) stays. Stops at the first head line with no
    partner, or standing more often than once a page and once more. A head found by repetition,
    whatever its words."""
    rank = {i: k for k, i in enumerate(filled)}
    mask = lambda i: re.sub(r"\d", "0", " ".join(texts[i].split())).casefold()
    top = filled[:HEAD_WINDOW]
    extra: set[int] = set()
    for step in range(NEAR):
        at = [filled[rank[c] + 1 + step] for c in counters[:-1] if rank[c] + 1 + step < len(filled)]
        if not at or len(at) != len(counters) - 1 or len({mask(i) for i in at}) != 1 or not _candidate(texts[at[0]]) \
                or _counter_of(texts[at[0]]):
            break
        if set(at) <= found:
            continue   # a head line the place rule found already (the print stamp)
        if sum(1 for i in filled if mask(i) == mask(at[0])) > len(counters) + 1:
            break   # once a page and once as the page's own headline at most: more is the text's
        partner = next((i for i in top if i not in found | extra and mask(i) == mask(at[0])), None)
        if partner is None:
            break
        extra.update(at + [partner])
    return extra - found


def _address_over(texts: list[str], counter: int) -> set[int]:
    """A browser's foot on a one-page print: the page's address on the line right over its counter
    `1/1` (blank lines aside), nothing else on it (unseen8: a news page printed by Chromium kept its
    URL as a last paragraph). Any other line there stays."""
    above = next((i for i in range(counter - 1, -1, -1) if texts[i].strip()), None)
    return {above} if above is not None and URL.match(texts[above].strip()) else set()


# a browser's print stamp opening a printed page: '11/30/26, 1:01 AM', '2026/11/30 01:01',
# '30.11.26, 01:01' (the date and the time of printing), alone or, in layout mode, before the
# page title on the same line
PRINT_STAMP = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?=\s{2,}\S|$)", re.I)
# layout mode's foot: the page's address and its counter on one line ('https://…   1/1')
LAYOUT_FOOT = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+\s{2,}1\s*/\s*1$", re.I)


def _layout_foot(texts: list[str]) -> int | None:
    """A one-page print in layout mode: its foot, address and `1/1` on one line, among the last lines."""
    tail = [i for i, t in enumerate(texts) if t.strip()][-SHORT_TAIL:]
    return next((i for i in tail if LAYOUT_FOOT.match(texts[i].strip())), None)


def _one_page_edges(texts: list[str], counter: int) -> set[int]:
    """The head and foot of a web page printed on ONE page (issue #11, unseen9): with no second
    page there is no repetition to find them by, but the browser's print shape proves itself at
    both ends — the text opens with the print stamp (date and time, alone or before the page
    title on its line) and the counter `1/1` follows the page's address (alone or on its line).
    Then the stamp, the page title on the next line (when the stamp stands alone) and the address
    (in a two-column print it may stand mid-text) are the running lines. (r30zhpdf) A page without
    a title prints the stamp alone over the text's own first line: a numbered head whose sibling
    stands lower (`一、综合` over `二、农业`, `1. Overview` over `2. Finances`) stays. The stamp alone proves
    nothing (a dated log line opens a text too); the address right over the counter goes even
    without it (`_address_over`)."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    if len(filled) < 4:
        return set()
    found: set[int] = set()
    if not LAYOUT_FOOT.match(texts[counter].strip()):  # the counter alone: the address above it
        # usually the line above; in a print of columns the extractor emits the foot after the
        # first column's text, so the nearest address alone above the counter
        address = [i for i in filled if i < counter and URL.match(texts[i].strip())]
        if not address:
            return set()
        found.add(address[-1])
    first = texts[filled[0]].strip()
    if not PRINT_STAMP.match(first):
        return set()
    found.add(filled[0])
    # (r30zhpdf) a page with no <title> prints the stamp alone over the text itself: a numbered head
    # with its sibling lower ('一、综合' … '二、农业') is the text's outline, not the page's title
    # (r33zhprint) nor is a line the text runs on under: the header's title is a block of its own, a
    # blank line under it; in layout mode (address and counter on one line) it stands on the stamp's line
    if PRINT_STAMP.match(first).end() == len(first) and _candidate(texts[filled[1]]) \
            and not _in_sequence(texts, filled[1]) and filled[1] < min(found - {filled[0]}, default=counter) \
            and _header_block(texts, filled[1], counter):
        found.add(filled[1])
        found.update(_title_bar_copy(texts, filled, counter))
        # the page title a line or two lower, when the extractor put a top-bar piece between
        # ('@theU' / 'A year in research - @theU'): the headline below and a site's suffix (round6, xxg6)
        found.update(i for i in filled[2:2 + TITLE_REACH] if i < counter and _page_title_of_headline(texts, i, filled))
    return found


TITLE_REACH = 2   # non-blank lines under the stamp's next line where the page title may stand


def _header_block(texts: list[str], i: int, counter: int) -> bool:
    """(r33zhprint, issue 11) The line under a print stamp that stands alone is the header's page
    title only when it is a block of its own: a raw extraction (the counter alone on its line) sets
    the header apart from the page's text by a blank line; a layout extraction prints the title on
    the stamp's own line, so a stamp alone there had no title to print. A page without a <title>
    prints the stamp over the text's first line, with the text's next line right under it (a
    report's dateline wrapped over two lines, `——2018年3月26日在…第十四届` / `人民代表大会…上`):
    that line is the text's, not the header's. A page's top bar printed right under the header may
    close the gap; then the title's own shape, a headline and the site's name with a separator
    between (`2020-21 Annual Report | Financial Accountability Office`), still says it is one."""
    if LAYOUT_FOOT.match(texts[counter].strip()):
        return False
    return i + 1 >= len(texts) or not texts[i + 1].strip() or bool(TITLE_SHAPE.search(texts[i].strip()))


# a page title's separator between the headline and the site's name: spaced ' | ', ' - ', ' – ', ' — ',
# or unspaced '|', '｜', '_' ('报告_新闻_中国政府网'); never a dash opening the line ('——2018年…')
TITLE_SHAPE = re.compile(r"\S\s+[|｜\-–—·]\s+\S|\S\s*[|｜_]\s*\S")


TITLE_BAR_LINES = 3   # printed lines a page's title bar, copied over the text, may wrap onto
TITLE_SPLIT = re.compile(r"\s*[-–—|_·]\s*")


def _title_bar_copy(texts: list[str], filled: list[int], counter: int) -> set[int]:
    """(r33zhprint, issue 11) The page's title printed again as the text's first line, wrapped by
    the print over up to TITLE_BAR_LINES lines (`凤凰县政府门户网站-关于《…》的` / `说明`), when that
    title is the site's name and the headline joined by a separator (either order) and the
    headline stands lower as a line of its own: a saved page keeps its title bar over the article,
    and the print shows it once in the header and once as text. The headline itself stays."""
    title = "".join(texts[filled[1]].split())
    parts = [p for p in TITLE_SPLIT.split(texts[filled[1]].strip()) if p]
    if len(parts) < 2:
        return set()
    later = {"".join(texts[k].split()) for k in filled[2:] if k < counter}
    if not any("".join(p.split()) in later for p in (parts[0], parts[-1])
               if len("".join(p.split())) >= HEADLINE_MIN):
        return set()
    joined = ""
    for n, k in enumerate(filled[2:2 + TITLE_BAR_LINES]):
        if k >= counter:
            break
        joined += "".join(texts[k].split())
        if joined == title:
            return set(filled[2:3 + n])
        if not title.startswith(joined):
            break
    return set()


HEADLINE_MIN = 6   # characters of the headline half of a page title
TITLE_SUFFIX = re.compile(r"^(?P<headline>\S.{2,150}?)\s+[-–—|·:]\s+(?P<site>\S.{0,40})$")


def _page_title_of_headline(texts: list[str], i: int, filled: list[int]) -> bool:
    """A browser's page title: the page's headline, a separator and the site's name ('A year in
    research - @theU'), the headline standing again lower as a line of its own."""
    match = TITLE_SUFFIX.match(texts[i].strip())
    if not match or not _candidate(texts[i]):
        return False
    headline = " ".join(match["headline"].split()).casefold()
    return any(" ".join(texts[k].split()).casefold() == headline for k in filled if k > i)


def _folio_run(texts: list[str], cands: list[tuple[int, int]]) -> set[int]:
    """(r45, issue 11) Page numbers that say so (`Page 3`, `- 3 -`: FOLIO), every one of a run 1, 2,
    3 … in the text's order, at a page's pace: the pages' feet. The last page is as short as its
    text, so its foot may come early, and a body line closing on a small number (`…came to 4`)
    may stand where a page's foot would at the pace; the chain of any numbered lines then takes
    that line and the short page's foot is lost. Only a run of MIN_PAGES or more, each step +1."""
    run = [(i, n) for i, n in cands if FOLIO.search(texts[i])]
    if len(run) < MIN_PAGES or any(b[1] - a[1] != 1 or b[0] - a[0] < MIN_GAP // 4 for a, b in zip(run, run[1:])):
        return set()
    body = [b[0] - a[0] for a, b in zip(run[:-1], run[1:-1])]   # the steps before the short last page's
    gaps = sorted(body) or [run[-1][0] - run[0][0]]
    pace = gaps[len(gaps) // 2]
    if pace < MIN_GAP or any(not 0.6 * pace <= g <= 1.5 * pace for g in body) or run[-1][0] - run[-2][0] > 1.5 * pace:
        return set()
    return {i for i, _ in run}


def _listed_twice(texts: list[str], chain: set[int]) -> bool:
    """A contents list and the numbered sections it lists (round13en): `1   Short title`,
    `2   Interpretation`, `3   …` over an Act and again, word for word, as its section heads.
    The numbers grow by one, so one chain mixing list entries and heads reads like page numbers;
    but a page number is printed once a page, each with its own number, never with every line
    of the chain standing again, same number and words, elsewhere in the text."""
    if len(chain) < 2:
        return False
    where: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        where[" ".join(text.split()).casefold()].append(i)
    return all(len(where[" ".join(texts[i].split()).casefold()]) >= 2 for i in chain)


def running_lines(texts: list[str]) -> set[int]:
    """Indices of running heads/feet: numbered ones whose page numbers grow at a page's pace
    (the words may change per chapter), and unnumbered ones repeated word for word a page apart.

    Of two chains as long, the one among numbered lines whose words stand on more than one of them
    (a bare page number, a head repeated page after page) wins over the one among all (unseen7): an Act's
    numbered sections `1 Fraud`, `2 Fraud by false representation`, `3 …`, each saying its own
    words about a page apart, out-chained its pages `2 Fraud Act 2006 (c. 35)`, `3`, `4 Fraud Act
    2006 (c. 35)` and were dropped as running heads."""
    said: Counter = Counter()   # (r26pdfen) each key's count, once: `_in_spaced_sequence` asks it per line
    candidate = [_candidate(t) and not _wrapped_opening(texts, i) and (bool(FOLIO.search(t)) or not _in_sequence(texts, i, said))
                 for i, t in enumerate(texts)]   # asked twice below: once a line
    numbered = [(i, _page_number(t)) for i, t in enumerate(texts) if candidate[i] and _page_number(t)]
    cands = [(i, n) for i, n in numbered if n is not None]
    seen = Counter(_key(texts[i]) for i, _ in cands)
    repeating = set(_numbered_chain([(i, n) for i, n in cands if seen[_key(texts[i])] > 1], texts))
    numbered_hits = set(_numbered_chain(cands, texts))
    if repeating and len(repeating) >= len(numbered_hits):
        numbered_hits = repeating
    if len(folios := _folio_run(texts, cands)) >= len(numbered_hits):
        numbered_hits = folios
    if _listed_twice(texts, numbered_hits):
        numbered_hits = set()
    numbered_hits |= _restarted_chain(cands, texts, sorted(numbered_hits))
    numbered_hits |= set(_between(texts, cands, sorted(numbered_hits)))
    pages, edges, paced = MIN_PAGES, set(), True
    if not numbered_hits and (complete := _complete_counters(texts)):
        if len(complete) == 1:      # one page: its counter goes, there is no second page to compare,
            # only the print's own shape: the address right over the counter (unseen8) and, when
            # the text opens with a print stamp, the stamp's head (unseen9)
            return set(complete) | _address_over(texts, complete[0]) | _one_page_edges(texts, complete[0])
        numbered_hits, pages = set(complete), len(complete)
        edges = _page_edges(texts, complete)
    elif not numbered_hits and (foot := _layout_foot(texts)) is not None:
        return {foot} | _one_page_edges(texts, foot)
    if (labelled := _labelled_pages(texts)) and labelled >= numbered_hits:
        # every page's own label, page 1 on: the cover's page has no head, so heads stand on one page fewer
        counted = len({_label_number(texts[i]) for i in labelled})   # (r27layout) a head's label and a foot's count one page
        numbered_hits, pages = labelled, max(2, min(MIN_PAGES, counted - 1))
        paced = pages >= MIN_PAGES
    found = set(numbered_hits)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if candidate[i] and (len(text.split()) >= 2 or URL.match(text.strip()) or UNSPACED.search(text)):
            by_key[_key(text)].append(i)
    rest = []
    ranked = _ranked(texts) if edges else ([], {})   # (r33zhprint) once, for `_same_place`
    for key, positions in by_key.items():
        if key and edges and not _one_a_page(positions, numbered_hits):
            continue   # (enweb) two copies on one page of a counted print: the text's own words
        if key and _regular(positions, numbered_hits, pages, paced) \
                and not (edges and _two_cells(texts, positions, numbered_hits, edges)) \
                and not (edges and not _same_place(texts, positions, numbered_hits, edges, ranked)):
            found.update(positions)
        elif key and numbered_hits:
            rest.append(positions)
    # the same words in the text as well (a printed page's title in its header and over its
    # article): the occurrences right beside running lines found above are the running ones
    running = sorted(found)
    last = max((i for i, t in enumerate(texts) if t.strip()), default=-1)
    for positions in rest:
        beside = [p for p in positions if any(abs(p - q) <= BESIDE for q in running)]
        if beside and last in positions and last not in beside:
            beside.append(last)   # (r27layout) the last page's foot closes the text: no next page's head beside it
        if len(beside) >= pages and len(positions) - len(beside) <= 2:
            found.update(beside)
    found |= _beside(texts, {k: ps for k, ps in by_key.items() if k}, numbered_hits, pages) | edges
    found = found - _own_copies(by_key, found, numbered_hits) - _headline_under_head(texts, found) \
        - _cover_copies(texts, found, numbered_hits) - _title_over_feet(texts, found, numbered_hits) \
        - _heading_among_feet(texts, found, numbered_hits)
    return found | _chapter_heads(texts, found, numbered_hits) | _two_page_head(texts, numbered_hits)


# (r30enpdf) a full date in a head's words ('19 JULY, 2017', 'July 19, 2017'): a sitting's or an issue's date
HEAD_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
                       r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b", re.I)
TWO_PAGE_TITLE_REACH = 3   # non-blank lines under page 1's head where the title it repeats stands


def _two_page_head(texts: list[str], numbered: set[int]) -> set[int]:
    """(r30enpdf) A print of TWO pages, each closed by its folio, whose running head stands over the
    first page too (LibreOffice and word processors set the head on every page): the text's first
    line and the first line after page 1's folio say the same. With two copies only, a head and a
    title look alike (`_regular`), so only a head's own marks tell: a web address (a law commission's
    `www.lawcommission.gov.np`), a full date (`Parliamentary Debates 19 JULY, 2017`), or the title in
    capitals right under it whose words the head repeats (`PARLIAMENTARY DEBATES`). Both copies go."""
    if len(numbered) != 2:
        return set()
    filled = [i for i, t in enumerate(texts) if t.strip()]
    folio = min(numbered)
    second = next((i for i in filled if i > folio), None)
    if not filled or second is None or filled[0] in numbered:
        return set()
    first = filled[0]
    head = " ".join(texts[first].split())
    if head != " ".join(texts[second].split()) or not _candidate(head):
        return set()
    under = [texts[i].strip() for i in filled[1:1 + TWO_PAGE_TITLE_REACH]]
    marked = bool(URL.match(head)) or bool(HEAD_DATE.search(head)) \
        or any(t.isupper() and len(t.split()) >= 2 and t.casefold() in head.casefold() and t.casefold() != head.casefold() for t in under)
    return {first, second} if marked else set()


PAGE_NOTE_LINE = re.compile(r"^(?:[*†‡§¶]{1,3}|\(\d{1,2}\)|\[\d{1,2}\])\s*\S")   # a page's footnote at its foot ('* The point …')
SECTION_NO = re.compile(r"^(?P<n>\d{1,2})(?P<dot>[.]?)\s+\S")


def _still_in_section(texts: list[str], first: int, copy: int) -> bool:
    """The numbered heading at `first` ('2 Method', '3. Findings') has no successor ('3 …', '4. …',
    in the same form) before `copy`: the text is still in that section."""
    match = SECTION_NO.match(texts[first].strip())
    if not match:
        return False
    after = re.compile(rf"^{int(match['n']) + 1}{re.escape(match['dot'])}\s+\S")
    return not any(after.match(t.strip()) for t in texts[first + 1:copy])


def _chapter_heads(texts: list[str], found: set[int], numbered: set[int]) -> set[int]:
    """(r26pdfen) A recto page's head is its chapter's heading ('2 Method' over the odd pages of
    chapter 2): it changes with each chapter, so it recurs too seldom for the pace, but it stands
    right after a page's foot (the line after a numbered running line) word for word as a line
    further up the text. It goes when that copy cannot be a heading of the text's own: the page
    broke a sentence (the line before the foot ends in no stop and the line after the copy goes on
    in lower case), or the copy is a numbered section's heading whose next section has not begun
    since (an outline does not open section 2 twice)."""
    if len(numbered) < 2:
        return set()
    filled = [i for i, t in enumerate(texts) if t.strip()]
    rank = {i: k for k, i in enumerate(filled)}
    norm = lambda i: " ".join(texts[i].split()).casefold()
    out: set[int] = set()
    for n in sorted(numbered):
        k = rank.get(n)
        if k is None or k + 1 >= len(filled):
            continue
        i = filled[k + 1]
        if i in found or not _candidate(texts[i]) or len(texts[i].split()) < 2:
            continue
        first = next((j for j in filled[:rank[n]] if j not in found and norm(j) == norm(i)), None)
        if first is None:
            continue
        before = next((j for j in reversed(filled[:k]) if j not in found and not PAGE_NOTE_LINE.match(texts[j].strip())), None)
        after = filled[k + 2] if k + 2 < len(filled) else None
        cut = before is not None and after is not None and not re.search(r"[.!?:;][\"”’)\]]*$", texts[before].strip()) \
            and texts[after].strip()[:1].islower()
        if cut or _still_in_section(texts, first, i):
            out.add(i)
    return out


COVER_LINES = 8   # lines with text on a cover page: the title, a subtitle, the issuer, a date


def _cover_copies(texts: list[str], found: set[int], numbered: set[int]) -> set[int]:
    """(r26pdfen) A report's cover repeats nothing: its title is the running head of the pages
    after it ('Annual Report and Accounts 2023-24' over every even page, or every page). When the
    text's first page, up to its own foot (the first page number, saying 1), holds no more than
    COVER_LINES lines with text, the copies there of a running head are the cover's title block,
    not a head: the title went with the heads and a subtitle or the issuer became the title.
    A full first page, or a print of two sheets (a printed web page, whose head stands on page 1
    too), keeps the rule."""
    if len(numbered) < MIN_PAGES or len(found) <= len(numbered):
        return set()   # two printed sheets ('Page 1 of 2'): a web page's print, whose head stands on page 1 too (unseen5)
    first = min(numbered)
    if _page_number(texts[first]) != 1 or sum(1 for t in texts[:first] if t.strip()) > COVER_LINES:
        return set()
    if all(i in found for i in range(first) if texts[i].strip()):
        return set()   # (r45) a head over its page number (`政府工作报告` / `第1页`): page 1's head, no cover
    later = {_key(texts[i]) for i in found if i > first and i not in numbered}
    return {i for i in found if i < first and i not in numbered and _key(texts[i]) in later}


def _two_cells(texts: list[str], positions: list[int], counters: set[int], edges: set[int]) -> bool:
    """(r31body) Two copies a page apart in a print of two sheets prove no pace: a table's cell
    (`县水务局`, the same office in charge of two rows, one on each page) repeats so by chance. Only
    a browser's own print marks (the page's address, the print stamp, the headline its print
    header names), or copies right beside a counter, take the pace of two pages; other running
    lines there are found beside the counters (`_page_edges`)."""
    text = texts[positions[0]].strip()
    if URL.match(text) or PRINT_STAMP.match(text):
        return False
    named = {_key(m["headline"]) for e in edges if (m := HEAD_TITLE.match(" ".join(texts[e].split())))}
    if _key(text) in named:
        return False
    return not all(any(abs(p - q) <= NEAR for q in counters) for p in positions)


def _ranked(texts: list[str]) -> tuple[list[int], dict[int, int]]:
    """The lines with text and each one's rank among them."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    return filled, {i: k for k, i in enumerate(filled)}


def _same_place(texts: list[str], positions: list[int], counters: set[int], edges: set[int],
                ranked: tuple[list[int], dict[int, int]]) -> bool:
    """(r33zhprint, issue 11) In a counted print (a browser's `n/N` under every page), a line that
    stands once on every page is a running line only at the same place on each: as many lines with
    text under the page's top (the text's start, or the line after the counter above). A table
    printed over two pages repeats its column heads under the continued caption (`单位数` / `#亏` /
    `损` / `(个)` …), one a page, but where the table's rows put them: page 1's under the caption, page 2's
    under the rows the first page could not hold. The browser's own head and foot (`edges`) are
    found apart and keep their place; an occurrence beside them counts as in place. When the text
    opens with the browser's stamp, its only running lines are the browser's, so a repeated line
    counts only when a copy stands within BROWSER_BESIDE lines of them (a page's title again in a box
    over the foot does; a table's heads, which may fall at the same place by chance, do not)."""
    if all(URL.match(texts[p].strip()) or PRINT_STAMP.match(texts[p].strip()) for p in positions):
        return True   # the browser's address or stamp: its own furniture wherever the columns put it
    filled, rank = ranked
    if filled and PRINT_STAMP.match(texts[filled[0]].strip()):
        # a browser's print: its only running lines are its own head and foot, so a line repeated
        # on every page counts only beside them (a top bar the print repeats right under its head)
        margins = edges | counters | {filled[0]}
        return any(_beside_margins(rank, margins, p) for p in positions)
    tops = sorted(counters)
    offsets = set()
    for p in positions:
        if any(abs(p - e) <= 1 for e in edges):
            continue
        above = [c for c in tops if c < p]
        start = rank[above[-1]] + 1 if above else 0
        offsets.add(rank[p] - start)
    return len(offsets) <= 1


def _one_a_page(positions: list[int], counters: set[int]) -> bool:
    """(enweb) A running line stands once on a page. In a short print whose page counters
    (`1/2`, `2/2`) are all there, two copies of a line with no counter between them stand on one
    page: the page's own words said twice (an intro list that names the sections, then each
    section's head over its text: `This guide covers:` / `Sick pay` / `Holidays`, … `Sick pay` /
    `If your employee …`), not its head or foot. Two copies are a pace only when a page break
    separates them."""
    marks = sorted(counters)
    return all(any(a < q < b for q in marks) for a, b in zip(positions, positions[1:]))


def _own_copies(by_key: dict[str, list[int]], found: set[int], numbered: set[int]) -> set[int]:
    """A running line stands once on a page. Where the same words are found twice within one
    page, one copy is the text's own (a printed web page's title in the print header and, two
    lines below it, as the page's headline): the copy farther from the page's other running
    lines (the print date, the address, the counter) stays (issue #11, unseen). Copies with a
    page number between them are on two pages (a short last page brings its foot close)."""
    keep: set[int] = set()
    for positions in by_key.values():
        hits = [p for p in positions if p in found and p not in numbered]   # a page number is no copy
        others = [q for q in found if q not in positions]
        if not others:
            continue
        for a, b in zip(hits, hits[1:]):
            if b - a < MIN_GAP and not any(a < q < b for q in numbered):
                near_a = min(abs(a - q) for q in others)
                near_b = min(abs(b - q) for q in others)
                keep.add(a if near_a > near_b else b)
    return keep


def _title_over_feet(texts: list[str], found: set[int], numbered: set[int]) -> set[int]:
    """(r45, issue 11) `pdftotext -raw` sets each page's running head at the page's end, right over
    its page number, page 1's too: the text's first line, the title, is then a copy of the head that
    stands beside no page number while every other copy stands right beside one (or on its line:
    `Annual Report 2030   Page 4`). That first line is the title, no head; it stays. (Plain mode sets page 1's head over the title, two copies
    beside no number: the rule above reads them.)"""
    filled, rank = _ranked(texts)
    if len(numbered) < MIN_PAGES or not filled or filled[0] not in found or filled[0] in numbered:
        return set()
    top = filled[0]
    copies = [i for i in found if i != top and _key(texts[i]) == _key(texts[top])]
    over_foot = lambda i: any(rank[n] - rank[i] == 1 for n in numbered if n in rank)   # noqa: E731
    if len(copies) < MIN_PAGES - 1 or over_foot(top) or not all(i in numbered or over_foot(i) for i in copies):
        return set()
    return {top}


def _heading_among_feet(texts: list[str], found: set[int], numbered: set[int]) -> set[int]:
    """(r45, issue 11) A foot that sets the part's name beside the page's number (`1 Review of the
    Year   Page 2`) has the part's own heading (`1 Review of the Year`) for a copy once the number
    is taken out, and at a page's pace the heading joined the feet. A copy with no number of its
    own, beside no running line and at no page's edge (a form feed), mid-page, is the text's
    heading; it stays."""
    filled, rank = _ranked(texts)
    keys = Counter(_key(texts[i]) for i in numbered)
    def beside_page_edge(i: int) -> bool:
        k = rank[i]
        near = filled[max(0, k - 1):k + 2]
        return any(j != i and j in found for j in near) or "\f" in texts[i] \
            or k + 1 < len(filled) and "\f" in texts[filled[k + 1]]
    return {i for i in found - numbered
            if i in rank and keys[_key(texts[i])] >= MIN_PAGES - 1 and _key(texts[i]) and not beside_page_edge(i)}


# a print head's page title: the headline, then the site's name after its LAST separator
HEAD_TITLE = re.compile(r"^(?P<headline>\S.{2,150}\S)\s+[-–—|·]\s+(?P<site>[^-–—|·]{2,60})$")


def _headline_under_head(texts: list[str], found: set[int]) -> set[int]:
    """The page's own headline, which a short print (two pages) repeats once a page only by
    chance: the browser's head on every page is `Headline | Site` (or `Headline - Site`), and a
    line that is the headline alone, the first of its copies that the chain took, is the article's
    title under the site's top bar, not a running line (round8en: `Major policy issues | Guide`
    over page 1, the headline under the top bar and again in a related-links box on page 2,
    one copy a page). Later copies stay running lines (a box's entry goes with its box)."""
    headlines = set()
    for i in found:
        match = HEAD_TITLE.match(PRINT_DATE.sub("", " ".join(texts[i].split())))
        if match:
            headlines.add(match["headline"].casefold())
    if not headlines:
        return set()
    own = [i for i in sorted(found) if " ".join(texts[i].split()).casefold() in headlines]
    return set(own[:1])


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


# full-width digits read as their half-width forms: a copy that typed every digit full-width (a
# GB2312-era save) keeps its page counters and dates (`１/１`, `１１/３０/２６`) (robust3)
HALF_DIGITS = str.maketrans("０１２３４５６７８９／．：", "0123456789/.:")


def page_furniture(page: Page) -> Page:
    """Drop running page headers and footers wherever they fall; rejoin a paragraph they split.

    Examples: "Josefsson   Standards Track   [Page 3]" and "RFC 4648   Base-N Encodings   October 2006"
    on every page of an RFC; "CWEB USER MANUAL (VERSION 3.64) 3", "14 APPENDIX A — TRANSLATION BY
    CTANGLE" in PDF-extracted text; a browser's "3/19" footer on a page printed to PDF.
    Spaces after a line's end are no part of it (perturb: a copy that pads every line).
    """
    texts = [text.rstrip().translate(HALF_DIGITS) for text in page.texts()]
    running = running_lines(texts)
    hits = running | _outside_browser_margins(texts, gapped_running_lines(texts), running)   # (r27layout) layout mode's one-line heads
    hits -= _unnumbered_cover(texts, hits, next((i for i, t in enumerate(page.texts()) if "\f" in t), None))
    for _ in range(2):   # (r45) a second time, under the heads just found: the part's name under the text's
        hits |= _section_running_heads(page.texts(), texts, hits)
    if not hits:
        return page
    return page.drop(hits | _rejoin(page, hits))


SECTION_HEAD_SHARE = 1 / 3   # of the pages: a head naming its part stands over every page, or every other (recto)


def _section_running_heads(raw: list[str], texts: list[str], hits: set[int]) -> set[int]:
    """(r45, issue 11) A running head that names the part or chapter its page is in (`二、主要目标任务`
    over each page of part 二, a book's chapter over its pages) changes from part to part, so it is
    not repeated often enough for the pace, and it stands over a page before the part's own heading
    when the part begins lower on that page. The extractor's page breaks (form feeds) tell the
    page's edge: where a third of the pages or more, two at least, carry at the same edge (the top
    line, as plain and layout modes set it; the last, as raw mode does) a heading-shaped line that
    stands word for word elsewhere in the text, off any page's edge, those edge lines are the pages'
    heads and go (under a head found above, the page's title, too); the copy off the edge is the part's own heading and stays. Page numbers are looked
    past (a foot found above: `7`, `Page 7`, `第7页`); heads the rules above found already count for their edge. A text without form feeds is
    left to the rules above."""
    starts = [i for i, t in enumerate(raw) if "\f" in t]
    if len(starts) < MIN_PAGES - 1:
        return set()
    bounds = [0] + starts + [len(raw)]
    pages = [range(a, b) for a, b in zip(bounds, bounds[1:]) if any(texts[i].strip() for i in range(a, b))]
    if len(pages) < MIN_PAGES:
        return set()
    plain = lambda i: "".join(texts[i].split())   # noqa: E731  (case kept: a body line `algae` is no copy of the title `Algae`)
    page_of = {i: page for page in pages for i in page}
    best: tuple[int, list[int]] = (0, [])
    for edge in (lambda page: page, lambda page: reversed(page)):   # a page's top line, its last one
        slots, edges = [], []
        for page in pages:
            lines = [j for j in edge(page) if texts[j].strip()]
            edges += [j for j in lines if not (j in hits and not _key(texts[j]))][:1]   # past a page's number
            slots += [j for j in lines if j not in hits][:1]   # under the heads found above, if any
        off_edge = Counter(plain(i) for i, t in enumerate(texts) if t.strip() and i not in hits and i not in set(slots))
        folios = _joined_folios(texts, slots, off_edge)
        key = lambda i: "".join(texts[i][:folios[i]].split()) if i in folios else plain(i)   # noqa: E731
        named = set(_beside_the_name(texts, sorted(set(slots + edges)), off_edge, key))
        part_head = lambda i: i in named or off_edge[key(i)] and _candidate(texts[i]) and sum(ch.isalpha() for ch in texts[i]) >= 2   # noqa: E731
        at_edge = Counter(key(i) for i in set(slots + edges))
        on_its_page = lambda i: any(key(j) == key(i) for j in page_of[i] if j != i and j not in hits)   # noqa: E731
        # a part's head stands over two pages or more, or over the page its part begins on; a section's
        # own heading opening a page has its copy a page away, in the contents list
        copies = [i for i in slots if part_head(i) and (i in named or at_edge[key(i)] >= 2 or on_its_page(i))]
        found = sum(1 for i in edges if i in hits and part_head(i))
        heads = len(copies) + found   # heads the rules above found, naming a part, count too
        if copies and heads > best[0]:
            best = (heads, copies)   # one edge holds the heads: a part's own heading may open a page at the other
    return set(best[1]) if best[0] >= max(2, SECTION_HEAD_SHARE * len(pages)) else set()


# a page's number run onto the end of its head's line (`2 Finance 5`, `二、主要任务 3`, `2 Finance 5 / 11`)
JOINED_FOLIO = re.compile(r"(?<=\S)\s+(\d{1,4})(?:\s*/\s*\d{1,4})?$")


def _joined_folios(texts: list[str], slots: list[int], off_edge: Counter) -> dict[int, int]:
    """(r46, issue 11) `pdftotext -raw` runs a foot's two boxes into one line, the part's name at the
    left and the page's number at the right (`1 Review of the Year 4`): the edge lines whose rest
    stands off the edge word for word, their numbers rising page by page (two lines at least), are
    read by their rest; the index where each line's number begins."""
    joined = {}
    for i in slots:
        match = JOINED_FOLIO.search(texts[i])
        if match and off_edge["".join(texts[i][:match.start()].split())]:
            joined[i] = (match.start(), int(match[1]))
    numbers = [joined[i][1] for i in sorted(joined)]   # in page order
    if len(joined) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return {}
    return {i: at for i, (at, _) in joined.items()}


NAME_LETTERS = 4   # letters of each name a head sets beside the other (`Annual Report` | `2 Finance`, `报告` counts 2)


def _beside_the_name(texts: list[str], slots: list[int], off_edge: Counter, key) -> list[int]:
    """(r45) A head that sets the text's name at one side and the part's at the other comes out as
    one line (`青川县政府工作报告    二、主要任务`, run together by `pdftotext -raw`): the edge lines
    that end (or begin) with a line the text says off the edge, the rest the same on two pages or
    more (counting the heads found already, which share it)."""
    rests: dict[str, list[int]] = defaultdict(list)
    for i in slots:
        k = key(i)
        if not _candidate(texts[i]) or len(k) > MAX_LEN:
            continue
        for cut in range(2, len(k) - 1):
            head, tail = k[:cut], k[cut:]
            if min(sum(ch.isalpha() for ch in head), sum(ch.isalpha() for ch in tail)) < NAME_LETTERS:
                continue   # two names, each of some length: not a word cut in two
            if off_edge[tail]:
                rests["<" + head].append(i)
                break
            if off_edge[head]:
                rests[">" + tail].append(i)
                break
    return [i for at in rests.values() if len(at) >= 2 for i in at]


def _unnumbered_cover(texts: list[str], hits: set[int], fed: int | None) -> set[int]:
    """(r43, issue 11) A report's cover with no page number of its own, ended by the extractor's first page
    break (a form feed) before any running line, with COVER_LINES lines with text at most: its copies of a
    running line are the cover's title block (the title the pages after it carry as their head), not a
    head. `_cover_copies` reads a cover numbered 1 so; a cover seldom prints its number. `fed`: the index of
    the first line holding a form feed (the texts here have lost theirs with the line ends' spaces)."""
    if fed is None or any(i < fed for i in hits if _key(texts[i]) not in {_key(texts[j]) for j in hits if j > fed}) \
            or not 0 < sum(1 for t in texts[:fed] if t.strip()) <= COVER_LINES:
        return set()
    later = {_key(texts[j]) for j in hits if j > fed}
    # the cover's own page number (`Page 1 of 5`, a bare `1`) is a foot all the same, not its title
    return {i for i in hits if i < fed and _key(texts[i]) in later and _key(texts[i]) and not FOLIO.search(texts[i])}


def _outside_browser_margins(texts: list[str], gapped: set[int], running: set[int]) -> set[int]:
    """(r33zhprint, issue 11) A browser's print (the stamp opens the text, every page ends on its
    `n/N` counter) has no running lines but the browser's own: the stamp and the page title over
    each page, the address and the counter under it, which `running_lines` finds. A laid-out line
    repeated a page apart elsewhere is the page's own text: a table's column heads printed again
    under its continued caption (`单位数    #亏` / `(个)    企业 总 值`), broken over rows the
    gapped-head rule (layout_heads) cannot tell from a margin box. Those stay; gapped lines beside
    the browser's head and foot (within BESIDE lines with text) go as before."""
    if not gapped:
        return gapped
    filled, rank = _ranked(texts)
    counters = _complete_counters(texts) if filled and PRINT_STAMP.match(texts[filled[0]].strip()) else None
    if not counters:
        return gapped
    margins = running | set(counters) | {filled[0]}
    return {i for i in gapped if i in running or _beside_margins(rank, margins, i)}


BROWSER_BESIDE = 2   # lines with text between a browser's margin line and a laid-out line that goes with it


def _beside_margins(rank: dict[int, int], margins: set[int], i: int) -> bool:
    """Line `i` stands within BROWSER_BESIDE lines with text of one of a browser print's margin lines."""
    return any(abs(rank[i] - rank[m]) <= BROWSER_BESIDE for m in margins if m in rank)


PREVIEW_COUNTERS_MIN = 2   # counters in a row: one fraction alone may be a ratio or a score
BARE_PAGE_MARK = re.compile(r"^第\s*(\d{1,3})\s*页$|^(?:Page|PAGE)\s+(\d{1,3})$")   # (r42) 'Page 3' alone, as '第3页'
BARE_TOTAL = 999   # the total of a file whose marks give none


def preview_counters(page: Page) -> Page:
    """(r26zh) Drop a viewer's page counters over an excerpt of a longer file: `第1页/共12页`,
    `第2页/共12页` … or `1 / 9`, `2 / 9` …, each alone on its line, counting by one with the same
    total, PREVIEW_COUNTERS_MIN or more. A document-sharing site prints them between the pages of
    its preview, which stops long before the last page, so `running-head` (which needs the chain to
    the last page, or a page's pace) leaves them. A fraction whose number exceeds its total, or
    counters that do not count by one, stay.

    (r27docshare) Marks without the total (`第2页` … `第3页`) count the same way; (r42) so do English
    ones (`Page 2` … `Page 3`): a PDF whose pages hold a few lines each (slides, a booklet's short
    pages) sets its feet closer than a page's pace, and they were read as headings.

    (r49) A PDF reader's text export marks its pages so too, `-- 1 of 249 --`, `-- 2 of 249 --` …:
    an excerpt of a long gazette holds two or three of them.

    Example: "第1页/共12页" … "第2页/共12页" … "第3页/共12页" between the preview's paragraphs."""
    found = [(i, c) for i, line in enumerate(page.lines) if (c := _counter_of(line.text.strip().translate(HALF_DIGITS)))]
    # (r27docshare) a preview's page marks without the total ('第2页' … '第3页'): counted as marks of
    # a file of unknown length, by one all the same
    found = sorted(found + [(i, (int(m.group(1) or m.group(2)), BARE_TOTAL)) for i, line in enumerate(page.lines)
                            if (m := BARE_PAGE_MARK.match(line.text.strip().translate(HALF_DIGITS)))])
    hits: list[int] = []
    run: list[tuple[int, tuple[int, int]]] = []
    for i, (number, count) in found + [(None, (0, 0))]:
        if run and i is not None and number == run[-1][1][0] + 1 and count == run[-1][1][1] and number <= count:
            run.append((i, (number, count)))
            continue
        if len(run) >= PREVIEW_COUNTERS_MIN:
            hits += [k for k, _ in run]
        run = [(i, (number, count))] if i is not None and 0 < number <= count else []
    return _self_evident_counters(page.drop(hits))


# (r28zhpdf) a page's number in a form nothing but a page's furniture takes: a Chinese counter naming
# the total ('第 3 页 共 12 页', '第3页/共12页', '共12页 第3页') and an official document's page number framed by
# dashes (GB/T 9704: '— 3 —', '－ 3 －'); glued into a line the counter still says what it is, the dashed
# number only with its spaces ('…增长6.2%；— 3 —一般公共…')
SELF_COUNTER = re.compile(r"第\s*(?P<n>\d{1,3})\s*页\s*[，,/／]?\s*共\s*(?P<m>\d{1,3})\s*页"
                          r"|共\s*(?P<m2>\d{1,3})\s*页\s*[，,/／]?\s*第\s*(?P<n2>\d{1,3})\s*页")
# glued into a line, the counter's own order only, nothing between its halves but a space or a slash
# ('本报告共12页，第3页为附表' is a sentence)
GLUED_COUNTER = re.compile(r"第\s*(?P<n>\d{1,3})\s*页\s*[/／]?\s*共\s*(?P<m>\d{1,3})\s*页")
DASHED_NUMBER = re.compile(r"^\s*[—－―–-]{1,2}\s*(?P<n>\d{1,3})\s*[—－―–-]{1,2}\s*$")
DASHED_GLUED = re.compile(r"(?<=[\u4e00-\u9fff。，；：！？、”）%])\s*[—－]\s(?P<n>\d{1,3})\s[—－]\s*(?=[\u4e00-\u9fff“（(])")


def _self_evident_counters(page: Page) -> Page:
    """(r28zhpdf) Drop, in a Chinese text, a page counter that names the page's total (`第 3 页 共 12 页`,
    the number not above the total) or an official document's dash-framed page number (`— 3 —`),
    alone on its line even once — a PDF text layer's excerpt shows a page foot or two of a longer
    file, too few for a chain — and cut them where the text layer glued them into a line. A bare
    number, `第3页` alone or a fraction `3/12` still needs the chain (a list's number, a ratio)."""
    if not any(re.search(r"[\u4e00-\u9fff]", line.text) for line in page.lines[:40]):
        return page
    def counter(m):
        groups = m.groupdict()
        n, total = int(groups["n"] or groups.get("n2")), int(groups["m"] or groups.get("m2"))
        return 0 < n <= total
    alone = [i for i, line in enumerate(page.lines)
             if (m := SELF_COUNTER.fullmatch(line.text.strip().translate(HALF_DIGITS))) and counter(m)
             or DASHED_NUMBER.match(line.text.translate(HALF_DIGITS))]
    page = page.drop(alone)
    for i in range(len(page.lines)):
        text = page.lines[i].text
        cuts = [m for m in GLUED_COUNTER.finditer(text) if counter(m) and m.end() - m.start() < len(text.strip())]
        cuts += [m for m in DASHED_GLUED.finditer(text)]
        for m in sorted(cuts, key=lambda m: m.start(), reverse=True):
            page = page.cut(i, m.start(), m.end())
    return page


# (r30enweb) a print's page head naming the site's address and the page's counter ('http://courts.example.gov HIGH
# COURT OF JUSTICE Page 1 of 8', 'www.example.gov Annual Report 2020 Page 3 of 40'): the address one token, at most
# URL_HEAD_WORDS words of the site's or the file's name, then 'Page n of m' closing the line
URL_PAGE_HEAD = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*://|www\.)\S+(?P<words>(?:\s+[^\s.!?;]\S*){0,12}?)\s+Page\s+(?P<n>\d{1,4})\s+of\s+(?P<m>\d{1,4})\s*$", re.I)


def url_page_heads(page: Page) -> Page:
    """(r30enweb) Drop a print's page head that names the site's address and the page's counter on
    one line (`http://courts.example.gov HIGH COURT OF JUSTICE Page 1 of 8`), even once: a portal that
    keeps an official system's print as its text shows the first page's head, too few for a chain
    (`running-head`). The address and `Page n of m` (n not above m) together say what the line is;
    a sentence naming a page (`See page 3 of 10 at www.…`) does not open with the address and stays.

    Example: "http://courts.example.gov HIGH COURT OF JUSTICE Page 1 of 8" over the case block -> the line goes."""
    def head(text: str) -> bool:
        m = URL_PAGE_HEAD.match(text)
        return bool(m) and 0 < int(m["n"]) <= int(m["m"])
    return page.drop([i for i, line in enumerate(page.lines) if head(line.text)])


# (round19en) a print's running head of its date and the file's title, a bullet before it when the
# transcript set it as a list item ('• 8/18/2019 Shared Parental Leave Report FINAL'); no time of day
DATED_HEAD = re.compile(r"^\s*(?:[•·▪*-]\s*)?\d{1,2}/\d{1,2}/\d{4}\s+(?P<words>[A-Za-z].{2,120}?)\s*$")
DATED_HEAD_NEAR = 2   # non-blank lines from the head to its page counter ('2/10')


def dated_print_heads(page: Page) -> Page:
    """(round19en) Drop a print's running head `• 8/18/2019 Report Title FINAL` and the page counter
    under it (`1/10`, `2/10`): a numeric date and the file's title at the head of every page, each
    followed within DATED_HEAD_NEAR non-blank lines by an `n/m` counter; the same words on two heads
    or more, their counters one page apart with the same total. An excerpt of a few pages out of
    many has no complete counter chain, so `running-head` misses it. Also, anywhere, the PDF's
    viewing note on its cover (`* This PDF is best viewed and printed in landscape`,
    vocab_en.VIEWING_NOTE). A document site's headline over the transcript that is only the file's
    name the heads print (`shared parental leave report final`) goes with them: the cover's title
    names the document. A dated line seen once, or without its counter, stays.

    Example: "• 8/18/2019 Harbour Review FINAL" / "1/10" … "• 8/18/2019 Harbour Review FINAL" / "2/10".
    """
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    pairs: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for k, i in enumerate(filled):
        head = DATED_HEAD.match(lines[i].text)
        if not head:
            continue
        for j in filled[k + 1:k + 1 + DATED_HEAD_NEAR]:
            counter = COUNTER.match(lines[j].text.strip())
            if counter:
                n, m = (int(x) for x in lines[j].text.strip().split("/"))
                pairs[" ".join(head["words"].split()).casefold()].append((i, j, n, m))
                break
    hits = []
    for words, found in pairs.items():
        steps = all(b[2] == a[2] + 1 and b[3] == a[3] for a, b in zip(found, found[1:]))
        if len(found) >= 2 and steps:
            hits.extend(x for i, j, _, _ in found for x in (i, j))
            if filled and filled[0] < found[0][0] and " ".join(lines[filled[0]].text.split()).casefold() == words:
                hits.append(filled[0])   # a document site's headline that is only the file's name, as the heads print it
    hits.extend(i for i in filled if VIEWING_NOTE.match(lines[i].text))
    return page.drop(hits)


# (round19en) a book's or a revised edition's page heads set mirrored: the title and the page number
# on the odd page's outer side ('Law Revision Cap. 2:02 3'), the number first on the even page's
# ('4 Cap. 2:02 Law Revision'), often under the edition's name ('LAWS OF GUYANA') on every page
ODD_HEAD = re.compile(r"^\s*(?P<words>\S.{3,80}?)\s+(?P<n>\d{1,4})\s*$")
EVEN_HEAD = re.compile(r"^\s*(?P<n>\d{1,4})\s+(?P<words>\S.{3,80}?)\s*$")
MIRROR_WORDS_MIN = 2
MIRROR_GAP = 4        # non-blank lines at least between the two heads: a page's worth, not a list


def _head_words(text: str) -> tuple[str, ...]:
    return tuple(sorted(w.casefold() for w in text.split()))


def mirrored_heads(page: Page) -> Page:
    """(round19en) Drop a print's mirrored running heads when only two pages are in the text (the
    chain rules need more): an odd page's head with its number last (`Law Revision Cap. 2:02 3`) and
    the next page's with the number first (`4 Cap. 2:02 Law Revision`), the same words in another
    order (MIRROR_WORDS_MIN or more, some not a number) and the numbers consecutive, MIRROR_GAP
    non-blank lines apart or more; the same line right over both (the edition's name, `LAWS OF
    GUYANA`) goes too. An entry `3. Interpretation` and `4 Interpretation` are no pair: the words
    must be two or more and in another order or repeated whole. A sentence the heads split is
    rejoined (r28ocr: a scanned book's heads fall inside sentences).

    Example: "LAWS OF NORTHLAND" / "Harbour Moorings Cap. 7:01 3" … "LAWS OF NORTHLAND" / "4 Cap. 7:01 Harbour Moorings".
    """
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    hits: set[int] = set()
    for a, i in enumerate(filled):
        odd = ODD_HEAD.match(lines[i].text)
        if not odd or len(odd["words"].split()) < MIRROR_WORDS_MIN or not re.search(r"[A-Za-z]{3}", odd["words"]) \
                or odd["words"].rstrip().endswith("."):
            continue
        for b in range(a + MIRROR_GAP, len(filled)):
            k = filled[b]
            even = EVEN_HEAD.match(lines[k].text)
            if even and int(even["n"]) == int(odd["n"]) + 1 and _head_words(even["words"]) == _head_words(odd["words"]):
                hits.update((i, k))
                if a and b and " ".join(lines[filled[a - 1]].text.split()) == " ".join(lines[filled[b - 1]].text.split()):
                    hits.update((filled[a - 1], filled[b - 1]))
                break
    return page.drop(hits | _rejoin(page, hits))   # (r28ocr) the sentence a head split runs on, as under `running-head`


# (enlegal) a print's cover block printed again at the head of its later pages: a consolidated Act's
# edition repeats 'Number 8 of 1987' / 'DEFENCE (AMENDMENT) ACT 1987' / 'REVISED' / 'Updated to 28 May
# 2019' over each page's text
COVER_LINES_MIN = 3     # lines of the block: a title, its number, its edition or date
COVER_TOP = 20          # non-blank lines from the text's top within which the block first stands
COVER_LINE_MAX = 80     # characters of one of its lines: display lines, not prose
COVER_LETTERS_MIN = 15
COVER_LINES_MAX = 12    # lines of the block at most: a cover's display lines, not a run of short lines (linear time)
COVER_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")   # a cover dates its text: the Act's year, the edition's date


def _cover_line(text: str) -> bool:
    return 0 < len(text) <= COVER_LINE_MAX and not SENTENCE_END.search(text) and not LIST_CLAUSE.match(text)


def cover_again(page: Page) -> Page:
    """(enlegal) Drop the copies of the text's cover block printed again further on: COVER_LINES_MIN
    or more consecutive non-blank display lines (each short, no sentence end) among the text's first
    COVER_TOP non-blank lines, one of them holding a year (the Act's, the edition's date), in a
    spaced script, the same lines (spaces aside) in the same order later in the text, nothing but
    blank lines between them. The first block stays (the title block reads it); every
    later copy is a page head. A block without COVER_LETTERS_MIN letters (a row of numbers) or one
    whose lines the text never repeats together stays. (r31enheads; NARROWS) Nor a block right
    under a contents label: a debate record's list opens with the sitting's date, the business and
    its first subject, as the proceedings do; those are entries and the text, not a cover's copies.

    Example: "Number 8 of 1987" / "HARBOUR ACT 1987" / "REVISED" / "Updated to 1 May 2019" at the
    top, then the same four lines over the next page's text and the one after."""
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    keys = [" ".join(page.lines[i].text.split()) for i in filled]
    hits: set[int] = set()
    for start in range(min(COVER_TOP, len(keys))):
        if filled[start] in hits:
            continue
        if start and BOOK_CONTENTS_LABEL.match(keys[start - 1]):
            continue   # (r31enheads) a record's list opens as its text does (date, business, subject): no cover
        size = 0
        while start + size < len(keys) and size < COVER_LINES_MAX and _cover_line(keys[start + size]):
            size += 1
        for length in range(size, COVER_LINES_MIN - 1, -1):
            block = keys[start:start + length]
            if sum(ch.isalpha() for text in block for ch in text) < COVER_LETTERS_MIN \
                    or not any(COVER_YEAR.search(text) for text in block) or any(UNSPACED.search(text) for text in block):
                break
            copies = [k for k in range(start + length, len(keys) - length + 1) if keys[k:k + length] == block]
            if copies:
                hits.update(filled[k + j] for k in copies for j in range(length))
                break
    return page.drop(hits)


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


# ---- a web page printed to PDF: the sidebar printed after the article -----------------------------

SIDEBAR_MIN = 40          # lines: a column of widgets, not a list in the article
SIDEBAR_SHORT = 0.5       # of the text's width: a narrow column's line
SIDEBAR_SHARE = 0.9       # of the lines from the start on: nearly all of them narrow
SENTENCE_LINE = re.compile(r"[.!?][\"”’)\]]*$")
# (r31body) a Chinese sentence's end: its words cannot be counted by spaces, its full stop says it
CJK_SENTENCE_LINE = re.compile(r"[。！？][”’」』）)]*$")


def printed_page(page: Page) -> bool:
    """A web page printed by a browser: its running footer, removed on several pages, is the
    page's address (alone, or with the page counter on its line when the extractor kept the
    layout: `https://…   3/9`)."""
    return sum(1 for r in page.removed if r.rule == "running-head"
               and URL.match(ADDRESS_COUNTER.sub("", r.text.strip()))) >= _pages_needed(page)


def _pages_needed(page: Page) -> int:
    """Pages a running line must be seen on: MIN_PAGES, or fewer on a print of one or two pages
    whose removed counters (`1/2`, `2/2`; `1/1`) prove the page count by themselves (round8en:
    a report's page and a guidance page printed on one and two sheets)."""
    counted = [c[1] for r in page.removed if r.rule == "running-head" and (c := _counter_of(ADDRESS_COUNTER_ONLY.sub("", r.text.strip())))]
    return min(MIN_PAGES, max(counted)) if counted else MIN_PAGES


ADDRESS_COUNTER_ONLY = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+\s+(?=\d{1,4}\s*/\s*\d{1,4}$)", re.I)


ADDRESS_COUNTER = re.compile(r"\s+\d{1,4}\s*/\s*\d{1,4}$")


def printed_sidebar(page: Page) -> Page:
    """Drop a page's sidebar that a browser printed after the article: from the first group of
    narrow lines after which (nearly) every line to the end is narrow and none is a sentence.

    A blog or news page printed to PDF puts its side column (most-read lists with titles wrapped
    over two or three lines, archive, author box, 'Powered by …') after the article, as hundreds
    of short lines; the article's own lines fill the text width. Only on a printed web page (its
    footer is the page's address), and only a long run that reaches the end of the text.

    Example: after the post's last sentence, "Most popular (last" / "30 days)" / "Google's
    Polymer and the" / "future of web UI frameworks" / … / "Powered by Blogger." (40+ lines).
    """
    if not printed_page(page):
        return page
    texts = [t.strip() for t in page.texts()]
    filled = sorted(len(t) for t in texts if t)
    if len(filled) < SIDEBAR_MIN:
        return page
    short = SIDEBAR_SHORT * filled[int(0.97 * (len(filled) - 1))]   # the article fills the width; the column is most lines
    narrow = [bool(t) and len(t) <= short for t in texts]
    sentence = [bool(t) and (len(t.split()) >= 8 and bool(SENTENCE_LINE.search(t))
                             or bool(UNSPACED.search(t)) and bool(CJK_SENTENCE_LINE.search(t))) for t in texts]
    # groups (blank-separated runs of lines), scanned from the end back to the last sentence
    groups: list[range] = []
    k = 0
    while k < len(texts):
        if texts[k]:
            end = k
            while end < len(texts) and texts[end]:
                end += 1
            groups.append(range(k, end))
            k = end
        else:
            k += 1
    unspaced = len(groups) == 1
    if unspaced:
        groups = _unspaced_groups(groups[0], narrow)
    start, lines, wide = None, 0, 0
    for group in reversed(groups):
        if any(sentence[k] for k in group) or unspaced and sum(not narrow[k] for k in group) >= 2:
            break
        lines += len(group)
        wide += sum(1 for k in group if not narrow[k])
        if all(narrow[k] for k in group) and lines >= SIDEBAR_MIN and lines - wide >= SIDEBAR_SHARE * lines:
            start = group.start
    if start is None:
        return page
    return page.drop(k for k in range(start, len(texts)) if texts[k])


def _unspaced_groups(lines: range, narrow: list[bool]) -> list[range]:
    """The groups of a printed page copied without its blank lines (robust3): a line that follows a
    wide one carries on its paragraph (a wrap filled the line above), any other line opens a group of
    its own, so a sidebar's narrow lines stand apart and an article's short last line stays with
    the paragraph it ends. Without blank lines to close the article, two wide lines in a row are
    the article's running text: the sidebar starts after the last such pair."""
    groups, start = [], lines.start
    for k in range(lines.start + 1, lines.stop):
        if narrow[k - 1]:
            groups.append(range(start, k))
            start = k
    return groups + [range(start, lines.stop)]


TOP_BAR_MAX = 40          # lines: a site's top bar and menus, not a page of text, come before the title
# (r44, issue 11) A PAGE PRINTED UNSTYLED: the site's whole menu, every fly-out list one link a line, prints
# above the headline (ninety lines and more); the top bar is then read up to TOP_BAR_MENU_MAX lines, when
# every line over the headline is a menu's item (`_menu_item`: MENU_ITEM_WORDS words at most, no sentence's
# end). A page whose text has begun over the match (a paragraph, a sentence) keeps it: the match is a copy
TOP_BAR_MENU_MAX = 200
MENU_ITEM_WORDS = 8


def _menu_item(text: str) -> bool:
    """(r44) A line a site's menu or promotion box prints: a few words, no sentence's end."""
    text = text.strip()
    return len(text.split()) <= MENU_ITEM_WORDS and not re.search(r"[.!?:;,]$", text)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_ONLY = re.compile(rf"^(?:\w+,?\s+)?(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH}\s+\d{{4}})$", re.I)


# a Chinese portal's page title: `标题_栏目_站名`, the parts joined by underscores without spaces
UNDERSCORED = re.compile(r"^(?P<title>[^_\s][^_]{0,80}?)(?:_[^_]{1,20}){0,3}_(?P<site>[^_]{2,40})$")


def _worded_cell(text: str) -> str:
    """A head kept in its layout puts the date and the page title on one line, 2+ spaces apart
    (`11/29/26, 11:11 AM      Title_Site`): the cell with the most letters is the title."""
    cells = re.split(r"\s{3,}", text.strip())
    text = max(cells, key=lambda c: sum(ch.isalpha() for ch in c)) if len(cells) > 1 else text
    return PRINT_DATE.sub("", text.strip())


# the print date a browser puts before the title when both share a line (`11/29/26, 11:11 AM Title`)
PRINT_DATE = re.compile(r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s+(?=\S)", re.I)


def _printed_title(page: Page) -> str:
    """The page's title as the browser's print header writes it on every page ('Aardvark -
    Wikipedia' -> 'Aardvark'; a header without a site name is the title), '' if none."""
    counts: dict[str, int] = {}
    for removal in page.removed:
        text = " ".join(_worded_cell(removal.text).split())
        letters = sum(ch.isalpha() for ch in text)
        if removal.rule == "running-head" and (len(text.split()) >= 2 or UNSPACED.search(text)) \
                and not URL.match(text) and letters * 2 > len(text.replace(" ", "")):
            match = re.match(r"^(?P<title>\S.{0,80}?\S)\s+[-–—|·]\s+(?P<site>[^-–—|·]{2,60})$", text) or UNDERSCORED.match(text)
            title = match["title"] if match else text
            title = site_prefix_cut(title, match["site"]) if match else title
            counts[title] = counts.get(title, 0) + 1
    best = max(counts, key=counts.get, default="")
    return best if counts.get(best, 0) >= _pages_needed(page) else ""


# the site's name written before the headline too: 'Scoop: <headline> | Scoo…' (round9en, xxv5)
SITE_PREFIX = re.compile(r"^(?P<site>[^:]{2,40}?):\s+(?P<rest>\S.*)$")


def site_prefix_cut(title: str, site: str) -> str:
    """(round9en) The headline of a page title that names its site on both sides: 'Scoop: UK
    Prime Minister's statement | Scoo…' -> "UK Prime Minister's statement". The part before the
    colon is the site's name only when it is the name after the bar (or its start, the bar's name
    cut short by `…`); a title whose colon opens a subtitle ('Budget 2024: Our Plan | Treasury')
    stays whole."""
    match = SITE_PREFIX.match(title)
    if not match:
        return title
    cut = bool(PRINT_CUT.search(site.strip()))
    bar = PRINT_CUT.sub("", site.strip()).strip().casefold()
    name = match["site"].strip().casefold()
    if name == bar or cut and len(bar) >= SITE_STEM_MIN and name.startswith(bar):
        return match["rest"]
    return title


SITE_STEM_MIN = 3   # letters of a site's name the bar kept before its `…`


PRINT_CUT = re.compile(r"(?:…|\.\.\.)$")   # a print header's page title cut short


# a catalogue row's label alone on its line, its value on the next ('名稱：' / the title): the title
# there is the row's value, not the article's start (round11zh, xxz8)
FIELD_LABEL_ALONE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*$")


def printed_top_bar(page: Page) -> Page:
    """Drop what a printed web page shows above its title: the site's name, menus and notices.

    The print header names the page's title on every page; the first line (or two wrapped lines)
    of the text equal to it is where the article starts. A bare date above it (a blog post's
    date) stays: it is the article's.

    Example: "②ality – JavaScript and more" / "Pages" / "Home" / "About" / … above
    "ECMAScript: ES.next versus ES 6 versus ES" / "Harmony".
    A title under a label alone on its line ('名稱：' / the title, a catalogue row printed label over
    value) is the row's value: the article starts at the next match, and the rows go too (round11zh).
    """
    if not printed_page(page):
        return page
    title = "".join(_printed_title(page).split()).casefold()
    if not title:
        return page
    texts = page.texts()
    filled = [i for i, t in enumerate(texts) if t.strip()][:TOP_BAR_MENU_MAX]
    key = lambda i: "".join(MARKDOWN_HEAD.sub("", texts[i]).split()).casefold()   # '# Title' is the title (r27)
    at = next((i for n, i in enumerate(filled) if (key(i) == title
               or n + 1 < len(filled) and key(i) + key(filled[n + 1]) == title)
               and not (n and FIELD_LABEL_ALONE.match(texts[filled[n - 1]]))), None)
    if at is not None and at not in filled[:TOP_BAR_MAX] \
            and not all(_menu_item(texts[i]) for i in filled if i < at):
        at = None   # (r44) past TOP_BAR_MAX lines only over a page's menus printed one item a line
    if not at:
        return page
    above = max((i for i in filled if i < at), default=None)
    return page.drop(i for i in filled if i < at and not DATE_ONLY.match(texts[i].strip())
                     and not (i == above and DOCUMENT_LABEL.match(texts[i].strip())))


# (r40) a document's own label printed right over its headline: a congress session's file label
# ('县第十八届人民代表大会第一次会议文件') or an issuer's red header ('某某市人民政府办公室文件'): the
# document's, not the site's top bar (a column named '政府文件' or '规范性文件' names no issuer)
DOCUMENT_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]{2,36}(?:会议|會議|大会|大會|人民政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|局|厅|廳)文件$")


MARKDOWN_HEAD = re.compile(r"^\s*#{1,6}\s+")


# -- page numbers glued into the text ---------------------------------------------------------
# A PDF's text layer may drop the line breaks around a page number: the number then sits between
# the last character of one page and the first of the next ('…制定本法。8第二条…', '1中华人民…',
# '…精14神…'). No line is a page number, so the rule above cannot see them; they are found as a run
# of numbers, each glued between two CJK characters (or at a line's edge), that counts up by one
# from page to page, a page being several lines apart.
GLUED_NO = re.compile(r"(?<![\d.．,，%％+\-~～/:：A-Za-z])(\d{1,4})(?![\d.．%％A-Za-z])")
CJK_TEXT = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff08\uff09\uff0c\uff1a\uff1b“”《》、]")
UNIT_AFTER = re.compile(r"^[年月日时分秒号条款项章节编岁周元角万亿千百十个次人户家件项倍米吨度亩位名所台辆批期届家]")
GLUED_MIN_PAGES = 5        # a run of this many page numbers
GLUED_MIN_GAP = 3          # lines between two pages at least …
GLUED_MEAN_GAP = 8         # … and this many on average (a numbered list counts up line by line)
# what a page number glued before it may not end: a new article, chapter, section or item starts a line
UNIT_START = re.compile(r"^(?:第[一二三四五六七八九十百零〇两]+(?:分编|编|章|节|条)|[（(][一二三四五六七八九十]+[）)])")
CLOSED = re.compile(r"[。；：！？:;!?]$")


def _glued_candidates(lines) -> list[tuple[int, int, int, int]]:
    """(line index, start, end, value) of every number glued into CJK text with no unit after it."""
    out = []
    for i, line in enumerate(lines):
        text = line.text
        for m in GLUED_NO.finditer(text):
            before, after = text[:m.start()], text[m.end():]
            if UNIT_AFTER.match(after):
                continue
            if before[-1:] in ("（", "(") and after[:1] in ("）", ")"):
                continue   # (r31body) an item's number in its brackets ('（1）经…认定的…'), never a page's
            left_ok = not before or CJK_TEXT.match(before[-1])
            right_ok = not after or CJK_TEXT.match(after[0])
            if left_ok and right_ok and (before or after):
                out.append((i, m.start(), m.end(), int(m.group(1))))
    return out


def glued_page_numbers(lines) -> list[tuple[int, int, int, int]]:
    """The candidates that form the longest run of page numbers counting up by one."""
    ends: dict[int, tuple] = {}   # value -> (length, candidate, node before): the longest run ending there
    for cand in _glued_candidates(lines):
        prev = ends.get(cand[3] - 1)
        node = (prev[0] + 1, cand, prev) if prev and cand[0] - prev[1][0] >= GLUED_MIN_GAP else (1, cand, None)
        if node[0] > ends.get(cand[3], (0,))[0]:
            ends[cand[3]] = node
    node = max(ends.values(), key=lambda n: n[0], default=None)
    best = []
    while node:
        best.append(node[1])
        node = node[2]
    best.reverse()
    if len(best) < GLUED_MIN_PAGES or (best[-1][0] - best[0][0]) / (len(best) - 1) < GLUED_MEAN_GAP:
        return []
    return best


def glued_page_number(page: Page) -> Page:
    """Cut the page numbers a PDF's text layer glued into the text. Where the next page opens a new
    article, chapter, section or item after a finished sentence or a heading, the lost line break
    is put back; elsewhere the two pages' text joins (the next step rejoins wrapped lines anyway).

    Example: "…制定本法。8第二条民法调整…" -> "…制定本法。" + "第二条民法调整…"; "1中华人民共和国民法典" ->
    "中华人民共和国民法典"; "…智力、精14神健康…" -> "…智力、精神健康…".
    """
    for i, start, end, _ in reversed(glued_page_numbers(page.lines)):
        page = page.cut(i, start, end)
        before, after = page.lines[i].text[:start], page.lines[i].text[start:]
        if before.strip() and after.strip() and UNIT_START.match(after) \
                and (CLOSED.search(before) or UNIT_START.match(before)):
            page = page.split(i, start)
    return page


# a piece of a rotated watermark ('DRAFT', 'CONFIDENTIAL' set at 45 degrees over every page): the
# extractor reads each letter or pair of letters as a line of its own, between blank lines
WATERMARK_PIECE = re.compile(r"[A-Z]{1,2}")
WATERMARK_MIN = 4          # pieces in the text: fewer is a lone letter (a list label, a grade)


def watermark_letters(page: Page) -> Page:
    """Drop the pieces of a rotated watermark a PDF extractor scattered through the text (unseen7).

    Example: a bylaws page printed with a diagonal 'DRAFT' on every page comes out with lines
    'A', 'D', 'R', 'FT' between paragraphs and headings, each between blank lines, in a different
    order on each page. Found by repetition, not by the word: one to two capital letters alone
    between blank lines, at least WATERMARK_MIN of them, each piece seen twice on average (the
    same few pieces page after page). An alphabetical index's 'A' / 'B' / 'C' (each letter once)
    stays. A token glued to the end of many lines goes too (`glued_watermark`, round6).
    """
    texts = page.texts()
    hits = [i for i, text in enumerate(texts)
            if WATERMARK_PIECE.fullmatch(text.strip())
            and (i == 0 or not texts[i - 1].strip()) and (i + 1 == len(texts) or not texts[i + 1].strip())]
    pieces = {texts[i].strip() for i in hits}
    if len(hits) >= WATERMARK_MIN and len(hits) >= 2 * len(pieces):
        page = page.drop(hits)
    return glued_watermark(page)


# a site's watermark glued into a Chinese text (round6, xxf1): an anti-copy token of a few Latin
# letters the site appends to every paragraph ('…请予审议。PZl'), right after a Han character or a
# CJK mark, at the line's end (or before a space, where the site ran paragraphs together)
# (a copy with half-width marks puts ':' ')' after the Han character, before it: '各位代表:PZl' — never a
# Latin word's mark: 'www.gov.cn' keeps its 'cn'); only on lines with a Han character or a CJK mark
# ('3.8%。PZl', a wrapped paragraph's last line)
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_GLUED_AFTER = rf"(?:(?<=[{_CJK}])|(?<=[{_CJK}][:;,.!?)\]]))"
GLUED_TOKEN = re.compile(_GLUED_AFTER + r"([A-Za-z]{1,4})(?=\s|$)")
GLUED_TOKEN_END = re.compile(_GLUED_AFTER + r"([A-Za-z]{1,4})\s*$")
GLUED_ON = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
GLUED_MIN = 4          # lines ending in the same token: fewer may be an abbreviation a wrap left at line ends
GLUED_SHARE = 0.1      # of the non-blank lines: a paragraph-end mark, not a word the text uses now and then


def glued_watermark(page: Page) -> Page:
    """Cut a short Latin token a site glues to the end of many lines of a Chinese text (round6,
    widening `watermark-letters`: a watermark is found by repetition, whatever its letters).

    Example: a model-essay site appends its anti-copy mark to every paragraph: '各位代表：PZl',
    '…请予审议。PZl', the heading '2019年和今年以来工作回顾PZl'. The same 1-4 letters right after a
    Han character or CJK mark ending GLUED_MIN or more lines, and at least GLUED_SHARE of the
    non-blank lines: a word of the text (GDP, PM) ends a wrapped line now and then, never one line
    in ten. Every glued copy goes (also before a space, where paragraphs were run together), and a
    copy a wrap split ('…基地。PZ' / 'l') goes whole: the prefix cut, the lone rest dropped.
    """
    texts = page.texts()
    filled = [t for t in texts if t.strip()]
    ends = Counter(m.group(1) for t in filled if GLUED_ON.search(t) and (m := GLUED_TOKEN_END.search(t)))
    tokens = [t for t, n in ends.items() if n >= GLUED_MIN and n >= GLUED_SHARE * len(filled)]
    if not tokens:
        return page
    rests = []
    for i in range(len(texts) - 1, -1, -1):
        if not GLUED_ON.search(texts[i]):
            continue
        spans = [m.span(1) for m in GLUED_TOKEN.finditer(texts[i]) if m.group(1) in tokens]
        end = GLUED_TOKEN_END.search(texts[i])
        if end and end.group(1) not in tokens and i + 1 < len(texts) \
                and any(t.startswith(end.group(1)) and texts[i + 1].strip() == t[len(end.group(1)):] for t in tokens):
            spans.append(end.span(1))   # the token split by a wrap: its first letters end this line,
            rests.append(i + 1)         # the rest stands alone on the next
        for start, stop in sorted(spans, reverse=True):
            page = page.cut(i, start, stop)
    return page.drop(rests)


STRAY_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
STRAY_BEFORE_MIN = 8   # characters of the line over it: a heading or a paragraph's line, not a table's cell


def stray_page_number(page: Page) -> Page:
    """Drop a page number an uploaded file left alone between blank lines inside the text: 1-3
    digits alone, a blank line on either side, a line of text (≥ STRAY_BEFORE_MIN characters, no
    colon at its end, not a number) over it and prose under it ('一、…发展基础进一步夯实' / '1' /
    '农业农村经济稳中有升。…'). Read as text it glues the heading to its paragraph (round9zh,
    xxu8). A number in a column of numbers, under a label ending in a colon, or over a short
    line stays; a run of page numbers is `running-head`'s.

    Example: "一、主要工作" / "" / "2" / "" / "全年完成…。" -> the "2" goes.
    """
    texts, lines = page.texts(), page.lines
    hits = []
    for i, text in enumerate(texts):
        if not STRAY_NUMBER.match(text) or i == 0 or i + 1 >= len(texts):
            continue
        # a blank line on either side, kept or dropped by `double-spaced` (a paragraph-spaced copy)
        if texts[i - 1].strip() and lines[i].number - lines[i - 1].number < 2 \
                or texts[i + 1].strip() and lines[i + 1].number - lines[i].number < 2:
            continue
        up = next((texts[k].strip() for k in range(i - 1, -1, -1) if texts[k].strip()), "")
        down = next((texts[k].strip() for k in range(i + 1, len(texts)) if texts[k].strip()), "")
        if len(up) >= STRAY_BEFORE_MIN and not up.endswith((":", "：")) and not STRAY_NUMBER.match(up) \
                and is_prose(down) and not re.search(r"[A-Za-z]{3}", up + down):
            hits.append(i)
    return page.drop(hits)


def lettered_page_numbers(page: Page) -> Page:
    """(round18en) Drop a gazette's or an ordinance volume's page number printed with its part's
    letter, alone on its line (`A 866`, `A179`: vocab_en.LETTERED_PAGE), the page's head carried
    into the text of an Act copied from the publication (a legal institute's PDF text, a
    transcription site's page). Only in a text that shows it is such a publication (its enacting
    words, `ordinance`, `gazette`: vocab_en.LEGAL_PUBLICATION), and only a line with no such line
    right above or under it (a column of grid references or codes stays).

    Example: "Cap. 16." / "A 866" / "Amendment of article 3B of the Code." -> "A 866" goes.
    """
    texts = [t.strip() for t in page.texts()]
    hits = [i for i, t in enumerate(texts) if LETTERED_PAGE.match(t)]
    if not hits or not any(LEGAL_PUBLICATION.search(t) for t in texts):
        return page
    near = [k for i in hits for k in (i - 1, i + 1) if 0 <= k < len(texts) and LETTERED_PAGE.match(texts[k])]
    return page.drop([i for i in hits if i not in near])


# a page number in round brackets alone on its line, spaced inside them ('( 101 )'), as older printed
# reports set it at a page's head (round14en); a list's label is written tight ('(1)', a recital's)
BRACKETED_PAGE = re.compile(r"^\s*\(\s+(?P<n>\d{1,4})\s+\)\s*$")
BRACKETED_GAP_MIN = 8   # lines between two of them: closer, they are a list's labels


def bracketed_page_numbers(page: Page) -> Page:
    """Drop page numbers printed in round brackets, spaced inside them, alone on their lines ('( 101 )' ... '( 102 )'):
    two or more such lines whose numbers go up by one from line to line, each at least
    BRACKETED_GAP_MIN lines under the one before. A single bracketed number, tight brackets (a
    recital's or list's label '(1)' … '(2)'), numbers not in sequence or close together stay.

    Example: "( 101 )" / "GOVERNMENT FINANCE" / … 30 lines … / "( 102 )" -> both go.
    """
    texts = page.texts()
    found = [(i, int(m["n"])) for i, t in enumerate(texts) if (m := BRACKETED_PAGE.match(t))]
    hits: set[int] = set()
    for (i, a), (j, b) in zip(found, found[1:]):
        if b == a + 1 and j - i >= BRACKETED_GAP_MIN:
            hits.update((i, j))
    return page.drop(sorted(hits))



HEAD_MATES_MIN = 3     # copies of the running head: one a page, three pages or more
HEAD_MATE_MAX = 80     # characters: a head's line (a short title, a number), not a paragraph


def copyright_head_mates(page: Page) -> Page:
    """(round20en) A print's running head of several lines, the publisher's copyright line in its
    middle (`Gibraltar Laws (General Amendment) (No.1)` / `© Government of Gibraltar (www…)` /
    `2007-17`), printed on every page: `copyright` takes the copyright line each time; the lines
    right above and right below it (the next non-blank line, blank lines between) go too when
    EVERY copy (HEAD_MATES_MIN or more) has the same line there, each up to HEAD_MATE_MAX
    characters with no sentence end. A line that differs at one copy is the text's.

    Example: "Harbour Moorings (Amendment)" / "© Harbour Office (www…)" / "2011-4" on three pages -> all nine lines go."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for r in page.removed:
        if r.rule == "copyright" and r.text.strip():
            by_text[r.text.strip()].append(r.line)
    lines = page.lines
    numbers = [line.number for line in lines]
    hits = []
    for found in by_text.values():
        if len(found) < HEAD_MATES_MIN:
            continue
        for step in (-1, 1):
            mates = []
            for n in found:
                k = bisect.bisect_left(numbers, n)
                k = k - 1 if step < 0 else k
                while 0 <= k < len(lines) and not lines[k].text.strip():
                    k += step
                mates.append(k if 0 <= k < len(lines) else None)
            texts = {lines[k].text.strip() if k is not None else None for k in mates}
            if len(texts) == 1 and None not in texts:
                text = texts.pop()
                if len(text) <= HEAD_MATE_MAX and not re.search(r"[a-z][.!?]$", text):
                    hits.extend(mates)
    return page.drop(hits)


# (r29enchrome) a parliamentary transcript's status head, printed over every take or page of an
# unrevised record: its status line ('UNREVISED HANSARD', 'UNCORRECTED TRANSCRIPT', 'DRAFT HANSARD',
# 'PROOF - UNCORRECTED') and the lines under it (the house, the sitting's date with its take numbers)
TRANSCRIPT_STATUS = re.compile(r"^\s*(?:(?:unrevised|uncorrected|unedited|draft|provisional|proof)\s*[-–—:]?\s*)+"
                               r"(?:hansard|transcript|verbatim\s+record|official\s+report|record|proof|copy|version)\s*$"
                               r"|^\s*proof\s*[-–—:]\s*(?:uncorrected|unrevised|unedited)\s*$", re.I)
STATUS_BLOCK_LINES = 3   # non-blank lines under the status line that repeat with it, at most
STATUS_LINE_WORDS = 16   # words of a line of the status head: a name, a date with its takes, no paragraph


def transcript_status_head(page: Page) -> Page:
    """(r29enchrome) Drop a parliamentary transcript's status head printed over each take or page of an
    unrevised record (`UNREVISED HANSARD` / `NATIONAL ASSEMBLY` / `Wednesday, 22 February 2031 Takes:
    75, 76`): the status line (TRANSCRIPT_STATUS) and the short lines under it that stand under it
    again, the same, at every copy; two copies or more. One copy alone (the record's own heading or
    title) stays, and so do the lines under it that differ between copies (the speaker, the text).

    Example: "UNREVISED HANSARD" / "NATIONAL ASSEMBLY" / "Wednesday, 22 February 2031 Takes: 75" at
    the top and again before a later take -> all six lines go."""
    lines = page.lines
    starts = [i for i, line in enumerate(lines) if TRANSCRIPT_STATUS.match(line.text)]
    if len(starts) < 2:
        return page

    def under(i: int) -> list[int]:
        out, k = [], i + 1
        while k < len(lines) and len(out) < STATUS_BLOCK_LINES:
            text = lines[k].text.strip()
            if text:
                out.append(k)
            k += 1
        return out

    blocks = [under(i) for i in starts]
    keys = [[" ".join(lines[k].text.split()) for k in b] for b in blocks]
    common = 0
    while all(len(k) > common for k in keys) and len({k[common] for k in keys}) == 1 \
            and len(keys[0][common].split()) <= STATUS_LINE_WORDS and not re.search(r"[.;!?]$", keys[0][common]):
        common += 1
    hits = list(starts)
    for b in blocks:
        hits.extend(b[:common])
    return page.drop(hits)
