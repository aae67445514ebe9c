"""Furniture of legislation as databases and printers deliver it (unseen2, issue #11).

A legislation database that serves one provision per page prints the act's name over every
provision and a label under it (`- SECT 1`, `- REG 3`, `- LONG TITLE`); a government printer's
plain-text bill opens with its archive's catalogue lines in square brackets and an SGML marker
(`[Congressional Bills 118th Congress]`, `<DOC>`) and sets its title page off with underscore rules.
None of these is the act's text: the running head goes as a headline echo (rules_labels), the
rest here. Each rule names the layout, never an act's words.
"""
from __future__ import annotations

import re

from .page import Page
from .zones import is_prose
from .vocab_en import COLOPHON, IMPRINT, JUDGMENT_COPY, NOTICE_OPEN, POSTAL_CODE, REPORTER_NOTICE

# '- SECT 12', '- SECT 5A', '- REG 3', '- RULE 7', '- SCHEDULE 2', '- LONG TITLE', '- NOTES':
# a dash, then a provision kind in capitals and its number, or a fixed part of the act
PROVISION_LABEL = re.compile(
    r"^\s*-\s+(?:(?:SECT|SECTION|REG|REGULATION|RULE|CL|CLAUSE|ART|ARTICLE|SCHEDULE|SCH|PART|DIV)\s+[\dA-Z]{1,5}(?:\.\d{1,3})?"
    r"|LONG TITLE|PREAMBLE|NOTES|ENDNOTES)\s*$")
LABELS_MIN = 2   # labels of this shape: one alone may be a list item


def provision_label(page: Page) -> Page:
    """Drop a legislation database's page labels: a line that is only a dash and a provision's kind
    and number in capitals (`- SECT 1`), or a fixed part of the act (`- LONG TITLE`), when the text
    has two or more. The provision's own title follows on the next line and stays.

    Example: "CYBER … ACT 2024 (NO. 98, 2024)" / "- SECT 1" / "Short title": the label goes.
    A list item in capitals ("- NOTE") that is not a provision's label stays. (r48) A line of two or
    more bare labels and nothing else ('第十一條 第二十一條 第三十一條': LABEL_INDEX) goes too.
    """
    hits = [i for i, line in enumerate(page.lines) if PROVISION_LABEL.match(line.text)]
    index = [i for i, line in enumerate(page.lines) if LABEL_INDEX.match(line.text)]
    return page.drop((hits if len(hits) >= LABELS_MIN else []) + index)


# (r48) an encyclopedia page's index of links into the act it carries: two or more bare provision labels
# on one line and nothing else ('第十一條 第二十一條 第三十一條', 'Article 5 Article 12'). An act sets one
# label alone over its provision at most; two in a row name no provision's text.
_ZH_LABEL = r"第[一二三四五六七八九十百零〇两\d]{1,6}[条條章节節编編]"
_EN_LABEL = r"(?:Article|Section|Art\.|Sec\.)\s+\d{1,4}[A-Za-z]?"
LABEL_INDEX = re.compile(rf"^\s*(?:{_ZH_LABEL}|{_EN_LABEL})(?:[\s\u3000|｜,，、]+(?:{_ZH_LABEL}|{_EN_LABEL})){{1,}}\s*$")


# '[Congressional Bills 118th Congress]', '[From the U.S. Government Publishing Office]',
# '[H.R. 7032 Received in Senate (RDS)]': a whole line in square brackets
BRACKETED = re.compile(r"^\s*\[[^\[\]]{3,120}\]\s*$")
CATALOGUE_MIN = 2


def archive_header(page: Page) -> Page:
    """Drop an archive's catalogue lines at the top of a file: two or more lines, each wholly in
    square brackets, before the first other line (blank lines between them allowed).

    Example: "[Congressional Bills 118th Congress]" "[From the U.S. Government Publishing Office]".
    A bracketed line inside the text (an editor's insertion, '[Illustration]') is not at the top
    and stays; so does a single bracketed line over a text.
    """
    hits = []
    for i, line in enumerate(page.lines):
        if not line.text.strip():
            continue
        if not BRACKETED.match(line.text):
            break
        hits.append(i)
    return page.drop(hits if len(hits) >= CATALOGUE_MIN else [])


SGML_MARKER = re.compile(r"^\s*</?(?:DOC|DOCNO|TEXT|all|HTML|BODY|PRE)>\s*$", re.I)
HEAD_LINES = 12   # lines from the top (or the bottom): where a file's wrapper markers stand


