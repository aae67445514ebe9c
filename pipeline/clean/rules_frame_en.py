"""(r23enleak, issue 11) Two leftovers of an English page's frame that the text never holds, decided
by shape and position, not by a site's words:

- `roman-page-number`: a front-matter page's number in lower-case roman figures alone on its line
  (`ii`, `iii`, `iv`), as a PDF's or a document-sharing site's transcript keeps it;
- `empty-contents-label`: a contents box's label (`Contents`, `Table of Contents`) left alone where
  a site's collapsed box or a removed list stood: running text comes right under it, no list.
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


CONTENTS_LABEL = re.compile(r"^\s*(?:table of )?contents\s*:?\s*$", re.I)
LABEL_LOOK = 4   # non-blank lines under the label: a list's first entries, or the text


def empty_contents_label(page: Page) -> Page:
    """Drop a contents label with no list under it: `Contents` or `Table of Contents` alone on its
    line, and running text (a line of prose) among the next LABEL_LOOK non-blank lines. A site's
    contents box collapsed to its label, or a box the contents rules took away, leaves the label over
    the text; a real contents list's first entries are short lines, and it stays (a book's or an
    RFC's `Table of Contents` over its entries).

    Example: "Table of Contents" / "Granted by the King on the fourth day of …, and amended" -> the
    label goes."""
    texts = page.texts()
    hits = []
    for i, t in enumerate(texts):
        if not CONTENTS_LABEL.match(t):
            continue
        below = [k for k in range(i + 1, min(len(texts), i + 1 + LABEL_LOOK * 4)) if texts[k].strip()][:LABEL_LOOK]
        if below and any(is_prose(texts[k]) for k in below):
            hits.append(i)
    return page.drop(hits)
