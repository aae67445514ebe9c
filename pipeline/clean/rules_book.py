"""A text's own navigation and apparatus as a copy keeps it: a printed book's page-numbered lists,
the transcriber's markers for its pictures, and a web page's contents box flattened into one line.

Page-numbered lists: a contents or a list of illustrations, plates, tables, as a transcription or
a PDF extraction keeps them ('Heading to Chapter I.          1').

Each entry points at a page of the printed book, which the editions do not have: the list is
navigation, not text, and its entries must not become headings (18 of the 101 entries of an
illustrated novel's list are 'Heading to Chapter …'). Recognised by its shape, never by its words:
a run of lines that each end, after a gap of three or more spaces, in a page number, the numbers
in page order (roman front-matter pages first), the lines only blank-separated, with the list's
column head ('PAGE') or label ('List of Illustrations', 'CONTENTS') over it — or, without one, a
run long enough (LONE_RUN entries) that a table of figures would not pass for it.

(r39book) Two lines that are no entry go on with the run: an entry's first line where a long
entry wraps onto an indented second line that carries the page number ('TENEMENT OF 1863, FOR
TWELVE FAMILIES ON EACH' / '    FLAT,    12'), and a group label between entries, a part's or
chapter's number alone ('CHAPTER I.' over 'GENESIS OF THE TENEMENT,    7'). A plate set before
the first page (' GOTHAM COURT,    _Frontispiece_') is an entry too.
"""
from __future__ import annotations

import re

from .page import Page, indent, window
from .vocab_en import SCAN_CREDIT, SCAN_CREDIT_MORE, TRANSCRIPTION_NOTE, UNIT_EN

ENTRY = re.compile(r"^\s*(?P<text>\S(?:.*?\S)?)\s{3,}(?P<page>\d{1,4}|[ivxlc]{1,7}|_?[Ff]rontispiece_?)\s*$")
GROUP = re.compile(rf"^\s*(?:{UNIT_EN})\s+(?:\d{{1,3}}|[IVXLC]{{1,7}}|[ivxlc]{{1,7}})\.?\s*$", re.I)
WRAP_MAX = 72        # characters of an entry's first line wrapped onto the next
COLUMN_HEAD = re.compile(r"^\s*(?:(?i:CHAP(?:TER)?\.?|NO\.?|PLATE|FIG(?:URE)?\.?|SECT?(?:ION)?\.?)\s{2,})?"   # 'CHAP.      PAGE' (r39book)
                         r"(?:PAGE|Page|PAGES|Pages|p\.|PP?\.)\s*$")
