"""Lay the PDF out in three parts, each page once: body, appendix, front matter.

    parts = split_parts(html_root)          # one HTML tree -> three documents
    document = lay_out_parts(parts, layout) # WeasyPrint Document of all pages

Why not one HTML and `target-counter()`: WeasyPrint settles target-counter numbers by
laying pages out again, so every page holding a contents entry or an appendix
back-link was laid out two or three times, and its bookkeeping grows with links ×
anchors (at ten times the sample's length, a quarter of the PDF's time). The numbers
do not need it: the body is numbered from 1 whatever the front matter holds, and
the appendix follows the body. So the body is laid out first; its anchors give the
page of every back-link target, the appendix is laid out with those numbers as text
and continues the folio; then the front matter, whose contents and list of figures
now know every page. The pages of the three are written as one PDF (one font
subset per face, one outline, one structure tree, links resolved across parts).
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

PAGE_ATTRIBUTE = "data-page"   # print.css shows it: leader("·") attr(data-page), （第…页）


@dataclass(frozen=True)
class Parts:
    """Three <html> trees with the same <head>: front matter, body, appendix (or None)."""
    front: etree._Element
    body: etree._Element
    appendix: etree._Element | None


def split_parts(root: etree._Element) -> Parts:
    """Cut the whole-document HTML (docbook_to_html's tree) into its parts; moves, not copies,
    the body's elements, so `root` is consumed."""
    body_el = root.find("body")
    front_div = body_el.find("div[@class='front']")
    main = body_el.find("main")
    appendices = [el for el in main if el.get("class") == "appendix"]

    def shell() -> tuple[etree._Element, etree._Element]:
        html = etree.Element("html", dict(root.attrib))
        html.append(copy.deepcopy(root.find("head")))
        return html, etree.SubElement(html, "body", dict(body_el.attrib))

    front, fbody = shell()
    if front_div is not None:
        fbody.append(front_div)
    body, bbody = shell()
    for el in appendices:
        main.remove(el)
    bbody.append(main)
    appendix = None
    if appendices:
        appendix, abody = shell()
        # Same page type as the body (running heads, folio); not the body's start anchor
        amain = etree.SubElement(abody, "main", {k: v for k, v in main.attrib.items() if k != "id"})
        amain.extend(appendices)
    return Parts(front=front, body=body, appendix=appendix)


def anchor_pages(document) -> dict[str, int]:
    """The index of the page each anchor of `document` is on (its first, if it spans pages)."""
    pages: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            pages.setdefault(name, index)
    return pages


def number_pages(pages: dict[str, int], first: int) -> dict[str, str]:
    """Anchor -> page index, to anchor -> printed number when the first page is numbered `first`."""
    return {name: str(first + index) for name, index in pages.items()}


def page_numbers(document, first: int) -> dict[str, str]:
    """Printed page number of every anchor in `document`, whose first page is numbered `first`."""
    return number_pages(anchor_pages(document), first)


def write_page_numbers(root: etree._Element, numbers: dict[str, str]) -> None:
    """Give each contents entry and back-link the page of its target (data-page)."""
    for a in root.iter("a"):
        href = a.get("href", "")
        if href.startswith("#") and href[1:] in numbers:
            a.set(PAGE_ATTRIBUTE, numbers[href[1:]])


VERSO_START = "html { break-before: left }"   # the side of the first page of a document


def continue_folio(first: int) -> str:
    """CSS for a part whose first body page is numbered `first` (the appendix after the body).

    An even number must also start the part on a left-hand page, or a style's :left and
    :right page rules (mirrored margins, folios at the outer corner) would follow the
    part's own page count instead of the folio. WeasyPrint takes the side of a
    document's first page from the root's break-before (and adds no blank page for it).
    """
    rule = f"@page :nth(1 of body) {{ counter-reset: page {first} }}"
    return rule + ("\n" + VERSO_START if first % 2 == 0 else "")


def lay_out_parts(parts: Parts, layout: Callable[[etree._Element, str], object],
                  fit_appendix: Callable[[etree._Element], None] | None = None):
    """Lay out body, appendix, front matter in that order; one Document of all their pages.

    `layout(html_root, extra_css)` returns a WeasyPrint Document; every part must be
    laid out with the same font configuration so that fonts are shared when written.
    `fit_appendix(appendix_root)` runs once its back-links know their pages (the tables'
    column widths: tablefit.py).
    """
    body = layout(parts.body, "")
    numbers = page_numbers(body, 1)
    pages = list(body.pages)
    if parts.appendix is not None:
        first = len(body.pages) + 1
        write_page_numbers(parts.appendix, numbers)
        if fit_appendix is not None:
            fit_appendix(parts.appendix)
        appendix = layout(parts.appendix, continue_folio(first))
        numbers.update(page_numbers(appendix, first))
        pages += appendix.pages
    write_page_numbers(parts.front, numbers)
    front = layout(parts.front, "")
    # The front matter's metadata (title, authors, language) is the document's
    return front.copy(list(front.pages) + pages)
