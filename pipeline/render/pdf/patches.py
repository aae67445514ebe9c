"""Measured fixes to the libraries under WeasyPrint, applied when the PDF renderer runs;
each returns exactly what the original returns, only sooner.

pydyf's `PDF.page_references` is a property that builds a tuple of every page's
reference each time it is read, and WeasyPrint reads it once per structure element
(PDF/UA tags) and per link destination: quadratic in the page count. At ten times
the sample (179 pages, ~31,000 tagged boxes) that was 1.9 s of the PDF's writing;
at 50 times, ~25× that. The cached version is rebuilt whenever a page is added
(the cache is keyed by the length of /Kids, which only grows), so it returns exactly
what the original returns.
"""
from __future__ import annotations

_CACHE = "_pipeline_page_references"


def _cached_page_references(pdf) -> tuple[bytes, ...]:
    kids = pdf.pages["Kids"]
    cached = pdf.__dict__.get(_CACHE)
    if cached is None or cached[0] != len(kids):
        refs = tuple(f"{number} 0 R".encode("ascii") for number in kids[::3])
        cached = pdf.__dict__[_CACHE] = (len(kids), refs)
    return cached[1]


def cache_page_references() -> None:
    import pydyf

    current = getattr(pydyf.PDF, "page_references", None)
    if isinstance(current, property) and current.fget is not _cached_page_references:
        pydyf.PDF.page_references = property(_cached_page_references)


# ---- margin boxes: min-content width only when it can matter --------------------------
#
# WeasyPrint sizes a page-margin box (the running head, the folio) with
# `inner = min(max(min_content, outer - sugar), max_content)`, and computes the
# min-content width first, although it cannot change the result once `outer - sugar`
# reaches the max-content width (min-content <= max-content). For a running head of
# Chinese text every character is a break opportunity, so the min-content width lays
# the head out once per character: 8-11 % of the PDF at ten times the sample
# (bench/results.md, "Where the PDF's time goes"). The patched setter computes the
# max-content width first and the min-content width only below it: same widths.
# print.css also gives the running head the whole width, which skips the measuring
# altogether; this patch keeps a style that does not (width: auto) from paying for
# a head that fits.

def _outer_setter(box, new_outer: float) -> None:
    wanted = new_outer - box.sugar
    largest = box.max_content_size
    box.inner = largest if wanted >= largest else min(max(box.min_content_size, wanted), largest)


def size_margin_boxes_lazily() -> None:
    from weasyprint.layout import page

    current = page.OrientedBox.__dict__.get("outer")
    if isinstance(current, property) and current.fset is not _outer_setter:
        page.OrientedBox.outer = current.setter(_outer_setter)
