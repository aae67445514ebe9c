"""A PDF page converted to HTML and read as text (r28acts, issue 11): the converter's viewer chrome.

A converter that sets each PDF page in a web page (pdf2htmlEX, pdftohtml and their hosted services)
puts a navigation bar over the page (`Navigation bar` / `Print document Start Previous page` /
`5 of 22` / `Next page End`) and may sign the page at its foot with its advertisement (`Click to
Convert - … PDF Converter …`), the PDF page's own number printed right above it. None of it is the
document's text. Each rule names the viewer's layout and its control words, never a document's.
"""
from __future__ import annotations

import re

from .page import Page

# the bar's label and its controls, every word of a row one of them ('Print document Start Previous page')
VIEWER_LABEL = re.compile(r"^\s*(?:navigation\s+bar|navigation|tool\s*bar|page\s+navigation|document\s+viewer)\s*$", re.I)
VIEWER_CONTROLS = ("print document", "first page", "last page", "previous page", "next page", "go to page",
                   "zoom in", "zoom out", "full screen", "fit width", "fit page", "print", "start", "end",
                   "first", "last", "previous", "prev", "next", "download")
CONTROLS = re.compile(r"\s*(?:" + "|".join(re.escape(c) for c in VIEWER_CONTROLS) + r")\b", re.I)
PAGE_COUNTER = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*$", re.I)
VIEWER_TOP = 6          # non-blank lines at the page's top the bar may take
CONTROLS_MIN = 2        # controls on a row: one word alone ('End', 'Start') may be the text's

# (r28acts) a converter's advertisement at the foot: its call or credit, a converter named
CONVERTER_AD = re.compile(r"^\s*(?:click\s+(?:here\s+)?to\s+convert|converted\s+(?:by|with|using)|created\s+(?:by|with|using)"
                          r"|generated\s+(?:by|with)|powered\s+by|made\s+with)\b.{0,100}\bconvert(?:er|ed|ing)?\b.{0,80}$"
                          r"|^\s*(?:converted|created|generated)\s+(?:by|with)\s+pdf2html\w*.{0,60}$", re.I)
AD_TAIL = 3             # non-blank lines at the end the advertisement may stand among
BARE_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")


def _controls(text: str) -> int:
    """How many viewer controls make up the row, 0 if any word is not one."""
    at, found = 0, 0
    while at < len(text.rstrip()):
        match = CONTROLS.match(text, at)
        if not match:
            return 0
        at, found = match.end(), found + 1
    return found


def viewer_chrome(page: Page) -> Page:
    """Drop a converted PDF page's viewer chrome: at the top, the run of lines (VIEWER_TOP non-blank
    lines at most) that are the bar's label (VIEWER_LABEL), a row of its controls (CONTROLS_MIN or more,
    every word one of VIEWER_CONTROLS) or the page counter (`5 of 22`), when a row of controls is among
    them and the run holds two such lines; at the foot, the converter's advertisement (CONVERTER_AD,
    among the last AD_TAIL lines) with the bare page number right above it.

    Example: 'Navigation bar' / 'Print document Start Previous page' / '5 of 22' / 'Next page End' go;
    a heading 'End' or a line '5 of 22 members voted' stays.
    """
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    hits: list[int] = []
    run, rows = [], 0
    for i in filled[:VIEWER_TOP]:
        text = page.lines[i].text
        count = _controls(text)
        if count >= CONTROLS_MIN:
            rows += 1
        elif not (VIEWER_LABEL.match(text) or PAGE_COUNTER.match(text)):
            break
        run.append(i)
    if rows and len(run) >= 2:
        hits += run
    for k in filled[-AD_TAIL:]:
        if CONVERTER_AD.match(page.lines[k].text):
            hits.append(k)
            above = [i for i in filled if i < k]
            if above and BARE_PAGE_NUMBER.match(page.lines[above[-1]].text):
                hits.append(above[-1])
    return page.drop(sorted(set(hits)))