LABEL = re.compile(r"\b(?:contents|illustrations|plates|figures|tables|maps|charts)\b", re.I)
LABEL_MAX = 60       # characters: a list's label is a short line
MIN_RUN = 5          # entries, with a column head or label over them
LONE_RUN = 12        # entries without one
LOOK_UP = 3          # non-blank lines over the run searched for its head and label
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(text: str) -> int:
    values = [ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _page_key(page: str) -> tuple[int, int]:
    return (1, int(page)) if page.isdigit() else (0, _roman(page))


def _entry(text: str) -> tuple[int, int] | None:
    """The page an entry points at, if the line is one: words (one column, no inner gap), a gap,
    a page number."""
    match = ENTRY.match(text)
    if not match or re.search(r"\s{3,}", match["text"]) or sum(ch.isalpha() for ch in match["text"]) < 3:
        return None
    page = match["page"].strip("_")
    return (0, 0) if page.lower() == "frontispiece" else _page_key(page)


def _goes_on(lines, i: int, run: list[int]) -> bool:
    """(r39book) A line that is no entry but goes on with a run: a group label ('CHAPTER I.') or
    the column head once the run has begun, or an entry's first line that wraps onto the next line, an indented
    entry (no blank line between)."""
    text = lines[i].text
    if run and (GROUP.match(text) or COLUMN_HEAD.match(text)):   # 'PAGE' under the frontispiece's entry
        return True
    if len(text.strip()) > WRAP_MAX or i + 1 >= len(lines):
        return False
    after = lines[i + 1].text
    if run and bool(after.strip()) and _entry(after) is not None and indent(after) == indent(text) == indent(lines[run[-1]].text) \
            and not re.search(r"[.!?;:]$", text.strip()):
        return True   # (r43en) an entry of a run set at the entries' own indent, wrapped onto the next line at the
        #               same indent ('LIST OF MUSIC TITLES, &c., FOUNDED ON' / "DICKENS' CHARACTERS    172")
    return bool(after.strip()) and _entry(after) is not None and indent(after) > indent(text)


def _runs(page: Page) -> list[list[int]]:
    """Runs of entries (positions in page.lines) separated by blank lines only, pages in order."""
    runs: list[list[int]] = []
    run: list[int] = []          # entries, and the lines that go on with them
    entries = 0
    last: tuple[int, int] | None = None
    for i, line in enumerate(page.lines):
        if not line.text.strip():
            continue
        key = _entry(line.text)
        if key is not None and (not run or last is None or key >= last):
            run.append(i)
            entries += 1
            last = key
        elif key is None and _goes_on(page.lines, i, run):
            run.append(i)
        else:
            if entries >= MIN_RUN:
                runs.append(_trimmed(page.lines, run))
            run, entries, last = ([i], 1, key) if key is not None else ([], 0, None)
    if entries >= MIN_RUN:
        runs.append(_trimmed(page.lines, run))
    return runs


def _trimmed(lines, run: list[int]) -> list[int]:
    """The run without a group label after its last entry (the next part's number, not the list's)."""
    while run and _entry(lines[run[-1]].text) is None:
        run = run[:-1]
    return run


CLOSE_ENTRY = re.compile(r"^\s*(?P<text>[A-Z][^.!?;:]{1,58}?[A-Za-z)])\s(?P<page>\d{1,3})\s*$")
CLOSE_RUN_MIN = 5      # entries of such an index at least
CLOSE_LABEL_LINES = 3  # lines in capitals over the column head that name the index


def _close_set_index(lines) -> list[int]:
    """(r43en) AN INDEX SET CLOSE UNDER ITS `PAGE` HEAD: OCR text of a scanned by-law's schedule reads its index
    one entry a line with a single space before the page number (`Short Title 2` / `Definitions 2` / `Council
    Meetings 3` …), under the column head `PAGE` alone and the index's name in capitals (`INDEX TO` / `COUNCIL
    PROCEDURAL BY-LAW`). Under such a head, CLOSE_RUN_MIN or more such entries whose numbers never go back
    are the index: the head, the entries and up to CLOSE_LABEL_LINES capitals lines right over the head go.
    No `PAGE` head over them, or numbers that go back (a list of amounts), and the lines stay."""
    hits: list[int] = []
    for i, line in enumerate(lines):
        if line.text.strip() not in ("PAGE", "Page", "PAGES"):
            continue
        run, last = [], 0
        for k in range(i + 1, len(lines)):
            text = lines[k].text.strip()
            if not text:
                continue
            match = CLOSE_ENTRY.match(text)
            if not match or int(match["page"]) < last:
                break
            run.append(k)
            last = int(match["page"])
        if len(run) < CLOSE_RUN_MIN:
            continue
        above = []
        for k in range(i - 1, -1, -1):
            text = lines[k].text.strip()
            if not text:
                continue
            if len(above) >= CLOSE_LABEL_LINES or not (sum(ch.isalpha() for ch in text) >= 3 and text.upper() == text):
                break
            above.append(k)
        hits += above + [i] + run
    return hits


def book_lists(page: Page) -> Page:
    """Drop a book's page-numbered list, its column head and its label.

    Example: '[Illustration: List of Illustrations.]', 'PAGE', then 'Frontispiece     iv' …
    'The End     476' (101 entries) in a Gutenberg transcription of an illustrated edition.
    """
    drop: list[int] = _close_set_index(page.lines)
    for run in _runs(page):
        above = [i for i in range(run[0] - 1, -1, -1) if page.lines[i].text.strip()][:LOOK_UP]
        heads = [i for i in above if COLUMN_HEAD.match(page.lines[i].text)
                 or len(page.lines[i].text.strip()) <= LABEL_MAX and LABEL.search(page.lines[i].text)]
        if heads or sum(_entry(page.lines[i].text) is not None for i in run) >= LONE_RUN:
            first = min(heads) if heads else run[0]
            drop += [i for i in range(first, run[0]) if i in heads or not page.lines[i].text.strip()] + run
    return page.drop(drop) if drop else page


# The transcriber's notation for a picture (Project Gutenberg: '[Illustration]' alone, or
# '[Illustration:' … ']' around the words printed on a plate). The markers are notation, not the
# book's text; the plate's words between them stay (a caption, an engraved dedication).
PLATE_MARK = re.compile(r"^\s*(?:\[(?:Illustration|ILLUSTRATION|Picture|Image)(?::)?\]?|\]{1,2})\s*$")


PLATE_OPEN = re.compile(r"^\s*\[(?:Illustration|ILLUSTRATION|Picture|Image)\b")
PLATE_LINES = 12   # a plate's words: a few short lines


def plate_markers(page: Page) -> Page:
    """Drop the lines that are only a picture marker: '[Illustration]', '[Illustration:', ']'; and
    cut the closing ']' glued to a plate's last line ('Chapter I.]': the chapter's heading engraved
    on its heading plate reads 'Chapter I.').

    Example: the opening '[Illustration:' and closing ']' lines of the publisher's device on a title
    page; 'GEORGE ALLEN' between them stays.
    """
    if not any(PLATE_OPEN.match(line.text) for line in page.lines):
        return page   # no plate opened: a lone ']' is something else
    marks = [i for i, line in enumerate(page.lines) if PLATE_MARK.match(line.text)]
    depth, opened_at = 0, -1
    for i, line in enumerate(page.lines):
        text = line.text
        if depth == 0 and PLATE_OPEN.match(text):
            opened_at = i
        was = depth
        depth = max(0, depth + text.count("[") - text.count("]"))
        if was and not depth and i not in marks and text.rstrip().endswith("]") and i - opened_at <= PLATE_LINES:
            end = len(text.rstrip())
            page = page.cut(i, end - 1, end)
    return page.drop(marks)


# A web page's contents box flattened into one line by a copy: the section names separated by
# commas, often with one after the last ('詞條結構,收錄內容,收錄條件,…,編輯許可權,').
CONTENTS_ITEM_MAX = 12   # characters: a section's name
CONTENTS_MIN_ITEMS = 4
CONTENTS_SCAN = 40       # lines of text from the top (in the copy's spacing): a contents box stands before the sections
ITEM_SPLIT = re.compile(r"[,，、]")


# (r31body) a list in a sentence joins its last item by a conjunction ('…, GONZALO, and others'); a
# contents box's entries never do
LAST_JOINED = re.compile(r"^(?:(?:and|or|&|et|und)\s|以及|或者)", re.I)   # not 和/及/与: 和平, 及时, 与会 open names


def _contents_items(text: str) -> list[str]:
    items = [t.strip() for t in ITEM_SPLIT.split(text.strip())]
    if items and not items[-1]:
        items.pop()
    if len(items) < CONTENTS_MIN_ITEMS or any(not t or len(t) > CONTENTS_ITEM_MAX for t in items) \
            or re.search(r"[。.!！?？;；:：]", text) or LAST_JOINED.match(items[-1]):
        return []
    return items


def contents_line(page: Page) -> Page:
    """Drop a contents box flattened into one line near the top: four or more short names
    separated by commas, no sentence punctuation, one of which stands again later as a line of
    its own (the section it lists). A list of things in a sentence runs on and names no line.

    Example: '詞條結構,收錄內容,收錄條件,創建方法,…,編輯許可權,' over the section '詞條結構'.
    """
    lines = page.lines
    alone = {line.text.strip() for line in lines}
    hits = [i for i in range(window(lines, CONTENTS_SCAN))
            if (items := _contents_items(lines[i].text)) and any(t in alone for t in items)]
    return page.drop(hits)


# -- a PDF's contents page flattened into one line, page numbers between the entries (round19en) --
PAGED_LINE = re.compile(r"^\s*(?:\d{1,4}\s+)?(?:table\s+of\s+)?contents\s+(?P<rest>\S.*)$", re.I)
PAGED_ITEM = re.compile(r"\s*(?P<entry>\S.*?)\s+(?P<page>\d{1,3})(?=\s|$)")
PAGED_LINE_MIN = 5       # entries with their page numbers
PAGED_ITEM_WORDS = 15    # words of one entry: a heading, not a sentence
PAGE_LINE = re.compile(r"^\s*(?P<page>\d{1,4})\s+(?P<body>\S.*)$")
GLUED_BODY_MIN = 40      # characters of text after a page's glued heading


def _paged_line_entries(text: str) -> list[str]:
    """The entries of a contents page flattened into one line (`2 Contents Introduction 2 What is …?
    3 … Further reading 40 1`): PAGED_LINE_MIN or more entries each followed by its page number,
    the numbers never going down, nothing after the last but a folio; [] if the line is not one."""
    match = PAGED_LINE.match(text)
    if not match:
        return []
    rest, at, entries, pages = match["rest"], 0, [], []
    while (item := PAGED_ITEM.match(rest, at)):
        entries.append(item["entry"])
        pages.append(int(item["page"]))
        at = item.end()
    tail = rest[at:].strip()
    if len(entries) < PAGED_LINE_MIN or tail and not tail.isdigit() or any(b < a for a, b in zip(pages, pages[1:])) \
            or any(len(e.split()) > PAGED_ITEM_WORDS for e in entries):
        return []
    return entries


def flattened_contents(page: Page) -> Page:
    """(round19en) A document site that shows a PDF one PAGE a line flattens the contents page into
    one line: its page number, `Contents`, then every entry followed by its page number, the folio
    last (`_paged_line_entries`). The line goes (among the first CONTENTS_SCAN lines). The pages
    after it open with their number, and a page that opens a section glues the section's heading
    between that number and its text (`3 Introduction The regulations provide …`): when an entry of
    the list stands there, followed by a capital and GLUED_BODY_MIN characters or more, the page
    number goes and the heading is set on a line of its own. Entries are matched longest first, by
    their words; a page opening with other words stays as it is.

    Example: "2 Contents Welcome 2 Who may moor here? 3 Fees 5 … Further help 12 1" goes;
    "3 Welcome The harbour authority welcomes …" -> "Welcome " / "The harbour authority welcomes …".
    """
    lines = page.lines
    for i in range(window(lines, CONTENTS_SCAN)):
        entries = _paged_line_entries(lines[i].text)
        if not entries:
            continue
        page = page.drop([i])
        names = sorted({" ".join(e.split()) for e in entries}, key=len, reverse=True)
        k = i
        while k < len(page.lines):
            line = page.lines[k]
            match = PAGE_LINE.match(line.text)
            body = " ".join(match["body"].split()) if match else ""
            name = next((n for n in names if body.startswith(n + " ") and body[len(n) + 1:][:1].isupper()
                         and len(body) - len(n) > GLUED_BODY_MIN), None) if match else None
            if name and line.text[match.start("body"):].startswith(name):
                page = page.cut(k, 0, match.start("body"))   # the page number: a folio, listed in the report
                page = page.split(k, len(name) + 1)
                k += 1
            k += 1
        return page
    return page


# -- a contents list set one entry a line, without page numbers (newdocs round 3) -------------
UNPAGED_MIN = 8        # entries: fewer is a short list, not a document's contents
UNPAGED_ENTRY = 30     # characters: an entry names a section, it says nothing
ENTRY_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[一二三四五六七八九十]{1,3}[、.．])\s*")
ENTRY_STOP = re.compile(r"[。；;：:，,!?！？]")


