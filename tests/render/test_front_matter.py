"""One front-matter rule for the three editions: their title pages read the same lines, in the
same order (the DOCX once wrote '温家宝 国务院总理' where the PDF wrote '国务院总理 温家宝')."""
from __future__ import annotations

import io
import re
import zipfile

import pypdfium2 as pdfium
import pytest
from lxml import etree

from common import REAL_DOCUMENTS
from pipeline.build import load_intermediate, make_xml
from pipeline.options import Options
from pipeline.render import render
from pipeline.render.front_matter import author_line, front_matter

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XHTML = "{http://www.w3.org/1999/xhtml}"
TITLE_STYLES = {"Title", "Subtitle", "Author", "Date"}
SPACE = re.compile(r"\s+")


def test_author_line_rule():
    assert author_line("温家宝", "国务院总理", "zh-CN") == "国务院总理\u3000温家宝"
    assert author_line("Jane Doe", "Mayor", "en") == "Jane Doe, Mayor"
    assert author_line("广东省人民政府", "", "zh-CN") == "广东省人民政府"


def test_the_dateline_states_the_date_so_it_is_not_repeated():
    info = ('<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="zh-CN"><info>'
            '<title>T</title><subtitle>——2009年3月5日在会议上</subtitle>'
            '<author><personname>温家宝</personname><affiliation><jobtitle>国务院总理</jobtitle>'
            '</affiliation></author><date>2009-03-05</date></info></article>')
    fm = front_matter(etree.fromstring(info.encode()), "zh-CN")
    assert fm.authors == ("国务院总理\u3000温家宝",) and fm.names == ("温家宝",)
    assert fm.shown_date == ""
    fm = front_matter(etree.fromstring(info.replace("——2009年3月5日在会议上", "在会议上").encode()), "zh-CN")
    assert fm.shown_date == "2009年3月5日"


def test_an_office_printed_before_the_name_reads_as_the_same_speaker():
    info = ('<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="zh-CN"><info>'
            '<title>T</title><author><personname><honorific>国务院总理</honorific>'
            '<othername>温家宝</othername></personname></author></info></article>')
    fm = front_matter(etree.fromstring(info.encode()), "zh-CN")
    assert fm.authors == ("国务院总理\u3000温家宝",) and fm.names == ("温家宝",)


def _pdf_title_page(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        return pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def _docx_title_page(data: bytes) -> str:
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).find(f"{W}body")
    lines = []
    for p in body.iterfind(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in TITLE_STYLES:
            lines.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return "\n".join(lines)


def _epub_title_page(data: bytes) -> str:
    page = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("EPUB/text/title_page.xhtml"))
    section = page.find(f".//{XHTML}section")
    return "\n".join("".join(el.itertext()) for el in section if isinstance(el.tag, str))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["hexi-2010", "national-2009-gov-report-crlf-bom"])
def test_three_editions_show_the_same_title_page(name, tmp_path):
    xml = make_xml(REAL_DOCUMENTS[name], tmp_path / f"{name}.xml", Options()).xml
    doc = load_intermediate(xml)
    fm = front_matter(doc.root, doc.lang, doc.name)
    expected = [fm.title, fm.subtitle, *fm.authors, fm.shown_date]
    expected = SPACE.sub("", "".join(expected))
    options = Options(pdf_chunks="off")
    shown = {
        "pdf": _pdf_title_page(render("pdf", doc, options)),
        "docx": _docx_title_page(render("docx", doc, options)),
        "epub": _epub_title_page(render("epub", doc, options)),
    }
    for fmt, text in shown.items():
        assert SPACE.sub("", text) == expected, (fmt, text)
    if name.startswith("national"):
        assert "国务院总理\u3000温家宝" in fm.authors
