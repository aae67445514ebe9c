"""After WeasyPrint: page labels, fixed metadata dates and a deterministic save.

    pdf_bytes = finish_pdf(raw, front_pages=3)

Front matter pages are labelled i, ii, …; the body (and the appendix, which
continues it) 1, 2, …, so a viewer shows the printed numbers. pikepdf keeps the
structure tree (PDF/UA tags) as it is; /ID is derived from the content, so the
same input always gives the same bytes.

`set_art_boxes` runs while WeasyPrint writes (its `finisher`): each page's /ArtBox is the
page's content box, so a reader of an untagged PDF (no /Artifact marks) can still leave
running heads and folios out by where the style put them, whatever its margins and paper.
"""
from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String


def page_labels(front_pages: int) -> Dictionary:
    nums = Array()
    if front_pages > 0:
        nums.extend([0, Dictionary(S=Name.r)])
    nums.extend([front_pages, Dictionary(S=Name.D, St=1)])
    return Dictionary(Nums=nums)


def name_file(pdf: pikepdf.Pdf, identifier: bytes) -> None:
    """The trailer's /ID before a deterministic save: qpdf keeps its first element (the
    document's name, as pydyf wrote it when it was given one) and derives the second from
    the content. WeasyPrint writes no /ID of its own (pdf_identifier=False): pydyf would
    serialize and compress every object a second time to hash the file (about 4 % of
    the PDF's CPU), only for the save to replace the hash (bench/results.md)."""
    pdf.trailer.ID = Array([String(identifier), String(identifier)])


def finish_pdf(raw: bytes, front_pages: int, charts=None, identifier: bytes = b"pipeline") -> bytes:
    """`charts`: the fetcher's ChartPlaceholders, whose placeholders become the charts' PDFs."""
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        name_file(pdf, identifier)
        pdf.Root.PageLabels = page_labels(front_pages)
        if charts is not None:
            charts.embed(pdf)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return out.getvalue()


def set_art_boxes(document, pdf) -> None:
    """WeasyPrint finisher: /ArtBox = the CSS content box of each page, in PDF points."""
    import pydyf

    kids = pdf.pages["Kids"][::3]
    for page, number in zip(document.pages, kids):
        box = page._page_box          # WeasyPrint keeps the laid-out page box here
        height = box.margin_height()
        top, bottom = box.content_box_y(), box.content_box_y() + box.height
        left, right = box.content_box_x(), box.content_box_x() + box.width
        pdf.objects[number]["ArtBox"] = pydyf.Array(
            [round(v * 0.75, 3) for v in (left, height - bottom, right, height - top)])


def embed_charts(data: bytes, charts) -> bytes:
    """The chunked layout's merged PDF with its chart placeholders swapped (finish_pdf does it
    for a single layout); unchanged bytes when there is nothing to swap."""
    if charts is None or not charts.pdfs:
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if not charts.embed(pdf):
            return data
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
