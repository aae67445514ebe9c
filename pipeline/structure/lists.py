"""List items: lines that each open with a list marker of one kind, one item a line.

Statutes ('(a) …' / '(b) …'), steps ('1. Plug it in.' / '2. Run setup.'), READMEs ('- a board'),
policy texts ('① …' / '② …') set a list one item a line, often under a lead-in ending in ':'.
Hard-wrapped English text is rejoined by blank-separated groups, so without this rule the items
and their lead-in run together into one paragraph and the reader sees a wall of text.

A run is at least two lines whose markers are of one kind: the same bullet character, or an
ordered marker of one shape ('1.', '1)', '1、', '(1)', '（1）', '(a)', 'a)', 'a.', '(i)', '①')
counting up by one. A line without a marker inside the run (an indented or a wrapped line)
continues the item before it. The marker is the item's own text: it is kept as written.

    kind = item_kind('(b) "processor" means …')      # ('(a)', 2, '(') or None
    starts = item_starts(['In this Act:', '(a) …', '(b) …'])   # {1, 2}: lines that open a block
"""
from __future__ import annotations

import re

from . import signals as sg

CIRCLED = {chr(0x2460 + k): k + 1 for k in range(20)}        # ① … ⑳
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}

# A bullet drawn as a character. ASCII marks and the en dash need a space after them ('-5 °C',
# '*emphasis*', '– a range' are no items); a bullet glyph does not ('•外文名').
BULLET = re.compile(r"^(?:(?P<spaced>[-*+–])\s+(?=\S)|(?P<glyph>[•·▪◦●■□‣○◆◇▸►])\s*(?=\S))")
# An ordered marker: an Arabic number, a letter or a roman numeral, in brackets or closed by '.',
# ')', '、'; a circled number. '1.5 million' and '3.2 Results' are no item ('.' before a digit).
ORDERED = re.compile(
    r"^(?:(?P<open>[(（])(?P<inner>\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[)）]"
    r"|(?P<bare>\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})(?P<close>[.)、．]|\)(?=\s))(?![\d.．])"
    r"|(?P<circled>[\u2460-\u2473]))\s*(?=\S)")
WORDED = re.compile(r"[^\W_]")


def item_kinds(text: str) -> list[tuple[str, int]]:
    """The marker a line opens with, as (kind, value) readings: ('•', 0) for a bullet, ('(a)', 2)
    for '(b)', ('(i)', 2) and ('(a)', 9) both for '(ii)'/'(i)' (a roman numeral or a letter: the
    run decides). [] when the line opens with no marker. An English 'a.'/'I.' needs a space after
    it (a sentence may open 'A.B. Smith'); a bare number needs one before a Latin letter."""
    bullet = BULLET.match(text)
    if bullet:   # '*    *    *' is a scene break, no item: an item has a word
        return [(bullet["spaced"] or bullet["glyph"], 0)] if WORDED.search(text, bullet.end()) else []
    match = ORDERED.match(text)
    if not match:
        return []
    if match["circled"]:
        return [("①", CIRCLED[match["circled"]])]
    rest = text[match.end():]
    if match["open"]:
        token, shape = match["inner"], "(" + ")"
    else:
        token, shape = match["bare"], match["close"].replace("．", ".")
        spaced = match.group().endswith((" ", "\t", "\u3000"))
        if not spaced and (not token.isdigit() or rest[:1].isascii() and rest[:1].isalpha()):
            return []   # 'a.m.', 'e.g.', '2.Run' glued to a Latin word: no marker
    if token.isdigit():
        return [("1" + shape, int(token))]
    out = []
    if token.lower() in ROMAN and (token.islower() or token.isupper()):
        out.append(("i" + shape if token.islower() else "I" + shape, ROMAN[token.lower()]))
    if len(token) == 1:
        out.append(("a" + shape if token.islower() else "A" + shape, ord(token.lower()) - 96))
    return out


