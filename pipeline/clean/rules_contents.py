"""(issue 11, contents) A contents list in any form: a run of short lines near the top whose
entries stand again later, in the same order, as lines of their own (the headings they list).

Earlier rounds recognised one form of contents list at a time (a flattened box, page numbers,
numbered entries, a restarting numbering, a `目录` label …). This rule recognises the phenomenon
itself and is indifferent to the form: an entry and the heading it names are compared after
normalising away what a contents list adds or drops — page numbers (`12`, `…… 12`, `.... 12`,
`第12页`, `p. 12`), dot leaders and tabs, the numbering (`1.`, `1.1`, `Chapter 1`, `第一章`,
`一、`, `（一）`, `IV.`: one side may have it, the other not, or write it otherwise), case,
full/half width, spacing and punctuation (`_key`).

A run counts when ECHO_MIN or more of its entries, and ECHO_SHARE of the entries from its first
echoed entry to its last, stand again after the run, in order (each after the one before), and
not inside the run itself. The run is a block of short lines (blank lines between them only) that
starts in the top part of the text; where the block runs on into the headings it lists (`Chapter I`
/ `General Provisions` right after the list), the list ends where the most entries are echoed
after it (`_best_split`). What goes: from the run's label (`目录`, `目 次`, `Contents`, `Table of
Contents`) or, without one, its first echoed entry, to its last echoed entry; an entry between two
echoed ones (a section the excerpt cut off), a wrapped entry's rest, a page number on a line of
its own go too. After the last echoed entry, only entries with page numbers go, when the echoed
entries carry them too. The first line of the text stays (it is the title when nothing else is).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .page import Line, Page, indent
from .vocab_en import ARRANGEMENT_LABEL_EN, CONTENTS_LABEL_EN, NUMBER_COLUMN_EN, PAGE_COLUMN_EN, SPELLED_NUMBER as SPELLED, UNIT_EN

# -- what a contents list adds to an entry, or an entry's numbering ------------------------------
LEADER = re.compile(r"(?:\s*(?:\.\s?){2,}|\s*[…⋯·•_]{2,}|\s*-{3,})")
PAGE_TAIL = re.compile(r"(?:(?:第\s*\d{1,4}\s*页|\d{1,4}\s*页|[Pp]{1,2}\.?\s*\d{1,4}|\(\s*\d{1,4}\s*\)|"
                       r"[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}(?:\s*[-–]\s*\d{1,4})?))\s*$")
ROMAN_PAGE = re.compile(r"(?:\t|\s{2,}|(?:\.\s?){2,}|[…⋯·]{2,})\s*[ivxlc]{1,6}\s*$")
TAIL = 40               # characters at a line's end searched for its page number
LEADER_MARK = re.compile(r"[.…⋯·•_-]{2}|\. \.")
LINE_PAGE = re.compile(r"^\s*(?:\d{1,4}|[ivxlcIVXLC]{1,6}|第\s*\d{1,4}\s*页|[Pp]{1,2}\.?\s*\d{1,4})\s*$")
ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
CN_NUM = "一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾"
NUMBERING = re.compile(
    rf"^\s*(?:[#>*+•▪◦·\-–—]+\s*)?(?:"
    rf"(?:{UNIT_EN})\s*(?:\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN}|[A-Z]|{SPELLED})\b\.?"
    rf"|第\s*[{CN_NUM}\d]{{1,5}}\s*[章节節编編部分篇条條卷款项項讲講课課回幕场場]"
    rf"|[（(]\s*[{CN_NUM}\d]{{1,3}}\s*[)）]"
    rf"|[{CN_NUM}]{{1,3}}\s*[、.．]"
    rf"|\d{{1,3}}(?:[.．]\d{{1,3}})*(?![\d年月日%])\s*[.．、)）]?"
    rf"|{ROMAN}(?:[.)]|\s*[:：—–-]|\s+(?=\S))"
    rf"|(?-i:[A-Z])[.)]\s(?!(?-i:[A-Z])\.)"
    rf"|[①-⑳]"
    rf")\s*[:：.．—–\-]?\s*", re.I)
NON_WORD = re.compile(r"[\W_]+")
NOTE_DIGITS = re.compile(r"(?<=[A-Za-z])\d{1,2}\b")
CLOSED_ROMAN = re.compile(rf"^\s*(?:{ROMAN})\s*$")

# -- the list's label ---------------------------------------------------------------------------
# (r45) the label may be set in Markdown emphasis, its colon inside or outside: '**Table of Contents:**'
LABEL = re.compile(rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*|__|\*|_)?[\[【(（]?\s*(?:{CONTENTS_LABEL_EN}|{ARRANGEMENT_LABEL_EN}|"
                   r"[^\s。，；：！？,;:!?]{0,20}目[\s\u3000?？\ufffd]*[录錄次]|目\s*录\s*[/／]\s*contents)"
                   r"\s*[\]】)）]?\s*[:：.]?(?:\*\*|__|\*|_)?\s*[:：.]?\s*$", re.I)
COLUMN_HEAD = re.compile(rf"^\s*(?:{PAGE_COLUMN_EN}|{NUMBER_COLUMN_EN}|页码|页次|頁碼|页|頁)\s*$", re.I)

LONG_LINE = 240         # characters: a line this long is text, leaders or not
ENTRY_CHARS = 100       # characters of an entry (its page number and leaders aside): a name, not prose
ENTRY_WORDS = 16        # words of a Latin entry
ENTRY_CJK = 40          # characters of a CJK entry
KEY_MIN = 2             # letters of a key: a shorter one ('A', '一') names nothing
ECHO_MIN = 3            # entries that stand again
ECHO_SHARE = 0.6        # … of the entries from the first echoed to the last
TOP_SHARE = 0.5         # the list starts in the first half of the text's lines …
TOP_LINES = 200         # … or among its first TOP_LINES lines with text
BLOCK_MAX = 400         # entries of one block read for the list (a text of short lines is no list)
SPREAD = 1.25          # the headings spread over this many times the lines of the list
GAP_SHARE = 0.5         # … with text between most of them
RARE_MAX = 2            # times a heading's line stands after its list
PROSE_ABOVE = 8         # lines of text above the list: more, and the text began before it
TEXT_AFTER = 2          # lines after the last heading an excerpt's list names, searched for text
HEAD_SHARE = 0.6        # lines the entries name that are headings (text under them)
RESTART_MIN = 8         # entries of a list only two of which an excerpt's body takes up again
ENTRY_PLAIN_WORDS = 12  # words of a Latin entry without a page number, in mixed case
JOIN_MAX = 3            # lines one entry may wrap onto
GROUP_OVER = 2          # items between a group line and the first entry under it (its summary)
BRIDGE_WORDS = 16       # words of an entry's wrapped summary line a list runs on over
CAPS_ENTRY_CHARS = 200  # characters of an entry set in capitals (a chapter's argument)
CAPS_ENTRY_LETTERS = 20  # letters of such an entry: a long one (a short line is an entry as any is)


# (r26contents) the rules before this one that take a contents list, or the first part of one
CONTENTS_RULES = frozenset({"book-lists", "contents-box", "contents-line", "flattened-contents", "flattened-arrangement",
                            "provision-list", "code-section-list", "unpaged-contents", "labelled-outline",
                            "numbered-contents", "restarting-contents"})


LINK_TARGET = re.compile(r"(?<=\])\([^()\s]*\)|<[^<>\s]*>")   # '[Scope](#scope)', ' <https://…#2_1>'
# (r45, issue 11) a Markdown link's brackets: '- [3.1. Scope](#31-scope)' names the heading '3.1. Scope'
LINK_TEXT = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def _plain(text: str) -> str:
    """The line as a reader sees it: NFKC, a Markdown link read as its text (its numbering then
    opens the entry, `_key` strips it), a bracketed address dropped."""
    text = unicodedata.normalize("NFKC", text)
    if "](" in text or "<" in text:
        text = LINK_TARGET.sub("", LINK_TEXT.sub(r"\1", text))
    return text.strip()


@lru_cache(maxsize=16384)
def _strip_page(text: str) -> tuple[str, bool]:
    """The entry without its page number and leaders, and whether it had a page number."""
    had = False
    text = text.replace("\t", "  ")
    cut = max(0, len(text) - TAIL)   # a page number stands at the end: read the end only
    m = ROMAN_PAGE.search(text, cut)
    if m:
        text, had = text[:m.start()], True
    else:
        m = PAGE_TAIL.search(text, cut)
        # a number only counts as a page number after a gap, a leader, or when the entry has words
        if m and m.start() > 0 and (re.search(r"\s$|[.…⋯·_\-]$", text[:m.start()]) or "页" in m.group()):
            before = text[:m.start()]
            # 'Chapter 12', '第12' and '1.2' are numbering, not a page number
            if not re.search(rf"(?:{UNIT_EN})\s*$|第\s*$|\d[.．]\s*$", before[-20:], re.I) or LEADER.search(before):
                text, had = before, True
    stripped = LEADER.sub(" ", text) if LEADER_MARK.search(text) else text
    return stripped.strip(), had


@lru_cache(maxsize=16384)
def _key(text: str, paged: bool = True) -> str:
    """The words an entry and its heading share: NFKC, no page number (an entry's: `paged`) or
    leaders, no numbering, case folded, letters and the digits inside the words only (a note
    number glued to a word, `Legislative2`, dropped; marks and spaces dropped)."""
    text = _plain(text)
    text = _strip_page(text)[0] if paged else LEADER.sub(" ", text).strip()
    for _ in range(2):   # 'Part II Chapter 3 …', '第一编 第一章 …'
        new = NUMBERING.sub("", text, count=1)
        if new == text:
            break
        text = new
    text = NOTE_DIGITS.sub("", text)
    return NON_WORD.sub("", text.casefold())


def _heading_like(text: str) -> bool:
    """An entry names a section: it does not open in lower case (a wrapped sentence's rest) nor end
    on a clause's mark (`…手册；`, `…the statutory`, `CEA:`)."""
    t = _strip_page(_plain(text))[0]
    t = NUMBERING.sub("", t, count=1).strip() or t
    letter = next((ch for ch in t if ch.isalpha()), "")
    return bool(t) and not letter.islower() and t[-1] not in ",;:，；：、—-" and not (t[-1] == "。")


def _prose(text: str) -> bool:
    """A line of text (not a heading): eight words or more (of two letters or more: initials
    are no words), or twenty CJK characters, or a sentence's end after thirty characters."""
    t = _plain(text)
    cjk = sum(1 for ch in t if "\u3400" <= ch <= "\u9fff")
    words = sum(1 for w in re.findall(r"[^\W\d_]+", t) if len(w) >= 2)
    return words >= 8 or cjk >= 20 or (len(t) >= 30 and words >= 4 and t[-1:] in ".。!?！？;；")


def _numbering_only(text: str) -> bool:
    """'Chapter I', '第一章', '1.', 'IV': a heading's number on a line of its own."""
    t = _plain(text)
    return bool(t) and not _key(t) and bool(NUMBERING.match(t) or CLOSED_ROMAN.match(t))


@lru_cache(maxsize=16384)
def _short(text: str) -> bool:
    if "](" in text:
        text = LINK_TEXT.sub(r"\1", text)   # (r45) a link's address is no part of the entry's length
    if _capitals_name(text):
        return True
    if len(text) > ENTRY_CHARS and (len(text) > LONG_LINE or not LEADER_MARK.search(text)):
        return False   # a long line without dot leaders is no entry
    t, had = _strip_page(_plain(text))
    if not t or len(t) > ENTRY_CHARS:
        return False
    cjk = sum(1 for ch in t if "\u3400" <= ch <= "\u9fff")
    if cjk > ENTRY_CJK:
        return False
    if cjk >= 4 and re.search(r"[。；！？]", t):
        return False   # a CJK sentence
    words = len(t.split())
    if words > ENTRY_PLAIN_WORDS and not had and sum(ch.islower() for ch in t) > sum(ch.isupper() for ch in t):
        return False   # a line of hard-wrapped prose, not a name
    return words <= ENTRY_WORDS


def _capitals_name(text: str) -> bool:
    """(r47, issue 11) A long entry set in capitals is a name, not prose: `CHAPTER IV. WHY THE
    KINGDOM OF DARIUS, CONQUERED BY ALEXANDER, DID NOT REBEL AGAINST …` (an old book's contents
    give a chapter's whole argument). Prose is set in mixed case; a line in capitals with no
    sentence's end (a question may be a chapter's name), up to CAPS_ENTRY_CHARS characters, is an entry
    however many words it has (past ENTRY_WORDS, ENTRY_CHARS)."""
    t = _plain(text).strip()
    if not t or len(t) > CAPS_ENTRY_CHARS or t[-1] in ".;:。；：":
        return False
    letters = [ch for ch in t if ch.isalpha()]
    return len(letters) >= CAPS_ENTRY_LETTERS and not any(ch.islower() for ch in letters) and all(ch < "\u3400" for ch in letters)


def _join(texts: list[str]) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        out = out + t if out.endswith("-") or re.match(r"[\u3400-\u9fff]", t[:1]) else (out + " " + t).strip()
    return out


def _index(lines, start: int) -> dict[str, list[int]]:
    """Keys of the lines from `start` on -> their positions: a line alone; a numbering-only line
    with the next line (`Chapter I` / `General Provisions`); two short lines in a row (a heading
    wrapped over two lines)."""
    index: dict[str, list[int]] = {}
    filled = [i for i in range(start, len(lines)) if lines[i].text.strip()]
    for n, i in enumerate(filled):
        text = lines[i].text
        if len(text) > LONG_LINE:
            continue   # a paragraph names no entry
        keys = {_key(text, False)}
        if n + 1 < len(filled) and _short(text):
            nxt = lines[filled[n + 1]].text
            if _short(nxt):
                keys.add(_key(_join([text, nxt]), False))
        for k in keys:
            if len(k) >= KEY_MIN:
                index.setdefault(k, []).append(i)
    return index


def _first_after(index: dict[str, list[int]], key: str, after: int) -> int | None:
    spots = index.get(key)
    if not spots:
        return None
    at = bisect_left(spots, after + 1)
    return spots[at] if at < len(spots) else None


def _match(lines, run: list[int], index: dict[str, list[int]], floor: int):
    """Entries of `run` (positions) matched in order against `index`: a list of (entry lines,
    matched position or None, had a page number)."""
    out = []
    pos = floor
    n = 0
    while n < len(run):
        i = run[n]
        text = lines[i].text
        if LINE_PAGE.match(text) or LABEL.match(text) or COLUMN_HEAD.match(text):
            out.append(([i], None, False, "mark", ""))
            n += 1
            continue
        found = None
        for width in range(1, JOIN_MAX + 1):
            if n + width > len(run):
                break
            group = run[n:n + width]
            if width > 1 and any(LINE_PAGE.match(lines[g].text) for g in group[1:]):
                break
            joined = _join([lines[g].text for g in group])
            key = _key(joined)
            if len(key) < KEY_MIN:
                continue   # a number alone: read it with the next line
            if not _heading_like(joined):
                break
            at = _first_after(index, key, pos)
            if at is not None:
                found = (group, at, _strip_page(_plain(joined))[1] or _paged_next(lines, run, n + width), key)
                break
        if found:
            group, at, paged, key = found
            pos = at
            out.append((group, at, paged, "entry", key))
            n += len(group)
        else:
            # an entry wrapped over lines whose rests open in lower case (an italic summary under a
            # group line, a long entry): one entry, not one per line
            group = [i]
            while (len(group) < JOIN_MAX and n + len(group) < len(run)
                   and _wrapped_rest(lines[run[n + len(group)]].text)):
                group.append(run[n + len(group)])
            key = _key(_join([lines[g].text for g in group]))
            out.append((group, None, _strip_page(_plain(text))[1], "entry" if len(key) >= KEY_MIN else "mark", key))
            n += len(group)
    return out


def _wrapped_rest(text: str) -> bool:
    """A line that continues the line above it: its first letter is lower case (`of nature to
    the state …`, `government._`)."""
    letter = next((ch for ch in _plain(text) if ch.isalpha()), "")
    return letter.islower()


def _paged_next(lines, run: list[int], n: int) -> bool:
    return n < len(run) and bool(LINE_PAGE.match(lines[run[n]].text))


def _blocks(lines, top: int) -> list[list[int]]:
    """Runs of short lines (blank lines between them only) starting before `top`."""
    blocks, block = [], []
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    for n, i in enumerate(filled):
        line = lines[i]
        if _short(line.text) or LINE_PAGE.match(line.text):
            block.append(i)
            continue
        if block and _bridged(lines, filled, n):
            block.append(i)   # an entry's summary wrapped onto a short rest: the list goes on
            continue
        if len(block) >= ECHO_MIN and block[0] < top:
            blocks.append(block)
        block = []
    if len(block) >= ECHO_MIN and block[0] < top:
        blocks.append(block)
    return blocks


def _bridged(lines, filled: list[int], n: int) -> bool:
    """(r22s18) A contents list's entry or summary too long for an entry line (`_Which treats of
    political laws, that is to say, of the form of` / `government._`): a line of BRIDGE_WORDS
    words at most, no sentence's end, whose rest on the next line is short and opens in lower
    case, with a short line above it. Hard-wrapped prose has no short line above its lines."""
    if n + 1 >= len(filled) or n == 0:
        return False
    t = _plain(lines[filled[n]].text)
    nxt = lines[filled[n + 1]].text
    return (len(t.split()) <= BRIDGE_WORDS and t[-1:] not in ".;:!?。；：！？" and _short(nxt)
            and _wrapped_rest(nxt) and _short(lines[filled[n - 1]].text)
            and not _wrapped_rest(lines[filled[n - 1]].text))


def _score(matched) -> tuple[int, int, int]:
    """(echoed entries, first echoed, last echoed) of a match list; positions in the list."""
    hits = [n for n, m in enumerate(matched) if m[1] is not None]
    return (len(hits), hits[0], hits[-1]) if hits else (0, -1, -1)


def _echoes_at_all(lines, block: list[int], index) -> bool:
    """A quick look before the work: two lines of the block (alone or with the next; one under a
    label) stand again somewhere below themselves."""
    found = 0
    need = 1 if any(LABEL.match(lines[i].text) for i in block[:BLOCK_MAX]) else 2   # one, under a label
    for n, i in enumerate(block[:BLOCK_MAX]):
        keys = [_key(lines[i].text)]
        if n + 1 < len(block):
            keys.append(_key(_join([lines[i].text, lines[block[n + 1]].text])))
        if any(len(k) >= KEY_MIN and _first_after(index, k, i) is not None for k in keys):
            found += 1
            if found >= need:
                return True
    return False


def _splits(lines, block: list[int], index, listed: frozenset = frozenset()) -> list[tuple[list, int]]:
    """The ends the list in `block` may have, with its entries matched after each: the block's
    end, or a line of the block that names an entry above it again (the headings begin inside the
    block). Most entries echoed first, then the first end where the body begins with the first
    echoed entry, else the latest end (the whole list that keeps those echoes)."""
    found = []
    block = block[:BLOCK_MAX]
    label = next((n for n, i in enumerate(block) if LABEL.match(lines[i].text)), None)
    if label is not None and len(block) - label > ECHO_MIN:
        block = block[label:]   # the list begins at its label: the title block over it is no entry
    seen: set[str] = {k for k, at in listed.items() if at < lines[block[0]].number} if listed else set()
    ends = []
    for e, i in enumerate(block):
        key = _key(lines[i].text, False)
        nxt = _key(_join([lines[i].text, lines[block[e + 1]].text]), False) if e + 1 < len(block) else ""
        if e >= ECHO_MIN and (key in seen or nxt in seen) and not LINE_PAGE.match(lines[i].text):
            ends.append(e)
        if len(key) >= KEY_MIN:
            seen.add(_key(lines[i].text))
        if e:
            seen.add(_key(_join([lines[block[e - 1]].text, lines[i].text])))   # a wrapped entry
    ends.append(len(block))
    for e in ends:
        end = block[e] if e < len(block) else (block[-1] + 1)
        matched = _match(lines, block[:e], index, end - 1)
        n, first, _ = _score(matched)
        if n >= 1:
            restart = matched[first][1] == end
            found.append((-n, -restart, e if restart else -e, matched, end))
    return [(f[3], f[4]) for f in sorted(found, key=lambda f: f[:3])]


def _body_apart(lines, matched, rank) -> bool:
    """The lines the entries name are headings of a body, not a second copy of the same run (a
    title block, a table's row, a list printed twice): they spread over SPREAD times the lines the
    run takes, and text (`_prose`) stands between most of them (GAP_SHARE)."""
    echoed = [m for m in matched if m[1] is not None]
    run_span = sum(1 for m in matched[matched.index(echoed[0]):matched.index(echoed[-1]) + 1] if m[3] == "entry")
    body_span = rank[echoed[-1][1]] - rank[echoed[0][1]] + 1
    if body_span < SPREAD * run_span:
        return False
    gaps = [(a[1], b[1]) for a, b in zip(echoed, echoed[1:])]
    texted = sum(1 for a, b in gaps if any(_prose(lines[k].text) for k in range(a + 1, b)))
    return texted >= GAP_SHARE * len(gaps)


def _paged_in_order(matched) -> bool:
    """ECHO_SHARE of the list's entries (ECHO_MIN at least) end in a page number."""
    entries = [m for m in matched if m[3] == "entry"]
    return sum(1 for m in entries if m[2]) >= max(ECHO_MIN, ECHO_SHARE * len(entries))


def _numbered(text: str) -> str:
    """The kind of an entry's number ('' when none): digits, a Chinese 第…, a paren, a unit word."""
    m = NUMBERING.match(_plain(text))
    if not m:
        return ""
    head = m.group().strip().lstrip("#>*+•▪◦·-–— ")
    word = re.match(r"[A-Za-z§]+", head)
    if word and re.fullmatch(ROMAN, word.group().upper()):
        word = None   # 'II', 'XIV': a roman number, of one kind with 'I' and 'IV' (r22s18)
    return (word.group().lower() if word and len(word.group()) > 1 else "") + (
        "d" if re.search(r"\d", head) else "第" if head.startswith("第") else "(" if head[:1] in "(（" else
        "、" if re.search(r"[、]", head) else "r" if word else "o")


WORDED_LABEL_WORDS = 5   # words of a contents list's label in a book's own words ('Herein is Written')


def _worded_label(lines, matched, first: int, filled) -> bool:
    """(r28books) The line right over a book's numbered contents list (blank lines between at most)
    that labels it in the book's own words instead of `Contents` ('Herein is Written', 'In This
    Volume'), set apart from it by a blank line: a short phrase opening with a capital, no end mark
    but a colon, no number, not the text's first two lines (its title and byline). A chapter's name
    right over the list of its sections ('Chapter 1' / 'Bureau of Public Health' / '§ 101. …') stays."""
    if first < 1 or matched[first - 1][1] is not None:
        return False
    at = matched[first - 1][0]
    text = lines[at[0]].text.strip()
    return len(at) == 1 and at[0] not in filled[:2] and text[:1].isupper() and len(text.split()) <= WORDED_LABEL_WORDS \
        and not re.search(r"[.,;!?]$", text) and not _numbered(text) \
        and matched[first][0][0] > at[0] + 1 and all(not lines[j].text.strip() for j in range(at[0] + 1, matched[first][0][0]))


NUMBERED_RUN_MIN = 4   # numbered entries of one kind in a list whose first echoed entry has no number


def _mostly_numbered(lines, matched) -> bool:
    """(r28books) Most of a run's entries (ECHO_SHARE, from its first echoed entry to its last numbered
    one; NUMBERED_RUN_MIN at least) carry a number of one kind ('I.    Of Our
    Spiritual Strivings' … 'XIV.  Of the Sorrow Songs'): a book's contents list, though the first
    entry the excerpt's body takes up again is an unnumbered front part (' The Forethought')."""
    entries = [_numbered(lines[m[0][0]].text) for m in matched if m[3] == "entry"]
    first = next((k for k, m in enumerate(m for m in matched if m[3] == "entry") if m[1] is not None), None)
    kinds = [k for k in entries if k]
    if first is None or not kinds:
        return False
    kind = max(set(kinds), key=kinds.count)
    last = max(k for k, e in enumerate(entries) if e == kind)
    run = entries[first:last + 1]   # from the first echoed entry to the last numbered one: the list proper
    return run.count(kind) >= max(NUMBERED_RUN_MIN, ECHO_SHARE * len(run))


def _group_over(lines, matched, first: int, stop: int) -> int:
    """(r22s18) A list in groups (`PART I` / its summary / entries … `PART II` / …): the group line
    over the first echoed entry (GROUP_OVER items above it at most, its summary between them)
    goes with the list when a line of the same numbering (`PART II`) stands among the entries
    that go. Else the first echoed entry."""
    inside = {_numbered(lines[m[0][0]].text) for m in matched[first + 1:stop + 1] if m[3] == "mark"} - {""}
    for k in range(first - 1, max(-1, first - 1 - GROUP_OVER), -1):
        m = matched[k]
        if m[1] is not None:
            break
        if m[3] == "mark" and _numbered(lines[m[0][0]].text) in inside:
            return k
    return first


def _numbered_echoes(lines, matched) -> bool:
    """ECHO_SHARE of the echoed entries (ECHO_MIN at least) carry a number (`_numbered`)."""
    echoed = [m for m in matched if m[1] is not None]
    numbered = sum(1 for m in echoed if _numbered(lines[m[0][0]].text))
    return numbered >= max(ECHO_MIN, ECHO_SHARE * len(echoed))


def _one_indent(lines, entries) -> int:
    """The indent all `entries` (matched entries) are set in at, 0 if none or not one."""
    indents = {indent(lines[m[0][0]].text) for m in entries}
    return indents.pop() if len(indents) == 1 else 0


def _indented_tail(lines, matched, first: int, stop: int) -> int:
    """(r47, issue 11) A labelled list set in at one indent, its headings in the body set flush:
    the entries after the last echoed one set in alike are the rest of the list, the parts an
    excerpt stops before (a book's `Contents` naming an introduction the text holds and
    twenty-six chapters it does not). Where the entries after it are set otherwise, the list ended."""
    echoed = [m for m in matched[first:stop + 1] if m[1] is not None]
    column = _one_indent(lines, echoed)
    if not column or any(indent(lines[m[1]].text) >= column for m in echoed):
        return stop
    end = stop
    for k in range(stop + 1, len(matched)):
        if indent(lines[matched[k][0][0]].text) != column:
            break
        end = k
    return end


def _restart_tail(lines, matched, first: int, stop: int, start: int, listed=None) -> int:
    """Where the body begins right after the list: the entries after the last echoed one are the
    sections the excerpt cut off. When the echoed entries are numbered, up to the last numbered
    line (an unnumbered part name between numbered entries goes too); else up to the body. A
    line repeating one over the list (the title again over the body) ends it."""
    above = {_key(lines[i].text) for i in range(0, matched[start][0][0]) if lines[i].text.strip()}
    if listed:   # the list's first page, taken by an earlier rule: its entries are the list's own
        above |= {k for k, at in listed.items() if at < lines[matched[start][0][0]].number}
    echoed = [m for m in matched[first:stop + 1] if m[1] is not None]
    kinds = {_numbered(lines[m[0][0]].text) for m in echoed} - {""}
    numbered = sum(1 for m in echoed if _numbered(lines[m[0][0]].text)) >= ECHO_SHARE * len(echoed)
    numbered = numbered or bool(kinds) and _mostly_numbered(lines, matched[start:])   # (r28books) a preface echoed first
    column = _one_indent(lines, echoed)
    end = stop
    for k in range(stop + 1, len(matched)):
        text = lines[matched[k][0][0]].text
        if _key(text) in above and len(_key(text)) >= KEY_MIN:
            break
        if column and indent(text) != column:
            break   # (r47) a list set in at one indent ends at a line set otherwise (a portrait's note set flush)
        if k == len(matched) - 1 and len(matched[k][0]) > 1 and _prose(_join([lines[g].text for g in matched[k][0]])) \
                and not _capitals_name(text):
            break   # (r47) a paragraph wrapped over lines in mixed case closing the run (the note under the list,
            #         over the body): text, not an entry; a part's summary between entries goes with them
        if _numbers_back(lines, matched, start, k):
            break   # (r26contents) the list's outer numbering begins again: the body's first heading
        if not numbered or _numbered(text) in kinds or LINE_PAGE.match(text):
            end = k
        elif k == end + 1 and lines[matched[k][0][0]].number == lines[matched[end][0][-1]].number + 1:
            end = k   # (r28books) a closing part listed right under the last numbered entry (' The Afterthought')
    return end


CN_DIGIT = {ch: n for n, ch in enumerate("零一二三四五六七八九", 0)}
UNIT_NUMBER = re.compile(rf"^\s*(?:第\s*(?P<cn>[{CN_NUM}\d]{{1,5}})\s*(?P<cu>[章节節编編部分篇卷])"
                         rf"|(?P<eu>{UNIT_EN})\s*[-–—]?\s*(?P<en>\d{{1,3}}|{ROMAN})\b)", re.I)


def _number_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if all(ch in CN_DIGIT or ch == "十" for ch in text):
        if "十" in text:
            tens, _, ones = text.partition("十")
            return CN_DIGIT.get(tens, 1) * 10 + CN_DIGIT.get(ones, 0) if len(tens) <= 1 and len(ones) <= 1 else None
        return CN_DIGIT[text] if len(text) == 1 else None
    value, last = 0, 0
    for ch in reversed(text.upper()):
        n = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}.get(ch)
        if n is None:
            return None
        value, last = value - n if n < last else value + n, max(last, n)
    return value


def _unit_number(text: str) -> tuple[str, int] | None:
    """(unit, number) of a numbered division line: `第三章` -> ('章', 3), `Chapter IV` -> ('chapter', 4)."""
    m = UNIT_NUMBER.match(_plain(text))
    if not m:
        return None
    unit, number = (m["cu"], m["cn"]) if m["cu"] else (m["eu"].lower(), m["en"])
    value = _number_value(number.replace(" ", ""))
    return (unit, value) if value else None


def _numbers_back(lines, matched, start: int, k: int) -> bool:
    """(r26contents) Line `k` (after the list's last echoed entry) numbers a division as the list's
    outer entries do, and no higher than the last of them: `第一章` after `第五章`, `Chapter 1` after
    `Chapter 6`. The outer numbering (a unit whose numbers only rose from entry to entry, twice at
    least) never goes back inside a list: the body has begun. Sections numbered again under each
    chapter (`第一节` after `第二节`) are no outer numbering."""
    here = _unit_number(lines[matched[k][0][0]].text)
    if not here:
        return False
    seen = [n for m in matched[start:k] if (u := _unit_number(lines[m[0][0]].text)) and u[0] == here[0] for n in [u[1]]]
    rising = len(seen) >= 2 and all(b > a for a, b in zip(seen, seen[1:]))
    return rising and here[1] <= seen[-1]


def _rare(matched, index) -> bool:
    """A heading stands once in a body (twice with a running head): most entries' lines
    (ECHO_SHARE) stand at most RARE_MAX times after the list. A speaker's name in a play, a
    table's column value, stand again and again."""
    echoed = [m for m in matched if m[1] is not None]
    rare = sum(1 for m in echoed if sum(1 for p in index.get(m[4], ()) if p >= m[1]) <= RARE_MAX)
    return rare >= ECHO_SHARE * len(echoed)


def _heads(lines, matched) -> bool:
    """Most lines the entries name (HEAD_SHARE) are headings: text (`_prose`) comes right after
    them, or another line an entry names (a chapter over its first section). A title block
    printed again over the body, a list printed twice, have no text under their lines."""
    at = {m[1]: m[4] for m in matched if m[1] is not None}
    good = texted = 0
    for k, key in at.items():
        nxt = _next_filled(lines, k)
        if nxt is not None and _key(lines[k].text, False) != key:
            nxt = _next_filled(lines, nxt)   # the heading took two lines ('CHAPTER I' / 'Getting Started')
        prose = nxt is not None and _prose(lines[nxt].text)
        texted += prose
        good += prose or nxt in at
    return good >= HEAD_SHARE * len(at) and texted > 0


def _next_filled(lines, k: int) -> int | None:
    return next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)


