"""Heading depths from the document's own table of contents.

A page that carries a contents list says how deep each section is (a wiki dump writes link
spaces as '_': '    * 1.1_Early_history'): '2.1 声明事项' is a
sub-section of '2 主要内容', a bullet ('▪ 声明事项') listed under a numbered entry is one level
below it, '3.1.  Padding ....... 5' is below '3.  Encoding'. The cleaner removes such a list as
navigation (it repeats the headings), but its depths are the surest evidence of heading levels
there is: a wiki page's headings have no numbering of their own, and their shapes are all alike.

Entries are read from the removed lines (any rule), in runs of at least MIN_ENTRIES; the body
blocks are matched to them in order, by text: a heading equals its entry or ends with it (an
encyclopedia prefixes every heading with the entry's title: '保险单声明事项' for '声明事项').

    entries = contents_entries(cleaned.removed)      # [(text, depth)] of the best run
    depths = match_outline(blocks, entries)          # block index -> depth (1 = outermost)
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Sequence

from ..clean.rules_pages import page_key, site_prefix_cut
from ..clean.vocab_en import COURT_PART_HEAD
from ..model import Removal
from .headings import DIVISION_LABEL

MIN_ENTRIES = 3        # fewer listed lines are not a contents list
MIN_MATCHED = 3        # fewer headings found in the body: the list is not this text's outline
MAX_ENTRY = 40         # characters of an entry's text
MAX_HEADING = 60       # characters of a body block that matches an entry
# the same in a Latin script, where a heading takes about twice the characters: a legislation
# print's provision titles ('Concurrent operation of State and Territory laws', 48) (unseen2)
MAX_ENTRY_LATIN = 80
MAX_HEADING_LATIN = 100
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _limits(text: str) -> tuple[int, int]:
    """(entry, heading) length limits for a text in its script."""
    return (MAX_ENTRY, MAX_HEADING) if CJK_CHAR.search(text) else (MAX_ENTRY_LATIN, MAX_HEADING_LATIN)
RUN_GAP = 2            # source lines between two entries of one list
ANCHOR = re.compile(r"\s*<[^<>\s]*>")                        # ' <https://…#2_1>', ' <>'
LEADER = re.compile(r"\s*(?:\.{2,}|(?:\.\s){2,}|…{1,}|·{2,}|\s{2,})\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$")   # '....... 12', '. . . . iii'
ENTRY = re.compile(r"^\s*(?:[*•◦+o-]\s+)?(?P<mark>\d{1,2}(?:\.\d{1,2})*\.?(?=[\s_])|[▪▫◦■□▸►·])[\s_]*(?P<text>\S.*?)\s*$")
SPACE = re.compile(r"[\s\u3000\xa0]+")
# a legislation contents list's group line: 'PART I - PRELIMINARY', 'Division 2', 'FIRST SCHEDULE - …'
GROUP_ENTRY = re.compile(r"^\s*(?:(?:part|division|chapter)\s+(?:[IVXLC]{1,6}|\d{1,3}[A-Z]?)\b"
                         r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+schedule\b).{0,100}$", re.I)


def _entry(text: str) -> tuple[str, str] | None:
    """(mark, text) of a contents line without its link and page number, else None."""
    if "<" in text:
        text = ANCHOR.sub("", text)
    text = text.rstrip()
    if text[-1:].isdigit():
        text = LEADER.sub("", text).rstrip()
    match = ENTRY.match(text)
    if not match or len(match["text"]) > _limits(match["text"])[0] or not any(ch.isalpha() for ch in match["text"]):
        return None
    return match["mark"], match["text"].replace("_", " ")   # html2text: '1.1_Early_history'



# (r26contents) the contents rules whose removed lines may hold a group line ('Chapter 1  Name .... 2')
GROUP_RULES = frozenset({"contents-box", "echoed-contents"})
# (r26contents) the rules that take a PDF page's furniture: a contents list runs on over them
PAGE_BREAK_RULES = frozenset({"running-head", "mirrored-head", "dated-print-head", "glued-page-number",
                              "bracketed-page-number", "stray-page-number", "lettered-page-number",
                              "roman-page-number", "scan-page-numbers", "blank-run"})


BLANK_GAP = 4          # blank lines between two groups of one list (an arrangement spaced by two)


def _page_break(removed_at: dict[int, str], a: int, b: int, blank: frozenset) -> bool:
    """(r26contents) Only a PDF page break or a few blank lines stand between source lines a and b:
    every line between is blank or page furniture (a running head, a page number), and one at
    least is furniture or there are no more than BLANK_GAP blank lines (an arrangement's groups
    set apart by two blank lines)."""
    between = range(a + 1, b)
    if not all(k in blank or removed_at.get(k) in PAGE_BREAK_RULES for k in between):
        return False
    return b - a - 1 <= BLANK_GAP or any(removed_at.get(k) in PAGE_BREAK_RULES - {"blank-run"} for k in between)


PAGED_UNMARKED = re.compile(r"^(?P<text>(?:[A-Z]|[\u4e00-\u9fff])[^\d.…·]{1,78}?)\s*(?:\.{2,}|(?:\.\s){2,}|…+|·{2,}|\s{2,})\s*"
                            r"(?:\d{1,4}|[ivxlc]{1,6}|[\u2160-\u217f]{1,4})\s*$")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _unmarked(text: str, indent: int) -> str:
    """(r26contents) An unnumbered entry with its page number (`Index of sources ...... 9`,
    `Appendix: Members   12`) set as far in as the list's outermost numbered entries: one of them
    (back matter, a foreword); its text, else ''."""
    match = PAGED_UNMARKED.match(text.strip())
    return match["text"].strip() if match and _indent(text) == indent else ""


UNIT_GROUP = re.compile(r"^\s*(?:section|part|chapter|unit|module|book|title|annex|appendix)\s+(?P<n>\d{1,3})\b(?!\.\d)", re.I)


def _numbered_group(removal: Removal, after: Sequence[Removal]) -> bool:
    """(r26contents) `SECTION 2 - FOUNDATIONS ..... 4` over `2.1 Ground conditions ..... 4`: a unit's
    line whose number opens the next entry's dotted number is a group line over its entries."""
    m = UNIT_GROUP.match(removal.text)
    if not m or not after or after[0].line - removal.line > RUN_GAP:
        return False
    nxt = _entry(after[0].text)
    return bool(nxt and nxt[0].startswith(m["n"] + "."))


