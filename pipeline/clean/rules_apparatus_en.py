"""English page apparatus of round16en (issue #11, check set 14): a site search's filter widget, a
web archive's banner and the page's region labels, a repository's metadata lines over a document
exported as text, a transcript site's pager and share row, a scanned page's number line. Each is judged by its whole-line shape
and only near the page's edges (docs/cleaning.md, rows marked round16en)."""
from __future__ import annotations

import re
from dataclasses import replace

from .page import Line, Page
from .rules_chrome_en import END_MARK, HOME_TRAIL
from .vocab_en import (DETAILS_LABEL, FILTER_WIDGET_LABEL, ISO_DATE_LINE, ITEM_PAGER, LANG_CODE_LINE, MIME_LINE, NEXT_ARTICLE, PUBLIC_DOMAIN_NOTE, READING_ROW, READING_TIME,
                       REGION_LABEL, SITE_LINK, WEB_ARCHIVE_BANNER)

HEAD_LINES = 40      # non-blank lines at the head where a widget, banner or metadata block is looked for
TAIL_LINES = 40      # non-blank lines at the tail for a pager
OPTION_MAX = 80      # characters: a filter option or a metadata value, never a paragraph
META_REACH = 8       # lines around the MIME line that make up the metadata block
PUBLISHER_WORDS = 8  # words of a publisher's name in the metadata block
SCAN_NUMBERS = re.compile(r"^\s*\d{1,5}\s+\d{1,4}\s*$")   # '1534 2': an archive's image number and the printed page's


def _nonblank(lines, limit: int, tail: bool = False) -> list[int]:
    """Indices of the first (or last) `limit` non-blank lines, looking at no more than a few
    times that many lines (a one-line document of megabytes is one line)."""
    span = range(len(lines) - 1, max(-1, len(lines) - 1 - limit * 4), -1) if tail else range(min(len(lines), limit * 4))
    return [i for i in span if lines[i].text.strip()][:limit]


def filter_widget(page: Page) -> Page:
    """Drop a site search's filter widget at the head: two or more of its labels ('Generic
    filters', 'Exact matches only', 'Filter by Chapter', 'Select all') among the first lines, and
    the options under the last of them down to the first blank line ('Chapter 01 - General
    Provisions' …), which are the site's sections, not the text. Options are short and end in no
    full stop; a block with a sentence in it stays whole.

    Example: "Generic filters" / "Exact matches only" / "Filter by Chapter" / "Select all" /
    "Chapter 01 - General Provisions" (five lines)."""
    lines = page.lines
    head = _nonblank(lines, HEAD_LINES)
    labels = [i for i in head if len(lines[i].text) <= OPTION_MAX and FILTER_WIDGET_LABEL.match(lines[i].text)]
    if len(labels) < 2:
        return page
    end = labels[-1]
    while end + 1 < len(lines) and lines[end + 1].text.strip():
        text = lines[end + 1].text.strip()
        if len(text) > OPTION_MAX or text.endswith((".", ":", ";")):
            return page.drop(labels)   # prose under the labels: only the labels go
        end += 1
    return page.drop([*labels, *range(labels[-1] + 1, end + 1)])


def archive_banner(page: Page) -> Page:
    """Drop a web archive's banner over the copy it preserved ('This snapshot taken on
    07/04/2010, shows web content selected for preservation by …'), the page's region labels
    left as lines ('Main navigation', 'In section navigation'), and, on a page that has either,
    the links to the site's parts named as websites ('Example Office website') and a lone '|'
    among them. Without a banner or a region label a '… website' line stays (a title may say it).

    Example: "This snapshot taken on 03/09/2011, shows web content selected for preservation by …",
    "Main navigation"."""
    lines = page.lines
    head = _nonblank(lines, HEAD_LINES)
    marks = [i for i in head if len(lines[i].text) <= 400
             and (WEB_ARCHIVE_BANNER.match(lines[i].text) or REGION_LABEL.match(lines[i].text))]
    if not marks:
        return page
    last = marks[-1]
    links = [i for i in head if i < last and (SITE_LINK.match(lines[i].text) or lines[i].text.strip() == "|")]
    return page.drop([*marks, *links])


