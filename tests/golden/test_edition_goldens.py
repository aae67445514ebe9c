"""The editions' insides, compared with reviewed golden files: the HTML the PDF is laid out
from, the DOCX's word/document.xml, the EPUB's package, nav and chapters.

Regenerate on purpose with `make accept` (PIPELINE_ACCEPT=1) and review the diff.
"""
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

GOLDEN = Path(__file__).parent / "editions"
ACCEPT = os.environ.get("PIPELINE_ACCEPT") == "1"

pytestmark = [pytest.mark.golden, pytest.mark.slow]


def _pretty(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(data, parser), pretty_print=True, encoding="unicode")


def _compare(produced: str, name: str) -> None:
    golden = GOLDEN / name
    if ACCEPT or not golden.exists():
        golden.write_text(produced, encoding="utf-8")
        if not ACCEPT:
            pytest.fail(f"no golden file yet: wrote {golden}; review it and commit")
    assert produced == golden.read_text(encoding="utf-8"), f"{name} differs from its golden file (make accept)"


def test_pdf_html_matches_golden(sample_build):
    from pipeline.build import load_intermediate
    from pipeline.options import Options
    from pipeline.render.html import docbook_to_html

    html = docbook_to_html(load_intermediate(sample_build["xml"]), Options())
    tree = etree.fromstring(html.encode("utf-8"), etree.HTMLParser(remove_blank_text=True, no_network=True))
    _compare(etree.tostring(tree, pretty_print=True, method="html", encoding="unicode"), "hexi-2010.html")


def test_docx_document_xml_matches_golden(sample_build):
    with zipfile.ZipFile(sample_build["docx"]) as z:
        _compare(_pretty(z.read("word/document.xml")), "hexi-2010.docx.document.xml")


def test_epub_xhtml_and_nav_match_golden(sample_build):
    parts = []
    with zipfile.ZipFile(sample_build["epub"]) as z:
        for name in sorted(z.namelist()):
            if name.endswith((".xhtml", ".opf", ".ncx")):
                parts.append(f"===== {name}\n{_pretty(z.read(name))}")
    _compare("\n".join(parts), "hexi-2010.epub.txt")
