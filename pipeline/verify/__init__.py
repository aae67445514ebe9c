"""Verify: the edition's body text is the XML body's, character for character and space for space.

    from pipeline.verify import verify_edition
    verify_edition(intermediate, "pdf", pdf_bytes)   # raises VerifyError naming the place

The text is extracted back out of the edition (PDF: the body pages without running heads
and folios, which are left out by what they are — `extract.body_area`; DOCX without the TOC
fields; EPUB without generated pages). Two checks, both linear in the length of the texts:
1. every non-space character of the XML body is there, in order (`subsequence`): text lost;
2. between characters the edition writes next to each other, the whitespace agrees with the
   body's under the normalisations stated in `exact` (line breaks, a hyphen that ends a line,
   NFKC): an added or a dropped space. The PDF's Chinese justification, for instance, widens
   glyph advances (`render/pdf/justify.py`); were it drawn as spaces, this fails.
The message names the place (page, a few characters of the edition around it) and what was
found there. It does not say what happens to the file: the caller knows (`build`).
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..docbook.read import Intermediate
from ..errors import VerifyError
from .exact import strip_gaps, whitespace_mismatch
from .extract import EXTRACTORS, blank_opening, edition_text, pdf_body
from .subsequence import first_missing, fold, split_neutral, split_reordered

__all__ = ["verify_edition", "edition_text", "first_missing", "EXTRACTORS"]

PASSAGE = 24   # characters of the lost passage shown in the message
AROUND = 10    # characters of the edition shown either side of a whitespace mismatch


def verify_edition(doc: Intermediate, fmt: str, data: bytes) -> None:
    """Raise VerifyError if the edition lost a character of the XML body, or adds or drops a space."""
    from ..docbook.text import body_text

    body_raw = unicodedata.normalize("NFKC", body_text(doc.root))
    body, body_moved = split_reordered(fold(body_raw))
    label = f"the {fmt.upper()} edition of {doc.name}"
    if fmt == "pdf" and body_moved:
        from .extract import pdf_text_logical
        found, found_moved = split_reordered(fold(pdf_text_logical(data)))
        (body, body_neutral), (found, found_neutral) = split_neutral(body), split_neutral(found)
        # poppler joins a word broken after its own hyphen at a line end (three-⏎dimensional ->
        # threedimensional): a hyphen-minus it does not give back is not counted as lost
        lost_neutral = Counter(body_neutral.replace("-", "")) - Counter(found_neutral)
        for lost, what in ((Counter(body_moved) - Counter(found_moved), "text in a right-to-left or Indic script"),
                           (lost_neutral, "punctuation")):
            if lost:
                raise VerifyError(f"{label} lost {what} “{''.join(sorted(lost.elements()))[:PASSAGE]}”")
        at = first_missing(body, found)
        if at is not None:
            raise VerifyError(f"{label} lost text at “{body[at:at + PASSAGE]}” (body character {at + 1} of {len(body)})")
        return   # poppler's logical order: its whitespace around reordered runs is not compared
    pages = None
    if fmt == "pdf":
        try:
            pages = pdf_body(data, until=body)
        except Exception as exc:   # pdfium raises its own error types for an unreadable file
            raise VerifyError(f"{label} cannot be read back: {exc}") from None
        text = pages.text
    else:
        text = unicodedata.normalize("NFKC", edition_text(fmt, data))
    text = blank_opening(text, *_opening(doc, fmt))
    at = first_missing(body, fold(text))
    if at is not None:
        passage = body[at:at + PASSAGE]
        raise VerifyError(f"{label} lost text at “{passage}” (body character {at + 1} of {len(body)}): "
                          + _found_instead(fmt, data, body_raw, at))
    problem = whitespace_mismatch(body_raw, text)
    if problem is not None:
        where = f" on page {pages.page_at(problem.edition_at)}" if pages is not None else ""
        shown = _around(text, problem.edition_at)
        what = "adds a space the XML body does not have" if problem.added else "drops the space the XML body has"
        raise VerifyError(f"{label} {what}{where}: “{shown}”")


def _opening(doc: Intermediate, fmt: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the cover lines, the lines printed from <info> after them): the PDF opens body page 1
    with title, dateline and speaker; the title page of the DOCX and of the EPUB, read with the
    body, adds the date."""
    from ..render.front_matter import front_matter

    front = front_matter(doc.root, doc.lang)
    again = (front.title, front.subtitle, *front.authors) + ((front.shown_date,) if fmt != "pdf" else ())
    return tuple(line.text for line in front.cover), tuple(x for x in again if x)


def _around(text: str, at: int) -> str:
    return text[max(0, at - AROUND):at + AROUND].replace("\n", "⏎")


def _found_instead(fmt: str, data: bytes, body_raw: str, at: int) -> str:
    """What the edition holds where the body's text should be: the text drawn outside the
    page or outside the text block, a character without a glyph, or nothing."""
    _chars, _gaps, where = strip_gaps(body_raw)
    start = where[at]
    words = body_raw[start:start + PASSAGE].split()
    probe = words[0][:12] if words else ""
    if fmt == "pdf" and probe:
        place = _pdf_place(data, probe)
        if place:
            return place
    return "nothing there (not in the edition's text)"


def _pdf_place(data: bytes, probe: str) -> str | None:
    import pypdfium2 as pdfium

    from .extract import _body_start, body_area

    pdf = pdfium.PdfDocument(data)
    try:
        start = _body_start(data)
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            searcher = textpage.search(probe, match_case=True)
            hit = searcher.get_next()
            if hit is None:
                continue
            if "\ufffd" in probe:
                return f"a character without a glyph (page index {index + 1})"
            x0, y0, x1, y1 = textpage.get_charbox(hit[0] + hit[1] - 1)
            width, height = page.get_size()
            name = f"page {index - start + 1}" if index >= start else f"front-matter page {index + 1}"
            if x1 > width or x0 < 0 or y0 < 0 or y1 > height:
                return f"“{probe}” is drawn outside the page ({name}) and cut off"
            left, bottom, right, top = body_area(page)
            if y0 < bottom or y1 > top:
                return f"“{probe}” is drawn outside the text block ({name}), among running heads and folios"
            return f"“{probe}” is on {name}, but not in order with the text before it"
    finally:
        pdf.close()
    return None