def _text_after(lines, at: int) -> bool:
    """Text (`_prose`) within the TEXT_AFTER lines with text after line `at`."""
    seen = 0
    for k in range(at + 1, len(lines)):
        if lines[k].text.strip():
            if _prose(lines[k].text):
                return True
            seen += 1
            if seen == TEXT_AFTER:
                return False
    return False


def _accept(lines, matched, end: int, top: int, rank, filled, index, listed=None) -> list[int]:
    """The lines of the list to drop when the matched run is a contents list, else []."""
    n, first, last = _score(matched)
    entries = [m for m in matched[first:last + 1] if m[3] == "entry"]
    # the body begins right after the list, with the list's first echoed entry (an excerpt
    # may hold only the first sections the list names)
    whole = sum(1 for m in matched if m[3] == "entry")
    labelled = LABEL.match(lines[matched[0][0][0]].text) is not None
    restart = n >= 2 and matched[first][1] == end and (
        labelled or whole >= RESTART_MIN and (bool(_numbered(lines[matched[first][0][0]].text)) or _mostly_numbered(lines, matched)))
    # a labelled list of page-numbered entries, pages in order, over the first piece it lists (an
    # excerpt of a compilation): one echo is enough
    restart = restart or (n >= 1 and matched[first][1] == end and labelled and _paged_in_order(matched))
    if matched[first][0][0] == filled[0] and not (_numbered(lines[filled[0]].text) or matched[first][2]):
        return []   # the text's first line (its title) printed again over the body: no list
    if n < (1 if restart else ECHO_MIN) or n < ECHO_SHARE * len(entries) or matched[first][0][0] >= top:
        return []
    apart = _body_apart(lines, matched[first:last + 1], rank) and _heads(lines, matched)
    if not _rare(matched, index):
        return []
    if not apart and not (restart and n < whole and n < ECHO_MIN * 2 and _text_after(lines, matched[last][1])):
        return []
    # the label over the first echoed entry (the entries between them go with it)
    start = first
    for k in range(first - 1, -1, -1):
        if LABEL.match(lines[matched[k][0][0]].text):
            start = k
            break
    # after the last echoed entry: its page number on a line of its own; paged entries when
    # the echoed ones carry page numbers; where the body begins right after the list, all of
    # it up to there (the entries the excerpt cut off), a repeated title aside
    stop = last
    paged = sum(1 for m in matched[first:last + 1] if m[3] == "entry" and m[2])
    while stop + 1 < len(matched):
        m = matched[stop + 1]
        if LINE_PAGE.match(lines[m[0][0]].text) or (m[3] == "entry" and m[2] and paged >= ECHO_SHARE * len(entries)):
            stop += 1
            continue
        break
    if labelled:
        stop = max(stop, _indented_tail(lines, matched, first, stop))
    if restart or _numbered_echoes(lines, matched[first:last + 1]):
        # the entries after the last echoed one, numbered as the echoed ones are: the sections an
        # excerpt never reaches (r22s18: a book's contents opening an excerpt of its first chapters)
        stop = max(stop, _restart_tail(lines, matched, first, stop, start, listed))
    if start == first:
        start = _group_over(lines, matched, first, stop)
    if start == first and restart and _worded_label(lines, matched, first, filled):
        start = first - 1   # (r28books) 'Herein is Written' over a numbered list: its label in the book's words
    gone = [i for m in matched[start:stop + 1] for i in m[0]]
    if sum(1 for i in range(0, matched[start][0][0]) if lines[i].text.strip() and _prose(lines[i].text)) > PROSE_ABOVE:
        return []   # the text began above the list: it is no contents list at the top (an RFC's own outline after its abstract)
    if filled[0] in gone and not (LABEL.match(lines[filled[0]].text) or NUMBERING.match(_plain(lines[filled[0]].text))
                                  or _strip_page(_plain(lines[filled[0]].text))[1]):
        gone.remove(filled[0])   # the text's first line: its title, unless numbered or paged
    return gone