def export_metadata(page: Page) -> Page:
    """Drop a repository's metadata lines over a document exported as text: a MIME type line
    ('text/xml') among the first lines, and around it the lines of the same block that are an ISO
    date, a language code ('EN'), the public-domain note, or a publisher's short name between
    them. The block's first line (the document's name, as the repository files it) stays.

    Example: "U.S. House of Representatives" / "2018-03-01" / "text/xml" / "EN" under the filed name."""
    lines = page.lines
    head = _nonblank(lines, HEAD_LINES // 2)
    mime = next((i for i in head if MIME_LINE.match(lines[i].text)), None)
    if mime is None:
        return page
    start = mime
    while start > 0 and lines[start - 1].text.strip() and mime - start < META_REACH:
        start -= 1
    end = mime
    while end + 1 < len(lines) and lines[end + 1].text.strip() and end - mime < META_REACH:
        end += 1
    hits = []
    for i in range(start + 1, end + 1):
        text = lines[i].text.strip()
        if MIME_LINE.match(text) or ISO_DATE_LINE.match(text) or LANG_CODE_LINE.match(text) \
                or (len(text) <= 300 and PUBLIC_DOMAIN_NOTE.search(text)):
            hits.append(i)
        elif len(text.split()) <= PUBLISHER_WORDS and not text.endswith((".", ":", ";")) and len(text) <= OPTION_MAX:
            hits.append(i)   # the publisher's name ('U.S. House of Representatives')
    return page.drop(hits)


def item_pager(page: Page) -> Page:
    """Drop a transcript or release site's pager and share row at the page's edges, each a whole
    line: 'Previous transcript', 'Next speech', 'Browse transcripts', 'All transcripts for',
    'Share this transcript: Facebook | Twitter | Email'.

    Example: "Previous transcript" / "Next transcript"."""
    lines = page.lines
    edges = set(_nonblank(lines, HEAD_LINES)) | set(_nonblank(lines, TAIL_LINES, tail=True))
    return page.drop(i for i in sorted(edges) if len(lines[i].text) <= OPTION_MAX and ITEM_PAGER.match(lines[i].text))



def scan_page_numbers(page: Page) -> Page:
    """Drop a scanned page's number line at the top of its OCR text: two bare numbers, the
    archive's image number and the printed page number ('1534 2'), first of the text, a line of
    words under it. A single number (a year, a chapter's number) or numbers among words stay.

    Example: "1534 2" over "A bill entitled, an Act to amend …"."""
    lines = page.lines
    top = _nonblank(lines, 2)
    if len(top) == 2 and SCAN_NUMBERS.match(lines[top[0]].text) and re.search(r"[A-Za-z]{3}", lines[top[1]].text):
        return page.drop([top[0]])
    return page


# (round16en) a bill's section number and head glued to its text with no space or break, as its XML
# with the tags stripped prints them: '1.Short titleThis Act may be cited as …', 'SEC. 2.Definitions(a)In …'
GLUED_SECTION_HEAD = re.compile(r"^(?P<head>\s*(?:SEC\.\s*|Sec\.\s*)?\d{1,3}\.\s?[A-Z][a-z]+(?:\s[a-z]+){0,6})(?=[A-Z][a-z]|\()")
GLUED_HEADS_MIN = 2   # lines of that shape: a bill's sections, not one odd line
GLUED_NUMBER = re.compile(r"^(\s*(?:SEC\.\s*|Sec\.\s*)?\d{1,3}\.)(?=[A-Z])")   # the space the markup stood for


def glued_section_heads(page: Page) -> Page:
    """Break a bill's section head off the text glued to it ('1.Short titleThis Act may be cited
    as the …' -> '1.Short title' / 'This Act may be cited as the …'): a line opening with a section
    number, a head in sentence case, and the text's first word capitalised straight after its last
    letter. Only where two or more lines open so (a series of sections); 'Section 1.Harbour' with a
    space after the head, or a capitalised word inside the head ('2.Amending Laws of …') stay.

    Example: " 1.Short titleThis Act may be cited as …" -> " 1. Short title" / "" / "This Act …"."""
    lines = page.lines
    found = [(i, m.end("head")) for i, line in enumerate(lines)
             if line.text[:1] in " \t0123456789S" and (m := GLUED_SECTION_HEAD.match(line.text))]
    wrapped = _wrapped_glued_heads(lines, {i for i, _ in found})
    if len(found) + len(wrapped) < GLUED_HEADS_MIN:
        return page
    out, starts = list(lines), dict(found)
    for i in sorted(set(starts) | set(wrapped), reverse=True):   # the head a block of its own: a blank line under it
        line = lines[i]
        if line.number in page.verbatim:
            continue
        if i in wrapped:   # (r28acts) the head's last words opened the next line, glued to the text
            nxt, at = lines[i + 1], wrapped[i]
            head = GLUED_NUMBER.sub(r"\1 ", line.text.rstrip(), count=1) + " " + nxt.text[:at].strip()
            out[i:i + 2] = [Line(line.number, head), Line(nxt.number, ""), Line(nxt.number, nxt.text[at:])]
        else:
            at = starts[i]
            out[i:i + 1] = [Line(line.number, GLUED_NUMBER.sub(r"\1 ", line.text[:at], count=1)), Line(line.number, ""), Line(line.number, line.text[at:])]
        if i and lines[i - 1].text.strip():
            out.insert(i, Line(line.number, ""))   # (r28acts) and a blank line over it: the last section's text ends there
    return replace(page, lines=tuple(out))


# (r28acts) a bill's section head cut by its markup's line break, its last words glued to the text on the
# next line ('2.Amending' / 'lawsChapter 2 of title 1 …', '3.Conforming' / 'amendmentThe table of …'):
# the number glued to a capitalised word (or a few in sentence case) closing its line, then small words
# glued to a capitalised one
HEAD_CUT = re.compile(r"^\s*(?:SEC\.\s*|Sec\.\s*)?(?P<num>\d{1,3})\.\s?[A-Z][a-z]+(?:\s[a-z]+){0,5}\s*$")
HEAD_REST = re.compile(r"^\s*(?P<rest>[a-z]+(?:\s[a-z]+){0,3})(?=[A-Z][a-z]|\()")


def _wrapped_glued_heads(lines, glued: set[int]) -> dict[int, int]:
    """(r28acts) Line index -> where the text starts on the next line, for each section head cut over
    two lines with its rest glued to the text (HEAD_CUT over HEAD_REST). The heads' numbers (with the
    one-line glued heads, `glued`) must rise by one from the first: a quoted new section the bill
    inserts (`115.Amending` / `lawsNo Act …`) is out of that series and stays as it is."""
    numbers = {i: int(re.match(r"\s*(?:SEC\.\s*|Sec\.\s*)?(\d+)", lines[i].text).group(1)) for i in glued}
    cuts = {}
    for i in range(len(lines) - 1):
        match, rest = HEAD_CUT.match(lines[i].text), HEAD_REST.match(lines[i + 1].text)
        if match and rest:
            numbers[i], cuts[i] = int(match["num"]), rest.end()
    last, kept = 0, {}
    for i in sorted(numbers):
        if numbers[i] == last + 1:
            last = numbers[i]
            if i in cuts:
                kept[i] = cuts[i]
    return kept


# (round19en) the NEXT section's number and head glued to the end of the previous section's last
# sentence, as a law site's page prints them with the markup stripped: '… the General Interpretation
# Act.2. Interpretation of words and expressions'
TAIL_HEAD = re.compile(r"(?<=[a-z)\]”’\"][.;:])(?P<n>\d{1,3})\.\s+(?P<title>[A-Z][^.;:!?]{2,90}?(?:,\s*etc\.|\.)?)\s*$")
LEAD_HEAD = re.compile(r"^\s*(?P<n>\d{1,3})\.\s+[A-Z]")
LEAD_HEAD_MAX = 100   # characters of a section head standing on its own line


def tail_glued_section_heads(page: Page) -> Page:
    """(round19en) Break off a section head glued to the END of the previous section's text
    (`… may be cited as the General Interpretation Act.2. Interpretation of words and expressions`
    -> the sentence / blank / `2. Interpretation of words and expressions`): a sentence's end, then
    with no space the next section's number, a full stop and a capitalised head closing the line.
    Only in a series: the number must follow the last section number seen (a head on its own line
    `1. Short title`, or a glued one), and GLUED_HEADS_MIN or more lines must hold one. A number
    glued inside a sentence (`Act.2. The Minister may …` going on), or out of sequence, stays.

    Example: "This Act may be cited as the Moorings Act.2. Definitions" -> "This Act may be cited as
    the Moorings Act." / "" / "2. Definitions".
    """
    lines = page.lines
    last, found = 0, []
    for i, line in enumerate(lines):
        lead = LEAD_HEAD.match(line.text)
        if lead and len(line.text.strip()) <= LEAD_HEAD_MAX:
            last = int(lead["n"])
            continue
        tail = TAIL_HEAD.search(line.text)
        if tail and last and int(tail["n"]) == last + 1:
            found.append((i, tail.start("n")))
            last = int(tail["n"])
    if len(found) < GLUED_HEADS_MIN:
        return page
    out = list(lines)
    for i, at in reversed(found):
        line = lines[i]
        if line.number in page.verbatim:
            continue
        out[i:i + 1] = [Line(line.number, line.text[:at]), Line(line.number, ""), Line(line.number, line.text[at:])]
    return replace(page, lines=tuple(out))


# (r28acts) a division's head in capitals glued to the end of the line before it, as a PDF's text joins
# the enacting words and the first Part (`… as followsPART 1 PRELIMINARY`: the line break lost at a
# hyphen) or a page's copy runs a Part on after a provision's last sentence (`… section 3.PART 2
# ADMINISTRATION`): a small letter right before the label with no space, or an end mark; the label,
# its number and a name in capitals close the line
DIVISION_TAIL = re.compile(r"(?:(?<=[a-z])|(?<=[.:;—–])\s*)(?P<head>(?:PART|CHAPTER|DIVISION)\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})"
                           r"(?:\s*[-–—.:]?\s+[A-Z][A-Z'’,&() -]{1,80})?)\s*$")
DIVISION_TAIL_BEFORE = 3   # words on the line before the glued head: a sentence, not a label's remnant


def tail_glued_division_heads(page: Page) -> Page:
    """(r28acts) Break off a division's head in capitals (`PART 1 PRELIMINARY`, `CHAPTER II`) glued to
    the end of the line before it (DIVISION_TAIL): the line's words / blank / the head. A reference
    inside a sentence (`… subject to PART 2`, a space and a small word before it) and a head with words
    in small letters after it stay.

    Example: "Be it enacted by the President and Parliament as followsPART 1 PRELIMINARY" -> "Be it
    enacted … as follows" / "" / "PART 1 PRELIMINARY".
    """
    out, changed = list(page.lines), False
    for i in range(len(page.lines) - 1, -1, -1):
        line = page.lines[i]
        match = DIVISION_TAIL.search(line.text)
        if not match or line.number in page.verbatim or len(line.text[:match.start()].split()) < DIVISION_TAIL_BEFORE:
            continue
        at = match.start("head")
        out[i:i + 1] = [Line(line.number, line.text[:at].rstrip()), Line(line.number, ""), Line(line.number, line.text[at:])]
        changed = True
    return replace(page, lines=tuple(out)) if changed else page


LINKED_TITLE_WORDS = 10   # words of the next article's name under its link


def reader_chrome(page: Page) -> Page:
    """(round17en) Drop a story platform's and an item page's labels at the page's head, each a
    whole line: the reading-time line ('23 minute read', 'Reading time: 4 minutes'), a section label
    over the item ('Report Details', 'Publication details'), and a 'Next Article' link with the next
    article's name on the line(s) under it (a short line without a full stop; the same name repeated
    right after, blank lines between, goes too). None of them is the title.

    Example: "12 min read" / "" / "Harbour Dues Rise" / "" / "Next Article" / "Tides of Change" /
    "" / "Tides of Change" / "" / prose: all but the headline and the prose go."""
    lines = page.lines
    head = _nonblank(lines, HEAD_LINES)
    hits = [i for i in head if len(lines[i].text) <= OPTION_MAX
            and (READING_TIME.match(lines[i].text) or READING_ROW.match(lines[i].text) or DETAILS_LABEL.match(lines[i].text))]
    for i in head:
        if not NEXT_ARTICLE.match(lines[i].text):
            continue
        hits.append(i)
        after = [j for j in head if j > i]
        name = lines[after[0]].text.strip() if after else ""
        if not name or len(name.split()) > LINKED_TITLE_WORDS or name.endswith((".", ":", ";", "?", "!")):
            continue
        for j in after:
            if lines[j].text.strip() != name:
                break
            hits.append(j)
    return page.drop(hits)


MASTHEAD_LINES = 8     # non-blank lines of a site's masthead, heading and menu over its breadcrumb
MASTHEAD_WORDS = 12    # words of one masthead line (a menu wrapped at the page's width)
TRAIL_SPLIT = re.compile(r"\s*(?:>>|›|»|>|→|/)\s*")
ARROW_SPLIT = re.compile(r"\s+[›»→]\s+")   # a trail's arrows: no sentence and no table row holds them
ARROW_SCAN = 14        # non-blank lines from the top where a trail under a masthead and its menu stands
CRUMB_WORDS = 8        # words of one crumb ('Revised Laws of Example (2021)')
CRUMB_ECHOES = 3       # lines under the trail that name a crumb again ('Back to X', 'X')


def _crumb_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _arrow_trail_masthead(lines) -> list[int]:
    """(r23enleak; WIDENS masthead-over-trail) A trail of three crumbs or more between arrows
    (`Revised Laws › Constitution › Section 18`), whatever its first crumb, among the page's first
    lines, every line over it short and ending no sentence (the site's name, its telephone, the
    page's title with the site's, a menu one item a line): the trail, the masthead over it, and
    the lines right under it that name a crumb over the last again (`Back to Constitution`,
    `Revised Laws`) are the site's; the text starts below (a line naming the last crumb is the
    page's headline and stays). Position and shape decide: the arrows, the short lines."""
    head = _nonblank(lines, ARROW_SCAN)
    for k, i in enumerate(head):
        crumbs = [c.strip() for c in ARROW_SPLIT.split(lines[i].text.strip())]
        if HOME_TRAIL.match(lines[i].text):
            return []   # a trail from Home: the rule below decides by its headline
        if len(crumbs) < 3 or END_MARK.search(lines[i].text.strip()) \
                or any(not c or len(c.split()) > CRUMB_WORDS for c in crumbs):
            continue
        above = head[:k]
        if not above or not all(len(lines[j].text.split()) <= MASTHEAD_WORDS and not END_MARK.search(lines[j].text.strip())
                                for j in above):
            return []
        keys = {_crumb_key(c) for c in crumbs[:-1]}   # the pages over this one: the last crumb is its own name, the headline's
        echoes = []
        for j in head[k + 1:k + 1 + CRUMB_ECHOES]:
            text = re.sub(r"^\s*(?:[«‹←<]\s*)?(?:back|return) to\s+", "", lines[j].text, flags=re.I)
            if _crumb_key(text) not in keys:
                break
            echoes.append(j)
        if k + 1 + len(echoes) >= len(head):
            return []   # nothing under the trail: the page is its chrome, left to the rules that know it
        return above + [i] + echoes
    return []


# (r32enpages) a publication's label opening the headline of a document it prints whole
# ('Full Text: …', 'Full transcript: …', 'Transcript: …', 'In full: …', 'Read in full: …')
TEXT_KICKER = re.compile(r"^(?:full\s+text|full\s+transcript|transcript|in\s+full|read\s+(?:it\s+)?in\s+full|text\s+in\s+full)"
                         r"\s*[:|–—-]\s*\S", re.I)
PUBLICATION_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){0,3}$")


