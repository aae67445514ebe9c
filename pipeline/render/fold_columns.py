"""Fold the full table's change column into its values when few rows have one: `with_sparse_columns_folded(doc)`.

    doc = with_sparse_columns_folded(without_empty_columns(doc))   # in render(): every edition alike

Why: the full figures table (role `key-figures`, one row per statistic) has a change column
(`变化` / `Change`) that most statistics leave empty — a change is stated for a growth, not for
an area or a count (the sample: 10 of 113 rows). The column is as wide as its widest change
(`+348.48%` stays whole), so on a narrow text block (A5 in large print) it took a quarter of
the table from the indicator, which wrapped a character a line. Where fewer than FOLD_BELOW of
the rows that reach it fill it, each change goes under its value, in the value's cell, on a
line of its own (`<phrase role="change">`: a block in the PDF and EPUB, a line break in the
DOCX), and the column is left out; the value column then needs only the wider of the two.
The summary table (`summary-figures`, issue #14's headline figures first) keeps its change
column: there the changes are what a reader compares (7 of its 20 rows in the sample), and it
has room. Decided once from the XML, after the empty columns (render/empty_columns.py) and
with the same moves, so the three editions show the same columns; the XML file keeps its own.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from lxml import etree

from ..docbook.read import Intermediate, q
from .empty_columns import _cells, _drop, _filled, _names

# table kind -> (the column folded, the column it goes into), by the XML's column names
FOLDS = {"key-figures": ("c4", "c2")}       # change -> value
FOLD_BELOW = 0.25                           # the share of rows a column fills below which it folds
ROLE = "change"                             # the phrase's role, for the renderers


def sparse_column(table: etree._Element) -> tuple[int, int] | None:
    """The positions of (the column to fold, the one it goes into) in `table`'s tgroup, or None:
    a table of a kind with a fold whose column both are kept, filled in some rows but fewer than
    FOLD_BELOW of the body rows that have a cell of their own in it."""
    fold = FOLDS.get(table.get("role") or "")
    tgroup = table.find(q("tgroup"))
    if fold is None or tgroup is None:
        return None
    names = _names(tgroup)
    if fold[0] not in names or fold[1] not in names:
        return None
    at, into = names.index(fold[0]), names.index(fold[1])
    reached = filled = 0
    for row in tgroup.iterfind(f"{q('tbody')}/{q('row')}"):
        for entry, first, last in _cells(row, names):
            if first == last == at:
                reached += 1
                filled += _filled(entry)
    if not filled or filled >= FOLD_BELOW * reached:
        return None
    return at, into


def _fold(tgroup: etree._Element, at: int, into: int) -> None:
    names = _names(tgroup)
    for row in tgroup.iterfind(f"{q('tbody')}/{q('row')}"):
        cells = {first: entry for entry, first, last in _cells(row, names) if first == last}
        if at in cells and into in cells and _filled(cells[at]):
            phrase = etree.SubElement(cells[into], q("phrase"), {"role": ROLE})
            phrase.text = "".join(cells[at].itertext()).strip()
    _drop(tgroup, [at])


def with_sparse_columns_folded(doc: Intermediate) -> Intermediate:
    """`doc` with every sparse column folded (a copy when there is one, else `doc`)."""
    tables = list(doc.root.iter(q("table")))
    found = [sparse_column(t) for t in tables]
    if not any(found):
        return doc
    tree = etree.ElementTree(deepcopy(doc.root))
    for table, fold in zip(tree.getroot().iter(q("table")), found):
        if fold:
            _fold(table.find(q("tgroup")), *fold)
    return replace(doc, tree=tree)