def _runs(removed: Sequence[Removal], blank: frozenset = frozenset()) -> list[list[tuple[str, int]]]:
    """Runs of contents entries as (text, depth): a dotted number's depth is its parts; a bullet
    is one below the numbered entry above it (a bullet with none above starts no list). A group
    line (`PART II - …`, `Chapter 3  Name ..... 9`) is one level above the numbered entries under
    it, whatever their own depth (`3.1` under `Chapter 3` is depth 2). A run goes on over a PDF
    page break (`_page_break`; `blank`: the kept blank lines' numbers)."""
    runs: list[list[tuple[str, int]]] = []
    last_line, numbered, grouped, base, last_depth = -RUN_GAP - 1, 0, 0, 0, 0
    top_depth, top_indent = 99, -1
    pending: list[tuple[str, int, int]] = []
    removed_at = {r.line: r.rule for r in removed}
    ordered = sorted(removed, key=lambda r: r.line)
    for n, removal in enumerate(ordered):
        group = GROUP_ENTRY.match(removal.text) or _numbered_group(removal, ordered[n + 1:n + 2]) \
            if removal.rule in GROUP_RULES else None
        found = ("", LEADER.sub("", removal.text).strip()) if group else _entry(removal.text)
        if not found and numbered and removal.rule in GROUP_RULES and runs and runs[-1] \
                and removal.line - last_line <= RUN_GAP and (plain := _unmarked(removal.text, top_indent)):
            runs[-1].append((plain, top_depth))   # 'Index of sources ...... 9' among '1. Scope ..... 1' (r26contents)
            last_line = removal.line
            continue
        if not found and not numbered and not grouped and removal.rule in GROUP_RULES \
                and (plain := _unmarked(removal.text, _indent(removal.text))):
            if removal.line - last_line > RUN_GAP or not runs:
                runs.append([])
                pending = []
            pending.append((plain, _indent(removal.text), len(runs[-1])))   # '前言 ……Ⅱ' over '1　范围 ……1': held
            last_line = removal.line
            continue
        if not found:
            continue
        mark, text = found
        if removal.line - last_line > RUN_GAP and not _page_break(removed_at, last_line, removal.line, blank):
            runs.append([])
            numbered, grouped, base = 0, 0, 0
            top_depth, top_indent = 99, -1
            pending = []
        if group:
            grouped, numbered, base = 1, 0, 0   # 'PART II - THE SPECIAL PROSECUTOR': the provisions under it
            runs[-1].append((text, 1))   # are one level below (unseen5, xv1)
            last_line = removal.line
            continue
        if mark[0].isdigit():
            numbered = len(mark.rstrip(".").split("."))
            if grouped:
                base = base or numbered   # the first entry under the group line sets its depth
                depth = grouped + 1 + max(0, numbered - base)
            else:
                depth = numbered
            last_depth = depth
            if depth <= top_depth:
                top_depth, top_indent = depth, _indent(removal.text)
                # the unnumbered entries held above the first numbered one, set as far in: outermost too
                for plain, indent, at in reversed(pending):
                    if indent == top_indent:
                        runs[-1].insert(at, (plain, top_depth))
                pending = []
        elif numbered:
            depth = last_depth + 1
        else:
            continue
        runs[-1].append((text, depth))
        last_line = removal.line
    return [run for run in runs if len(run) >= MIN_ENTRIES]


