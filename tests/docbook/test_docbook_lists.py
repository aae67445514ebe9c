"""Lists in the XML intermediate (structure/lists.py): a run of item paragraphs is one
<itemizedlist mark="none">, each item a <listitem> holding its para (or formalpara) with its id
and its marker as written; both schemas accept it, and verify's body text counts every item."""
from __future__ import annotations

import pytest
from lxml import etree

from pipeline.docbook import body_text, build_docbook
from pipeline.docbook.read import NS, XML_ID, parse_safely
from pipeline.docbook.schema import validate
from pipeline.errors import SchemaError
from pipeline.model import Document, Paragraph, Provenance, Section

ITEMS = ["(a) “controller” means the person who decides;", "(b) “processor” means a person acting for it;"]


def document() -> Document:
    return Document(title="Data Act", lang="en", provenance=Provenance(source_file="t.txt"),
                    front=[Paragraph("p0-1", "- first"), Paragraph("p0-2", "- second")],
                    sections=[Section("s1", "Definitions", 1, [
                        Paragraph("p1-1", "In this Act:"),
                        Paragraph("p1-2", ITEMS[0], item=True),
                        Paragraph("p1-3", ITEMS[1], item=True),
                        Paragraph("p1-4", "A closing paragraph."),
                        Paragraph("p1-5", "1. One.", item=True),
                        Paragraph("p1-6", "rest of two.", lead="2. Two.", item=True)])])


def test_runs_of_items_are_unmarked_lists_of_their_paragraphs(official_valid):
    document_ = document()
    document_.front = [Paragraph("p0-1", "- first", item=True), Paragraph("p0-2", "- second", item=True)]
    data = build_docbook(document_, None)
    official_valid(data)
    root = etree.fromstring(data)
    lists = root.xpath("//db:itemizedlist", namespaces=NS)
    assert [lst.get("mark") for lst in lists] == ["none", "none", "none"]
    assert [[item[0].get(XML_ID) for item in lst] for lst in lists] == [["p0-1", "p0-2"], ["p1-2", "p1-3"], ["p1-5", "p1-6"]]
    assert [etree.QName(item[0]).localname for item in lists[2]] == ["para", "formalpara"]   # a lead stays a formalpara
    assert root.xpath("//db:section/db:para/@xml:id", namespaces=NS) == ["p1-1", "p1-4"]


def test_paragraphs_not_marked_as_items_make_no_list():
    root = etree.fromstring(build_docbook(document(), None))
    assert len(root.xpath("//db:itemizedlist", namespaces=NS)) == 2   # the front's dashes are not items here


def test_verify_counts_every_item_as_body_text():
    text = body_text(etree.fromstring(build_docbook(document(), None)))
    assert text.split("\n") == ["- first", "- second", "Definitions", "In this Act:", *ITEMS, "A closing paragraph.",
                                "1. One.", "2. Two.", "rest of two."]


def test_the_schema_takes_no_list_that_draws_its_own_marks():
    data = build_docbook(document(), None).replace(b'mark="none"', b'mark="bullet"', 1)
    with pytest.raises(SchemaError):
        validate(parse_safely(data), "t.xml")