def _listed_before(page: Page) -> dict[str, int]:
    """(r26contents) Keys of the entries an earlier contents rule removed -> their line numbers:
    a list over a PDF page break (its first page's entries, then the running head and page
    number, then the rest) is taken in two parts, and the rest must end, as the whole would, where
    the body names one of the first part's entries again (`Chapter 1  Where we are now`)."""
    out: dict[str, int] = {}
    for r in page.removed:
        if r.rule in CONTENTS_RULES and r.text.strip():
            key = _key(r.text)
            if len(key) >= KEY_MIN:
                out.setdefault(key, r.line)
    return out


# (r26contents) the label of a list of tables or figures printed after the contents, and a page's number alone
FIGURE_LIST_LABEL = re.compile(r"^\s*(?:list\s+of\s+(?:tables|figures|illustrations|maps|charts|plates|boxes|exhibits)"
                               r"(?:\s+and\s+(?:tables|figures|illustrations|maps|charts|boxes))?"
                               r"|(?:图表|图|表|附图|附表|插图)\s*目\s*录)\s*[:：]?\s*$", re.I)
PAGE_ALONE = re.compile(r"^\s*(?:[-–—]+\s*)?\d{1,4}(?:\s*[-–—]+)?\s*$|^\s*第\s*\d{1,4}\s*页\s*$")
CONTINUED_OVER = 4      # kept lines with text between a list's last entry and its next page's first