def _masthead_over_kicker(lines) -> list[int]:
    """(r32enpages; WIDENS masthead-over-trail) A publication's name alone on the page's first line
    (`The Spectator`, `New Statesman`: at most four capitalised words, no sentence, no digit) right
    over a headline opened by the label of a text printed whole (TEXT_KICKER: `Full Text: …`,
    `Transcript: …`): the label says the headline is the page's article, so the name over it is the
    masthead. Only the first line goes; the headline and all under it stay."""
    head = _nonblank(lines, 2)
    if len(head) < 2:
        return []
    name, under = lines[head[0]].text.strip(), lines[head[1]].text.strip()
    if PUBLICATION_NAME.match(name) and TEXT_KICKER.match(under) and not TEXT_KICKER.match(name):
        return [head[0]]
    return []


def masthead_over_trail(page: Page) -> Page:
    """(round17en) Drop a site's masthead over its breadcrumb at the page's head: when a breadcrumb
    from Home ('Home / Guide to the report') ends in the very headline printed under it, the short
    lines above the trail (the government's or site's name, the site's own heading, the menu printed
    as words and wrapped over two lines) are the site's, never the page's: the title is below. Each
    must be short (MASTHEAD_WORDS) and end no sentence; the trail itself goes by en-chrome.

    Example: "Example Government · Harbour Office" / "Annual Review 2020" / "Home About Reports Data
    Annual" / "statements Contact" / "Home / Berth fees" / "Berth fees" / prose: the four lines over
    the trail go."""
    lines = page.lines
    if kicker := _masthead_over_kicker(lines):
        return page.drop(kicker)
    arrow = _arrow_trail_masthead(lines)
    if arrow:
        return page.drop(arrow)
    head = _nonblank(lines, MASTHEAD_LINES + 2)
    for k, i in enumerate(head[:MASTHEAD_LINES + 1]):
        if not HOME_TRAIL.match(lines[i].text) or k == 0 or k + 1 >= len(head):
            continue
        last = TRAIL_SPLIT.split(lines[i].text.strip())[-1].strip().casefold()
        if len(last) < 3 or lines[head[k + 1]].text.strip().casefold() != last:
            return page
        above = head[:k]
        if all(len(lines[j].text.split()) <= MASTHEAD_WORDS and not END_MARK.search(lines[j].text.strip()) for j in above):
            return page.drop(above)
        return page
    return page
