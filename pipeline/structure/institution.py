"""A line that names the institution, not the document (r27entitles, issue 11).

    institution_name('european flagEUROPEAN COMMISSION')        # -> 'EUROPEAN COMMISSION'
    institution_name('Alaska State Legislature · Infobases')    # -> 'Alaska State Legislature'
    institution_name('Harbour Moorings Act 2031')                # -> ''

WHY: on an institution's web page, or a document copied from one, the first line is often the
SITE's or ISSUER's name (a parliament's banner, the office's name over a letter, the logo's alt text
glued to the issuer's name by the text extraction, a site-and-section bar), and the document's own
name stands a few lines under it: under the cover lines of an EU/UN/government cover (place and date,
document numbers), or as the page's headline the browser's print header names. The evidence that
a line names the body and not the document is its form, never its words:
- it is a body's name: it opens with a body's kind and `of`/`for` (`Office of the State Comptroller`,
  `Ministry of …`) or ends in one (`… State Legislature`, `EUROPEAN COMMISSION`, `… Foundation`), at
  most NAME_WORDS words, no digit, no end mark, no kind of document (Act, Report, Plan, Letter …);
- a site's section may follow it after a bar (`Alaska State Legislature · Infobases`);
- an image's alternative text may be glued before it by the extraction: lower-case words run into the
  name's first capital with no space (`european flagEUROPEAN COMMISSION`, `Capitol iconNorthshire
  Legislature`).
Such a line is the author (or the site), never the title, WHEN a better candidate stands under it
(front._issuer_over_name, structure._header_named_under_body); alone over running text it stays the
title (an institution's own About page).
"""
from __future__ import annotations

import re

from . import signals as sg

NAME_WORDS = 10   # words of a body's name at most
# a body's kind ending its name ('… State Legislature', 'EUROPEAN COMMISSION', '… Harbour Authority')
BODY_END = re.compile(r"\b(?:legislature|parliament|assembly|congress|senate|commission|ministry|department|office|council"
                      r"|court|tribunal|agency|authority|bureau|board|committee|government|administration|secretariat"
                      r"|university|college|institute|foundation|association|society|corporation|library|service|inspectorate"
                      r"|ombudsman|comptroller|treasury|cabinet|chamber|nations|house of (?:commons|lords|representatives|assembly)"
                      # (r28notitle) an intergovernmental body's kind: 'African Peer Review Mechanism', '… Union', '… Organization'
                      r"|mechanism|union|organi[sz]ation|federation|alliance|partnership|consortium|secretariat)$", re.I)
# a body's kind opening its name ('Office of the State Comptroller', 'City of Eastbrook', 'House of Commons')
BODY_OPEN = re.compile(r"^(?:the\s+)?(?:(?:supreme|high|federal|district|national|state|royal|county|city|general|legislative|permanent"
                       r"|joint|standing|select|executive|regional|provincial|special)\s+)?"
                       r"(?:court|ministry|department|office|government|parliament|council|commission|agency|bureau|board|committee"
                       r"|house|senate|assembly|secretariat|administration|city|county|town|village|municipality|province|state"
                       r"|university|republic|kingdom|commonwealth|people's republic|faculty|school|college|institute|centre|center"
                       r"|division|directorate|inspectorate|ombudsman)\s+(?:of|for|on)\s+\S", re.I)
# a kind of document anywhere in the line: a document's name, never a body's alone
DOCUMENT_WORD = re.compile(r"\b(?:act|acts|bill|code|regulations?|rules|constitution|report|plan|guidelines?|guidance|guide|letter"
                           r"|article|chapter|section|part|budget|strategy|policy|statement|notice|order|decision|directive"
                           r"|proposal|resolution|minutes|agenda|handbook|manual|review|memorandum|speech|address|remarks"
                           r"|opinion|judgment|decree|ordinance|charter|declaration|treaty|convention|agreement|programme|program"
                           r"|framework|standards?|circular|bulletin|newsletter|release|brief|paper|proceedings|votes|hansard"
                           r"|statutes?|summary|annual|index|contents|gazette|journal|handbook|syllabus|prospectus|catalogue|schedule)\b", re.I)
# an image's alternative text glued before the name: lower-case words run into its first capital
GLUED_ALT = re.compile(r"^(?P<alt>[A-Za-z][a-z]+(?:\s+[a-z]+){0,4}[a-z])(?P<name>[A-Z][A-Za-z'’.&-]*(?:\s+\S+){0,%d})$" % (NAME_WORDS - 1))
SECTION_BAR = re.compile(r"\s+[·|•»›]\s+")
# an image's alternative text after the name, one to three lower-case words ('House of Commons portcullis')
TRAILING_ALT = re.compile(r"^(?P<name>.*[A-Za-z])\s+(?P<alt>(?!(?:of|the|and|for|on|in)\b)[a-z]{3,}(?:\s+[a-z]{3,}){0,2})$")


