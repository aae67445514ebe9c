"""The DOCX opens level-1 parts on a new page where the PDF does (render/html/breaks.py decides for
both): a novel's chapters each on their own page, an RFC's short parts running on. Before, every
part ran on in the DOCX: "CHAPTER II" began under the last lines of chapter I. Read back from
LibreOffice's layout of the shipped file."""
from __future__ import annotations

import re
import shutil

import pytest

from e2e.pdfread import page_texts
from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.docx import render_docx
from pipeline.render.docx.pages import docx_to_pdf

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")]
SENTENCE = "Alice was beginning to get very tired of sitting by her sister on the bank. "
TITLES = [f"CHAPTER {n}. Part {n}" for n in ("I", "II", "III", "IV", "V")]


def _pages(tmp_path, sentences: int) -> list[str]:
    sections = [Section(f"s{i}", title, 1, [Paragraph(f"p{i}-{k}", SENTENCE * sentences) for k in (1, 2)])
                for i, title in enumerate(TITLES, 1)]
    document = Document(title="Parts", lang="en", provenance=Provenance(source_file="t.txt"),
                        sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    (tmp_path / "t.pdf").write_bytes(docx_to_pdf(render_docx(doc, Options(figures="none"))))
    return [re.sub(r"\s+", " ", t) for t in page_texts(tmp_path / "t.pdf")]


def _heading_pages(pages: list[str]) -> dict[str, int]:
    """The page where each part's heading is printed (the contents page lists them all: after it)."""
    return {t: max(i for i, text in enumerate(pages) if t in text) for t in TITLES}


def test_long_parts_each_open_a_page(tmp_path):
    pages = _pages(tmp_path, 30)                  # ~4,600 characters a part: chapters
    where = _heading_pages(pages)
    assert len(set(where.values())) == len(TITLES), where
    for title in TITLES[1:]:
        # nothing of the part before shares the heading's page: it is the page's first text
        page = pages[where[title]]
        assert page.split(title)[0].strip(" —0123456789") in ("", "Parts"), page[:200]


def test_short_parts_run_on(tmp_path):
    pages = _pages(tmp_path, 3)                   # a few lines a part: an RFC's or a README's
    where = _heading_pages(pages)
    assert len(set(where.values())) <= 2, where
