"""Running heads and folios marked /Artifact are left out of the body area (verify/extract.py).

WeasyPrint's own PDFs mark only rules and the chunked layout's folio forms as artifacts, so
this path is exercised on a small hand-made PDF: a head drawn as artifact text on the page,
a folio drawn as artifact text inside a form XObject, and body text between them.
"""
from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
from pikepdf import Dictionary, Name

from pipeline.verify.extract import _artifact_boxes, body_area


def _pdf(folio_in_form: bool) -> bytes:
    pdf = pikepdf.new()
    font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
    folio = b"/Artifact BMC BT /F1 10 Tf 290 30 Td (7) Tj ET EMC\n"
    content = (b"/Artifact <</Type /Pagination>> BDC BT /F1 10 Tf 72 800 Td (Running head) Tj ET EMC\n"
               b"/P <</MCID 0>> BDC BT /F1 12 Tf 72 400 Td (Body text) Tj ET EMC\n")
    resources = Dictionary(Font=Dictionary(F1=font))
    if folio_in_form:
        form = pdf.make_stream(folio, Type=Name.XObject, Subtype=Name.Form, BBox=[0, 0, 595, 842],
                               Resources=Dictionary(Font=Dictionary(F1=font)))
        resources.XObject = Dictionary(Fx=form)
        content += b"q /Fx Do Q\n"
    else:
        content += folio
    page = pdf.add_blank_page(page_size=(595, 842))
    page.obj.Resources = resources
    page.obj.Contents = pdf.make_stream(content)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _boxes(data: bytes):
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        return _artifact_boxes(page), body_area(page), page.get_size()
    finally:
        pdf.close()


def test_artifact_text_on_the_page_bounds_the_body_area():
    boxes, (left, bottom, right, top), (width, height) = _boxes(_pdf(folio_in_form=False))
    assert len(boxes) == 2                      # the head and the folio, not the body text
    assert 795 <= top <= 801                    # the head's lower edge (its descenders)
    assert 30 < bottom < 45                     # the folio's upper edge
    assert (left, right) == (0.0, width)


def test_artifact_text_inside_a_form_is_found():
    boxes, (_l, bottom, _r, top), _size = _boxes(_pdf(folio_in_form=True))
    assert len(boxes) == 2
    assert 30 < bottom < 45 and 795 <= top <= 801


def test_body_text_is_not_an_artifact():
    pdf = pdfium.PdfDocument(_pdf(folio_in_form=False))
    try:
        page = pdf[0]
        left, bottom, right, top = body_area(page)
        text = page.get_textpage().get_text_bounded(left=left, bottom=bottom, right=right, top=top)
    finally:
        pdf.close()
    assert "Body text" in text and "Running head" not in text and "7" not in text