# a Markdown heading mark or bullet before a section line or an entry (perturb: a Markdown export
# marks the sections the unmarked contents list names: '## 1.总则' under '1.总则')
MARKDOWN_MARK = re.compile(r"^\s*(?:#{1,6}\s+|#{2,6}(?=\S)|[-*+•▪]\s+)")


def _entry_key(text: str) -> str:
    """An entry without its number, Markdown marks and spaces: '1 总则', '总则', '## 1 总则' and
    '第一章 总则' name the same part."""
    return "".join(ENTRY_NUMBER.sub("", MARKDOWN_MARK.sub("", text.strip())).split())


# a contents list's label that names what it lists: '目录', '某某应急预案目录', '目錄'
# (round8zh: the spacing between 目 and 录 may be a lossy save's '?' or U+FFFD: '目? 录')
NAMED_CONTENTS = re.compile(r"^[^\s。，；：！？,;:!?]{0,40}目[\s\u3000?？\ufffd]*[录錄]$")


def unpaged_contents(page: Page) -> Page:
    """Drop a document's contents list written one entry a line with no page numbers: a run of at
    least UNPAGED_MIN short lines (blank lines between them only), none with a sentence's marks,
    whose first two entries stand again later, in order, as lines of their own (the sections they
    list); short lines over the list in the same run (a signature, a date, the annex's title) stay. The entries' numbers may differ from the headings' ('总则' over '1 总则': the copy lost
    them). A list of short items that the text does not take up again stays. The line right over
    the list that labels it ('目录', '某某应急预案目录') goes with it (unseen3).

    Example: '总则' / '1.1 编制目的' / … / '8  附则' over '1 总则' / '1.1 编制目的' / '建立健全…'.
    """
    lines = page.lines
    keys = [_entry_key(line.text) for line in lines]
    # entries a contents box already took over this run (its label and first entry, robust2's spacing)
    listed_before = {_entry_key(r.text) for r in page.removed if r.rule == "contents-box" and r.text.strip()}
    hits: list[int] = []
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines):
            text = lines[j].text.strip()
            if not text:
                j += 1
                continue
            if len(text) > UNPAGED_ENTRY or ENTRY_STOP.search(text) or not keys[j]:
                break
            run.append(j)
            j += 1
        for s in range(len(run) - UNPAGED_MIN + 1):   # the lines over the list (a signature, a date) stay
            later = [k for k in range(run[s + UNPAGED_MIN - 1] + 1, len(lines)) if keys[k]]
            first = next((k for k in later if keys[k] == keys[run[s]]), None)
            if first is not None and _row_again(lines, run[s:s + ROW_AGAIN], first):
                break   # a table's header row printed again over its next table: no contents list
            if first is not None and any(keys[k] == keys[run[s + 1]] for k in later if k > first):
                first = _part_over_first(run, s, first, keys, listed_before)
                hits.extend(k for k in run[s:] if k < first)   # the sections themselves may follow in the same run
                label = run[s - 1] if s else next((k for k in range(run[0] - 1, -1, -1) if lines[k].text.strip()), None)
                if label is not None and NAMED_CONTENTS.match(lines[label].text.strip()):
                    hits.append(label)   # the list's own label: '某某预案目录' (unseen3, xj1), also one whose
                    #                      lossy '?' ended the run over the list ('目? 录', round8zh)
                break
        i = max(j, i + 1)
    hits += _labelled_lists(lines, keys, set(hits))
    return page.drop(hits + _marked_outline(lines, set(hits)))


