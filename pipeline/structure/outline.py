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
from collections import Counter
from typing import Sequence

from ..clean.rules_pages import site_prefix_cut
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
LEADER = re.compile(r"\s*(?:\.{2,}|…{1,}|·{2,}|\s{2,})\s*\d{1,4}\s*$")   # '....... 12'
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



def _runs(removed: Sequence[Removal]) -> list[list[tuple[str, int]]]:
    """Runs of contents entries as (text, depth): a dotted number's depth is its parts; a bullet
    is one below the numbered entry above it (a bullet with none above starts no list)."""
    runs: list[list[tuple[str, int]]] = []
    last_line, numbered, grouped = -RUN_GAP - 1, 0, 0
    for removal in sorted(removed, key=lambda r: r.line):
        group = GROUP_ENTRY.match(removal.text) if removal.rule == "contents-box" else None
        found = ("", removal.text.strip()) if group else _entry(removal.text)
        if not found:
            continue
        mark, text = found
        if removal.line - last_line > RUN_GAP:
            runs.append([])
            numbered, grouped = 0, 0
        if group:
            grouped, numbered = 1, 0   # 'PART II - THE SPECIAL PROSECUTOR': the provisions under it
            runs[-1].append((text, 1))   # are one level below (unseen5, xv1)
            last_line = removal.line
            continue
        if mark[0].isdigit():
            numbered = len(mark.rstrip(".").split("."))
            depth = numbered + grouped
        elif numbered:
            depth = numbered + 1
        else:
            continue
        runs[-1].append((text, depth))
        last_line = removal.line
    return [run for run in runs if len(run) >= MIN_ENTRIES]


def contents_entries(removed: Sequence[Removal]) -> list[list[tuple[str, int]]]:
    """Every contents list among the removed lines, each a list of (text, depth)."""
    return _runs(removed)


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


def running_title(removed: Sequence[Removal]) -> str:
    """The page title a printed web page's running head carries ('Aardvark - Wikipedia' ->
    'Aardvark'; a head without a site name is the title itself), when that head was removed on
    several pages; '' otherwise. The worded head seen most often wins."""
    heads: dict[str, int] = {}
    for removal in removed:
        text = removal.text.strip()
        cells = re.split(r"\s{3,}", text)   # a head kept in its layout: `date      Title_Site` on one line
        text = PRINT_DATE.sub("", max(cells, key=lambda c: sum(ch.isalpha() for ch in c)))
        if removal.rule == "running-head" and _worded(text) and not COURT_PART_HEAD.match(text):
            match = TITLE_SITE.match(text) or (TITLE_SITE_UNDERSCORED.match(text) if HAN_PAIR.search(text) else None)
            if match and DIVISION_LABEL.match(match["title"]):
                match = None   # 'Part 1 - Preliminary': a division's label and its name, one title, no site's name
            title = match["title"] if match else text
            title = site_prefix_cut(title, match["site"]) if match else title
            heads[title] = heads.get(title, 0) + 1
    best = max(heads, key=heads.get, default="")
    # a print of one or two pages: its counters (`1/2`, `2/2`, removed with the heads) say how
    # many heads there can be; the head on every page is enough (unseen9)
    counted = [int(m[2]) for r in removed if r.rule == "running-head" and (m := COUNTER_OF.search(r.text.strip()))]
    need = min(MIN_ENTRIES, max(counted)) if counted else MIN_ENTRIES
    return best if heads.get(best, 0) >= need else ""


COUNTER_OF = re.compile(r"(?:^|\s)(\d{1,3})\s*/\s*(\d{1,3})$")   # a print's page counter `2/3`, alone or after the address


def _key(text: str) -> str:
    return SPACE.sub("", text)


def _match_run(texts: list[str], run: list[tuple[str, int]]) -> dict[int, int]:
    found: dict[int, int] = {}
    start = 0
    for text, depth in run:
        key = _key(text)
        for i in range(start, len(texts)):
            block = texts[i]
            if len(block) <= _limits(block)[1] and block.endswith(key) and (block == key or len(block) - len(key) <= _limits(block)[0]):
                found[i] = depth
                start = i + 1
                break
    return found


def match_outline(texts: list[str], runs: list[list[tuple[str, int]]]) -> dict[int, int]:
    """Block index -> depth (1 = outermost listed) for the blocks the best contents list names,
    in order; {} when no list names MIN_MATCHED of them. `texts` are the body blocks' texts."""
    if not runs:
        return {}
    keys = [_key(t) for t in texts]
    best: dict[int, int] = {}
    for run in runs:
        found = _match_run(keys, run)
        if len(found) > len(best):
            best = found
    if len(best) < MIN_MATCHED:
        return {}
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
