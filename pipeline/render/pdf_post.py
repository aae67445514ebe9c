"""After WeasyPrint: page labels, fixed metadata dates and a deterministic save.

    pdf_bytes = finish_pdf(raw, front_pages=3)

Front matter pages are labelled i, ii, …; the body (and the appendix, which
continues it) 1, 2, …, so a viewer shows the printed numbers. pikepdf keeps the
structure tree (PDF/UA tags) as it is; /ID is derived from the content, so the
same input always gives the same bytes. The Chinese justification gaps leave the
text layer here (`pdf_textlayer`).
"""
from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name

from .pdf_textlayer import drop_justification_spaces


def page_labels(front_pages: int) -> Dictionary:
    nums = Array()
    if front_pages > 0:
        nums.extend([0, Dictionary(S=Name.r)])
    nums.extend([front_pages, Dictionary(S=Name.D, St=1)])
    return Dictionary(Nums=nums)


def finish_pdf(raw: bytes, front_pages: int) -> bytes:
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        pdf.Root.PageLabels = page_labels(front_pages)
        drop_justification_spaces(pdf)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return out.getvalue()