# (r43en) a Markdown heading that labels a contents list, the document's name before it or not:
# '## TechFAR Handbook Table of Contents', '### Contents'
MARKED_CONTENTS_LABEL = re.compile(r"^ {0,3}#{1,6}\s+(?:[^\s#]+\s+){0,4}(?:table\s+of\s+)?contents\s*:?\s*$", re.I)
OUTLINE_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<text>\S.*)$")


def _marked_outline(lines, taken: set[int]) -> list[int]:
    """(r43en) A CONTENTS OUTLINE UNDER A MARKED LABEL: a Markdown page sets its contents as a nested bulleted
    list of the parts' and sections' names, no links and no page numbers (`## … Table of Contents` / `- Purpose` /
    `  - Describing the purpose of this document` / `- General Considerations` …), and an excerpt stops before
    most of the sections it lists, so they never stand again below. The label, a Markdown heading ending in
    `Contents`, and the list right under it go when the list has UNPAGED_MIN entries or more, each short
    (LABELLED_ENTRY) and no sentence, and nests (an entry indented under another): an outline, not a list of
    points. A flat list, a list of sentences or of links (other rules), stays."""
    hits: list[int] = []
    for i, line in enumerate(lines):
        if i in taken or not MARKED_CONTENTS_LABEL.match(line.text):
            continue
        entries, indents = [], set()
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if not text.strip():
                continue
            match = OUTLINE_BULLET.match(text.expandtabs(4).rstrip())
            entry = match["text"].strip() if match else ""
            if not match or len(entry) > LABELLED_ENTRY or re.search(r"[.!?;:]$", entry) or "](" in entry:
                break
            entries.append(j)
            indents.add(len(match["indent"]))
        if len(entries) >= UNPAGED_MIN and len(indents) >= 2:
            hits.extend([i] + entries)
    return hits


# (r28ocr) a booklet's, a magazine's or a book's contents under its label, the entries no page numbers:
# 'In this book:' / 'Foreword' / 'The Art of Reading' / …, the excerpt reaching its first section only
BOOK_CONTENTS_LABEL = re.compile(r"^\s*(?:(?:table\s+of\s+)?contents|in\s+this\s+(?:book|booklet|issue|number|volume|report|edition)"
                                 r"|inside\s+this\s+(?:book|issue)|what'?s\s+inside)\s*:?\s*$", re.I)