def sgml_marker(page: Page) -> Page:
    """Drop a bare SGML/HTML wrapper marker on a line of its own near the top or the bottom of the
    file (`<DOC>`, `</DOC>`, `<all>`, `<pre>`): the printer's or the scraper's wrapper, no text.

    Example: "<DOC>" under the catalogue lines of a bill; "<all>" after its last line.
    """
    n = len(page.lines)
    return page.drop(i for i, line in enumerate(page.lines)
                     if (i < HEAD_LINES or i >= n - HEAD_LINES) and SGML_MARKER.match(line.text))


RULE_LINE = re.compile(r"^\s*(?:_{10,}|\*{10,})\s*$")   # a run of asterisks under a press release's headline too (round9zh)


def underscore_rule(page: Page) -> Page:
    """Drop a horizontal rule typed as a run of underscores (ten or more, nothing else on the
    line): it sets a title page's parts apart in a plain-text print and holds no letter.

    Example: "_______________________________________________________________________"; a row of
    thirty asterisks under a press release's headline (round9zh, xxu1). A Markdown rule `***` (fewer
    than ten) and a decorated wiki heading (`***** History *****`) are no such line.
    A fill-in blank inside a line ('Name: ________') is not alone on its line and stays.
    """
    return page.drop(i for i, line in enumerate(page.lines) if RULE_LINE.match(line.text))


NOTICE_LINES = 10   # lines of a reporter's notice paragraph at most


def reporter_notice(page: Page) -> Page:
    """(round9en) Drop a court reporter's standing notice on a slip opinion: a paragraph (the lines
    up to the next blank line, 10 at most) opening with `NOTE:` or `NOTICE:` in capitals whose
    words are the reporter's (`vocab_en.REPORTER_NOTICE_PHRASES`: the syllabus 'constitutes no
    part of the opinion', the opinion 'is subject to formal revision before publication', 'Readers
    are requested to notify …'). It is the publisher's, printed on every opinion, not the court's text.

    Example: "NOTICE: This opinion is subject to formal revision before publication in the" /
    "preliminary print of the … Reports. Readers are requested to notify …" (five lines): all go.
    A note of the judgment's own ('NOTE: The parties agreed …') stays.

    (r29reports) Widened to the copy's label a case-law site prints between a judgment's cover and its
    text, a line alone (`vocab_en.JUDGMENT_COPY`): "HTML VERSION OF JUDGMENT APPROVED" goes; a sentence
    that names the version ("The HTML version of judgment was corrected …") stays.
    """
    hits = [i for i, line in enumerate(page.lines) if JUDGMENT_COPY.match(line.text)]
    if not any(NOTICE_OPEN.match(line.text) for line in page.lines):
        return page.drop(hits) if hits else page
    for i, line in enumerate(page.lines):
        if not NOTICE_OPEN.match(line.text):
            continue
        end = i
        while end + 1 < len(page.lines) and end + 1 - i < NOTICE_LINES and page.lines[end + 1].text.strip():
            end += 1
        if REPORTER_NOTICE.search(" ".join(page.lines[k].text.strip() for k in range(i, end + 1))):
            hits.extend(range(i, end + 1))
    return page.drop(hits)


# ---- a law site's list of an article's sections, before the sections themselves (unseen9) ----
# (r45) or a code's citation of the section: the code's initials and its decimal number (`NRS 0.0302`,
# `ORS 1.010`, `RCW 9.61.160`), as a state code's chapter page lists its sections
SECTION_ENTRY = re.compile(r"^(?P<indent>\s*)(?:(?:section|sec\.|article|art\.|§)\s*(?P<num>\d{1,4})(?:-?[A-Z])?\.?"
                           r"|(?-i:[A-Z]{2,5})\s+(?P<cite>\d{1,4}[A-Z]?\.\d{1,4}[A-Z]?(?:\.\d{1,4}[A-Z]?)?))"
                           r"\s+(?P<title>\S.{0,120})$", re.I)
LIST_MIN = 5          # entries: fewer may be a law's own short provisions in a row
HANG = 4              # columns deeper than its entry: the wrapped rest of an entry's title


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _entry_order(m: re.Match) -> tuple[int, str]:
    """(r45, issue 11) Where an entry stands in its list: `Section 12` by its number; a code's
    citation `NRS 0.0302` by its chapter, then its section read as a decimal (`0.030` < `0.0302` <
    `0.031`: an inserted section sorts between its neighbours)."""
    if m["num"]:
        return int(m["num"]), ""
    chapter, _, rest = m["cite"].partition(".")
    return int(re.sub(r"\D", "", chapter)), rest


