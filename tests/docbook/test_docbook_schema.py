"""schema.rng: exactly the subset in docs/intermediate.md, nothing else."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from pipeline.docbook import validate
from pipeline.docbook import vocabulary as V
from pipeline.errors import SchemaError

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "xml" / "mini.xml"

RNG = "http://relaxng.org/ns/structure/1.0"


def mini_tree() -> etree._ElementTree:
    return etree.parse(str(MINI))


def test_mini_is_valid_against_both_schemas(official_valid):
    validate(mini_tree(), "mini.xml")
    official_valid(mini_tree())


def test_vocabulary_names_exactly_the_schema_elements():
    from importlib.resources import files
    rng = etree.fromstring(files("pipeline.docbook").joinpath("schema.rng").read_bytes())
    named = {el.get("name") for el in rng.iter(f"{{{RNG}}}element")}
    assert named == set(V.ELEMENTS)


def _mutate(xpath: str, change) -> etree._ElementTree:
    tree = mini_tree()
    el = tree.xpath(xpath, namespaces={"db": "http://docbook.org/ns/docbook"})[0]
    change(el)
    try:
        return etree.ElementTree(etree.fromstring(etree.tostring(tree)))  # fresh line numbers
    except etree.XMLSyntaxError:  # libxml2 refuses some (a duplicate xml:id) while parsing
        return tree


def _add(tag: str, text: str = "x", **attrs):
    def change(el):
        child = etree.SubElement(el, tag, **attrs)
        child.text = text
    return change


def _set(name: str, value: str):
    return lambda el: el.set(name, value)


DB = "{http://docbook.org/ns/docbook}"
INVALID = {
    "foreign attribute": ("//db:para[1]", _set("{http://example.com/x}data", "1")),
    "unlisted DocBook attribute": ("//db:para[1]", _set("remap", "x")),
    "xlink:href on link": ("//db:link[1]", _set("{http://www.w3.org/1999/xlink}href", "file:///etc/passwd")),
    "unknown element": ("//db:section[1]", _add(DB + "sidebar")),
    "script element": ("//db:para[1]", _add(DB + "script", "alert(1)")),
    "html script element": ("//db:para[1]", _add("{http://www.w3.org/1999/xhtml}script", "alert(1)")),
    "XInclude": ("//db:section[1]", _add("{http://www.w3.org/2001/XInclude}include", "", href="/etc/passwd")),
    "uri (DocBook, but not in the subset)": ("//db:para[1]", _add(DB + "uri", "https://x.org")),
    "emphasis with another role": ("//db:para[1]", _add(DB + "emphasis", "x", role="strong")),
    "emphasis holding an element": ("//db:para[1]",
                                    lambda el: etree.SubElement(etree.SubElement(el, DB + "emphasis"), DB + "literal")),
    "other phrase role": ("//db:phrase[1]", _set("role", "bold")),
    "other appendix role": ("//db:appendix", _set("role", "notes")),
    "bad bibliosource role": ("//db:bibliosource[1]", _set("role", "secret")),
    "non-ASCII id": ("//db:section[1]", _set("{http://www.w3.org/XML/1998/namespace}id", "节1")),
    "id over 40 characters": ("//db:section[1]", _set("{http://www.w3.org/XML/1998/namespace}id", "s" * 41)),
    "date not ISO": ("//db:date", lambda el: setattr(el, "text", "2010年1月8日")),
    "section without id": ("//db:section[1]", lambda el: el.attrib.pop("{http://www.w3.org/XML/1998/namespace}id")),
    "link inside body para": ("//db:para[1]", _add(DB + "link", "x", linkend="s1")),
    "duplicate xml:id": ("//db:section[2]", _set("{http://www.w3.org/XML/1998/namespace}id", "s1")),
    "dangling link": ("//db:link[1]", _set("linkend", "nowhere")),
    "absolute image path": ("//db:imagedata[1]", _set("fileref", "/etc/passwd")),
    "image path leaving the folder": ("//db:imagedata[1]", _set("fileref", "../../etc/passwd")),
    "image URL": ("(//db:imagedata)[2]", _set("fileref", "file:///etc/passwd")),
    "SVG before PNG": ("//db:imagedata[1]", _set("format", "SVG")),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_schema_rejects(case):
    xpath, change = INVALID[case]
    tree = _mutate(xpath, change)
    with pytest.raises(SchemaError) as err:
        validate(tree, "bad.xml")
    message = str(err.value)
    assert message.startswith("bad.xml:") and "\n" not in message
    assert int(message.split(":")[1]) > 0  # the line of the first error


def test_wrong_root_is_invalid():
    with pytest.raises(SchemaError):
        validate(etree.ElementTree(etree.fromstring(b"<html><body/></html>")), "x")


def test_empty_section_is_invalid_as_in_docbook():
    tree = _mutate("//db:section[@xml:id='s2-1']",
                   lambda el: [el.remove(c) for c in list(el) if c.tag != DB + "title"])
    with pytest.raises(SchemaError):
        validate(tree, "x")
