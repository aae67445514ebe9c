"""A full table's change column that few rows fill goes under the values (render/fold_columns.py),
in the XML copy every edition renders from; the summary table keeps its own; the PDF measures the
value and the change as two lines (render/pdf/tablefit.py), the DOCX breaks the line (w:br)."""
from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from common import REPO, run_cli
from pipeline.docbook.read import load_docbook, q
from pipeline.options import Options
from pipeline.render import render
from pipeline.render.empty_columns import without_empty_columns
from pipeline.render.fold_columns import FOLD_BELOW, sparse_column, with_sparse_columns_folded
from pipeline.render.pdf.tablefit import _pieces

DB = "http://docbook.org/ns/docbook"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADS = ["指标", "数值", "单位", "变化", "类型", "出处"]


def table(role: str, changes: list[str]) -> etree._Element:
    tab = etree.Element(f"{{{DB}}}table", {"role": role})
    tgroup = etree.SubElement(tab, f"{{{DB}}}tgroup", {"cols": "6"})
    for i in range(6):
        etree.SubElement(tgroup, f"{{{DB}}}colspec", {"colname": f"c{i + 1}"})
    head = etree.SubElement(etree.SubElement(tgroup, f"{{{DB}}}thead"), f"{{{DB}}}row")
    for text in HEADS:
        etree.SubElement(head, f"{{{DB}}}entry").text = text
    body = etree.SubElement(tgroup, f"{{{DB}}}tbody")
    group = etree.SubElement(body, f"{{{DB}}}row")
    etree.SubElement(group, f"{{{DB}}}entry", {"namest": "c1", "nameend": "c6", "role": "group"}).text = "一、回顾"
    for n, change in enumerate(changes):
        row = etree.SubElement(body, f"{{{DB}}}row")
        for text in (f"指标{n}", f"{n + 1}亿", "元", change, "实际", "原文"):
            etree.SubElement(row, f"{{{DB}}}entry").text = text
    return tab


def test_a_change_few_rows_have_is_folded_in_the_full_table_only():
    few = ["+13.5%"] + [""] * 9                      # 1 of 10 rows
    assert sparse_column(table("key-figures", few)) == (3, 1)
    assert sparse_column(table("summary-figures", few)) is None       # the headline figures keep it
    assert sparse_column(table("key-figures", [""] * 10)) is None      # empty: left out, not folded
    many = ["+1%"] * 3 + [""] * 7                    # 3 of 10: not fewer than a quarter
    assert FOLD_BELOW * 10 <= 3 and sparse_column(table("key-figures", many)) is None


def test_folding_moves_each_change_under_its_value_and_drops_the_column():
    tab = table("key-figures", ["+13.5%"] + [""] * 9)
    tgroup = tab.find(q("tgroup"))
    from pipeline.render.fold_columns import _fold
    _fold(tgroup, 3, 1)
    assert tgroup.get("cols") == "5"
    assert [c.get("colname") for c in tgroup.iterfind(q("colspec"))] == ["c1", "c2", "c3", "c5", "c6"]
    assert ["".join(e.itertext()) for e in tgroup.find(f"{q('thead')}/{q('row')}")] == \
        ["指标", "数值", "单位", "类型", "出处"]
    rows = tgroup.findall(f"{q('tbody')}/{q('row')}")
    assert rows[0][0].get("namest") == "c1" and rows[0][0].get("nameend") == "c6"   # the group row spans all
    value = rows[1][1]
    assert value.text == "1亿" and value[0].tag == q("phrase") and value[0].get("role") == "change"
    assert value[0].text == "+13.5%" and len(rows[1]) == 5
    assert len(rows[2][1]) == 0                        # no change: the value alone


def test_the_pdf_measures_value_and_change_as_two_lines():
    td = etree.fromstring('<td>450亿<span class="change">+13.5%</span></td>')
    assert _pieces(td) == [("450亿", None), ("+13.5%", None)]
    assert _pieces(etree.fromstring("<td>4 (four)</td>")) == [("4 (four)", None)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    root = tmp_path_factory.mktemp("fold")
    xml = root / "hexi.xml"
    assert run_cli("xml", REPO / "examples" / "hexi-2010.txt", "-o", xml) == 0
    return load_docbook(xml.read_bytes(), xml.parent, xml.stem)


def test_the_sample_full_table_folds_and_its_summary_keeps_the_column(sample):
    tables = {t.get("role"): t for t in with_sparse_columns_folded(without_empty_columns(sample)).root.iter(q("table"))}
    assert tables["summary-figures"].find(q("tgroup")).get("cols") == "6"
    assert tables["key-figures"].find(q("tgroup")).get("cols") == "5"
    assert sample.root.find(f".//{q('table')}[@role='key-figures']/{q('tgroup')}").get("cols") == "6"   # the XML keeps it


def test_the_docx_puts_the_change_on_a_line_under_its_value(sample, monkeypatch):
    monkeypatch.setattr("pipeline.render.docx.soffice_path", lambda: None)
    data = render("docx", sample, Options(paper="A5", style="large-print"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    full = list(document.iter(f"{W}tbl"))[-1]
    heads = ["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in full.find(f"{W}tr").findall(f"{W}tc")]
    assert heads == ["指标", "数值", "单位", "类型", "出处"]
    cells = [tc for tc in full.iter(f"{W}tc") if tc.find(f".//{W}br") is not None]
    assert cells
    texts = [[el.text if el.tag == f"{W}t" else "\n" for el in tc.iter(f"{W}t", f"{W}br")] for tc in cells]
    assert any("".join(t) == "450亿\n+13.5%" for t in texts), texts[:3]