# (r26contents) an English contents list's group line with its number spelled or roman ('Part One:
# Joining the Scheme', 'BOOK II', 'Chapter IV - Storms')
WORDED_GROUP = re.compile(r"^\s*(?:part|chapter|book|volume)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"[IVXLC]{1,6}|\d{1,3})\b", re.I)
# a division's label alone over its name on the next line ('Part-1' / 'Preliminary'): the headings' shapes read that form
LABEL_ONLY = re.compile(r"^\s*(?:part|chapter|schedule|article|section|book|title|annex|appendix|division)\s*[-–—.]?\s*"
                        r"(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\s*[.:]?\s*$", re.I)
PLAIN_LABEL = re.compile(r"^\s*(?:table\s+of\s+)?contents?|page|pages|chapter|section|sections$", re.I)
PLAIN_PAGE = re.compile(r"\s*(?:\.{2,}|(?:\.\s){2,}|…+|·{2,}|\s{2,}|\t)\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$")


def _plain_runs(removed: Sequence[Removal], blank: frozenset) -> list[list[tuple[str, int]]]:
    """(r26contents) An English contents list with no numbers (`contents-box`, `echoed-contents`):
    entries set as far in as one another are one level (depth 1), those under a worded group line
    (`Part One: Joining the Scheme` / `Who may apply`) one below it; a line opening in lower case
    is the entry above wrapped (`What the pilot set out to do and …` / `for the first year   3`).
    A list with numbered entries, a CJK one, or entries set at several depths without group lines
    says nothing here (`_runs` reads the numbered ones; the headings' own shapes the rest)."""
    runs: list[list[tuple[str, int, int]]] = []
    last_line = -RUN_GAP - 1
    removed_at = {r.line: r.rule for r in removed}
    for removal in sorted(removed, key=lambda r: r.line):
        if removal.rule not in GROUP_RULES or not removal.text.strip() or PLAIN_LABEL.fullmatch(removal.text.strip()):
            continue
        text = PLAIN_PAGE.sub("", removal.text).rstrip()
        if removal.line - last_line > RUN_GAP and not _page_break(removed_at, last_line, removal.line, blank):
            runs.append([])
        last_line = removal.line
        words = text.strip()
        if runs[-1] and words[:1].islower():
            prev, depth, indent = runs[-1][-1]
            runs[-1][-1] = (prev + " " + words, depth, indent)   # a wrapped entry's rest
            continue
        runs[-1].append((words, 0, _indent(text)))
    out = []
    for run in runs:
        texts = [t for t, _, _ in run]
        if len(run) < MIN_ENTRIES or any(CJK_CHAR.search(t) or ENTRY.match(t) or GROUP_ENTRY.match(t) or LABEL_ONLY.match(t)
                                         for t in texts) \
                or any(not any(ch.isalpha() for ch in t) or len(t) > MAX_ENTRY_LATIN for t in texts):
            continue
        grouped = any(WORDED_GROUP.match(t) for t in texts)
        if not grouped and len({indent for _, _, indent in run}) > 1:
            continue
        depth, entries = 1, []
        for t, _, _ in run:
            if WORDED_GROUP.match(t):
                entries.append((t, 1))
                depth = 2
            else:
                entries.append((t, depth))
        out.append(entries)
    return out


