"""Verify reads the body, not the title block body page 1 prints again above it.

A work report copied off a portal keeps its own title block in the body (the title, and the dateline
with the speaker glued on: `…会议上示例市市长王某某`); the PDF opens body page 1 with the title,
dateline and speaker from <info> (`示例市市长　王某某`). Matched in order, the body's copy was taken
for the opening's and verify named a space the body does not have: the build wrote no PDF.
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from pipeline.docbook.read import load_docbook
from pipeline.errors import VerifyError
from pipeline.options import Options
from pipeline.render import pdf as pdf_renderer
from pipeline.verify import verify_edition
from pipeline.verify.extract import blank_opening

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TITLE = "示例市2010年政府工作报告"
DATELINE = "2010年1月8日在示例市第十五届人民代表大会第五次会议上"


def test_the_opening_lines_are_blanked_and_the_cover_lines_kept():
    text = "示例市人民政府\n示例市2010年政府\n工作报告\n市长 王某某\n示例市2010年政府工作报告\n各位代表："
    out = blank_opening(text, ("示例市人民政府",), (TITLE, "市长\u3000王某某"))
    assert len(out) == len(text)                        # offsets unchanged: messages still name the page
    assert out.startswith("示例市人民政府\n")
    assert "".join(out.split()) == "示例市人民政府示例市2010年政府工作报告各位代表："


def test_a_page_that_does_not_open_with_them_is_left_alone():
    text = "各位代表：\n现在，我代表市人民政府"
    assert blank_opening(text, (), (TITLE,)) == text


def _report():
    """mini.xml with the speaker's office before the name and the body opening with its own copy
    of the title block, the speaker glued to the dateline."""
    root = etree.parse(str(FIXTURES / "mini.xml")).getroot()
    info = root.find(f"{DB}info")
    author = info.find(f"{DB}author")
    author.clear()
    name = etree.SubElement(author, f"{DB}personname")
    etree.SubElement(name, f"{DB}honorific").text = "示例市市长"
    etree.SubElement(name, f"{DB}othername").text = "王某某"
    info.find(f"{DB}subtitle").text = DATELINE
    first = root.find(f"{DB}para")
    for k, text in enumerate((TITLE, DATELINE + "示例市市长王某某")):
        para = etree.Element(f"{DB}para", {XML_ID: f"p0-0{k}"})
        para.text = text
        first.addprevious(para)
    return root


def _load(root):
    return load_docbook(etree.tostring(root, xml_declaration=True, encoding="UTF-8"), base=FIXTURES, name="mini")


@pytest.fixture(scope="module")
def rendered():
    root = _report()
    return root, pdf_renderer.render_pdf(_load(root), Options(pdf_chunks="off"))


@pytest.mark.slow
def test_a_body_that_repeats_the_title_block_verifies(rendered):
    root, data = rendered
    verify_edition(_load(root), "pdf", data)   # raised "adds a space … 市长 王某某" before


@pytest.mark.slow
def test_the_body_copy_lost_is_named_though_the_opening_prints_the_same_words(rendered):
    root, data = rendered
    more = copy.deepcopy(root)
    glued = more.find(f"{DB}para[@{XML_ID}='p0-01']")
    glued.addnext(etree.Element(f"{DB}para", {XML_ID: "p0-02"}))
    glued.getnext().text = "示例市市长王某某"    # in the opening, not a second time in the body
    with pytest.raises(VerifyError, match="lost text"):
        verify_edition(_load(more), "pdf", data)


def _epub(body: str) -> bytes:
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                   '<rootfiles><rootfile full-path="EPUB/content.opf"/></rootfiles></container>')
        z.writestr("EPUB/content.opf", '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
                   '<item id="c1" href="text/ch001.xhtml"/></manifest><spine><itemref idref="c1"/></spine></package>')
        z.writestr("EPUB/text/ch001.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
    return buf.getvalue()


def test_the_epub_title_heading_over_the_front_text_is_not_read_as_body():
    from pipeline.verify.extract import epub_text
    text = epub_text(_epub('<section class="level1 unnumbered unlisted front"><h1 class="unnumbered unlisted front">'
                           '§ 21.11 Standard organization</h1><p>1</p><p>eCFR Content</p></section>'))
    assert text == "1eCFR Content"     # the section's text stays, its generated heading goes
