"""render/pdf/tree.py: WeasyPrint given our HTML tree instead of its text. The copied tree must
be the one tinyhtml5 parses from the text (the sample's three parts, and a page of the things
the parser keeps as they are), what the parser would rewrite must be refused and parsed from
text, and a part laid out from the tree must give the bytes the text gives."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from lxml import etree

from pipeline.render.html import to_html_string
from pipeline.render.pdf.tree import _copy, copyable, weasy_html

KEPT = """<html lang="zh-CN" class="paper-a4"><head><meta charset="utf-8"><title>题 &amp; title</title></head>
<body><main id="body-start"><h1 class="t">标题<br>第二行</h1>
<p>正文 <b>粗</b>、<a href="#x" class="back" data-page="3">原文</a>　全角空格 and&nbsp;nbsp.</p>
<pre>code
  indented</pre>
<table class="summary-figures"><colgroup><col style="width: 20pt"><col></colgroup>
<thead><tr><th scope="col">指标</th><th>值</th></tr></thead>
<tbody><tr><td>生产总值</td><td>450亿</td></tr></tbody></table>
<ul><li>一</li><li>二 <i>i</i></li></ul><img src="c.svg" alt="图"></main></body></html>"""


def _parsed(root: etree._Element) -> str:
    import tinyhtml5

    return ET.tostring(tinyhtml5.parse(to_html_string(root), namespace_html_elements=False),
                       encoding="unicode")


def test_the_copy_is_the_parsed_tree():
    root = etree.fromstring(KEPT, etree.HTMLParser())
    assert copyable(root)
    assert ET.tostring(_copy(root), encoding="unicode") == _parsed(root)


@pytest.mark.slow
def test_the_sample_parts_copy_as_they_parse(sample_build):
    from pipeline.build import load_intermediate
    from pipeline.options import Options
    from pipeline.render.html import docbook_to_html_tree
    from pipeline.render.pdf.parts import split_parts

    parts = split_parts(docbook_to_html_tree(load_intermediate(sample_build["xml"]), Options()))
    for part in (parts.front, parts.body, parts.appendix):
        assert copyable(part)
        assert ET.tostring(_copy(part), encoding="unicode") == _parsed(part)


@pytest.mark.parametrize("html", [
    "<html><head></head><body><pre>\nleading newline</pre></body></html>",
    "<html><head></head><body><p>a&#13;b</p></body></html>",   # a carriage return
    "<html><head></head><body><!-- note --><p>x</p></body></html>",
    "<html><head></head><body><P>upper</P></body></html>",
])
def test_what_the_parser_rewrites_is_parsed_from_text(html):
    root = etree.fromstring(html, etree.XMLParser())
    assert not copyable(root)
    # and weasy_html still makes the document, from the text
    document = weasy_html(root, "file:///tmp/", None)
    assert document.etree_element.tag == "html"


@pytest.mark.slow
def test_a_part_laid_out_from_the_tree_gives_the_same_bytes():
    from weasyprint import HTML

    root = etree.fromstring(KEPT, etree.HTMLParser())
    base = "file:///tmp/"
    from_tree = weasy_html(root, base, None).write_pdf(pdf_identifier=b"x")
    from_text = HTML(string=to_html_string(root), base_url=base).write_pdf(pdf_identifier=b"x")
    assert from_tree.startswith(b"%PDF") and from_tree == from_text
