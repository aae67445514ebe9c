"""Short level-1 parts run on (render/html/breaks.py): an RFC's or a README's parts of a few lines
share pages in the PDF, as a reader expects, while a document whose parts are long still opens
each on a new page. Asserted on the pages of the laid-out PDF."""
from __future__ import annotations

import pytest

from e2e.pdfread import page_texts
from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.html.breaks import parts_run_on
from pipeline.render.pdf import render_pdf

TITLES = ["Status of This Memo", "Copyright Notice", "Abstract", "Introduction", "Conventions",
          "Security Considerations"]
SENTENCE = "Implementations must not add line feeds to encoded data unless asked to. "


def _doc(tmp_path, lang, sentences_per_part, titles=TITLES):
    sections = [Section(f"s{i}", title, 1, [Paragraph(f"p{i}-1", SENTENCE * sentences_per_part)])
                for i, title in enumerate(titles, 1)]
    document = Document(title="Base Encodings", lang=lang, provenance=Provenance(source_file="t.txt"),
                        sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    return load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")


def _body_pages_of(tmp_path, doc) -> dict[str, int]:
    """The page index of each part's heading."""
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    texts = page_texts(pdf)
    pages = {}
    for title in TITLES:
        # the contents list every title too: the heading is on the last page naming it
        pages[title] = max(i for i, text in enumerate(texts) if title in text)
    return pages


def test_short_parts_share_pages(tmp_path):
    doc = _doc(tmp_path, "en", 3)          # ~220 characters a part
    assert parts_run_on(doc.root, "en")
    pages = _body_pages_of(tmp_path, doc)
    assert len(set(pages.values())) <= 2, pages   # six short parts on two body pages, not six


def test_parts_under_a_page_share_pages(tmp_path):
    """Sections of three quarters of a page (an encyclopedia entry's, a constitution's articles):
    each opening a page left a quarter of it empty, six parts on six pages."""
    doc = _doc(tmp_path, "en", 21)         # ~1,530 characters a part
    pages = _body_pages_of(tmp_path, doc)
    assert len(set(pages.values())) <= 5, pages


def test_long_parts_each_open_a_page(tmp_path):
    doc = _doc(tmp_path, "en", 45)         # ~3,300 characters a part: more than a page
    assert not parts_run_on(doc.root, "en")
    pages = _body_pages_of(tmp_path, doc)
    assert len(set(pages.values())) == 6, pages


@pytest.mark.parametrize(("lang", "chars", "run_on"), [("zh-CN", 1500, True), ("zh-CN", 1700, False),
                                                      ("en", 2900, True), ("en", 3100, False)])
def test_a_page_and_a_half_is_counted_in_the_script_of_the_document(tmp_path, lang, chars, run_on):
    assert parts_run_on(_parts_of(tmp_path, lang, chars, 4).root, lang) is run_on


def _parts_of(tmp_path, lang, chars, parts):
    """A document of `parts` level-1 parts of `chars` characters each, loaded from its XML."""
    sections = [Section(f"s{i}", f"T{i}", 1, [Paragraph(f"p{i}-1", "x" * chars)]) for i in range(1, parts + 1)]
    document = Document(title="T", lang=lang, provenance=Provenance(source_file="t.txt"), sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    return load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")


@pytest.mark.parametrize("parts", [1, 3])
def test_a_document_of_few_parts_keeps_a_page_for_each(tmp_path, parts):
    doc = _doc(tmp_path, "en", 15, titles=TITLES[:parts])   # ~1,100 characters a part: over half a page
    assert not parts_run_on(doc.root, "en")


@pytest.mark.parametrize(("lang", "chars", "run_on"), [("en", 900, True), ("en", 1100, False),
                                                      ("zh-CN", 500, True), ("zh-CN", 600, False)])
def test_a_few_parts_all_under_half_a_page_run_on(tmp_path, lang, chars, run_on):
    """A one-page Act of three short sections: a page each was three nearly empty pages."""
    assert parts_run_on(_parts_of(tmp_path, lang, chars, 3).root, lang) is run_on
