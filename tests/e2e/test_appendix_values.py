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


# ---- the tables stay inside the text block; a header word is never broken ------------------

HEADERS = {"Indicator", "Actual", "Target", "Unit", "Change", "Source", "Value", "Type"}
SHOWN = HEADERS - {"Target", "Change"}   # empty in every row of this page's tables: left out (render/empty_columns.py)


@pytest.fixture(scope="module")
def large_print(built):
    root = built["root"]
    code = run_cli("build", root / "atlantic.txt", "--paper", "A5", "--to", "pdf", "--style", "large-print",
                   "-o", root / "out-lp", "--build-dir", root / "build-lp")
    assert code == 0
    return root / "out-lp" / "atlantic.pdf"


def overflow(pdf: Path) -> list[str]:
    """Where an appendix page draws a table rule or a character past the text block: the block's
    right edge is the body's (its justified lines end there), measured on the pages before the
    appendix; the appendix pages are the ones with the tables' rules."""
    import pdfplumber

    problems, right, table_pages = [], 0.0, 0
    with pdfplumber.open(str(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            rules = [r for r in page.lines + page.rects if r["height"] < 3 and r["width"] > 50]
            chars = [c for c in page.chars if c["text"].strip() and c["text"] != "\u200b"]
            if not rules:
                right = max([right] + [c["x1"] for c in chars])
                continue
            table_pages += 1
            edge = max(max(r["x1"] for r in rules), max((c["x1"] for c in chars), default=0))
            if edge > right + 1.5:
                problems.append(f"page {number}: {edge:.1f} > {right:.1f}")
    assert table_pages and right, "no table page, or no body page before it"
    return problems


def test_pdf_tables_stay_in_the_text_block(built, large_print):
    assert overflow(built["pdf"]) == []
    assert overflow(large_print) == []


@pytest.mark.parametrize("style, paper, chunks", [
    (style, paper, "off") for style in ("report", "gongwen", "large-print") for paper in ("A4", "A5", "B5")
    if (style, paper) not in (("report", "A5"), ("large-print", "A5"))] + [("report", "A5", "2")])
def test_pdf_tables_stay_in_the_text_block_on_every_paper_and_style(built, style, paper, chunks):
    """The widths are computed for the text block of the paper and style (render/pdf/tablefit.py),
    also when the body is laid out in chunks (the appendix's widths are then computed in the
    coordinating process)."""
    pdf = built["root"] / f"out-{style}-{paper}-{chunks}.pdf"
    code = run_cli("render", built["xml"], "--to", "pdf", "--paper", paper, "--style", style,
                   "--pdf-chunks", chunks, "-o", pdf)
    assert code == 0
    assert overflow(pdf) == []
    if style == "report":                    # the default style keeps every header word whole
        assert header_words(pdf) == SHOWN


def header_words(pdf: Path) -> set[str]:
    """The header words the table pages show whole (pdftotext: a broken word shows in pieces),
    and none of them in pieces (`Chan` / `ge` on one page, whole on another, is still broken)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [page for page in text.split("\f") if re.search(r"^\s*Indicator\b", page, re.M)]
    words = {word for page in pages for word in re.findall(r"[A-Za-z]+", page)}
    pieces = {word for word in words - HEADERS if len(word) > 2 and any(h.startswith(word) for h in HEADERS)}
    assert pieces == set(), f"header words broken: {sorted(pieces)}"
    return words & HEADERS


def test_pdf_headers_are_whole(built):
    assert header_words(built["pdf"]) == SHOWN


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")
def test_docx_headers_are_whole(built):
    out = built["root"] / "docx-pdf-heads"
    subprocess.run([soffice_path(), "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    f"-env:UserInstallation=file://{built['root']}/lo-profile", str(built["docx"])],
                   capture_output=True, check=True, timeout=300)
    assert header_words(out / "atlantic.pdf") == SHOWN


def test_large_print_a5_header_words_are_whole(large_print):
    """Both tables in large print on A5: no header word in pieces (`Sou` / `rce` before), every
    header shown (render/columns.py sets the header smaller rather than break a word)."""
    assert header_words(large_print) == SHOWN


def test_large_print_a5_summary_table_is_whole(large_print):
    """Without its two columns that are empty in every row (Target, Change: render/empty_columns.py)
    the summary table fits large print on A5 whole: its header on one line of whole words, every
    back-link on one line with its page. (The full table's five columns need 363 pt of the 340 pt
    block even with their back-links' pages wrapped: its header is set smaller, never broken:
    test_large_print_a5_header_words_are_whole.)"""
    text = subprocess.run(["pdftotext", "-layout", str(large_print), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [re.split(r"^\s*Table 2\b", page, flags=re.M)[0]          # the full table may follow
             for page in text.split("\f") if re.search(r"^\s*Indicator\s+Actual\b", page, re.M)]
    assert pages
    for page in pages:
        assert re.search(r"^\s*Indicator\s+Actual\s+Unit\s+Source\s*$", page, re.M), page
        links = re.findall(r"\btext\b.*", page)
        assert links and all(re.search(r"\btext \(p\. \d+\)$", line.strip()) for line in links), links
