"""A reader never sees a number of the figures appendix split across lines (`106,400,0` / `00`).

An English encyclopedia page with long values (areas of nine digits with thousands separators,
ranges, values with their words) on A5, the narrowest paper: every value of the full table and
of the summary table appears whole on one line of the PDF's text (pdftotext -layout keeps the
lines as drawn) and of the DOCX as LibreOffice lays it out.
"""
import re
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from common import REPO, run_cli
from pipeline.render.docx.pages import soffice_path

pytestmark = pytest.mark.slow
DOC = REPO / "tests" / "corpus" / "extra" / "docs" / "xe1_wikipedia_atlantic_markdown_en.txt"
DB = "{http://docbook.org/ns/docbook}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("values")
    source = root / "atlantic.txt"
    source.write_bytes(DOC.read_bytes())
    code = run_cli("build", source, "--paper", "A5", "--to", "pdf,docx", "-o", root / "out",
                   "--build-dir", root / "build")
    assert code == 0
    return {"xml": root / "build" / "atlantic.xml", "pdf": root / "out" / "atlantic.pdf",
            "docx": root / "out" / "atlantic.docx", "root": root}


def table_values(xml: Path) -> set[str]:
    """The value cells of the appendix tables (full table: column 2; summary: columns 2 and 3)."""
    values = set()
    for table in etree.parse(str(xml)).getroot().iter(f"{DB}table"):
        columns = (1,) if table.get("role") == "key-figures" else (1, 2)
        for row in table.iter(f"{DB}row"):
            entries = row.findall(f"{DB}entry")
            for i in columns:
                if i < len(entries) and row.getparent().tag == f"{DB}tbody":
                    text = "".join(entries[i].itertext()).strip()
                    if text:
                        values.add(text)
    return values


def broken_values(pdf: Path, values: set[str]) -> list[str]:
    """The values not on one line of the pages of the tables (the body says them too)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\u200b", "")
    pages = [page for page in text.split("\f") if re.search(r"^\s*Indicator\b", page, re.M)]
    assert pages, "no page of an appendix table (its header row repeats on every page)"
    lines = [re.sub(r"\s+", " ", line) for page in pages for line in page.splitlines()]
    return sorted(v for v in values if not any(v in line for line in lines))


def test_long_values_are_in_the_tables(built):
    values = table_values(built["xml"])
    assert {"106,400,000", "354,700,000", "3,700–5,500"} <= values


def test_pdf_never_splits_a_value(built):
    assert broken_values(built["pdf"], table_values(built["xml"])) == []


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")
def test_docx_never_splits_a_value(built):
    out = built["root"] / "docx-pdf"
    subprocess.run([soffice_path(), "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    f"-env:UserInstallation=file://{built['root']}/lo-profile", str(built["docx"])],
                   capture_output=True, check=True, timeout=300)
    assert broken_values(out / "atlantic.pdf", table_values(built["xml"])) == []