def provision_list(page: Page) -> Page:
    """Drop a list of provisions printed before them: a run of at least LIST_MIN lines, no blank
    line between them, each `Section N.` (or `Article N`, `§ N`) and a short title, the numbers
    never going back, a long title wrapped onto a deeper-indented line — when the first entry's
    number and title open a later line of the text (its section, standalone or run in).

    Example (a state constitution's article as a law site prints it): 'Section 1.      Natural
    rights.' … 'Section 24.    Other rights not impaired.' over 'Section 1.   Natural rights.  All
    people are born …'. A run of provisions that the text does not take up again stays (the
    sections themselves, each one line long, are their own text).
    """
    lines = page.lines
    hits: list[int] = []
    i = 0
    while i < len(lines):
        match = SECTION_ENTRY.match(lines[i].text)
        if not match or i in hits:
            i += 1
            continue
        run, entries, numbers, j = [i], [match], [_entry_order(match)], i + 1
        while j < len(lines) and lines[j].text.strip():
            m = SECTION_ENTRY.match(lines[j].text)
            deeper = len(lines[j].text) - len(lines[j].text.lstrip()) >= len(match["indent"]) + HANG
            if m and _entry_order(m) >= numbers[-1]:
                entries.append(m)
                numbers.append(_entry_order(m))
            elif not (deeper and not m and len(lines[j].text.strip()) <= 100):
                break
            run.append(j)
            j += 1
        first = entries[0]
        later = (SECTION_ENTRY.match(lines[k].text) for k in range(j, len(lines)))
        if len(entries) >= LIST_MIN and any(m and _entry_order(m) == _entry_order(first) and _flat(m["title"]).startswith(_flat(first["title"]))
                                            for m in later):
            hits.extend(run)
        i = j
    return page.drop(hits)


# ---- a municipal code chapter's list of its sections (round13en) ----
# `§ 1-1. Designation of general bylaws.`: the section sign, the chapter's number, a hyphen, the
# section's number (`1-5.1` an inserted one), its caption closed by a period
CODE_ENTRY = re.compile(r"^\s*§\s*(?P<ch>\d{1,4})-(?P<num>\d{1,4}(?:\.\d{1,2})?)\.?\s+(?P<title>[A-Z][^§]{0,100})$")
CHAPTER_LINE = re.compile(r"^\s*chapter\s+(?P<ch>\d{1,4})\b", re.I)


def code_section_list(page: Page) -> Page:
    """Drop a code chapter's list of its sections under the chapter's title, as a municipal code's
    site prints a chapter page: `Chapter 1. General Provisions` over a run of at least LIST_MIN lines
    `§ 1-1. …`, `§ 1-2. …`, no blank line and no text between them, every one numbered in that
    chapter (`1-`), the numbers never going back. Each entry is a section's caption only; the
    sections' text, where the page goes on, stands below with its own heads. `provision-list` needs
    the first entry again below; here the chapter's number over the run shows it is the chapter's
    contents, so a page cut before its sections (a stored copy) loses the list too. A run of
    sections under no chapter line, or numbered in another chapter, stays.

    Example: 'Chapter 4. Licences' / '' / '§ 4-1. Purpose.' / '§ 4-2. Fees.' / … / '§ 4-6. Appeals.'.
    """
    lines = page.lines
    hits: list[int] = []
    i = 0
    while i < len(lines):
        first = CODE_ENTRY.match(lines[i].text)
        if not first:
            i += 1
            continue
        run, last, j = [i], float(first["num"]), i + 1
        while j < len(lines) and (m := CODE_ENTRY.match(lines[j].text)) and m["ch"] == first["ch"] and float(m["num"]) >= last:
            run.append(j)
            last = float(m["num"])
            j += 1
        above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text.strip()), "")
        chapter = CHAPTER_LINE.match(above)
        if len(run) >= LIST_MIN and chapter and chapter["ch"] == first["ch"]:
            hits.extend(run)
        i = j
    return page.drop(hits)


# -- an Act's arrangement of sections flattened into one line (round8en) -----------------------
# A document site that shows a PDF one PAGE a line turns the arrangement (the Act's contents list)
# into page-long lines: `1 THE … ACT, 2000 Arrangement of Sections PART I PRELIMINARY Section 1.
# Short title and commencement 2. Interpretation 3. Application PART II …`. Such a line is a run
# of numbered entries that count up, each a few words with no sentence in it; a section's text
# flattened the same way runs on in clauses between its numbers.
FLAT_ENTRY = re.compile(r"(?<!\S)(\d{1,3})\.\s+(?=[A-Z])")
FLAT_MIN_ENTRIES = 8     # numbered entries in the line
FLAT_ENTRY_WORDS = 8     # median words of an entry: a section's name, not its text
FLAT_STEP_SHARE = 0.8    # of the steps from one entry's number to the next: +1
FLAT_MIN_CHARS = 200     # a page's worth of text on one line