LABELLED_ENTRY = 60   # characters: an entry under its label may carry a short description line


def _labelled_lists(lines, keys: list[str], taken: set[int]) -> list[int]:
    """(r28ocr; WIDENS `unpaged-contents`) under a contents LABEL (BOOK_CONTENTS_LABEL) the list
    needs only its FIRST entry to stand again below as a line of its own (an excerpt that stops in
    the first section; the entries may be longer, LABELLED_ENTRY, a description line among them):
    the label and every short line of the run over that line go. A label over a list the text never
    takes up, or over a paragraph, stays."""
    hits: list[int] = []
    for i, line in enumerate(lines):
        if i in taken or not BOOK_CONTENTS_LABEL.match(line.text):
            continue
        run = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text.strip()
            if not text:
                continue
            if len(text) > LABELLED_ENTRY or re.search(r"[.!?;:]$", text) or not keys[j]:
                break
            run.append(j)
        if not run:
            continue
        later = (k for k in range(run[0] + 1, len(lines)) if keys[k] == keys[run[0]])   # the section may follow in the run
        again = next(later, None)
        listed = [k for k in run if again is not None and k < again]
        if len(listed) >= UNPAGED_MIN:
            hits.extend([i] + listed)
    return hits


# -- a labelled contents list of decimal-numbered entries the excerpt never reaches (round20zh) --
# '1.总则' / '1.1编制目的' / '第一章 总则': an outline number, then the entry's name
OUTLINE_ENTRY = re.compile(r"^(?:(?P<top>\d{1,2})(?P<sub>(?:\.\d{1,2})+)?\.?(?=\s*[^\s\d.．、])"
                           r"|第[一二三四五六七八九十百\d]{1,4}[章节编部分])")
OUTLINE_MIN = 8        # numbered entries under the label
OUTLINE_SUB = 3        # of them sub-entries ('1.1…'): the outline of a plan or a report, not a list
WRAP_TAIL = 10         # characters: the end of an entry the copy wrapped onto a line of its own
WRAP_FROM = 15         # characters: only a long entry wraps


def labelled_outline(page: Page) -> Page:
    """(round20zh) Drop a contents list under its own label (`目录`, `目 录`, `某某预案目录`) whose
    entries carry outline numbers (`1.总则`, `1.1编制目的`, `第一章 总则`) when the text never takes
    them up again — a page excerpt that ends with the issued plan's contents, or a preview that
    shows the contents and not the sections. Needs at least OUTLINE_MIN numbered short entries
    (≤ 30 characters, no sentence marks) straight under the label, OUTLINE_SUB of them sub-entries
    (`1.1`), the top numbers never going back; a short unnumbered line between two entries after a
    long one is that entry's wrapped end (`…主` / `要职责`) and goes with it. The list ends at the
    first other line, and where an entry stands again (the sections themselves follow). A label
    over a list of plain items, or over a few entries, stays.

    Example: '目 录' / '1.总则' / '1.1编制目的' / … / '9.4某某流程图' at the end of the text.
    """
    lines = page.lines
    hits: list[int] = []
    for i, line in enumerate(lines):
        if not NAMED_CONTENTS.match(line.text.strip()):
            continue
        run: list[int] = []
        seen: set[str] = set()
        numbered = subs = top = 0
        last_numbered = None
        j = i + 1
        while j < len(lines):
            text = lines[j].text.strip()
            if not text:
                j += 1
                continue
            if len(text) > UNPAGED_ENTRY or ENTRY_STOP.search(text):
                break
            m = OUTLINE_ENTRY.match(text)
            if m:
                key = _entry_key(text)
                if key in seen:
                    break   # the sections themselves begin: the list ended over them
                if m.group("top"):
                    if int(m.group("top")) < top:
                        break
                    top = int(m.group("top"))
                    subs += bool(m.group("sub"))
                seen.add(key)
                numbered += 1
                run.append(j)
                last_numbered = j
            else:
                nxt = next((k for k in range(j + 1, len(lines)) if lines[k].text.strip()), None)
                wrapped = (last_numbered is not None and run and run[-1] == last_numbered
                           and len(lines[last_numbered].text.strip()) >= WRAP_FROM and len(text) <= WRAP_TAIL
                           and (nxt is None or OUTLINE_ENTRY.match(lines[nxt].text.strip())))
                if not wrapped:
                    break
                run.append(j)
            j += 1
        if numbered >= OUTLINE_MIN and subs >= OUTLINE_SUB:
            hits.append(i)
            hits.extend(run)
    return page.drop(hits or _closing_outline(lines))


CLOSING_OUTLINE_MIN = 16   # (r43) entries of an outline that ends the text with no label over it
CLOSING_OUTLINE_TOPS = 3   # top numbers it counts through
LABEL_REMNANT = 4          # characters of what a copy left of the list's label ('  录': '目录' with '目' lost)


