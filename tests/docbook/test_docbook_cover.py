"""The lines printed above the title (`Document.cover`): written first in <info> as
<bibliomisc role="cover">, before <title> (valid against the shipped and the official DocBook 5.0
schema), read back in order, and counted as body text before the front matter."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from pipeline.docbook import body_text, build_docbook, load_docbook, parse_safely
from pipeline.docbook.read import NS, cover_lines
from pipeline.docbook.schema import validate
from pipeline.errors import SchemaError
from pipeline.render.front_matter import cover_kind, front_matter

COVER = ["示例省人民政府办公厅文件", "示政办发〔2010〕3号"]


def test_cover_lines_come_first_in_info_and_read_back(document, figures, official_valid):
    data = build_docbook(replace(document, cover=COVER), figures, chart_dir="x.charts")
    official_valid(data)
    root = etree.fromstring(data)
    info = root.find("db:info", NS)
    names = [etree.QName(el).localname for el in info]
    assert names[:3] == ["bibliomisc", "bibliomisc", "title"]
    assert [el.get("role") for el in info.findall("db:bibliomisc", NS)] == ["cover", "cover"]
    doc = load_docbook(data, Path("."), "x")
    assert cover_lines(doc.root) == tuple(COVER)
    assert body_text(doc.root).splitlines()[:3] == COVER + ["各位代表："]
    fm = front_matter(doc.root, doc.lang)
    assert [(c.text, c.kind) for c in fm.cover] == [(COVER[0], "masthead"), (COVER[1], "plain")]


def test_without_cover_lines_nothing_changes(document, figures):
    root = etree.fromstring(build_docbook(document, figures))
    assert root.find("db:info/db:bibliomisc", NS) is None
    assert cover_lines(root) == () and front_matter(root, "zh-CN").cover == ()


def test_the_schema_refuses_a_cover_line_after_the_title_or_another_role(document):
    data = build_docbook(replace(document, cover=["S.Q. 1991, c. 27"]), None)
    root = etree.fromstring(data)
    info = root.find("db:info", NS)
    line = info.find("db:bibliomisc", NS)
    info.remove(line)
    info.find("db:title", NS).addnext(line)
    with pytest.raises(SchemaError):
        validate(parse_safely(etree.tostring(root)), "moved")
    info.remove(line)
    info.insert(0, line)
    line.set("role", "kicker")
    with pytest.raises(SchemaError):
        validate(parse_safely(etree.tostring(root)), "other role")


def test_cover_kinds():
    assert cover_kind("某某省人民政府办公厅文件") == "masthead"
    assert cover_kind("中华人民共和国主席令") == "masthead"
    assert cover_kind("某政办发〔2010〕3号") == "plain"
    assert cover_kind("Bill 44, 2nd Session, 35th Legislature") == "plain"
    assert cover_kind("《某某法》已由某某会议于2011年6月30日通过，现予公布，自2012年1月1日起施行。" * 2) == "paragraph"
