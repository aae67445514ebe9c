"""A made-up notice built into all three editions: the issuing body and the date under the text
(the signature block, structure/signature.py) stand flush right in each, the text above them as
body paragraphs."""
import zipfile

import pypdfium2 as pdfium
import pytest
from lxml import etree

from common import build_text

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TEXT = """某某县人民政府办公室关于做好冬季防火工作的通知

各乡镇人民政府，县直有关部门：

现将冬季防火工作有关事项通知如下，请认真贯彻执行。

一、加强巡查

各乡镇要加强林区巡查，及时发现和消除火灾隐患，确保不发生重大火灾事故。

二、落实责任

各部门要落实防火责任，层层签订责任书，把防火任务分解到人。

某某县人民政府办公室

2021年11月3日
"""
SIGNATURE = ["某某县人民政府办公室", "2021年11月3日"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_text(tmp_path_factory.mktemp("signature"), "notice.txt", TEXT)


def test_the_xml_marks_the_two_lines_as_the_signature(built):
    xml = etree.parse(str(built / "build" / "notice.xml")).getroot()
    assert ["".join(p.itertext()) for p in xml.iter(f"{DB}para") if p.get("role") == "signature"] == SIGNATURE


def _left_edges(pdf_path, needle: str) -> list[tuple[float, float]]:
    """(left edge of the text's first character, page width) for each place `needle` is printed."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        found = []
        for page in pdf:
            text = page.get_textpage()
            searcher = text.search(needle)
            while (hit := searcher.get_next()) is not None:
                found.append((text.get_charbox(hit[0])[0], page.get_width()))
        return found
    finally:
        pdf.close()


def test_pdf_sets_the_signature_flush_right_and_the_text_from_the_left(built):
    pdf = built / "output" / "notice.pdf"
    for line in SIGNATURE:
        left, width = _left_edges(pdf, line)[-1]   # the last: the title page and running heads name the body too
        assert left > width / 2, line   # the line ends at the right margin: it starts past the middle
    body = _left_edges(pdf, "现将冬季防火工作")
    assert body and all(left < width / 3 for left, width in body)


def test_docx_gives_the_signature_lines_the_right_aligned_signature_style(built):
    with zipfile.ZipFile(built / "output" / "notice.docx") as z:
        document = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
    paragraphs = {"".join(t.text or "" for t in p.iter(f"{W}t")): p for p in document.iter(f"{W}p")}
    for line in SIGNATURE:
        style = paragraphs[line].find(f"{W}pPr/{W}pStyle")
        assert style is not None and style.get(f"{W}val") == "Signature", line
    style = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Signature")
    assert style.find(f"{W}pPr/{W}jc").get(f"{W}val") == "right"
    body = paragraphs["现将冬季防火工作有关事项通知如下，请认真贯彻执行。"].find(f"{W}pPr/{W}pStyle")
    assert body is None or body.get(f"{W}val") != "Signature"


def test_epub_gives_the_signature_lines_a_class_its_stylesheet_sets_right(built):
    with zipfile.ZipFile(built / "output" / "notice.epub") as z:
        pages = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml")]
        css = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))
    for line in SIGNATURE:
        assert any(f'<p class="signature">{line}</p>' in page for page in pages), line
    assert "p.signature" in css and "text-align: right" in css.split("p.signature", 1)[1].split("}", 1)[0]