def _page_of(text: str) -> int | None:
    """The page number a dot-leadered entry ends in, else None."""
    t = _plain(text)
    if not LEADER_MARK.search(t):
        return None
    m = re.search(r"(\d{1,4})\s*$", t)
    return int(m.group(1)) if m and _strip_page(t)[1] else None


def _continued(page: Page) -> Page:
    """(r26contents) The rest of a paged contents list that the rules above took in part: its next
    page after a PDF page break (a page number `— 1 —`, the running head: the text's first line
    again), entries in the list's form (dot leaders, page numbers going on from the last one
    taken), the sections an excerpt never reaches; and a list of tables or figures under its own
    label (`List of tables`, `图表目录`) right after the contents, its entries paged alike.
    Example: `目　录` / `一、总体要求……1` … `（二）强化要素保障……5` taken, then `— 1 —` /
    `（三）优化法治环境……7` / `三、保障措施……9`: the page number and both entries go too."""
    taken = [r for r in page.removed if (r.rule in CONTENTS_RULES or r.rule == "echoed-contents") and r.text.strip()]
    paged = [(r.line, p) for r in taken if (p := _page_of(r.text)) is not None]
    if len(paged) < ECHO_MIN:
        return page
    last_line, last_page = max(paged)
    lines = page.lines
    at = bisect_left([line.number for line in lines], last_line + 1)
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    first = lines[filled[0]].text.strip() if filled else ""
    drop, between, floor, labelled = [], [], last_page, False
    k = at
    while k < len(lines):
        text = lines[k].text
        if not text.strip():
            k += 1
            continue
        number = _page_of(text)
        if number is not None and _short(text) and number >= floor:
            drop += between + [k]
            between, floor = [], number
        elif PAGE_ALONE.match(text) or text.strip() == first:
            between.append(k)   # the page's number, the running head
        elif FIGURE_LIST_LABEL.match(text) and not labelled:
            between.append(k)
            floor, labelled = 0, True   # a list of tables numbers its own pages
        else:
            break
        if len(between) > CONTINUED_OVER:
            break
        k += 1
    return page.drop(drop) if drop else page