def _follows(prev: list[tuple[str, int]], cur: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The reading of `cur` that goes on from one of `prev`'s: the same bullet, or the same ordered
    shape counting up by one."""
    for kind, value in cur:
        for pkind, pvalue in prev:
            if kind == pkind and (value == 0 and pvalue == 0 or value == pvalue + 1):
                return kind, value
    return None


APART_SHARE = 0.5   # an item line at most this share of the line under it stands apart from it
APART_TEXT = 40     # characters of that line: a paragraph's, not a short item's


def _head_over_text(item: str, below: str) -> bool:
    """(r44) A NUMBERED HEAD RIGHT OVER ITS TEXT, no blank line between (`1. Our purpose` / `The trust
    looks after …`): the marked line is short, closes no sentence or clause and the line under it,
    at least twice as long, opens a sentence of its own. A wrapped item's first line runs on into the
    next (it fills the measure, or its words go on in lower case), so such a line is no item of a
    run: the unmarked lines under it are text of their own, not its continuation."""
    item, below = item.strip(), below.strip()
    return len(below) >= APART_TEXT and len(item) <= APART_SHARE * len(below) \
        and not sg.ends_with(item, ".!?;:,。！？；：，") and below[:1].isupper() and not item_kinds(below)


def item_runs(texts: list[str]) -> list[list[int]]:
    """Runs of list items in consecutive lines (stripped texts): the indices of the lines that open
    an item, each run at least two items long. Lines between two items that open with no marker
    continue the item before them (a wrapped item); a line with a marker of another kind ends
    the run, and so does text under a numbered head standing apart from it (`_head_over_text`)."""
    runs: list[list[int]] = []
    run: list[int] = []
    last: list[tuple[str, int]] = []
    for i, text in enumerate(texts):
        kinds = item_kinds(text)
        if not kinds:
            if run and run[-1] == i - 1 and _head_over_text(texts[i - 1], text):
                if len(run) >= 2:
                    runs.append(run)
                run, last = [], []
            continue   # a wrapped item's next line, or text before the first item
        reading = _follows(last, kinds) if run else None
        if reading:
            run.append(i)
            last = [reading]
            continue
        if len(run) >= 2:
            runs.append(run)
        run, last = [i], kinds
    if len(run) >= 2:
        runs.append(run)
    return runs


def item_starts(texts: list[str]) -> set[int]:
    """Indices of the lines that open a list item of a run: each stands at the head of a block."""
    return {i for run in item_runs(texts) for i in run}


LEAD_IN_END = (":", "：")


BARE_RUN_MIN = 3      # items: '1.科学类' / '2.益智类' / '3.建构类' with nothing between them
BARE_ITEM_MAX = 30    # characters: a category's name, not a paragraph


def _bare_enumeration(run, kinds) -> bool:
    """(round8zh) A run of BARE_RUN_MIN or more short numbered lines counting from 1 with no text
    between them and no end mark ('1.科学类（KX）' / '2.益智类（YZ）' / …): the categories a plan
    enumerates, one a line, under its sub-head. Numbered headings have their sections' text between
    them; these have none, so they are a list even without a lead-in colon."""
    return len(run) >= BARE_RUN_MIN and any(value == 1 for _, value in kinds) \
        and all(len(b.text.strip()) <= BARE_ITEM_MAX and b.text.strip()[-1:] not in "。！？.!?；;：:" for b in run)


def mark_items(blocks) -> None:
    """Set `item` on the blocks that are items of a list: a run of at least two consecutive blocks
    whose markers go on from each other, when the blocks came from one run of lines (already
    marked by the block maker), when a lead-in ending in a colon introduces them ('现将有关事项通知
    如下：' over '①…' / '②…'), or when they are bullets. A numbered series of headings has its
    sections' text between its lines, so it never makes such a run."""
    i = 0
    while i < len(blocks):
        kinds = item_kinds(blocks[i].text) if not blocks[i].code else []
        j, last = i + 1, kinds
        while kinds and j < len(blocks) and not blocks[j].code:
            reading = _follows(last, item_kinds(blocks[j].text))
            if not reading:
                break
            last, j = [reading], j + 1
        run = blocks[i:j]
        if len(run) >= 2 and (all(b.item for b in run) or last[0][1] == 0
                              or i and blocks[i - 1].text.rstrip().endswith(LEAD_IN_END)
                              or _bare_enumeration(run, kinds)):
            for b in run:
                b.item = True
        elif entries := _entries_with_sublines(blocks, i, kinds):
            for k in entries:
                blocks[k].item = True
            j = max(j, entries[-1] + 1)
        i = max(j, i + 1)


SUBLINED_MIN = 5    # numbered entries of such a list: a long enumeration, not two or three heads
SUBLINES_MAX = 4    # blocks between two entries: an entry's dashed sub-lines, a quotation, its wrapped end


def _entries_with_sublines(blocks, i: int, kinds) -> list[int]:
    """(r43en) A NUMBERED LIST WHOSE ENTRIES CARRY DASHED SUB-LINES: a report's list of Acts, each entry over
    the provisions it lists (`1. Agricultural Marketing Programs Act, S.C. 1997, c. 20,` / `- ss. 44 to 46` /
    `2. An Act to amend …` / `- ss. 1, 2, 3` …), printed one line a block, so no two entries stand next to each
    other and `mark_items` finds no run. Entries counting up by one from 1, SUBLINED_MIN of them or more, with at
    most SUBLINES_MAX unnumbered blocks between two of them and a dashed sub-line (`- …`) under at least half of
    them, are a list: every entry is an item (an entry at a page's top, closed by no comma, is no heading).
    A series of numbered headings has its sections' paragraphs between them, not dashed sub-lines."""
    if not kinds or not any(kind.startswith("1") and value == 1 for kind, value in kinds):
        return []
    entries, last, dashed, k = [i], [(kind, value) for kind, value in kinds if kind.startswith("1") and value == 1], 0, i
    while True:
        gap, nxt = [], None
        for m in range(k + 1, min(len(blocks), k + 2 + SUBLINES_MAX)):
            if blocks[m].code:
                break
            found = item_kinds(blocks[m].text)
            # (a number the unwrapper glued to the sub-line above it, '… as enacted by s. 1 4. - s. 6 …', is skipped)
            reading = _follows(last, found) or _follows([(kind, value + 1) for kind, value in last], found)
            if reading:
                nxt = m
                last = [reading]
                break
            if found and found[0][1] != 0:
                break   # another numbering: the list ends
            gap.append(m)
        if nxt is None:
            break
        dashed += any(blocks[g].text.lstrip().startswith(("- ", "– ")) for g in gap)
        entries.append(nxt)
        k = nxt
    if len(entries) < SUBLINED_MIN or dashed * 2 < len(entries) - 1:
        return []
    return entries


LOST_BULLETS_MIN = 3   # (r28prints) one-line blocks under a lead-in: a list, not a stack of heads
LOST_BULLET_ITEM_MAX = 90   # characters: an item of a term list, not a paragraph


def mark_unmarked_items(blocks) -> None:
    """(r28prints) A list whose bullets the extraction LOST (pdftotext drops a web page's bullet glyphs,
    a copy drops the list's markup): under a lead-in ending in a colon (`… will have the meaning given
    to them by the Interpretation Act:`), a run of LOST_BULLETS_MIN or more one-line blocks on
    consecutive lines (no blank line between), each short and none a marked item or a numbered line
    (`commencement` / `Gazette` / `Governor-General in Council` / …): the items of the list the lead-in
    announces, never heads. A head under a lead-in has its text under it, so it never makes such a
    run, and a division's label (`PART I` under an Act's enacting words `… as follows:`), a section's
    number or a whole sentence (a notice's text under its addressees' colon) stops one; the run's last line, capitalised and right over a paragraph, may be the next section's head
    glued under the list, so it is left to the heading rules. English blocks (the Chinese block
    maker reads its items by their markers)."""
    i = 0
    while i < len(blocks):
        if blocks[i].code or not blocks[i].text.rstrip().endswith(LEAD_IN_END[0]):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and _unmarked_item(blocks[j]) and blocks[j].line == blocks[j - 1].line + blocks[j - 1].lines:
            j += 1
        if j - i - 1 > LOST_BULLETS_MIN and j < len(blocks) and blocks[j].line == blocks[j - 1].line + 1 \
                and blocks[j].lines > 1 and blocks[j - 1].text[:1].isupper():
            j -= 1   # a capitalised line right over a paragraph may be the next section's head: left to the heading rules
        if j - i - 1 >= LOST_BULLETS_MIN:
            for b in blocks[i + 1:j]:
                b.item = True
        i = max(j, i + 1)


def _unmarked_item(block) -> bool:
    text = block.text.strip()
    return block.lines == 1 and not block.code and not block.item and not block.provision and 0 < len(text) <= LOST_BULLET_ITEM_MAX \
        and not item_kinds(text) and not text.endswith(LEAD_IN_END[0]) and not text[:1].isdigit() and not sg.numbering(text) \
        and not (len(text.split()) >= ITEM_SENTENCE_WORDS and text[-1:] in ".!?")


ITEM_SENTENCE_WORDS = 8   # words of a whole sentence: the letter's text under its addressees' colon, no list item
