"""Give the figures tables column widths that fit the text block: `fit_tables(root, lay_out)`.

    fit_tables(root, lambda html: layout(html, ...))   # before the HTML is split into parts

The room a table has is the style's (paper, margins, body width, the table's font size, the
cells' padding: a preset or a user's style folder may change any of them), so it is measured,
not assumed: one small probe document — the tables' classes, their header words, their widest
values and back-links, each on a line of its own — is laid out with the document's own
stylesheet and paper (a few milliseconds; nothing of it reaches the PDF). Its boxes give the
text block's width, the padding and the width of each piece that must stay whole; the values
not probed are estimated from their characters (render/measure.py) and only the widest by that
estimate are probed. columns.py turns those needs into widths, written once per table as
plain lengths on <col> elements: no var() or calc() for WeasyPrint to resolve per cell.
"""
from __future__ import annotations

from lxml import etree

from ...log import debug
from ..measure import text_em
from .columns import SHARES, Columns, column_widths

PROBE_PAGE = "999"        # the page number a back-link is probed with (print.css adds " (p. 999)")
CANDIDATES = 0.88         # values probed: those estimated at least this share of the column's widest
MOST_PROBED = 6           # … and at most this many per column
PT_PER_PX = 0.75


def _cells(tab: etree._Element) -> tuple[list[etree._Element], list[list[etree._Element]]]:
    """The header cells and the body rows that have a cell per column (not the group rows)."""
    head = tab.find("thead/tr")
    ths = head.findall("th") if head is not None else []
    rows = [tr.findall("td") for tr in tab.iterfind("tbody/tr")]
    return ths, [tds for tds in rows if len(tds) == len(ths)]


def _pieces(td: etree._Element) -> list[tuple[str, bool]]:
    """What of a body cell must stay on one line: each back-link (with its page, `(p. 12)`),
    or else the whole value. (text, is_link)"""
    links = [("".join(a.itertext()).strip(), True) for a in td.iter("a") if a.get("class") == "back"]
    if links:
        return links
    text = " ".join("".join(td.itertext()).split())
    return [(text, False)] if text else []


def _probe_column(cells: list[etree._Element], lang: str) -> list[tuple[str, bool]]:
    """The pieces of a column worth laying out: the widest by estimate."""
    pieces = {p for td in cells for p in _pieces(td)}
    if not pieces:
        return []
    sized = sorted(((text_em(t, lang), t, link) for t, link in pieces), reverse=True)
    widest = sized[0][0]
    return [(t, link) for em, t, link in sized[:MOST_PROBED] if em >= CANDIDATES * widest]


def _probe(root: etree._Element, tables: list[etree._Element], lang: str) -> tuple[str, dict]:
    """The probe document and, per table, what each probed cell id stands for."""
    html = etree.Element("html", dict(root.attrib))
    section = etree.SubElement(etree.SubElement(etree.SubElement(html, "body"), "main"),
                               "section", {"class": "appendix"})
    plan: dict[int, dict[str, tuple[str, int]]] = {}
    for k, tab in enumerate(tables):
        ths, rows = _cells(tab)
        table = etree.SubElement(section, "table", {"class": tab.get("class", ""), "id": f"r{k}"})
        thead, tbody = etree.SubElement(table, "thead"), etree.SubElement(table, "tbody")
        ids: dict[str, tuple[str, int]] = {}
        for i, th in enumerate(ths):
            for j, word in enumerate(sorted(set("".join(th.itertext()).split()))):
                ids[f"h{k}-{i}-{j}"] = ("head", i)
                cell = etree.SubElement(etree.SubElement(thead, "tr"), "th", {"id": f"h{k}-{i}-{j}"})
                etree.SubElement(cell, "span", {"style": "white-space: nowrap"}).text = word
        for i in range(1, len(ths)):
            for j, (text, link) in enumerate(_probe_column([tds[i] for tds in rows], lang)):
                ids[f"b{k}-{i}-{j}"] = ("body", i)
                cell = etree.SubElement(etree.SubElement(tbody, "tr"), "td", {"id": f"b{k}-{i}-{j}"})
                attrs = {"class": "back", "data-page": PROBE_PAGE} if link else {"style": "white-space: nowrap"}
                etree.SubElement(cell, "a" if link else "span", attrs).text = text
        if not len(tbody):
            etree.SubElement(etree.SubElement(tbody, "tr"), "td", {"id": f"b{k}-0-0"})
            ids[f"b{k}-0-0"] = ("body", 0)
        plan[k] = ids
    return etree.tostring(html, method="html", encoding="unicode"), plan


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _content_width(cell) -> float:
    """The widest line of a laid-out cell: the sum of its line's boxes."""
    lines = [b for b in _boxes(cell) if type(b).__name__ == "LineBox"]
    return max((sum(c.margin_width() for c in line.children) for line in lines), default=0.0)


def _side(box) -> float:
    return box.padding_left + box.padding_right + box.border_left_width + box.border_right_width


def _measure(document, plan: dict) -> dict[int, tuple[float, float, dict[str, float]]]:
    """Per table: the text block's width, the widest cell padding, each probed id's width (px)."""
    found: dict[int, list] = {k: [0.0, 0.0, {}] for k in plan}
    for page in document.pages:
        for box in _boxes(page._page_box):
            element = getattr(box, "element", None)
            ident = element.get("id", "") if element is not None else ""
            if not ident:
                continue
            if ident[0] == "r" and type(box).__name__ == "TableBox":
                found[int(ident[1:])][0] = box.width
            elif ident[0] in "hb" and "-" in ident:
                k = int(ident[1:].split("-")[0])
                found[k][1] = max(found[k][1], _side(box))
                found[k][2].setdefault(ident, _content_width(box))
    return {k: (v[0], v[1], v[2]) for k, v in found.items()}


def _write_columns(tab: etree._Element, widths: list[float]) -> None:
    """One <col> per column after the caption; the first (the indicator) takes the rest."""
    colgroup = etree.Element("colgroup")
    for i, width in enumerate(widths):
        etree.SubElement(colgroup, "col", {"style": f"width: {width * PT_PER_PX:.2f}pt"} if i else {})
    caption = tab.find("caption")
    (caption.addnext(colgroup) if caption is not None else tab.insert(0, colgroup))


def fit_tables(root: etree._Element, lay_out, lang: str = "en") -> None:
    """Give every figures table of `root` (the whole document's HTML) its column widths.
    `lay_out(html_string)` lays a document out as the PDF will (stylesheet, paper, fonts)."""
    tables = [t for t in root.iter("table") if t.get("class") in SHARES and _cells(t)[0]]
    if not tables:
        return
    html, plan = _probe(root, tables, lang)
    measured = _measure(lay_out(html), plan)
    for k, tab in enumerate(tables):
        block, padding, widths = measured[k]
        ths, rows = _cells(tab)
        head, body = [0.0] * len(ths), [0.0] * len(ths)
        for ident, (kind, i) in plan[k].items():
            (head if kind == "head" else body)[i] = max((head if kind == "head" else body)[i],
                                                        widths.get(ident, 0.0))
        fitted = column_widths(Columns(block, padding, head, body), SHARES[tab.get("class")])
        _write_columns(tab, fitted.widths)
        if fitted.tight:
            tab.set("class", f"{tab.get('class')} tight")
        debug("PDF: table %s columns %s pt%s", tab.get("id", k),
              " ".join(f"{w * PT_PER_PX:.0f}" for w in fitted.widths), " (tight)" if fitted.tight else "")