def echoed_contents(page: Page) -> Page:
    """Drop a contents list of any form: a run of short lines near the top whose entries stand
    again later, in order, as lines of their own (see the module's docstring).

    Example: 'Contents' / '1. Scope ...... 1' / '2. Terms ...... 3' / '3. Duties ...... 5' over
    'SCOPE' / text / 'TERMS' / text / 'DUTIES' / text: the label and the three entries go.
    """
    return _continued(_echoed(page))


def _echoed(page: Page) -> Page:
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(filled) < 2 * ECHO_MIN:
        return page
    top = filled[min(len(filled) - 1, max(int(len(filled) * TOP_SHARE), TOP_LINES))]
    blocks = _blocks(lines, top)
    if not blocks:
        return page
    index = _index(lines, 0)
    rank = {i: n for n, i in enumerate(filled)}
    listed = _listed_before(page)
    drop: list[int] = []
    for block in blocks:
        if not _echoes_at_all(lines, block, index):
            continue
        for matched, end in _splits(lines, block, index, listed):
            gone = _accept(lines, matched, end, top, rank, filled, index, listed)
            if gone:
                drop += gone
                break
    return page.drop(drop) if drop else page


# -- (r48) a dot-leadered list nothing below repeats ------------------------------------------------
# an entry led to its page number by dots, however the typist mixed them ('1.1编制目的……………..…6',
# 'Preface . . . . . 7'): no table of figures or sentence ends so
LEADERED = re.compile(r"^\s*(?P<text>\S(?:.*?\S)?)\s*(?:[…⋯]|[.．·•_]\s?){3,}\s*(?P<page>\d{1,4})\s*$")
LEADERED_RUN = 5        # entries in a row
LEADERED_ECHOES = 2     # entries standing again below: the list is `echoed-contents`' to judge (an RFC's own)