def _flat_arrangement(text: str) -> bool:
    if len(text) < FLAT_MIN_CHARS:
        return False
    marks = list(FLAT_ENTRY.finditer(text))
    if len(marks) < FLAT_MIN_ENTRIES:
        return False
    numbers = [int(m[1]) for m in marks]
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    entries = [text[a.end():b.start()] for a, b in zip(marks, marks[1:])]
    words = sorted(len(e.split()) for e in entries)
    sentences = sum(1 for e in entries if re.search(r"[.;:,]\s+[a-z(]|[.;:]\s*$", e))
    return steps >= FLAT_STEP_SHARE * (len(numbers) - 1) and words[len(words) // 2] <= FLAT_ENTRY_WORDS \
        and sentences * 5 <= len(entries)


def flattened_arrangement(page: Page) -> Page:
    """Drop an Act's arrangement of sections that a page-a-line copy flattened into long lines:
    eight or more numbered entries counting up (`28. Confidentiality 29. Conflict of interest …`),
    entries of a few words with no clause in them, in the first half of the text. The sections'
    own text, flattened the same way, has clauses between its numbers and stays.

    Example: "2 28. Confidentiality 29. Conflict of interest 30. Disclosure to … 44. Transitional
    provisions SCHEDULE" (a page of the arrangement, opened by its page number)."""
    lines = page.lines
    half = max(1, len(lines) // 2 + 1)
    return page.drop(i for i in range(min(len(lines), max(half, 20))) if _flat_arrangement(lines[i].text.strip()))


# -- a government printer's imprint on a statute's cover (round8en) ---------------------------
IMPRINT_LINES = 40   # non-blank lines at the top: the cover
IMPRINT_MIN = 2      # imprint lines: one alone may be the text's own ('Price: 30' in a table)


def printer_imprint(page: Page) -> Page:
    """Drop a government printer's imprint on a statute's or gazette's cover: the price and postage
    (`Price : Rs. 30.00`), where it was printed and is sold (`PRINTED AT THE DEPARTMENT OF GOVERNMENT
    PRINTING, …`, `TO BE PURCHASED AT THE …`), `Printed on the Order of Government` and where it can
    be downloaded (`This Act can be downloaded from www.…`), a gazette's postal registration
    (`REGISTERED No. M - 302` with the licence code `L.-7646` under it, `REGD. NO. D. L.-33004/99`;
    r29enchrome): whole lines, two or more among the first 40. The cover's certification and Gazette note are the Act's front matter and stay. The
    printer's colophon on the text's last line goes even alone (`Printed and Published by the
    Government Printer, Eastport.`, round11en).

    Example: "Price : Rs. 30.00" / "Postage : Rs. 20.00" under "[Certified on 15th of November, 2019]"."""
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    top = filled[:IMPRINT_LINES]
    hits = [i for i in top if IMPRINT.match(" ".join(page.lines[i].text.split()))]
    hits += [k for i, k in zip(top, top[1:]) if i in hits and POSTAL_CODE.match(page.lines[k].text)]   # r29enchrome
    page = page.drop(hits) if len(hits) >= IMPRINT_MIN else page
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if filled and COLOPHON.match(" ".join(page.lines[filled[-1]].text.split())):
        page = page.drop([filled[-1]])   # the gazette's colophon on its last line (round11en)
    return page


# -- (r29enchrome) a law library's headline joining the Act's designation and long title -----------------
JOINED_HEADLINE = re.compile(r"^\s*(?P<des>\S.{2,60}?)(?:\s+[-–—]|\s*:)\s+(?P<long>\S.{19,})$")
JOINED_TOP = 12       # non-blank lines at the page's top where the site's headline stands
JOINED_BELOW = 40     # non-blank lines under it where the Act prints the two on lines of their own
JOINED_BETWEEN = 2    # lines between two copies of the headline (the site's name, its category)


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def joined_headline(page: Page) -> Page:
    """(r29enchrome) Drop the repeats of a law library's headline that joins an Act's designation and
    its long title with a dash (`Republic Act No. 10530 - AN ACT DEFINING …`), printed twice or more at
    the page's top (page title and headline), when the Act's own text prints both below on lines of
    their own (`REPUBLIC ACT NO. 10530` / `AN ACT DEFINING …`, the long title maybe wrapped; compared
    without case, spaces and marks). The first copy stays (the page's title: the Act's name joined
    whole, which the title finder may need); short lines between two copies (the site's name, the
    collection's label) go with the later copies, and so does the collection's label under the last copy when it is the designation's
    kind in the plural (`Republic Acts` under `Republic Act No. 10530 - …`). A headline whose parts the text never prints again is the only title and stays.

    Example: "Act No. 12 - AN ACT TO PROVIDE FOR HARBOUR DUES" / "EASTLAND LAWS ONLINE" / "Act No. 12 -
    AN ACT TO PROVIDE FOR HARBOUR DUES" / … / "ACT NO. 12" / "AN ACT TO PROVIDE FOR HARBOUR DUES" -> the
    second and third go."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    hits: list[int] = []
    for n, i in enumerate(filled[:JOINED_TOP]):
        m = JOINED_HEADLINE.match(lines[i].text)
        if not m:
            continue
        des, long = _squash(m["des"]), _squash(m["long"])
        below = filled[n + 1:n + 1 + JOINED_BELOW]
        des_at = next((k for k in below if _squash(lines[k].text) == des and not JOINED_HEADLINE.match(lines[k].text)), None)
        if des_at is None or not des:
            continue
        run = "".join(_squash(lines[k].text) for k in below[below.index(des_at) + 1:below.index(des_at) + 6])
        if run.startswith(long) or long.startswith(run) and len(run) >= 20:
            hits.append(i)
    if len(hits) < 2:
        return page   # one copy: the page's only name for the Act, which the title finder may need
    for a, b in zip(hits, hits[1:]):
        between = [k for k in filled if a < k < b]
        if len(between) <= JOINED_BETWEEN and not any(is_prose(lines[k].text) for k in between):
            hits.extend(between)
    if hits:   # the collection's label under the headline: the designation's kind in the plural ('Republic Acts')
        last = max(hits)
        nxt = next((k for k in filled if k > last), None)
        kind = re.split(r"\s+No\b|\s+\d", JOINED_HEADLINE.match(lines[last].text)["des"], maxsplit=1, flags=re.I)[0]
        if nxt is not None and _squash(lines[nxt].text) == _squash(kind) + "s":
            hits.append(nxt)
    return page.drop(hits[1:])   # the first copy stays: the page's title, the Act's name joined whole


# ---- (r33enlegal) an official journal's page head, its cells one a line (an EU act's page printed or copied) ----
GAZETTE_NAME = re.compile(r"^(?:Official\s+Journal|Official\s+Gazette|Government\s+Gazette)(?:\s+of\s+the\s+[A-Z][\w ]{2,40})?$")
GAZETTE_CELL = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{4}|[A-Z]{2}|[A-Z]{1,2}\s?\d{1,4}(?:\s?[A-Z])?/\d{1,4})$")   # 16.10.2015, EN, L 272/1
GAZETTE_HEAD_LINES = 4   # cells: date, language, the journal's name, series and page
GAZETTE_ONE_LINE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}\s+[A-Z]{2}\s+(?:Official\s+Journal|Official\s+Gazette)\b.{0,60}\s[A-Z]{1,2}\s?\d{1,4}(?:\s?[A-Z])?/\d{1,4}$")


def gazette_head(page: Page) -> Page:
    """(r33enlegal) Drop an official journal's page head: the journal's name (`Official Journal of the
    European Union`, `Government Gazette`) among its cells, each alone on a line as a table's cells
    come out of a print or a copy (the issue's date `16.10.2015`, the language `EN`, the series and
    page `L 272/1`), up to GAZETTE_HEAD_LINES non-blank lines together and at least one cell beside
    the name; or the head on one line (`16.10.2015 EN Official Journal of the European Union L 272/1`).
    It heads every page of the journal, not the act printed in it.

    Example: `16.10.2015` / `EN` / `Official Journal of the European Union` / `L 272/1` over an EU
    regulation's title: all four go. A sentence naming the Official Journal (`… published in the
    Official Journal of the European Union.`) and the journal's name alone with no cell stay."""
    filled = [k for k, line in enumerate(page.lines) if line.text.strip()]
    hits: list[int] = []
    for pos, k in enumerate(filled):
        text = " ".join(page.lines[k].text.split())
        if GAZETTE_ONE_LINE.match(text):
            hits.append(k)
            continue
        if not GAZETTE_NAME.match(text):
            continue
        run = [k]
        for step in (-1, 1):   # the cells on either side of the name
            j = pos + step
            while 0 <= j < len(filled) and len(run) < GAZETTE_HEAD_LINES \
                    and GAZETTE_CELL.match(page.lines[filled[j]].text.strip()):
                run.append(filled[j])
                j += step
        if len(run) >= 2:
            hits.extend(run)
    return page.drop(hits) if hits else page