def _closing_outline(lines) -> list[int]:
    """(r43) The same contents list where the copy lost its label (`  录` for `目录`, or no label line
    at all) and the text ends with it: an excerpt or a preview that stops after the issued plan's
    contents. From some line to the text's very end, only outline entries (OUTLINE_ENTRY, each ≤ 30
    characters with no sentence mark, no entry twice), CLOSING_OUTLINE_MIN of them or more,
    OUTLINE_SUB of them sub-entries, the top numbers never going back and counting through
    CLOSING_OUTLINE_TOPS or more: no section has a line of text under it, so the list is the contents,
    not the sections. A short line with no digit right over the run (what is left of its label) goes
    with it. Headings with their text under them never end a text this way."""
    filled = [k for k, line in enumerate(lines) if line.text.strip()]
    run: list[int] = []
    for k in reversed(filled):
        text = lines[k].text.strip()
        if len(text) > UNPAGED_ENTRY or ENTRY_STOP.search(text) or not OUTLINE_ENTRY.match(text):
            break
        run.append(k)
    run.reverse()
    if len(run) < CLOSING_OUTLINE_MIN:
        return []
    keys = [_entry_key(lines[k].text.strip()) for k in run]
    marks = [OUTLINE_ENTRY.match(lines[k].text.strip()) for k in run]
    tops = [int(m.group("top")) for m in marks if m.group("top")]
    if len(set(keys)) < len(keys) or sum(bool(m.group("sub")) for m in marks) < OUTLINE_SUB \
            or tops != sorted(tops) or len(set(tops)) < CLOSING_OUTLINE_TOPS:
        return []
    above = next((k for k in reversed(filled) if k < run[0]), None)
    label = lines[above].text.strip() if above is not None else ""
    if label and len(label.replace(" ", "").replace("\u3000", "")) <= LABEL_REMNANT and not re.search(r"\d", label) \
            and not ENTRY_STOP.search(label):
        run.insert(0, above)
    return run


# a numbered section entry: '1   Short title', '12 Offences' (a number, spaces, a name)
NUMBERED_ENTRY = re.compile(r"^\d{1,3}\.?\s+[A-Za-z]")
NUMBERED_MIN = 3       # entries: a short Act's contents lists only three or four sections


def numbered_contents(page: Page) -> Page:
    """(round13en) Drop a short contents list of numbered sections that the text repeats word for
    word as its section heads: a run of at least NUMBERED_MIN lines `1   Short title`,
    `2   Interpretation`, `3   …` (blank lines between them only, no sentence marks) each of which
    stands again later, number and words alike, in the same order, with text between the copies.
    `unpaged-contents` needs eight entries because it compares entries without their numbers;
    here the numbers must match too, so three suffice. A numbered list the text does not repeat,
    or repeats only in part, stays — unless the text is an excerpt cut after the sections it repeats
    (round19en: the first NUMBERED_EXCERPT_MIN entries or more stand again in order and no later
    entry's number opens a line after them, `_excerpt_cut`).

    Example: '1   Short title' / '2   Interpretation' / '3   Extent' over the Act, then
    '1   Short title' / 'This Act may be cited as …' / '2   Interpretation' / ….
    """
    lines = page.lines
    keys = [" ".join(line.text.split()).casefold() for line in lines]
    run: list[int] = []
    for j, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if len(text) <= UNPAGED_ENTRY * 2 and NUMBERED_ENTRY.match(text) and not ENTRY_STOP.search(text) \
                or run and len(text) <= NUMBERED_NEXT_MAX and NUMBERED_ENTRY.match(text) and _next_number(lines[run[-1]].text, text):
            if run and _dotted(text) != _dotted(lines[run[0]].text):
                break   # numbered otherwise ('15 of 1968' under '14.   Power …'): the list has ended (round19en)
            run.append(j)
            continue
        break   # the list opens the text: the first other line ends it
    if len(run) < NUMBERED_MIN:
        return page
    at, found = run[-1], 0
    for k in run:
        copy = next((m for m in range(at + 1, len(lines)) if keys[m] == keys[k]), None)
        if copy is None:
            break
        at, found = copy, found + 1
    if found == len(run) or found >= NUMBERED_EXCERPT_MIN and _excerpt_cut(lines, run[found:], at):
        return page.drop(run)
    return page


NUMBERED_NEXT_MAX = 100   # characters: an entry numbered next after the one above (round19en)


def _next_number(above: str, text: str) -> bool:
    """(round19en) This entry's number follows the one above it (`2.   Interpretation` under
    `1.   Short title`): in a run numbered one by one an entry may run longer and hold a comma or a
    colon (`3.   Commissioner: Law Revision Officer`, `13.   Construction of reference to repealed,
    etc., written law`); the words must still stand again below, number and all."""
    a, b = SECTION_NUMBER.match(above), SECTION_NUMBER.match(text)
    return bool(a and b) and int(b[1]) == int(a[1]) + 1


def _dotted(text: str) -> bool:
    """The entry's number is followed by a full stop ('1.   Short title', not '1   Short title')."""
    return bool(re.match(r"^\s*\d{1,3}\.", text))


NUMBERED_EXCERPT_MIN = 2   # entries standing again: an excerpt's first sections (round19en)
SECTION_NUMBER = re.compile(r"^\s*(\d{1,3})\.?(?=\s)")


def _excerpt_cut(lines, rest: list[int], at: int) -> bool:
    """(round19en) An excerpt of an Act cut after its first sections (a stored page's length): the
    list's first entries stand again in order as the text's section heads, and the rest are simply
    not there — no line after the last copy opens with the number of an entry not yet found. A list
    whose later numbers stand below with other words (a numbered list of the text's own) stays."""
    numbers = {SECTION_NUMBER.match(lines[k].text)[1] for k in rest if SECTION_NUMBER.match(lines[k].text)}
    return not any((m := SECTION_NUMBER.match(line.text)) and m[1] in numbers for line in lines[at + 1:])


