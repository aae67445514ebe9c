"""A column empty in every body row of a table is left out of the editions (render/empty_columns.py);
a column with one filled cell is kept; the XML itself keeps every column."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from pipeline.docbook.read import Intermediate, load_docbook, q
from pipeline.options import Options
from pipeline.render.empty_columns import empty_columns, without_empty_columns
from pipeline.render.html import docbook_to_html
from pipeline.render.html.appendix import KEPT
from pipeline.render.columns import SHARES
from pipeline.render.pdf.tablefit import _shares

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"


@pytest.fixture
def mini() -> Intermediate:
    return load_docbook((FIXTURES / "mini.xml").read_bytes(), FIXTURES, "mini")


def clear(doc: Intermediate, column: int, keep: int | None = None) -> None:
    """Empty cell `column` (0-based) of every full body row of the first table, but row `keep`."""
    full = [row for row in next(doc.root.iter(q("tbody"))) if len(row) > 1]
    for n, row in enumerate(full):
        entry = row[column]
        if n != keep:
            for child in list(entry):
                entry.remove(child)
            entry.text = ""
        elif not "".join(entry.itertext()).strip():
            entry.text = "+1%"


def heads(table) -> list[str]:
    return ["".join(e.itertext()) for e in table.find(f"{q('tgroup')}/{q('thead')}/{q('row')}")]


def test_an_empty_column_is_left_out_and_the_xml_keeps_it(mini):
    clear(mini, 3)                                       # 变化 empty in every row
    before = etree.tostring(mini.root)
    shown = without_empty_columns(mini)
    assert etree.tostring(mini.root) == before           # the intermediate is not touched
    table = next(shown.root.iter(q("table")))
    tgroup = table.find(q("tgroup"))
    assert heads(table) == ["指标", "数值", "单位", "类型", "出处"]
    assert tgroup.get("cols") == "5"
    assert [c.get("colname") for c in tgroup.iterfind(q("colspec"))] == ["c1", "c2", "c3", "c5", "c6"]
    for row in tgroup.find(q("tbody")):
        assert len(row) == 5 or (len(row) == 1 and row[0].get("nameend") == "c6")


def test_one_filled_cell_keeps_the_column(mini):
    clear(mini, 3, keep=2)
    assert without_empty_columns(mini) is mini
    assert heads(next(mini.root.iter(q("table"))))[3] == "变化"


def test_a_left_out_last_column_moves_the_group_rows_span(mini):
    clear(mini, 5)                                       # no back-links at all
    tgroup = next(without_empty_columns(mini).root.iter(q("tgroup")))
    groups = [row[0] for row in tgroup.find(q("tbody")) if len(row) == 1]
    assert groups and all((e.get("namest"), e.get("nameend")) == ("c1", "c5") for e in groups)


def test_a_table_without_body_rows_keeps_its_columns(mini):
    tbody = next(mini.root.iter(q("tbody")))
    for row in list(tbody):
        tbody.remove(row)
    assert empty_columns(tbody.getparent()) == []


def test_the_pdf_html_has_no_such_column_and_keeps_the_shares_by_name(mini):
    clear(mini, 3)
    page = lxml_html.document_fromstring(docbook_to_html(without_empty_columns(mini), Options()))
    table = page.get_element_by_id("t1")
    assert [th.text_content() for th in table.iter("th")] == ["指标", "数值", "单位", "类型", "出处"]
    assert {len(tr.findall("td")) for tr in table.iter("tr") if tr.findall("td")} == {1, 5}
    assert [td.get("colspan") for tr in table.iter("tr") for td in tr.findall("td") if len(tr) == 1] == ["5", "5"]
    assert table.get(KEPT) == "c1 c2 c3 c5 c6"
    full = SHARES["key-figures"]
    assert _shares(table) == (full[0], full[1], full[2], full[4], full[5])


def test_a_full_table_has_no_names_attribute(mini):
    page = lxml_html.document_fromstring(docbook_to_html(without_empty_columns(mini), Options()))
    assert page.get_element_by_id("t1").get(KEPT) is None
