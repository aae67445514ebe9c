"""Verify with other margins and long unbreakable strings (issue #17, items 1 and 2).

The running heads and folios are left out by what they are (/Artifact marks, or the
page's /ArtBox in an untagged PDF), not by a fixed band of the page; a 200-character URL
and a 300-character token wrap inside the text block, so verify finds all of them.
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from lxml import etree

from pipeline.docbook.read import load_docbook
from pipeline.errors import VerifyError
from pipeline.options import Options
from pipeline.render import pdf as pdf_renderer
from pipeline.render.layout import MARGIN_BAND
from pipeline.verify import verify_edition

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
DB = "{http://docbook.org/ns/docbook}"
URL = "https://example.org/" + "/".join(f"part{i:02d}" for i in range(30)) + "?a=1&b=2"
TOKEN = "9" * 300


def _doc(extra_paras: list[str] = ()):
    root = etree.parse(str(FIXTURES / "mini.xml")).getroot()
    section = root.find(f"{DB}section")
    first = section.find(f"{DB}para")
    for k, text in enumerate(extra_paras):
        para = etree.Element(f"{DB}para", {"{http://www.w3.org/XML/1998/namespace}id": f"long{k}"})
        para.text = text
        first.addnext(para)
        first = para
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return load_docbook(data, base=FIXTURES, name="mini")


def _render(doc, variant: str, extra_css: str = "") -> bytes:
    original = pdf_renderer.checked_html

    def checked_html(d, options):
        root, css = original(d, options)
        return root, css + "\n" + extra_css

    pdf_renderer.checked_html = checked_html
    try:
        return pdf_renderer.render_pdf(doc, Options(pdf_variant=variant, pdf_chunks="off"))
    finally:
        pdf_renderer.checked_html = original


@pytest.mark.parametrize("variant", ["pdf/ua-1", "none"])
def test_narrow_margins_verify(variant):
    doc = _doc()
    data = _render(doc, variant, "@page { margin: 15mm }")
    verify_edition(doc, "pdf", data)   # raises on a lost character
    # the old fixed band would have cut body lines: the test is about something
    pdf = pdfium.PdfDocument(data)
    page = pdf[len(pdf) - 1]
    width, height = page.get_size()
    chars = page.get_textpage()
    inside = chars.get_text_bounded(left=0, bottom=height * MARGIN_BAND, right=width, top=height * (1 - MARGIN_BAND))
    assert len(inside.strip()) < len(chars.get_text_range().strip())


@pytest.mark.parametrize("variant", ["pdf/ua-1", "none"])
def test_long_url_and_token_wrap_inside_the_text_block(variant):
    doc = _doc([f"网址{URL}。", f"编号{TOKEN}。", f"The link {URL} and the number {TOKEN} end here."])
    data = _render(doc, variant)
    verify_edition(doc, "pdf", data)
    pdf = pdfium.PdfDocument(data)
    for index in range(len(pdf)):
        page = pdf[index]
        width, _height = page.get_size()
        text = page.get_textpage()
        for k in range(text.count_chars()):
            left, _b, right, _t = text.get_charbox(k)
            assert 0 <= left and right <= width - 30, f"page {index + 1}: a character drawn at {right:.0f} of {width:.0f}"


def test_a_page_with_the_text_cut_off_names_it():
    doc = _doc([f"网址{URL}。"])
    data = _render(doc, "pdf/ua-1", "main p { overflow-wrap: normal; white-space: nowrap }")
    with pytest.raises(VerifyError, match="outside the page|not in order|nothing there"):
        verify_edition(doc, "pdf", data)