def contents_entries(removed: Sequence[Removal], blank: frozenset = frozenset()) -> list[list[tuple[str, int]]]:
    """Every contents list among the removed lines, each a list of (text, depth); `blank`: the
    numbers of the kept blank lines (a list runs on over a page break)."""
    return _runs(removed, blank) + _plain_runs(removed, blank)


def is_listed(runs: list[list[tuple[str, int]]], exact: bool = False, extra: Sequence[str] = ()):
    """A test for lines that end with one of the listed entries' text (a heading line, kept apart
    from its neighbours when lines are joined into blocks). `exact`: the whole line must be the
    entry (words: a wrapped English line may well end with a listed word such as 'Head').
    `extra`: whole lines to keep apart too (the page title a printed page's running head names)."""
    keys = {_key(text) for run in runs for text, _ in run}
    whole = {_key(t) for t in extra if t.strip()} | (keys if exact else set())   # the line is the entry
    cut = [t for t in extra if TRUNCATED.search(t.strip())]
    if not keys and not whole:
        return lambda text: False
    if exact or not keys:
        return lambda text: _key(text) in whole or any(completes_truncated(text, t) for t in cut) \
            or exact and _numbered_entry(text, keys)
    return lambda text: _key(text) in whole or len(text) <= _limits(text)[1] and any(_key(text).endswith(k) for k in keys)


def _numbered_entry(text: str, keys: set[str]) -> bool:
    """(round13en) A numbered line whose words after the number are a listed entry's, whole: the
    section head `2. Application` that the contents list names `2. Application` (the entry's key
    holds its words only). Its own line, apart from the text run on under it without a blank line."""
    match = ENTRY.match(text)
    return bool(match and match["mark"][:1].isdigit() and _key(match["text"]) in keys)


# a browser shortens a long page title in its print header and marks the cut (`…Limited by Sh…`)
TRUNCATED = re.compile(r"(?:…|\.\.\.)$")
TRUNCATED_STEM_MIN = 16   # characters (no spaces) the shortened title must keep to name a line
TRUNCATED_TAIL_MAX = 40   # characters the page's own title may run on past the cut


def completes_truncated(text: str, printed: str) -> bool:
    """`text` is the whole page title whose shortened form the print header shows: it starts
    with the header's text up to the `…` and runs on by at most a few words (unseen11: a headline
    wrapped over three lines under a head cut inside its last word)."""
    if not TRUNCATED.search(printed.strip()):
        return False
    stem = _key(TRUNCATED.sub("", printed.strip())).casefold()
    key = _key(text).casefold()
    return len(stem) >= TRUNCATED_STEM_MIN and key.startswith(stem) and len(key) - len(stem) <= TRUNCATED_TAIL_MAX


# a browser's print header: the page's <title>, 'Aardvark - Wikipedia', 'Report | Site', or the title alone
TITLE_SITE = re.compile(r"^(?P<title>\S.{0,80}?\S)\s+[-–—|·]\s+(?P<site>[^-–—|·]{2,60})$")
URLISH = re.compile(r"^\S*(?:://|www\.)\S*$")
# a Chinese portal's page title `标题_栏目_站名`: one token (no spaces), parts joined by underscores
TITLE_SITE_UNDERSCORED = re.compile(r"^(?P<title>[^_\s][^_]{0,80}?)(?:_[^_]{1,20}){0,3}_(?P<site>[^_]{2,40})$")
# the print date a browser puts before the title when both share a line (`11/29/26, 11:11 AM Title`)
PRINT_DATE = re.compile(r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s+(?=\S)", re.I)
HAN_PAIR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2}")


