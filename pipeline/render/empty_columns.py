"""Leave out a table's column that is empty in every row: `without_empty_columns(doc)`.

    doc = without_empty_columns(doc)    # in render(): the PDF, the DOCX and the EPUB alike

Why: a figures table's columns are fixed by its kind (value, unit, change, type, source …),
but a document may fill one of them nowhere (a report that states no changes: `变化` is
empty on every row). Such a column tells a reader nothing and takes room the indicator and
the back-links need; on a narrow text block (large print, A5) it made the indicator wrap to
three lines and a back-link's page drop to its own line.

Decided here, once, from the XML, so the three editions show the same columns; the XML file
itself is unchanged (it keeps the full data) — the editions render from a copy. A column is
empty when no body row that reaches it has text or an element in its cell; a table without
body rows keeps every column, and a table always keeps at least one. The kept columns keep
their names (`c1 c2 c4 …`): a renderer that sizes columns by kind looks them up by name
(render/pdf/tablefit.py), and spans (`namest`/`nameend`) are moved onto kept columns.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from lxml import etree

from ..docbook.read import Intermediate, q

_ROWS = ("thead", "tbody", "tfoot")


def _names(tgroup: etree._Element) -> list[str]:
    names = [c.get("colname") or f"c{i + 1}" for i, c in enumerate(tgroup.iterfind(q("colspec")))]
    count = int(tgroup.get("cols", "0") or 0)
    return names + [f"c{i + 1}" for i in range(len(names), count)]


def _cells(row: etree._Element, names: list[str]):
    """(entry, first column, last column) for each entry of `row`, spans resolved by name."""
    at = 0
    for entry in row.iterfind(q("entry")):
        start, end = entry.get("namest"), entry.get("nameend")
        if entry.get("colname") in names:
            at = names.index(entry.get("colname"))
        if start in names and end in names:
            first, last = names.index(start), names.index(end)
        else:
            first = last = at
        yield entry, first, last
        at = last + 1


def _filled(entry: etree._Element) -> bool:
    return len(entry) > 0 or bool("".join(entry.itertext()).strip())


def empty_columns(tgroup: etree._Element) -> list[int]:
    """The positions of the columns of `tgroup` no body row fills (a span counts for none:
    a group row's title is not a cell of any one column)."""
    names = _names(tgroup)
    body = tgroup.findall(f"{q('tbody')}/{q('row')}")
    if not names or not body:
        return []
    filled = set()
    for row in body:
        filled.update(first for entry, first, last in _cells(row, names) if first == last and _filled(entry))
    empty = [i for i in range(len(names)) if i not in filled]
    return empty if len(empty) < len(names) else empty[1:]


def _drop(tgroup: etree._Element, empty: list[int]) -> None:
    names = _names(tgroup)
    kept = [i for i in range(len(names)) if i not in empty]
    for group in _ROWS:
        for row in tgroup.iterfind(f"{q(group)}/{q('row')}"):
            for entry, first, last in list(_cells(row, names)):
                inside = [i for i in range(first, last + 1) if i in kept]
                if not inside:
                    row.remove(entry)
                elif entry.get("namest") is not None:
                    entry.set("namest", names[inside[0]])
                    entry.set("nameend", names[inside[-1]])
    for i, colspec in enumerate(list(tgroup.iterfind(q("colspec")))):
        if i in empty:
            tgroup.remove(colspec)
    tgroup.set("cols", str(len(kept)))


def without_empty_columns(doc: Intermediate) -> Intermediate:
    """`doc` with every table's empty columns left out: a copy when there are any, else `doc`."""
    found = [empty_columns(tgroup) for tgroup in doc.root.iter(q("tgroup"))]
    if not any(found):
        return doc
    tree = etree.ElementTree(deepcopy(doc.root))
    for tgroup, empty in zip(tree.getroot().iter(q("tgroup")), found):
        if empty:
            _drop(tgroup, empty)
    return replace(doc, tree=tree)
