"""The three editions leave out a table's column that is empty in every row, and keep one with a
single filled cell (render/empty_columns.py); the XML on disk keeps every column.

An English encyclopedia page whose summary table has neither targets nor changes, and whose
full table has no change either; one change is written into the summary table's XML by hand, so
that its `Change` column has exactly one filled cell (the full table's would be folded under its
value: render/fold_columns.py, tests/render/test_fold_columns.py). Each edition is rendered by the CLI
(which verifies it: no body text lost) and opened: the PDF's text, the DOCX's table XML, the
EPUB's XHTML.
"""
import re
import subprocess
import zipfile

import pytest
from lxml import etree

from common import REPO, run_cli

pytestmark = pytest.mark.slow
DOC = REPO / "tests" / "corpus" / "extra" / "docs" / "xe1_wikipedia_atlantic_markdown_en.txt"
DB = "{http://docbook.org/ns/docbook}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SUMMARY = ["Indicator", "Actual", "Unit", "Change", "Source"]       # Target: empty; Change: one cell
FULL = ["Indicator", "Value", "Unit", "Type", "Source"]             # Change: empty


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("empty-columns")
    source = root / "atlantic.txt"
    source.write_bytes(DOC.read_bytes())
    xml = root / "atlantic.xml"
    assert run_cli("xml", source, "-o", xml) == 0
    tree = etree.parse(str(xml))
    summary = next(t for t in tree.iter(f"{DB}table") if t.get("role") == "summary-figures")
    rows = [r for r in summary.iter(f"{DB}row") if len(r) == 6 and r.getparent().tag == f"{DB}tbody"]
    assert rows and not any("".join(r[4].itertext()).strip() for r in rows)
    rows[0][4].text = "+5%"
    tree.write(str(xml), xml_declaration=True, encoding="UTF-8")
    before = xml.read_bytes()
    out = {}
    for fmt in ("pdf", "docx", "epub"):
        out[fmt] = root / f"atlantic.{fmt}"
        assert run_cli("render", xml, "--to", fmt, "-o", out[fmt]) == 0      # verified
    assert xml.read_bytes() == before
    return {"xml": etree.parse(str(xml)), **out}


def test_the_xml_keeps_every_column(built):
    tables = {t.get("role"): t for t in built["xml"].iter(f"{DB}table")}
    for table in tables.values():
        assert table.find(f"{DB}tgroup").get("cols") == "6"
    head = tables["summary-figures"].find(f"{DB}tgroup/{DB}thead/{DB}row")
    assert ["".join(e.itertext()) for e in head] == ["Indicator", "Actual", "Target", "Unit", "Change", "Source"]


def test_pdf(built):
    text = subprocess.run(["pdftotext", "-layout", str(built["pdf"]), "-"], capture_output=True,
                          text=True, check=True).stdout
    header_rows = [line.split() for line in text.splitlines() if re.match(r"\s*Indicator\s", line)]
    assert SUMMARY in header_rows and FULL in header_rows
    assert all(row in (SUMMARY, FULL) for row in header_rows), header_rows
    assert "+5%" in text


def test_docx(built):
    with zipfile.ZipFile(built["docx"]) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    tables = list(document.iter(f"{W}tbl"))
    assert len(tables) == 2
    for table, heads in zip(tables, (SUMMARY, FULL)):
        assert len(table.find(f"{W}tblGrid")) == len(heads)
        rows = [[("".join(t.text or "" for t in tc.iter(f"{W}t")), tc.find(f"{W}tcPr/{W}gridSpan"))
                 for tc in tr.findall(f"{W}tc")] for tr in table.iter(f"{W}tr")]
        assert [text for text, _ in rows[0]] == heads
        for row in rows[1:]:
            assert len(row) == len(heads) or (len(row) == 1 and row[0][1].get(f"{W}val") == str(len(heads)))


def test_epub(built):
    with zipfile.ZipFile(built["epub"]) as z:
        pages = [etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xhtml")]
    tables = {t.get("id"): t for page in pages for t in page.iter(f"{XHTML}table")}
    for ident, heads in (("t1", SUMMARY), ("t2", FULL)):
        table = tables[ident]
        assert ["".join(th.itertext()) for th in table.iter(f"{XHTML}th")] == heads
        for tr in table.find(f"{XHTML}tbody"):
            cells = tr.findall(f"{XHTML}td")
            assert len(cells) == len(heads) or (len(cells) == 1 and cells[0].get("colspan") == str(len(heads)))