def _worded(text: str) -> bool:
    """Mostly letters: a title, not a date, a time, a page counter or an address."""
    chars = [ch for ch in text if not ch.isspace()]
    return (len(text.split()) >= 2 or bool(HAN_PAIR.search(text))) and not URLISH.match(text) \
        and sum(ch.isalpha() for ch in chars) * 2 > len(chars)


SITE_FIRST_WORDS = 4   # words of a site's name set before the page's headline


def _site_first(first: str, second: str) -> bool:
    """(r31entitle) A page title that puts the site's name FIRST (`Example Project - Northwest Ordinance;
    July 13, 1787`, `Law Library - Act No. 12 of 1990, Interpretation`): the part after the dash holds a
    number or a date and two words or more, what a document's name has and a site's name has not,
    while the part before it is a short name with no digit. `Budget 2024 - Treasury` (the headline
    first) stays."""
    words = re.findall(r"[A-Za-z]{2,}", second)
    return bool(re.search(r"\d", second)) and len(words) >= 2 and not re.search(r"\d", first) \
        and len(first.split()) <= SITE_FIRST_WORDS


def running_title(removed: Sequence[Removal]) -> str:
    """The page title a printed web page's running head carries ('Aardvark - Wikipedia' ->
    'Aardvark'; a head without a site name is the title itself), when that head was removed on
    several pages; '' otherwise. The worded head seen most often wins."""
    heads: dict[str, int] = {}
    order: list[str] = []
    for removal in removed:
        text = removal.text.strip()
        cells = re.split(r"\s{3,}", text)   # a head kept in its layout: `date      Title_Site` on one line
        text = PRINT_DATE.sub("", max(cells, key=lambda c: sum(ch.isalpha() for ch in c)))
        text = FOLIO.sub("", text)
        if removal.rule == "running-head" and _worded(text) and not COURT_PART_HEAD.match(text):
            match = TITLE_SITE.match(text) or (TITLE_SITE_UNDERSCORED.match(text) if HAN_PAIR.search(text) else None)
            if match and DIVISION_LABEL.match(match["title"]):
                match = None   # 'Part 1 - Preliminary': a division's label and its name, one title, no site's name
            title = match["title"] if match else text
            if match and _site_first(match["title"], match["site"]):
                title = match["site"]   # (r31entitle) 'Example Project - Northwest Ordinance; July 13, 1787': the site first
            parts = BAR_PARTS.split(title)
            if len(parts) >= 2 and len(parts[0]) >= BAR_PART_MIN:
                title = parts[0]   # (r26) 'Page | Section | Site': the page's part names the page
            title = site_prefix_cut(title, match["site"]) if match else title
            heads[title] = heads.get(title, 0) + 1
            if page_key(title):
                order.append(title)   # (r45) the heads in their order; a page's number (`Page 3`) is none
    best = max(heads, key=heads.get, default="")
    if _names_parts(order, heads[best] if best else 0):
        return ""
    # a print of one or two pages: its counters (`1/2`, `2/2`, removed with the heads) say how
    # many heads there can be; the head on every page is enough (unseen9)
    counted = [int(m[2]) for r in removed if r.rule == "running-head" and (m := COUNTER_OF.search(r.text.strip()))]
    need = min(MIN_ENTRIES, max(counted)) if counted else MIN_ENTRIES
    return best if heads.get(best, 0) >= need else ""


PART_HEADS_SHARE = 0.8   # of the heads: below it, the commonest head is one part's among others


