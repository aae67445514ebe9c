"""Verify: no body text lost in an edition.

    from pipeline.verify import verify_edition
    verify_edition(intermediate, "pdf", pdf_bytes)   # raises VerifyError naming the lost passage

The text is extracted back out of the edition (PDF without running heads, folios
and front matter; DOCX without the TOC fields; EPUB without generated pages) and
the XML body must appear in it, in order: a greedy in-order subsequence test on
whitespace-stripped, NFKC-folded text, linear in the length of both.
"""
from __future__ import annotations

from collections import Counter

from ..docbook.read import Intermediate
from ..errors import VerifyError
from .extract import EXTRACTORS, edition_text
from .subsequence import first_missing, fold, split_rtl

__all__ = ["verify_edition", "edition_text", "first_missing", "EXTRACTORS"]

PASSAGE = 24   # characters of the lost passage shown in the message


def verify_edition(doc: Intermediate, fmt: str, data: bytes) -> None:
    """Raise VerifyError if any character of the XML body is missing from the edition."""
    from ..docbook.text import body_text

    body, body_rtl = split_rtl(fold(body_text(doc.root)))
    if fmt == "pdf" and body_rtl:
        from .extract import pdf_text_logical
        found, found_rtl = split_rtl(fold(pdf_text_logical(data)))
    else:
        found, found_rtl = split_rtl(fold(edition_text(fmt, data)))
    lost_rtl = Counter(body_rtl) - Counter(found_rtl)
    if lost_rtl:
        chars = "".join(sorted(lost_rtl))[:PASSAGE]
        raise VerifyError(f"the {fmt.upper()} edition of {doc.name} lost right-to-left text “{chars}”; "
                          "the previous edition was kept")
    at = first_missing(body, found)
    if at is not None:
        passage = body[at:at + PASSAGE]
        raise VerifyError(
            f"the {fmt.upper()} edition of {doc.name} lost text at “{passage}” "
            f"(body character {at + 1} of {len(body)}); the previous edition was kept"
        )