ROW_AGAIN = 3   # lines of a run that stand again word for word, one after the other


def _row_again(lines, entries: list[int], at: int) -> bool:
    """(round22) The run's first ROW_AGAIN lines stand again word for word as the ROW_AGAIN lines
    with text from `at` on: a table's header row (`Name` / `Purpose` / `Expires`) that a page
    printed to PDF sets again over its next table. A contents list's entries stand again as
    headings with text under them, or renumbered; never all of them in a row, word for word."""
    again = [k for k in range(at, len(lines)) if lines[k].text.strip()][:len(entries)]
    return len(entries) == ROW_AGAIN and len(again) == ROW_AGAIN \
        and all(lines[k].text.strip() == lines[e].text.strip() for k, e in zip(again, entries))


def _part_over_first(run: list[int], s: int, first: int, keys: list[str], listed: set[str]) -> int:
    """(round8zh) Where the sections begin when the run's first entry is a section ('1.1 编制目的'):
    the line right over its repeat is the part heading it belongs to ('1 总则') when the list named
    that part too (earlier in the run, or among the entries a contents box took): it is the text's
    own heading, not one more entry. `first` otherwise."""
    if first not in run:
        return first
    at = run.index(first)
    if at - 1 > s and keys[run[at - 1]] in listed | {keys[k] for k in run[s:at - 1]}:
        return run[at - 1]
    return first


# Chinese ordinals in counting order, as parts are numbered ('第一章' … '第二十章')
CN_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] \
    + ["十" + d for d in "一二三四五六七八九"] + ["二十"]
PART_ENTRY = re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,3})(?P<unit>[编編章节節篇]|部分)(?:[\s\u3000]+(?P<name>\S.{0,28}))?$")
# an amending text's formula: the decision's lead-in or an item that rewrites, strikes or adds a provision
AMENDING = re.compile(r"作如下修改|作如下修正|修改为[:：]|修改為[:：]|删去|刪去|增加一[条款項项]")
RESTART_MIN = 3   # entries: '第一章' '第二章' '第三章' with nothing between them is a list, not three chapters


def restarting_contents(page: Page) -> Page:
    """Drop a contents list of numbered parts that the text's own parts then number again from the
    start: '第一章 …' / '第二章 …' / … / '第八章 …' with nothing but blank lines between them, and
    later a '第一章' of the same unit again. Real chapters have their text between them, so a
    run of RESTART_MIN or more consecutive part numbers of one unit with nothing under any of them
    is the list of the parts, even where the copy lost some entries' names ('第一章' alone) or an
    excerpt holds only the first part (unpaged-contents needs two entries to stand again; unseen8:
    a draft regulation attached to a congress's call for comments). A run after which no part of
    that unit stands at all is a list too when the text after it amends a text (`作如下修改`,
    `第三条修改为:`): a law site prints the amended regulation's chapter list over the decision that
    amends it (`关于修改…条例的决定`), whose items are not chapters (unseen10). Bare chapter lines
    over plain prose, never taken up again, stay (an excerpt of headings; unseen8's test).

    Example: '第一章' / '第二章 社会信用信息归集' / '第三章 法律责任' over '第一章' / '第一条 为了…'.
    """
    lines = page.lines
    entries = [PART_ENTRY.match(line.text.strip()) for line in lines]
    hits: list[int] = []
    i = 0
    while i < len(lines):
        first = entries[i]
        if not first or first["n"] != CN_ORDINALS[0]:
            i += 1
            continue
        run = _numbered_run(lines, entries, i, _cn_ordinal)
        later = [e for e in entries[run[-1] + 1:] if e and e["unit"] == first["unit"]]
        again = any(e["n"] == CN_ORDINALS[0] for e in later)
        # or no part of that unit stands after the list at all and the text after it amends a text: the
        # list names the parts of the amended regulation, which the page does not hold (unseen10)
        amends = not later and any(AMENDING.search(line.text) for line in lines[run[-1] + 1:])
        if len(run) >= RESTART_MIN and (again or amends):
            hits.extend(run)
        i = run[-1] + 1
    return page.drop(hits)


def _cn_ordinal(text: str) -> int:
    """'三' -> 3 (CN_ORDINALS); 0 when not one of them."""
    return CN_ORDINALS.index(text) + 1 if text in CN_ORDINALS else 0


def _numbered_run(lines: list, entries: list, start: int, number) -> list[int]:
    """The indices of a list's entries from `start`: entries of the first one's unit numbered one
    by one (`number` reads an entry's number), blank lines between them, nothing else."""
    unit = entries[start]["unit"].casefold()
    run, j = [start], start + 1
    while j < len(lines):
        entry = entries[j]
        if not lines[j].text.strip():
            j += 1
        elif entry and entry["unit"].casefold() == unit and number(entry["n"]) == len(run) + 1:
            run.append(j)
            j += 1
        else:
            break
    return run


SCAN_CREDIT_LINES = 4   # non-blank lines after the credit searched for its year, funder and address
FUNDER_MAX = 80         # characters of the funder's name on its own line


