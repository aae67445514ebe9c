"""The whole build of the sample: every edition verified, reproducible, and the XML as specified."""
import pytest
from lxml import etree

from common import SAMPLE, SAMPLE_HEADINGS, SAMPLE_TITLE, run_cli

pytestmark = pytest.mark.slow
DB = "{http://docbook.org/ns/docbook}"


def test_every_edition_exists_and_verifies(sample_build):
    for fmt in ("pdf", "docx", "epub"):
        assert sample_build[fmt].stat().st_size > 10_000
    assert run_cli("verify", sample_build["xml"], sample_build["pdf"], sample_build["docx"],
                   sample_build["epub"]) == 0


def test_xml_has_title_parts_sections_and_leads(sample_build):
    root = etree.parse(str(sample_build["xml"])).getroot()
    assert root.findtext(f"{DB}info/{DB}title") == SAMPLE_TITLE
    parts = root.findall(f"{DB}section")
    assert [p.findtext(f"{DB}title") for p in parts] == [t for l, t in SAMPLE_HEADINGS if l == 1]
    sections = [s.findtext(f"{DB}title") for p in parts for s in p.findall(f"{DB}section")]
    assert sections == [t for l, t in SAMPLE_HEADINGS if l == 2]
    assert len(root.findall(f".//{DB}formalpara")) == 40


def test_a_second_build_is_byte_identical(sample_build, tmp_path):
    code = run_cli("build", SAMPLE, "-o", tmp_path / "out", "--build-dir", tmp_path / "build", "-j", "1")
    assert code == 0
    for fmt in ("pdf", "docx", "epub"):
        again = (tmp_path / "out" / f"hexi-2010.{fmt}").read_bytes()
        assert again == sample_build[fmt].read_bytes(), f"{fmt} differs between two builds"
