"""A statistic's anchor (an empty <span class="stat">, the appendix's link target) must not change
how a justified paragraph breaks into lines. As an inline box, WeasyPrint broke the line before it
at the first break opportunity it found: a Wikipedia paragraph (xw1, "Albedo") was printed with a
line holding only "an" and the next only "al-". print.css takes the anchor out of the flow; this
test lays the real paragraph out and reads its lines back from the PDF, as a reader sees them."""
from __future__ import annotations

import pypdfium2 as pdfium
from lxml import etree

from pipeline.docbook import build_docbook
from pipeline.docbook.read import XML_ID, load_docbook, q
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.pdf import render_pdf

BEFORE = ("Albedos of typical materials in visible light range from up to 0.9 for fresh snow to about "
          "0.04 for charcoal, one of the darkest substances. Deeply shadowed cavities can achieve an "
          "effective albedo approaching the zero of a black_body. When seen from a distance, the ocean "
          "surface has a low albedo, as do most forests, whereas desert areas have some of the highest "
          "albedos among landforms. Most land areas are in an albedo range of 0.1 to 0.4.[7] The "
          "average albedo of Earth is about ")
MENTION = "0.3"
AFTER = (".[8] This is far higher than for the ocean primarily because of the contribution of "
         "clouds.")


def _doc_with_a_mention(tmp_path):
    document = Document(title="Albedo", lang="en", provenance=Provenance(source_file="t.txt"),
                        sections=[Section("s1", "Terrestrial albedo", 1,
                                          [Paragraph("p1-1", BEFORE + MENTION + AFTER)])])
    root = etree.fromstring(build_docbook(document, None))
    para = next(p for p in root.iter(q("para")) if "".join(p.itertext()).startswith("Albedos"))
    para.text = BEFORE
    phrase = etree.SubElement(para, q("phrase"), {"role": "stat", XML_ID: "p1-1-v1"})
    phrase.text, phrase.tail = MENTION, AFTER
    (tmp_path / "t.xml").write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")


def _paragraph_lines(pdf_path) -> list[str]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        for i in range(len(pdf)):
            text = pdf[i].get_textpage().get_text_range()
            if "Albedos of typical" in text:
                lines = [ln.strip() for ln in text.splitlines()]
                start = next(n for n, ln in enumerate(lines) if ln.startswith("Albedos of typical"))
                end = next(n for n, ln in enumerate(lines) if ln.endswith("clouds."))
                return lines[start:end + 1]
    finally:
        pdf.close()
    raise AssertionError("paragraph not found in the PDF")


def test_a_mention_anchor_leaves_no_one_word_lines(tmp_path):
    doc = _doc_with_a_mention(tmp_path)
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    lines = _paragraph_lines(pdf)
    assert len(lines) >= 5, lines
    short = [ln for ln in lines[:-1] if len(ln) < 40]   # a full line holds ~65 characters
    assert not short, lines


def test_the_anchor_is_still_in_the_html_where_the_mention_starts(tmp_path):
    from pipeline.render.html import docbook_to_html
    html = docbook_to_html(_doc_with_a_mention(tmp_path), Options())
    assert f'about <span id="p1-1-v1" class="stat"></span>{MENTION}{AFTER[:5]}' in html