def leadered_contents(page: Page) -> Page:
    """(r48) Drop a contents list whose entries lead to their page numbers by dots and stand nowhere
    below: an excerpt that stops inside its document's contents (a plan's `1总则…………6` /
    `1.1编制目的……6` under the notice issuing it), or one whose parts it never reaches. LEADERED_RUN
    or more such entries in a row (blank lines between only), each naming something (two letters or
    more), the page numbers never going back, fewer than LEADERED_ECHOES of them standing again as
    a line below (a list its headings repeat is `echoed-contents`' to judge, with its labels and
    groups); a contents label right over the run goes with it.

    Example: '1总则…………………………......6' / '1.1编制目的……………..…6' / … / '2.2镇应急管理专家队伍……..…8'.
    """
    drop: list[int] = []
    run: list[int] = []
    last = 0
    for i, line in enumerate(page.lines + (Line(0, "."),)):
        if not line.text.strip():
            continue
        match = LEADERED.match(line.text)
        number = int(match["page"]) if match and sum(ch.isalpha() for ch in match["text"]) >= 2 else None
        if number is not None and (not run or number >= last):
            run.append(i)
            last = number
            continue
        if len(run) >= LEADERED_RUN and not _echoed_below(page, run):
            above = [k for k in range(run[0] - 1, -1, -1) if page.lines[k].text.strip()][:1]
            drop += run + [k for k in above if LABEL.match(page.lines[k].text)]
        run, last = ([i], number) if number is not None else ([], 0)
    return page.drop(drop) if drop else page


def _echoed_below(page: Page, run: list[int]) -> bool:
    """LEADERED_ECHOES or more of the run's entries stand again as a line after it."""
    below = {_key(line.text, False) for line in page.lines[run[-1] + 1:] if line.text.strip()}
    return sum(bool(key) and key in below for key in (_key(page.lines[i].text) for i in run)) >= LEADERED_ECHOES

