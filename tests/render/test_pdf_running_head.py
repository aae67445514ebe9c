"""The running head of a page with no section in it names the part alone, centred over the text
block. The gap between part and section used to be written between the two strings, so such a
page (a part's opening pages, a web page's "See also") carried two invisible ideographic spaces
after the part and the visible head sat a character left of centre. Measured on the PDF."""
from __future__ import annotations

import pypdfium2 as pdfium

from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.pdf import render_pdf

LONG = "The overall albedo of the Moon is measured to be around one tenth of the light. " * 60


def _heads(tmp_path) -> list[tuple[str, float, float]]:
    """(text, centre of its glyphs, centre of the page) of each body page's running head."""
    sections = [Section("s1", "Terrestrial albedo", 1, [Paragraph("p1-1", LONG)],
                        [Section("s1-1", "Snow", 2, [Paragraph("p1-1-1", LONG)])])]
    document = Document(title="Albedo", lang="en", provenance=Provenance(source_file="t.txt"),
                        sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    (tmp_path / "t.pdf").write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    pdf = pdfium.PdfDocument(str(tmp_path / "t.pdf"))
    heads = []
    try:
        for i in range(len(pdf)):
            page, text = pdf[i], pdf[i].get_textpage()
            width, height = page.get_size()
            boxes = [(text.get_text_range(n, 1), text.get_charbox(n)) for n in range(text.count_chars())]
            top = [(ch, box) for ch, box in boxes if box[1] > height * 0.9 and ch.strip()]
            if top:
                left, right = min(b[0] for _, b in top), max(b[2] for _, b in top)
                heads.append(("".join(ch for ch, _ in top), (left + right) / 2, width / 2))
    finally:
        pdf.close()
    return heads


def test_a_head_naming_only_the_part_is_centred(tmp_path):
    heads = _heads(tmp_path)
    part_only = [h for h in heads if h[0] == "Terrestrialalbedo"]
    with_section = [h for h in heads if h[0].endswith("Snow")]
    assert part_only and with_section, heads
    for text, centre, page_centre in part_only:
        assert abs(centre - page_centre) < 2, (text, centre, page_centre)
