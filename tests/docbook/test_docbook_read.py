"""load_docbook: parse safely, refuse anything outside the subset, one-line messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.docbook import Intermediate, body_text, build_docbook, load_docbook
from pipeline.errors import InputError, SchemaError

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "xml" / "mini.xml"

HEAD = b'<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="zh-CN">'
BODY = b"<info><title>t</title></info><para>x</para></article>"


def test_loads_mini():
    doc = load_docbook(MINI.read_bytes(), MINI.parent, "mini")
    assert isinstance(doc, Intermediate) and doc.lang == "zh-CN" and doc.name == "mini"
    assert body_text(doc.root).startswith("各位代表：\n现在，我代表市人民政府")
    assert "<script>alert(1)</script>" in body_text(doc.root)
    assert "附录" not in body_text(doc.root) and "示例市2010年" not in body_text(doc.root)


def test_round_trip_through_load(document, figures):
    data = build_docbook(document, figures, chart_dir="x.charts")
    doc = load_docbook(data, Path("."), "x")
    assert body_text(doc.root).splitlines()[:3] == ["各位代表：", "现在，我代表市人民政府，向大会报告工作。",
                                                     "2009年主要工作回顾"]


REFUSED = {
    "internal DTD with an external entity": (
        b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + HEAD + b"<info><title>&xxe;</title></info><para>x</para></article>", InputError),
    "entity expansion bomb": (
        b'<!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        + HEAD + b"<info><title>&b;</title></info><para>x</para></article>", InputError),
    "external DTD": (b'<!DOCTYPE article SYSTEM "http://example.com/x.dtd">' + HEAD + BODY, InputError),
    "undeclared entity": (HEAD + b"<info><title>&xxe;</title></info><para>x</para></article>", InputError),
    "XInclude": (HEAD + b'<info><title>t</title></info><para>x</para>'
                 b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>'
                 b"</article>", SchemaError),
    "non-DocBook root": (b"<html><body><p>x</p></body></html>", SchemaError),
    "DocBook 4 (no namespace)": (b'<article><title>t</title><para>x</para></article>', SchemaError),
    "DocBook book": (b'<book xmlns="http://docbook.org/ns/docbook" version="5.0"><title>t</title></book>',
                     SchemaError),
    "not XML": (b"\x89PNG\r\n\x1a\n", InputError),
    "empty": (b"", InputError),
    "script element": (HEAD + b"<info><title>t</title></info><para>x<script>alert(1)</script></para></article>",
                       SchemaError),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refuses(case):
    data, error = REFUSED[case]
    with pytest.raises(error) as err:
        load_docbook(data, Path("."), "bad.xml")
    message = str(err.value)
    assert message.startswith("bad.xml") and "\n" not in message