def _body_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= NAME_WORDS or any(ch.isdigit() for ch in text) or sg.terminal(text):
        return False
    if DOCUMENT_WORD.search(text) and not kind_modifies_body(text):
        return False
    if not all(w[:1].isupper() or w.casefold() in ("of", "the", "and", "for", "&", "on", "in") for w in words):
        return False   # a name capitalises its words ('Office of the State Comptroller'); a sentence does not
    return bool(BODY_END.search(text) or BODY_OPEN.match(text))


def kind_modifies_body(text: str) -> bool:
    """(r28notitle) A kind of document inside a body's name that qualifies the body's kind ('African
    Peer Review Mechanism', 'Budget Committee', 'Charter Review Board'): the name ends in the body's kind
    (BODY_END) and opens with no kind of document ('Report …'), and no kind of document in it has an
    'of'/'on'/'for'/'to' after it ('Report of the Audit Committee' is a document's name)."""
    words = text.split()
    if not BODY_END.search(text) or DOCUMENT_WORD.fullmatch(words[0]) or DOCUMENT_WORD.search(words[-1]):
        return False
    return not any(DOCUMENT_WORD.fullmatch(w) and nxt.casefold() in ("of", "on", "for", "to", "by")
                   for w, nxt in zip(words, words[1:]))


def glued_alt(text: str) -> tuple[str, str] | None:
    """(alt text, name) when an image's alternative text is glued before a body's name
    ('european flagEUROPEAN COMMISSION' -> ('european flag', 'EUROPEAN COMMISSION')), else None."""
    m = GLUED_ALT.match(" ".join(text.split()))
    if not m or not _body_name(m["name"]):
        return None
    return m["alt"], m["name"]


def institution_name(text: str) -> str:
    """The body's name a line is (its glued alternative text and a site section after a bar left out),
    '' when the line is no body's name alone."""
    line = " ".join(text.split())
    if not line:
        return ""
    glued = glued_alt(line)
    if glued:
        return glued[1]
    trailing = TRAILING_ALT.match(line)
    if trailing and _body_name(trailing["name"]):
        return trailing["name"]
    pieces = SECTION_BAR.split(line)
    if len(pieces) <= 2 and _body_name(pieces[0]) and (len(pieces) == 1 or len(pieces[1].split()) <= 3 and not sg.terminal(pieces[1])):
        return pieces[0]
    return ""


# a print header's pieces: 'Alaska Statutes 2031 - Chapter 01.05', 'Site | Page', 'Page · Section'
HEADER_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")
TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)*")
YEAR_TOKEN = re.compile(r"^(?:1[89]|20)\d\d$")
HEADER_NAMED_WORDS = 12
# a header's piece that is a division's label and number ('Chapter 12.04', 'Title 34', 'Part IV')
DIVISION_PIECE = re.compile(r"^(?:chapter|title|part|article|section|division|schedule|rule)\s+(?:\d+[\w.:-]*|[IVXLC]+)$", re.I)   # words of a line that holds every piece of the header, at most


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in TOKEN.findall(text)]


def header_names(lines: list[str], header: str) -> int:
    """(r27entitles) How many of a block's source `lines` the browser's print header names as the page's
    own title, 0 when it names none of them. The header repeats the page's <title>, often as `Section -
    Page` or `Site | Page`, the pieces in another order than the headline: a short block holding every
    piece's words (a piece's bare year may be left out: `Alaska Statutes 2031 - Chapter 01.05` over
    `Chapter 01.05. ALASKA STATUTES`) is named whole; a longer headline is named by the piece that names
    a kind of document (`… - Letter of Transmittal`) where a source line ends with it: the lines to that
    one (a seal's alternative text set under the headline is no part of it)."""
    pieces = [p for p in HEADER_SEPARATOR.split(" ".join(header.split())) if p]
    if len(pieces) < 2:
        return 0
    text = " ".join(" ".join(lines).split())
    have = set(_tokens(text))
    if len(text.split()) <= HEADER_NAMED_WORDS and not sg.terminal(text) \
            and all(t in have or YEAR_TOKEN.match(t) for p in pieces for t in _tokens(p)) \
            and sum(not YEAR_TOKEN.match(t) for p in pieces for t in _tokens(p)) >= 2:
        return len(lines)
    short = len(text.split()) <= HEADER_NAMED_WORDS and not sg.terminal(text)
    if short and any(DIVISION_PIECE.match(p) and _tokens(text)[:len(_tokens(p))] == _tokens(p) for p in pieces):
        return len(lines)   # 'Code 2031 - Chapter 12.04' over 'Chapter 12.04. HARBOUR MOORINGS': the division's own head
    for piece in pieces:
        words = _tokens(piece)
        if len(words) < 2 or not DOCUMENT_WORD.search(piece):
            continue
        for j in range(len(lines)):
            upto = _tokens(" ".join(lines[:j + 1]))
            if upto[-len(words):] == words:
                return j + 1
    return 0
