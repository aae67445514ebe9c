"""The build's estimate, from the XML, of whether the PDF will be laid out in chunks
(pipeline/render/chunk_size.py): it follows --pdf-chunks, and the text it counts is the text
render/pdf/chunks.chunk_count counts on the HTML."""
from __future__ import annotations

import pytest
from lxml import etree

from common import SAMPLE
from pipeline.options import Options
from pipeline.render import chunk_size
from pipeline.render.chunk_size import AUTO_MIN_COLUMNS, pdf_in_chunks, text_columns

DB = "http://docbook.org/ns/docbook"


def _article(sections: int, chars: int, char: str = "字") -> etree._Element:
    body = "".join(f"<section><title>{i}</title><para>{char * chars}</para></section>" for i in range(sections))
    return etree.fromstring(f'<article xmlns="{DB}"><info><title>T</title></info>{body}'
                            f'<appendix><title>A</title><para>{char * AUTO_MIN_COLUMNS}</para></appendix></article>')


def test_it_follows_the_setting_and_the_length():
    long = _article(3, AUTO_MIN_COLUMNS // 6 + 1)    # 字: two columns a character
    short = _article(3, 10)
    assert pdf_in_chunks(long, Options(pdf_chunks="auto", workers=2))
    assert not pdf_in_chunks(short, Options(pdf_chunks="auto", workers=2)), "the appendix is not body text"
    assert not pdf_in_chunks(long, Options(pdf_chunks="auto", workers=1)), "one core: one process"
    assert not pdf_in_chunks(long, Options(pdf_chunks="off", workers=2))
    assert pdf_in_chunks(short, Options(pdf_chunks="2", workers=1)), "asked for"
    assert not pdf_in_chunks(short, Options(pdf_chunks="1", workers=2))
    assert not pdf_in_chunks(_article(1, AUTO_MIN_COLUMNS), Options(pdf_chunks="4", workers=2)), "nowhere to cut"
    latin = _article(3, AUTO_MIN_COLUMNS // 6 + 1, "x")   # the same characters, half the columns
    assert not pdf_in_chunks(latin, Options(pdf_chunks="auto", workers=2))


@pytest.mark.slow
def test_the_xml_count_is_the_html_count_of_the_sample(tmp_path, monkeypatch):
    """The estimate on the sample's XML against the count the PDF's decision makes on its HTML:
    with the threshold 1 % either side of the HTML's count, the estimate decides as the PDF would."""
    from pipeline.build import load_intermediate, make_xml
    from pipeline.render.html import docbook_to_html_tree
    from pipeline.render.pdf.parts import split_parts

    doc = load_intermediate(make_xml(SAMPLE, tmp_path / "sample.xml", Options()).xml)
    body = split_parts(docbook_to_html_tree(doc, Options())).body
    from_html = text_columns("".join(body.find("body/main").itertext()))
    auto = Options(pdf_chunks="auto", workers=2)
    monkeypatch.setattr(chunk_size, "AUTO_MIN_COLUMNS", int(from_html * 0.99))
    assert pdf_in_chunks(doc.root, auto)
    monkeypatch.setattr(chunk_size, "AUTO_MIN_COLUMNS", int(from_html * 1.01))
    assert not pdf_in_chunks(doc.root, auto)


def test_the_pdf_reads_the_same_threshold():
    from pipeline.render.pdf import chunks

    assert chunks.AUTO_MIN_COLUMNS is chunk_size.AUTO_MIN_COLUMNS and chunks.text_columns is text_columns
