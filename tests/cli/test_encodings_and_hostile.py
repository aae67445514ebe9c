"""The front half through the CLI: encodings give the same XML; hostile text stays text."""
import pytest
from lxml import etree

from common import HOSTILE_MARKUP, SAMPLE, run_cli

DB = "{http://docbook.org/ns/docbook}"


def _xml(path):
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, newline", [
    ("gb18030", "\n"), ("utf-16", "\n"), ("utf-8-sig", "\r\n"),
])
def test_every_encoding_gives_the_same_xml(tmp_path, encoding, newline):
    original = tmp_path / "orig" / "hexi-2010.xml"
    assert run_cli("-q", "xml", SAMPLE, "-o", original) == 0
    text = SAMPLE.read_text(encoding="utf-8")
    source = tmp_path / f"hexi-{encoding}.txt"
    source.write_bytes(text.replace("\n", newline).encode(encoding))
    again = tmp_path / "again" / "hexi-2010.xml"
    assert run_cli("-q", "xml", source, "-o", again) == 0
    same_apart_from_name = _xml(again).replace(source.name, SAMPLE.name)
    assert same_apart_from_name == _xml(original)


HOSTILE = HOSTILE_MARKUP


def test_hostile_markup_is_literal_text_in_the_xml(tmp_path):
    body = "".join(f"第{i}段落包含 {h} 作为文字。\n\n" for i, h in enumerate(HOSTILE))
    source = tmp_path / "hostile.txt"
    source.write_text("某市政府工作报告\n\n一、工作回顾\n\n" + body, encoding="utf-8")
    out = tmp_path / "hostile.xml"
    assert run_cli("-q", "xml", source, "-o", out) == 0
    raw = out.read_text(encoding="utf-8")
    assert "<script>" not in raw and "<!DOCTYPE" not in raw and "<img" not in raw
    root = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    text = "".join(root.itertext())
    for h in HOSTILE:
        assert h in text, h
    assert run_cli("validate", out) == 0