def scan_credit(page: Page) -> Page:
    """(round9en) Drop a scanning project's credit in a scanned book's OCR text: 'Digitized by the
    Internet Archive' (or Google, Microsoft; `vocab_en.SCAN_CREDIT`) and, in the few non-blank lines
    after it, its year ('in 2016'), funder ('with funding from …') and the item's address
    ('https://archive.org/details/…'). The scanner's words, printed in no edition of the book.

    Example: "Digitized by the Internet Archive" / "in 2016" / "https://archive.org/details/x00unse".
    A sentence of the text that speaks of digitising ('The library was digitized by volunteers.') stays.
    """
    hits: list[int] = []
    for i, line in enumerate(page.lines):
        if not SCAN_CREDIT.match(line.text):
            continue
        hits.append(i)
        filled = [k for k in range(i + 1, len(page.lines)) if page.lines[k].text.strip()][:SCAN_CREDIT_LINES]
        funder = False   # the line after '… with funding from' is the funder's name
        for k in filled:
            if not (SCAN_CREDIT_MORE.match(page.lines[k].text) or funder and len(page.lines[k].text.strip()) <= FUNDER_MAX):
                break
            hits.append(k)
            funder = page.lines[k].text.rstrip().casefold().endswith(" from")
    return page.drop(hits)


def transcription_notes(page: Page) -> Page:
    """(round11en) Drop a transcriber's note on what the scanned page shows beside its print, a whole
    line in brackets (vocab_en.TRANSCRIPTION_NOTE): `(Handwritten note: “See rule 4 of 1921.”)`,
    `[Stamp: RECEIVED 3 JAN 1921]`, `[Illegible signature]`. The transcriber's words, not the
    document's; a bracketed line of the text itself (`(See section 4.)`) names no such kind and stays.

    Example: "(Handwritten note: “See rule 4 of 2/3/1922.”)" under an ordinance's last section goes.
    """
    return page.drop(i for i, line in enumerate(page.lines) if TRANSCRIPTION_NOTE.match(line.text))


# (r44, issue 11) A PUBLISHER'S ADVERTISEMENT PAGES BEFORE THE BOOK: a printed book (and its transcription)
# opens with the publisher's lists of other books in the series: a series name in capitals, its editor,
# then entry after entry, each a book's title (in capitals, bold- or italic-marked) and `By` its author,
# with the edition's particulars (`With 4 Maps.`, `Fcp. 8vo.`, a price), and the publisher's address.
# None of it is the book's. Told by its shape: a page (lines between gaps of AD_PAGE_GAP blank lines or
# more) of AD_ENTRIES or more book entries (a title closed by a mark, then `By` and a capitalised name),
# half its blocks or more, and the particulars of an edition AD_DETAILS times or more, standing before the
# book's first page of prose. A list of works in the text (a bibliography, further reading) stands among
# or after its prose and stays; so does a title page's `BY` / name (one block, no entry).
AD_PAGE_GAP = 3
AD_ENTRIES = 4
AD_DETAILS = 2
AD_ENTRY = re.compile(r"\S[.,;:=_*]\s+By\s+(?:the\s+)?(?:(?:Very|Right|Rt\.)\s+)?(?:(?:Rev|Dr|Mrs?|Prof)\.\s+|(?:Sir|Miss|Lady|Lord|Professor)\s+)*"
                      r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*")
AD_DETAIL = re.compile(r"\bWith\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:Maps?|Plans?|Illustrations|Plates|Portraits?|Diagrams|Tables)\b"
                       r"|\b(?:Fcp|Fcap|Cr|Crown|Demy|Post|Imp|Royal|Sm)\.?\s+(?:\d{1,2}mo|\d{1,2}vo|8vo|4to)\b"
                       r"|\b\d{1,2}s\.\s*(?:\d{1,2}d\.)?\s*(?:net)?", re.I)
PROSE_LINE = 55   # characters of a line of the book's running text


def _ad_pages(lines) -> list[list[list[int]]]:
    """The text's pages (split at AD_PAGE_GAP blank lines or more), each a list of its blocks' line indices."""
    pages, page, block, blanks = [], [], [], 0
    for k, line in enumerate(lines):
        if line.text.strip():
            if blanks >= AD_PAGE_GAP and page:
                pages.append(page)
                page = []
            block.append(k)
            blanks = 0
        else:
            if block:
                page.append(block)
                block = []
            blanks += 1
    if block:
        page.append(block)
    if page:
        pages.append(page)
    return pages


def publisher_ads(page: Page) -> Page:
    """Drop the publisher's advertisement pages that stand before the book's first page of prose (see AD_ENTRY).

    Example: "EPOCHS OF ANCIENT HISTORY." / "EDITED BY THE" / "=THE GRACCHI, MARIUS, AND SULLA.= By A. H.
    BEESLY, M.A. With 2 Maps." / … / "LONGMANS, GREEN & CO., 39 Paternoster Row," over the book's title page."""
    lines = page.lines
    hits: list[int] = []
    for blocks in _ad_pages(lines):
        texts = [" ".join(lines[k].text.strip() for k in block) for block in blocks]
        entries = [t for t in texts if AD_ENTRY.search(t)]
        details = sum(len(AD_DETAIL.findall(t)) for t in texts)
        if len(entries) >= AD_ENTRIES and 2 * len(entries) >= len(blocks) and details >= AD_DETAILS:
            hits += [k for block in blocks for k in block]
            continue
        if any(len(block) >= 3 and sum(len(lines[k].text.strip()) >= PROSE_LINE for k in block) >= 2
               and not AD_ENTRY.search(text) for block, text in zip(blocks, texts)):
            break   # the book's prose has begun: a list of works after it is the text's
    return page.drop(hits)
