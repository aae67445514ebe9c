"""Project Gutenberg wrapping: the licence header and footer around the book itself."""
from __future__ import annotations

import re

from .page import Page
from .vocab import GUTENBERG_CREDIT, GUTENBERG_END, GUTENBERG_FIELD, GUTENBERG_START
from .zones import head_zone

HEAD_LINES = 40


def gutenberg_header(page: Page) -> Page:
    """Drop everything up to and including the '*** START OF THIS PROJECT GUTENBERG EBOOK …' line.

    Example: the 20 lines from "Project Gutenberg's Alice's Adventures in Wonderland, by Lewis
    Carroll" to "*** START OF THIS PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***".
    The header's Release Date and Last updated go to provenance. The `***` around the START line
    are optional (unseen7): copies made for word counts strip punctuation and blank lines, and
    their header ran on into the title page ("START OF THIS PROJECT GUTENBERG EBOOK …" bare).
    A START line hard-wrapped at 72 columns (round15en) opens with `***` but ends without them:
    its next line, which closes with `***` ("LITTLE\nCINDERELLA ***"), is the marker's end.
    """
    limit = max(len(page.lines) * 2 // 5, 100)
    start = next((i for i, line in enumerate(page.lines[:limit]) if GUTENBERG_START.match(line.text)), None)
    if start is None:
        return page
    fields = gutenberg_fields(line.text for line in page.lines[:start])
    page = page.note(site="Project Gutenberg", published=fields.get("release date", ""),
                     updated=fields.get("last updated", ""))
    return page.drop(range(_start_end(page.lines, start) + 1))


def _start_end(lines, start: int) -> int:
    """The last line of a START marker: the next line too when the marker wraps (round15en)."""
    text = lines[start].text.strip()
    if text.startswith("***") and not text.endswith("***") and start + 1 < len(lines):
        after = lines[start + 1].text.strip()
        if after.endswith("***") and len(after) < 80 and not after.startswith("***"):
            return start + 1
    return start


def gutenberg_footer(page: Page) -> Page:
    """Drop everything from "End of Project Gutenberg's …" or "*** END OF THIS PROJECT GUTENBERG EBOOK" on.

    Example: "End of Project Gutenberg's Alice's Adventures in Wonderland, by Lewis Carroll"
    and the licence after it.
    """
    limit = len(page.lines) * 3 // 5
    end = next((i for i in range(limit, len(page.lines)) if GUTENBERG_END.match(page.lines[i].text)), None)
    return page if end is None else page.drop(range(end, len(page.lines)))


def gutenberg_credit(page: Page) -> Page:
    """Drop a producer credit at the head and the lines that continue it.

    Example: "Produced by Arthur DiBianca and David Widger" right after the START line.
    A line goes on the credit only while the credit reads unfinished (unseen7): in a copy with no
    blank lines, "Produced by X.  HTML version by Y." is followed straight by the title page.
    """
    first = [i for i, line in enumerate(page.lines[:HEAD_LINES]) if line.text.strip()][:3]
    for i in sorted(set(head_zone(page.lines)) | set(first)):   # a long credit reads as prose
        if GUTENBERG_CREDIT.match(page.lines[i].text):
            end = i
            while end + 1 < len(page.lines) and page.lines[end + 1].text.strip() and end - i < 3 \
                    and _credit_goes_on(page.lines[end].text, page.lines[end + 1].text):
                end += 1
            return page.drop(list(range(i, end + 1)) + _transcriber_key(page.lines, end + 1))
    edition = [i for i in first if GUTENBERG_EDITION.search(page.lines[i].text)]
    if edition:
        return page.drop(edition[:1])
    return page.drop(_transcriber_key(page.lines, 0, opening=True))


# (r43en) a transcriber's notes' label ("TRANSCRIBER'S NOTES", "Transcriber's Note:")
TRANSCRIBER_LABEL = re.compile(r"^\s*transcriber['’]?s\s+notes?\s*:?\s*$", re.I)
# (r44) the label with the first note run into it after its colon ("Transcriber’s Notes: Italic text is …")
TRANSCRIBER_OPENING = re.compile(r"^\s*transcriber['’]?s\s+notes?\s*(?::\s*\S.*)?$", re.I)
KEY_GAP = 3          # blank lines that part the notes from the title page under them
KEY_LINES = 200      # lines of such notes at most


def _transcriber_key(lines, start: int, opening: bool = False) -> list[int]:
    """(r43en) THE TRANSCRIBER'S KEY BETWEEN THE CREDIT AND THE TITLE PAGE: a Gutenberg e-text of a book with
    music or special signs opens, right under the producer credit (nothing kept between), with the
    transcriber's notes on the notation (`TRANSCRIBER'S NOTES` / `Italic text is represented by _underscores_`
    / `[B]  = Brevis` …), then KEY_GAP blank lines or more, then the book's title page. The label and the notes
    to that gap are the e-text's, not the book's. Notes that stand after the title page (the book's own
    opening, a reader keeps them) are not taken; nor notes with no such gap within KEY_LINES lines.

    (r44, issue 11) `opening`: a copy whose keeper stripped the Gutenberg header and credit opens with the
    same notes as the file's first line, the first note often run into the label after its colon
    (`Transcriber’s Notes: Italic text is enclosed in _underscores_;`, TRANSCRIBER_OPENING): the same notes
    to the same gap go."""
    label = next((k for k in range(start, len(lines)) if lines[k].text.strip()), None)
    if label is None or not (TRANSCRIBER_OPENING if opening else TRANSCRIBER_LABEL).match(lines[label].text):
        return []
    blanks = 0
    for k in range(label + 1, min(len(lines), label + KEY_LINES)):
        if lines[k].text.strip():
            if blanks >= KEY_GAP:
                return list(range(label, k))
            blanks = 0
        else:
            blanks += 1
    return []


# Gutenberg's own words about the copy, in any edition's wording ('This is the Project Gutenberg
# 1.5 release of', 'This etext was prepared from the Project Gutenberg edition'): a book's title
# page never names the project, so such a line among the first lines after the header is the
# header's (round7, xxi1: it was joined to the title under it and taken as the title).
GUTENBERG_EDITION = re.compile(r"\bProject\s+Gutenberg\b|\bGutenberg\s+(?:e-?text|e-?book|edition|release)\b", re.I)


def _credit_goes_on(text: str, after: str) -> bool:
    """A credit line runs on to the next unless it ends a sentence and the next opens a new one."""
    after = after.strip()
    return not text.rstrip().endswith((".", "!", "?")) or not after[:1].isupper()


def gutenberg_fields(lines) -> dict[str, str]:
    """'Title: X', 'Author: Y', '[Last updated: Z]' … from a Gutenberg header, keys lower-cased."""
    fields: dict[str, str] = {}
    for text in lines:
        m = GUTENBERG_FIELD.match(text)
        if m and m["value"]:
            fields.setdefault(m["key"].lower(), m["value"])
    return fields
