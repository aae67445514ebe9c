"""A Markdown text's inline markup (**bold**, *italic*, `code`, [text](url)) becomes the XML's inline
elements; a plain text's stars, underscores and brackets stay its characters."""
from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html

from pipeline.clean import clean_text
from pipeline.docbook import body_text, build_docbook
from pipeline.docbook.inline import Token, tokens
from pipeline.docbook.read import NS, load_docbook
from pipeline.docbook.write import _fill
from pipeline.model import Document, FigureRecord, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.html import docbook_to_html
from pipeline.structure import structure_document

LINE = "The **Atlantic Ocean** is *large*: run `pip3 install x` or see [the docs](https://x.org/docs)."


def document(text: str, markdown: bool) -> Document:
    return Document(title="T", lang="en", provenance=Provenance(source_file="t.md"),
                    front=[Paragraph("p0-1", "Opening words.")],
                    sections=[Section("s1", "Usage", 1, [Paragraph("p1-1", text)])],
                    markdown=markdown)


def para(data: bytes) -> etree._Element:
    [p] = etree.fromstring(data).xpath("//db:para[@xml:id='p1-1']", namespaces=NS)
    return p


@pytest.mark.parametrize("text, expected", [
    ("see **this** and `x`", [Token(4, 12, "bold", "this"), Token(17, 20, "literal", "x")]),
    ("***both*** and __strong__", [Token(0, 10, "bold", "both"), Token(15, 25, "bold", "strong")]),
    ("an _italic_ word", [Token(3, 11, "emphasis", "italic")]),
    ("`a *not* b`", [Token(0, 11, "literal", "a *not* b")]),
    ("[https://x.org](https://x.org)", [Token(0, 30, "link", "https://x.org")]),
    ("* [Usage](#usage)", [Token(2, 17, "link", "Usage")]),
    ("**bold [link](http://a.b/c)**", [Token(0, 29, "bold", "bold link (http://a.b/c)")]),
])
def test_markdown_marks_are_read(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize("text", [
    "5 * 3 * 2 = 30", "a*b*c", "snake_case_name and __init__.py", "a lone * star", "an image ![x](y.png)",
    "two ** stars ** apart", "[a bracket] (not a link)", "`` and ` unpaired",
])
def test_stars_underscores_and_brackets_that_are_no_markup_are_left(text):
    assert tokens(text) == []


def test_a_markdown_paragraph_gets_emphasis_bold_literal_and_a_link_as_text(official_valid):
    data = build_docbook(document(LINE, markdown=True), None)
    official_valid(data)
    p = para(data)
    got = [(etree.QName(el).localname, el.get("role"), el.text) for el in p]
    assert got == [("emphasis", "bold", "Atlantic Ocean"), ("emphasis", None, "large"),
                   ("literal", None, "pip3 install x")]
    assert "".join(p.itertext()) == ("The Atlantic Ocean is large: run pip3 install x or see "
                                     "the docs (https://x.org/docs).")
    assert not p.xpath(".//*[@xlink:href]", namespaces=NS)


def test_a_plain_text_keeps_its_stars_and_underscores():
    data = build_docbook(document(LINE, markdown=False), None)
    p = para(data)
    assert len(p) == 0 and p.text == LINE


def test_a_statistic_inside_bold_words_stays_a_statistic_and_the_stars_stay():
    text = "We grew **by 8.5% this year** and *fast*."
    start = text.index("8.5%")
    record = FigureRecord("p1-1-v1", "p1-1", "text", start, start + 4, "8.5%", "growth", 8.5, "%", "8.5%")
    el = etree.Element("{http://docbook.org/ns/docbook}para")
    _fill(el, text, [record], "test", markdown=True)
    assert [(etree.QName(c).localname, c.text) for c in el] == [("phrase", "8.5%"), ("emphasis", "fast")]
    assert "".join(el.itertext()) == "We grew **by 8.5% this year** and fast."


def test_the_structure_stage_says_which_text_is_markdown():
    md = "# Tool\n\nThe **tool** reads *files*.\n\n## Usage\n\nRun `tool x` now.\n"
    plain = "Notes\n\nThe tool reads *files* and 2*3*4 = 24, see file_name_here.\n\nMore text follows here.\n"
    assert structure_document(clean_text(md), lang="en").markdown
    doc = structure_document(clean_text(plain), lang="en")
    assert not doc.markdown
    assert "*files*" in body_text(etree.fromstring(build_docbook(doc, None)))


def test_the_html_edition_sets_bold_italic_and_code_and_verify_reads_the_text(tmp_path):
    (tmp_path / "t.xml").write_bytes(build_docbook(document(LINE, markdown=True), None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    tree = lxml_html.document_fromstring(docbook_to_html(doc, Options()))
    [p] = tree.xpath("//p[@id='p1-1']")
    assert [(c.tag, c.text_content()) for c in p] == [
        ("strong", " Atlantic Ocean"), ("em", " large"), ("code", " pip3 install x")]
    text = p.text_content().replace("\u200b", "")   # break opportunities the renderer puts in an address
    assert text == "".join(para(build_docbook(document(LINE, markdown=True), None)).itertext())


# (s28) a site generator's page with one '#' heading (or none) is still a Markdown source when its
# links and bold lines say so: its links print as text and its thematic breaks print nothing
PAGE = ("---\nlayout: page\ntitle: \"Harbour Open Data Policy | Title of the page\"\n---\n\n"
        "#### Harbour Instructional Letter\n3/11/2031\n\n---\n\n**1. Purpose**  \n"
        "This letter sets the Harbour Board's policy on open data, as [M-31-02](https://example.gov/m-31-02.pdf) asks.\n\n"
        "---\n\n**2. Policy**  \nEvery office publishes its data on [data.example.gov](https://data.example.gov) "
        "within thirty days of its collection, in open formats.\n")


def test_links_and_bold_lines_make_a_markdown_source():
    from pipeline.structure.verbatim import is_markdown

    assert is_markdown(PAGE.split("\n"))
    assert is_markdown(["# Guide", "", "See [the map](https://x.org/map) and [the list](https://x.org/list)."])
    assert not is_markdown(["Notes", "", "See [the map](https://x.org/map) for the harbour's berths."])
    assert not is_markdown(["**Agenda**", "", "**Minutes**", "", "**Actions**", "", "Nothing else was raised."])


def test_a_site_generators_page_prints_its_links_as_text_and_no_thematic_breaks():
    doc = structure_document(clean_text(PAGE), lang="en")
    assert doc.markdown
    text = body_text(etree.fromstring(build_docbook(doc, None)))
    assert "M-31-02 (https://example.gov/m-31-02.pdf)" in text and "](" not in text
    assert "---" not in text
    assert "within thirty days of its collection" in text
