"""Made-up documents with lines printed ABOVE their title (r23cover) built into all three
editions: a 公文 with its red header and number, an English statute with its citation lines.
Each edition prints them over the title, in order, as a reader sees them (the PDF's text, the
DOCX's paragraphs, the EPUB's title page), and the build's verify counted them as body text."""
import zipfile

import pypdfium2 as pdfium
import pytest
from lxml import etree

from common import build_text
from structure.test_cover_lines import NOTICE as STRUCTURE_NOTICE, STATUTE

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XHTML = "{http://www.w3.org/1999/xhtml}"

# the structure tests' made-up documents (tests/structure/test_cover_lines.py); the notice signed
NOTICE = STRUCTURE_NOTICE + "\n\n青川省人民政府办公厅\n\n2011年4月12日\n"
CASES = {
    "notice": (NOTICE, ["青川省人民政府办公厅文件", "青政办发〔2011〕17号"], "青川省人民政府办公厅关于做好农村饮水安全工作的通知"),
    "statute": (STATUTE, ["S.Q. 1991, c. 27", "Bill 44, 2nd Session, 35th Legislature"], "The Harbour Lights Act"),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def built(request, tmp_path_factory):
    text, cover, title = CASES[request.param]
    root = build_text(tmp_path_factory.mktemp(request.param), f"{request.param}.txt", text)
    return root, request.param, cover, title


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _in_order(text: str, lines: list[str]) -> bool:
    """Each of `lines` (spaces aside) is in `text`, one after another."""
    at = 0
    for line in lines:
        at = text.find(_squeezed(line), at)
        if at < 0:
            return False
        at += len(_squeezed(line))
    return True


def test_the_xml_writes_the_cover_lines_first_in_info(built):
    root, name, cover, title = built
    info = etree.parse(str(root / "build" / f"{name}.xml")).getroot().find(f"{DB}info")
    assert [el.text for el in info.iterfind(f"{DB}bibliomisc")] == cover
    assert info[len(cover)].tag == f"{DB}title" and "".join(info[len(cover)].itertext()) == title


def test_pdf_prints_them_above_the_title_on_the_title_page_and_body_page_1(built):
    root, name, cover, title = built
    pdf = pdfium.PdfDocument(str(root / "output" / f"{name}.pdf"))
    try:
        pages = [_squeezed(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    finally:
        pdf.close()
    assert _in_order(pages[0], cover + [title])
    opening = next(p for p in pages[1:] if _squeezed(title) in p and _squeezed(cover[0]) in p)
    assert _in_order(opening, cover + [title])


def test_docx_puts_them_before_the_title_paragraph(built):
    root, name, cover, title = built
    with zipfile.ZipFile(root / "output" / f"{name}.docx") as z:
        document = etree.fromstring(z.read("word/document.xml"))
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in document.iter(f"{W}p")]
    paragraphs = [p for p in paragraphs if p]
    assert paragraphs[:len(cover) + 1] == cover + [title]


def test_epub_title_page_shows_them_above_the_title(built):
    root, name, cover, title = built
    with zipfile.ZipFile(root / "output" / f"{name}.epub") as z:
        page = etree.fromstring(z.read("EPUB/text/title_page.xhtml"))
        css = z.read("EPUB/styles/stylesheet1.css").decode("utf-8")
    lines = ["".join(el.itertext()) for el in page.iter(f"{XHTML}p", f"{XHTML}h1")]
    assert lines[:len(cover) + 1] == cover + [title]
    assert "p.cover-masthead" in css


def test_only_a_notices_masthead_is_red_in_print(built):
    root, name, cover, title = built
    with zipfile.ZipFile(root / "output" / f"{name}.docx") as z:
        document = etree.fromstring(z.read("word/document.xml"))
    paragraphs = {"".join(t.text or "" for t in p.iter(f"{W}t")): p for p in document.iter(f"{W}p")}
    colours = [c.get(f"{W}val") if (c := paragraphs[line].find(f".//{W}color")) is not None else "" for line in cover]
    assert colours == (["C00000", ""] if name == "notice" else ["", ""])
