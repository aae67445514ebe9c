"""Laid-out text (a literallayout: ASCII art, a diagram, an aligned table) is kept whole on a page
when it fits one: RFC 4648's 13-line diagram of test vectors was printed 9 lines on one page and 4
on the next. Read back from the PDF: wherever the text before it ends, the block's first and last
lines are on one page."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.pdf import render_pdf

ART = "\n".join(["+--first octet--+-second octet--+--third octet--+",
                 *[f"|{i} 6 5 4 3 2 1 0|7 6 5 4 3 2 1 0|7 6 5 4 3 2 1 0|" for i in range(10)],
                 "+-----------+---+-------+-------+---+-----------+",
                 "|5 4 3 2 1 0|5 4 3 2 1 0|5 4 3 2 1 0|5 4 3 2 1 0| LAST"])
SENTENCE = "The encoding process represents 24-bit groups of input bits as output strings. "


@pytest.mark.parametrize("sentences", [50, 54, 58, 62, 66])
def test_a_layout_block_is_not_split_across_pages(tmp_path, sentences):
    document = Document(title="Diagram", lang="en", provenance=Provenance(source_file="t.txt"),
                        sections=[Section("s1", "Examples", 1, [
                            Paragraph("p1-1", SENTENCE * sentences),
                            Paragraph("p1-2", ART, verbatim="layout"),
                            Paragraph("p1-3", "After the diagram.")])])
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    (tmp_path / "t.pdf").write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    pdf = pdfium.PdfDocument(str(tmp_path / "t.pdf"))
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    first = [i for i, t in enumerate(texts) if "+--first octet--+" in t]
    last = [i for i, t in enumerate(texts) if "| LAST" in t]
    assert first and first == last, (first, last)