def _names_parts(order: list[str], best: int) -> bool:
    """(r45, issue 11) Running heads that name the part each page is in (`1 Review of the Year` over
    part 1's pages, then `2 Finance` over part 2's): two heads or more, each on a run of pages of its
    own that never comes back once the next began, two on two pages or more, none on PART_HEADS_SHARE
    of the pages. They name parts, not the text: the commonest is the longest part's name, no title.
    (A title over every page with the body's name at the foot alternates, head, foot, head …; a first
    page's own head over the title's on the rest stands once.)"""
    distinct = list(dict.fromkeys(order))
    if sum(order.count(head) >= 2 for head in distinct) < 2 or best >= PART_HEADS_SHARE * len(order):
        return False
    runs = [a for a, b in zip(order, order[1:] + [None]) if a != b]
    return len(runs) == len(distinct)


# (r26) a <title> of parts set apart by bars, the page's first ('922 KAR 1:500. Educational and training
# vouchers | Kentucky Administrative Regulations | LII / Legal Information Institute'), too long for TITLE_SITE
BAR_PARTS = re.compile(r"\s+\|\s+")
BAR_PART_MIN = 12   # characters of the page's part: a name, not one word of a menu


COUNTER_OF = re.compile(r"(?:^|\s)(\d{1,3})\s*/\s*(\d{1,3})$")
# (r26pdfen) a report's running foot or head puts its page number before or after the document's
# name with a bar between ('3 | Annual Report 2023', 'Annual Report 2023 | 3'): the name is the
# page title, the number no part of it (each page's number made each head a title of its own)
FOLIO = re.compile(r"^\d{1,4}\s*[|·•]\s*(?=\S)|(?<=\S)\s*[|·•]\s*\d{1,4}$")   # a print's page counter `2/3`, alone or after the address


def _key(text: str) -> str:
    """The text without spaces, NFKC: the lines the cleaner removed (a contents list, a print header)
    keep the page's half-width brackets, the body's were set full width (r39)."""
    return unicodedata.normalize("NFKC", SPACE.sub("", text))


END_MARKS = re.compile(r"[?.!:;,。？！：；，]+$")
SEPARATOR = re.compile(r"[:：\-–—]+")   # a label's separator, written either way ('Part One: …', 'PART ONE - …')


BOLD_WRAP = re.compile(r"^(\*\*|__)(?P<words>.+)\1$")   # (r30bold) a Markdown line wholly in bold


def _loose(text: str) -> str:
    """(r26contents) An entry and its heading compared without case and spaces, and without the
    marks that end either: a list's entry may differ from its heading so (`Who may apply` for
    `Who May Apply?`). A mark inside stays (`CHAPTER I. The Period` is not `CHAPTER I  The Period`,
    a book's list whose Book lines it does not read). (r30bold) A heading set wholly in Markdown
    bold (`**2   Interpretation**`) is its words: the list names it without the marks."""
    key = _key(text)
    key = bold["words"] if (bold := BOLD_WRAP.match(key)) else key
    return END_MARKS.sub("", SEPARATOR.sub("-", key.casefold()))


def _match_run(texts: list[str], run: list[tuple[str, int]]) -> dict[int, int]:
    found: dict[int, int] = {}
    start = 0
    for text, depth in run:
        key = _loose(text)
        if not key:
            continue
        for i in range(start, len(texts)):
            block = texts[i]
            if len(block) <= _limits(block)[1] and block.endswith(key) and (block == key or len(block) - len(key) <= _limits(block)[0]):
                found[i] = depth
                start = i + 1
                break
    return found


PAGE_NAME_SPLIT = re.compile(r"\s+[-–—|:]\s+")   # the page's name before the site's in a print header


def printed_chapter(texts: list[str], runs: list[list[tuple[str, int]]], printed_title: str) -> dict[int, int]:
    """(r41) A CHAPTER PAGE OF A PUBLICATION PRINTED FROM THE WEB: the site sets the publication's list
    of chapters over the page (removed as a contents box) and the page's own chapter head under it, and
    the browser's print header names the page by that chapter (`Principles and actions - Strategy -
    Office`). Too few entries name a body line for the list to be the text's outline (MIN_MATCHED); but
    the entry the print header names, found again as a one-line block (its number may stand before it:
    `09 Principles and actions`), is the chapter's head: {block index: 1}, or {} when there is none or
    more than one such block."""
    if not printed_title or not runs:
        return {}
    name = _loose(PAGE_NAME_SPLIT.split(printed_title.strip())[0])
    if len(name) < PAGE_NAME_MIN or not any(_loose(text) == name for run in runs for text, _ in run):
        return {}
    keys = [_loose(t) for t in texts]
    found = [i for i, key in enumerate(keys)
             if "\n" not in texts[i] and (key == name or key.endswith(name) and LISTED_NUMBER.fullmatch(key[:-len(name)]))]
    return {found[0]: 1} if len(found) == 1 else {}


