"""Verbatim blocks in every edition (issue #11, third round): a programlisting and a literallayout
keep their lines and spaces in a monospaced face — PDF (<pre>, print.css), DOCX (the 'Source Code'
Word style, left-aligned, no first-line indent) and EPUB (<pre>, epub.css) — and verify still
finds every character."""
from __future__ import annotations

import io
import subprocess
import zipfile

import pytest
from lxml import etree
from lxml import html as lxml_html

from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render import docx as docx_module
from pipeline.render.docx import render_docx
from pipeline.render.epub import render_epub
from pipeline.render.html import docbook_to_html
from pipeline.render.pdf import render_pdf
from pipeline.resources import styles_dir
from pipeline.verify import verify_edition

CODE = 'def main(argv):\n    for name in argv:\n        print(name, "<ok> & done")\n    return 0'
ART = "+--first octet--+\n|7 6 5 4 3 2 1 0|\n+-----------+---+"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = {"w": W}


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    document = Document(title="Listing", lang="en", provenance=Provenance(source_file="t.md"),
                        front=[Paragraph("p0-1", "Run it like this:")],
                        sections=[Section("s1", "Usage", 1, [
                            Paragraph("p1-1", "The tool reads a file and prints a summary of it for you."),
                            Paragraph("p1-2", CODE, verbatim="code", language="python"),
                            Paragraph("p1-3", ART, verbatim="layout")])])
    folder = tmp_path_factory.mktemp("verbatim")
    (folder / "t.xml").write_bytes(build_docbook(document, None))
    return load_docbook((folder / "t.xml").read_bytes(), folder, "t")


def test_html_keeps_each_listing_in_a_pre(doc):
    tree = lxml_html.document_fromstring(docbook_to_html(doc, Options()))
    [code] = tree.xpath("//pre[@id='p1-2']")
    [art] = tree.xpath("//pre[@id='p1-3']")
    assert (code.get("class"), code.get("data-language"), code.text_content()) == ("code", "python", CODE)
    assert (art.get("class"), art.text_content()) == ("layout", ART)


def test_print_and_epub_css_set_pre_monospaced_without_reflow():
    for name in ("print.css", "epub.css"):
        css = (styles_dir() / name).read_text()
        block = css[css.index("\npre"):]
        block = block[:block.index("}")]
        assert "monospace" in block and "white-space: pre-wrap" in block, name


def test_pdf_keeps_the_lines_and_verify_passes(doc, tmp_path):
    data = render_pdf(doc, Options())
    verify_edition(doc, "pdf", data)
    (tmp_path / "t.pdf").write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "t.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    for line in CODE.split("\n") + ART.split("\n"):   # each source line is a line of the page
        assert line.strip() in lines, line
    fonts = subprocess.run(["pdffonts", str(tmp_path / "t.pdf")], capture_output=True, text=True).stdout
    assert "Mono" in fonts


def test_docx_listing_is_one_source_code_paragraph_with_line_breaks(doc):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(docx_module, "soffice_path", lambda: None)
        data = render_docx(doc, Options())
    verify_edition(doc, "docx", data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
        styles = etree.fromstring(zf.read("word/styles.xml"))
    code = [p for p in body.iter(f"{{{W}}}p") if p.find("w:pPr/w:pStyle[@w:val='SourceCode']", WNS) is not None]
    assert len(code) == 2
    first = code[0]
    assert len(first.findall(".//w:br", WNS)) == CODE.count("\n")
    assert "".join(t.text for t in first.iter(f"{{{W}}}t")).replace(" ", "") == CODE.replace("\n", "").replace(" ", "")
    style = styles.find("w:style[@w:styleId='SourceCode']", WNS)
    assert style is not None, "the reference document has no 'Source Code' paragraph style"
    assert style.find("w:pPr/w:jc", WNS).get(f"{{{W}}}val") == "left"
    assert style.find("w:pPr/w:ind", WNS).get(f"{{{W}}}firstLine") == "0"
    assert style.find("w:rPr/w:rFonts", WNS).get(f"{{{W}}}ascii") == "Liberation Mono"


def test_epub_listing_is_a_pre_and_verify_passes(doc):
    data = render_epub(doc, Options())
    verify_edition(doc, "epub", data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        text = "".join(zf.read(n).decode() for n in zf.namelist() if n.endswith(".xhtml"))
    pres = [etree.fromstring(m.encode()) for m in _pres(text)]
    got = ["".join(p.itertext()) for p in pres]
    assert CODE in got and ART in got


def _pres(text: str) -> list[str]:
    out, pos = [], 0
    while (start := text.find("<pre", pos)) >= 0:
        end = text.index("</pre>", start) + len("</pre>")
        out.append(text[start:end].replace('xmlns:epub="http://www.idpf.org/2007/ops"', ""))
        pos = end
    return out
