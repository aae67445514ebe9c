"""(r23enleak, issue 11) Two leftovers of an English page's frame that the text never holds, decided
by shape and position, not by a site's words:

- `roman-page-number`: a front-matter page's number in lower-case roman figures alone on its line
  (`ii`, `iii`, `iv`), as a PDF's or a document-sharing site's transcript keeps it;
- `empty-contents-label`: a contents box's label (`Contents`, `Table of Contents`) left alone where
  a site's collapsed box or a removed list stood: running text comes right under it, no list; an Act's
  `Arrangement of Sections` with no numbered entry under it (r27enchrome).
"""
from __future__ import annotations

import re

from .page import Page
from .zones import is_prose

# a valid lower-case roman numeral of two letters or more (i alone may be a word or a list's mark)
ROMAN_PAGE = re.compile(r"^\s*(?=[ivxlc]{2,7}\s*$)(?=\s*[lc]*[ivx])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\s*$")


def roman_page_numbers(page: Page) -> Page:
    """Drop a front-matter page number printed in lower-case roman figures, alone on its line
    (`ii`, `iii`, `xiv`: two letters or more, no mark, no bracket), in a text with Latin words. A
    list's roman mark carries a bracket or a point (`(ii)`, `ii.`) or text after it, and stays; so
    does a single `i` or `v` (a word, a variable).

    Example: "COUNTRY REVIEW REPORT" / "ii" / "iii" / "FOREWORD" -> "ii" and "iii" go."""
    texts = page.texts()
    if not any(re.search(r"[A-Za-z]{3}", t) for t in texts[:200]):
        return page
    return page.drop(i for i, t in enumerate(texts) if ROMAN_PAGE.match(t))


# (r27codes) also a code chapter's section index label, an abbreviation alone on its line ('Sec.', 'Secs.', '§')
CONTENTS_LABEL = re.compile(r"^\s*(?:(?:table of )?contents\s*:?|secs?\.|§{1,2})\s*$", re.I)
LABEL_LOOK = 4   # non-blank lines under the label: a list's first entries, or the text
# (r27enchrome) an Act's contents label, whose entries are numbered provisions and divisions
ARRANGEMENT_LABEL = re.compile(r"^\s*(?:arrangement of (?:sections|provisions|clauses|regulations|rules|articles|paragraphs)"
                               r"|table of provisions)\s*[.:]?\s*$", re.I)
ENTRY_OPEN = re.compile(r"^\s*(?:\d|[IVXLC]+\.\s|§|(?:part|chapter|section|sec\.|division|schedule|article|title|regulation|rule|clause)\b)", re.I)


def empty_contents_label(page: Page) -> Page:
    """Drop a contents label with no list under it: `Contents` or `Table of Contents` alone on its
    line, and running text (a line of prose) among the next LABEL_LOOK non-blank lines. A site's
    contents box collapsed to its label, or a box the contents rules took away, leaves the label over
    the text; a real contents list's first entries are short lines, and it stays (a book's or an
    RFC's `Table of Contents` over its entries).

    Example: "Table of Contents" / "Granted by the King on the fourth day of …, and amended" -> the
    label goes. So does a code chapter's section index label (`Sec.`) over the first section (r27codes)."""
    texts = page.texts()
    hits = []
    for i, t in enumerate(texts):
        arrangement = ARRANGEMENT_LABEL.match(t)
        if not CONTENTS_LABEL.match(t) and not arrangement:
            continue
        below = [k for k in range(i + 1, min(len(texts), i + 1 + LABEL_LOOK * 4)) if texts[k].strip()][:LABEL_LOOK]
        if below and any(is_prose(texts[k]) for k in below):
            hits.append(i)
        elif arrangement and len(below) == LABEL_LOOK and not any(ENTRY_OPEN.match(texts[k]) for k in below):
            hits.append(i)   # (r27enchrome) 'Arrangement of Sections' over the Act's cover lines: no numbered entry under it
    return page.drop(hits)
