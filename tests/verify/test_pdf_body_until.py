"""pdf_body stops reading at the page where the body is matched (verify/extract.py), and
reads on to the last page when a body character is missing; verify's verdicts are those of
reading every page. A hand-made PDF: a front-matter page labelled i, then body pages 1–3,
the last one standing for a generated appendix.
"""
from __future__ import annotations

import io

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name

from pipeline.verify import extract
from pipeline.verify.exact import whitespace_mismatch
from pipeline.verify.extract import pdf_body
from pipeline.verify.subsequence import first_missing, fold

PAGES = ["Contents", "Alpha beta", "gamma delta", "Appendix table 42"]


def _pdf() -> bytes:
    pdf = pikepdf.new()
    font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica))
    for text in PAGES:
        page = pdf.add_blank_page(page_size=(595, 842))
        page.obj.Resources = Dictionary(Font=Dictionary(F1=font))
        page.obj.Contents = pdf.make_stream(f"BT /F1 12 Tf 72 400 Td ({text}) Tj ET".encode())
    pdf.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(S=Name.r), 1, Dictionary(S=Name.D, St=1)]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_body_page_is_found_from_the_labels():
    assert extract._body_start(_pdf()) == 1


def test_reading_stops_where_the_body_is_matched():
    data = _pdf()
    full = pdf_body(data)
    part = pdf_body(data, until=fold("Alpha beta\ngamma"))
    assert len(full.page_starts) == 3 and len(part.page_starts) == 2
    assert full.text.startswith(part.text) and "Appendix" not in part.text


def test_a_lost_character_reads_every_page():
    data = _pdf()
    body = fold("Alpha beta\ngammaZ")
    part = pdf_body(data, until=body)
    assert part == pdf_body(data)
    assert first_missing(body, fold(part.text)) == len(body) - 1


@pytest.mark.parametrize("body", ["Alpha beta\ngamma", "Alphabeta gamma", "Alpha beta gam ma", "Alpha beta\ngamma delta"])
def test_same_verdicts_as_reading_every_page(body):
    data = _pdf()
    full, part = pdf_body(data).text, pdf_body(data, until=fold(body)).text
    assert first_missing(fold(body), fold(part)) == first_missing(fold(body), fold(full))
    assert whitespace_mismatch(body, part) == whitespace_mismatch(body, full)
