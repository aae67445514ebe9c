"""One measured fix to a library under WeasyPrint, applied when the PDF renderer loads.

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
