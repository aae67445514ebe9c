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
    A list item in capitals ("- NOTE") that is not a provision's label stays.
    """
    hits = [i for i, line in enumerate(page.lines) if PROVISION_LABEL.match(line.text)]
    return page.drop(hits if len(hits) >= LABELS_MIN else [])


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


RULE_LINE = re.compile(r"^\s*_{10,}\s*$")


def underscore_rule(page: Page) -> Page:
    """Drop a horizontal rule typed as a run of underscores (ten or more, nothing else on the
    line): it sets a title page's parts apart in a plain-text print and holds no letter.

    Example: "_______________________________________________________________________".
    A fill-in blank inside a line ('Name: ________') is not alone on its line and stays.
    """
    return page.drop(i for i, line in enumerate(page.lines) if RULE_LINE.match(line.text))