PAGE_NAME_MIN = 6   # characters of the chapter's name: a word, not a letter or a number
LISTED_NUMBER = re.compile(r"(?:chapter)?\d{1,3}[.)]?")   # the chapter's number before its name, spaces gone


def match_outline(texts: list[str], runs: list[list[tuple[str, int]]]) -> dict[int, int]:
    """Block index -> depth (1 = outermost listed) for the blocks the best contents list names,
    in order; {} when no list names MIN_MATCHED of them. `texts` are the body blocks' texts."""
    if not runs:
        return {}
    keys = [_loose(t) for t in texts]
    best: dict[int, int] = {}
    best_run: list[tuple[str, int]] = []
    for run in runs:
        found = _match_run(keys, run)
        if len(found) > len(best):
            best, best_run = found, run
    if len(best) < MIN_MATCHED:
        return {}
    if best_run and min(best.values()) > min(d for _, d in best_run):
        return {}   # (r26contents) the list's outer entries are named nowhere: its depths would lift the inner ones
    top = min(best.values())
    return {i: depth - top + 1 for i, depth in best.items()}


PRINTED_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


def printed_address(removed: Sequence[Removal]) -> str:
    """(r26webpages) The page's address a browser printed at the foot of each page (removed as a
    running head), the one seen most often; '' when the text is no such print."""
    seen = Counter(r.text.strip() for r in removed if r.rule == "running-head" and PRINTED_URL.match(r.text))
    return seen.most_common(1)[0][0] if seen else ""


SLUG_EXT = re.compile(r"\.(?:aspx?|html?|php|jsp|cfm)$", re.I)
SLUG_SPLIT = re.compile(r"[-_+.\s]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
WORD_SPLIT = re.compile(r"[^\w]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def slug_words(address: str) -> list[str]:
    """The words of the address's last path segment ('…/minimum-wage-rates-2025' -> minimum, wage,
    rates, 2025; '…/HB1042' -> hb, 1042); its query and extension left out. [] for none."""
    path = re.sub(r"^[a-z]+://[^/]*", "", address.strip(), flags=re.I).split("?")[0].split("#")[0].rstrip("/")
    segments = [SLUG_EXT.sub("", p) for p in path.split("/") if p]
    words = [w.casefold() for w in SLUG_SPLIT.split(segments[-1]) if w] if segments else []
    if len(words) < SLUG_WORDS_MIN and len(segments) >= 2:   # '…/r-40/instructions': the page's name is the last two
        words = [w.casefold() for w in SLUG_SPLIT.split(segments[-2]) if w] + words
    return words


SLUG_WORDS_MIN = 2


def _same_word(slug: str, word: str) -> bool:
    if slug.isdigit() and word.isdigit():
        return int(slug) == int(word)
    return slug == word or len(slug) >= 4 and len(word) >= 4 and (slug[:max(4, len(slug) - 2)] == word[:max(4, len(slug) - 2)])


def slug_match(words: list[str], text: str) -> int:
    """How many of the slug's words the line holds: a word as written (a plural, a number with its
    leading zeros), or an abbreviation whose letters open consecutive words of the line ('faq' ->
    'Frequently asked questions', 'hb' -> 'House Bill')."""
    tokens = [t.casefold() for t in WORD_SPLIT.split(text) if t]
    n = 0
    for w in words:
        if any(_same_word(w, t) for t in tokens):
            n += 1
        elif w.isalpha() and 2 <= len(w) <= 5 and any("".join(t[0] for t in tokens[k:k + len(w)]) == w
                                                        for k in range(len(tokens) - len(w) + 1)):
            n += 1
    return n
