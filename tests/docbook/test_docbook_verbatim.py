"""Verbatim blocks in the XML intermediate (issue #11, third round): a code listing becomes a
programlisting, laid-out text a literallayout class="monospaced"; lines and spaces are kept
byte for byte, markup in them stays text, and both schemas accept them."""
from __future__ import annotations

import pytest
from lxml import etree

from common import HOSTILE_MARKUP
from pipeline.docbook import body_text, build_docbook
from pipeline.docbook.read import NS, XML_ID
from pipeline.model import Document, Paragraph, Provenance, Section

CODE = 'def main(argv):\n    for name in argv:\n        print(name, "<ok> & done")\n    return 0'
TABLE = "Value Encoding  Value Encoding\n    0 A            17 R\n    1 B            18 S"


def document(*extra: Paragraph) -> Document:
    return Document(title="Listing", lang="en", provenance=Provenance(source_file="t.md"),
                    front=[Paragraph("p0-1", "Run it like this:")],
                    sections=[Section("s1", "Usage", 1, [Paragraph("p1-1", CODE, verbatim="code", language="python"),
                                                         Paragraph("p1-2", TABLE, verbatim="layout"), *extra])])


def root_of(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_a_listing_is_a_programlisting_with_its_lines_and_language(official_valid):
    data = build_docbook(document(), None)
    official_valid(data)
    [listing] = root_of(data).xpath("//db:programlisting", namespaces=NS)
    assert (listing.get(XML_ID), listing.get("language"), listing.text) == ("p1-1", "python", CODE)


def test_laid_out_text_is_a_monospaced_literallayout(official_valid):
    data = build_docbook(document(), None)
    [layout] = root_of(data).xpath("//db:literallayout", namespaces=NS)
    assert (layout.get("class"), layout.text) == ("monospaced", TABLE)


def test_the_writer_never_indents_inside_a_verbatim_block():
    data = build_docbook(document(), None).decode()
    assert '<programlisting xml:id="p1-1" language="python">def main(argv):\n    for name' in data
    assert "    0 A            17 R\n    1 B" in data


@pytest.mark.parametrize("markup", HOSTILE_MARKUP)
def test_markup_in_a_listing_stays_text(markup, official_valid):
    data = build_docbook(document(Paragraph("p1-3", markup + "\n  " + markup, verbatim="code")), None)
    official_valid(data)
    [listing] = root_of(data).xpath("//db:programlisting[@xml:id='p1-3']", namespaces=NS)
    assert listing.text == markup + "\n  " + markup and len(listing) == 0


def test_verify_reads_a_verbatim_block_as_body_text():
    text = body_text(root_of(build_docbook(document(), None)))
    assert CODE in text and TABLE in text


def test_a_language_that_is_no_token_is_refused_by_the_schema():
    from pipeline.errors import SchemaError
    with pytest.raises(SchemaError):
        build_docbook(document(Paragraph("p1-3", "x", verbatim="code", language="two words")), None)
