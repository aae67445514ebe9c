"""The DOCX's tables fit the text block: `fit_tables(pkg, article, paper, lang)`.

    fit_tables(pkg, doc.root, "A5", "en")   # after set_paper: widths in twips, fixed layout

Why fixed widths: pandoc writes an autofit table, and Word and LibreOffice widen an autofit
column to its longest unbreakable piece, so on A5 and in large print the appendix tables ran
past the right margin or squeezed the indicator to one character a line, with header words
broken inside (`Sou` / `rce`). Here each table gets the section's text width (w:tblW), a
fixed layout (w:tblLayout), its grid (w:gridCol) and every cell its width (w:tcW), in twips,
computed by the same function as the PDF's columns (render/columns.py: the same steps,
the same shares by the table's kind), from the widths of its header words, values and
back-links estimated from their characters (render/measure.py, never narrower than drawn)
at the table's text size (the reference DOCX's Table style, as the PDF's table has its own).
The DOCX's back-links carry no page numbers, so a link is only its text. Where the PDF would
narrow the cells' padding, the DOCX narrows the cells' side margins (w:tblCellMar); where it
sets the header smaller, so does the DOCX (w:sz on the header's runs).
"""
from __future__ import annotations

from lxml import etree

from ...docbook.read import XML_ID, q
from ...log import debug
from ..measure import text_em
from ..columns import Columns, column_widths, shares_for
from .package import NS, Package, w

DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
CELL_MARGINS = 2 * 108 + 30      # twips: the Table style's left and right cell margins, a border, slack
NARROW_MARGIN = 36               # twips: a cell's side margin where the table is tight
NARROW_MARGINS = 2 * NARROW_MARGIN + 30
BOLD = 1.1                       # a header's bold text is at most this much wider than regular
_TBLPR_AFTER_LAYOUT = ("tblCellMar", "tblLook", "tblCaption", "tblDescription")   # schema order
_TBLPR_AFTER_MARGINS = ("tblLook", "tblCaption", "tblDescription")
_RPR_AFTER_SZ = {"highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
                 "lang", "eastAsianLayout", "specVanish", "oMath"}


def table_size(pkg: Package) -> int:
    """The table text's size in twips: the Table style's (a style may set its tables smaller than
    its body, as the PDF does), else the Compact style's, else the document default's (12 pt)."""
    styles = pkg.xml(STYLES)
    for path in (f".//{w('style')}[@w:styleId='Table']/{w('rPr')}/{w('sz')}",
                 f".//{w('style')}[@w:styleId='Compact']/{w('rPr')}/{w('sz')}",
                 f".//{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}"):
        sz = styles.find(path, NS)
        if sz is not None and (sz.get(w("val")) or "").isdigit():
            return int(sz.get(w("val"))) * 10          # half-points -> twips
    return 240


def _text(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


def _pieces(tc: etree._Element) -> list[str]:
    """What of a cell must stay on one line: each back-link's text with the separator after it
    (`原文、`), or else the whole value."""
    links = tc.findall(f"{w('p')}/{w('hyperlink')}")
    if links:
        return [(_text(a) + _text(a.getnext()) if a.getnext() is not None and a.getnext().tag == w("r")
                 else _text(a)).strip() for a in links]
    lines = [""]
    for el in tc.iter(w("t"), w("br")):      # a change folded under its value: after a w:br
        if el.tag == w("br"):
            lines.append("")
        else:
            lines[-1] += el.text or ""
    return [" ".join(line.split()) for line in lines if line.split()]


def _span(tc: etree._Element) -> int:
    span = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
    return int(span.get(w("val"), "1")) if span is not None else 1


def measure_columns(tbl: etree._Element, block: int, size: int, lang: str) -> Columns | None:
    """What each column of `tbl` needs (twips): its header's longest word (bold) and its widest
    value or back-link; None for a table without a header row of one cell per column."""
    rows = [tr.findall(w("tc")) for tr in tbl.findall(w("tr"))]
    grid = tbl.find(w("tblGrid"))
    n = len(grid) if grid is not None else 0
    if not rows or n < 2 or len(rows[0]) != n or any(_span(tc) > 1 for tc in rows[0]):
        return None
    head = [max((text_em(word, lang) * BOLD * size for word in _text(tc).split()), default=0.0)
            for tc in rows[0]]
    body = [0.0] * n
    for cells in rows[1:]:
        if len(cells) != n:
            continue                                   # a group row spans every column
        for i, tc in enumerate(cells[1:], 1):
            for piece in _pieces(tc):
                body[i] = max(body[i], text_em(piece, lang) * size)
    return Columns(float(block), float(CELL_MARGINS), float(NARROW_MARGINS), head, body, body, body)


def _roles(article: etree._Element) -> dict[str, tuple[str, list[str]]]:
    """Each table's id -> its kind (role) and its columns' names (c1 c2 c4 … when one was left
    out: render/empty_columns.py), which pick its shares."""
    found = {}
    for table in article.iter(q("table"), q("informaltable")):
        tgroup = table.find(q("tgroup"))
        if table.get(XML_ID) and tgroup is not None:
            names = [c.get("colname") or f"c{i + 1}" for i, c in enumerate(tgroup.iterfind(q("colspec")))]
            found[table.get(XML_ID)] = (table.get("role") or "", names)
    return found


def _table_id(tbl: etree._Element) -> str:
    """The XML id pandoc put before the table's caption as a bookmark (not a _Toc one)."""
    node = tbl.getprevious()
    while node is not None and node.tag in (w("p"), w("bookmarkStart"), w("bookmarkEnd")):
        for mark in ([node] if node.tag == w("bookmarkStart") else []):
            name = mark.get(w("name"), "")
            if not name.startswith("_"):
                return name
        if node.tag == w("p") and node.find(f"{w('pPr')}/{w('pStyle')}[@w:val='TableCaption']", NS) is None:
            return ""
        node = node.getprevious()
    return ""


def _insert(parent: etree._Element, el: etree._Element, before: tuple[str, ...]) -> None:
    later = [c for c in parent if etree.QName(c).localname in before]
    (later[0].addprevious(el) if later else parent.append(el))


def _replace(parent: etree._Element, tag: str, before: tuple[str, ...]) -> etree._Element:
    old = parent.find(w(tag))
    if old is not None:
        parent.remove(old)
    el = etree.Element(w(tag))
    _insert(parent, el, before)
    return el


def _keep_whole(tr: etree._Element) -> None:
    """A row never splits across pages (w:cantSplit): a value whose change is folded under it
    would otherwise leave `+13.5%` alone at the top of the next page, as the PDF's rows never do."""
    trpr = tr.find(w("trPr"))
    if trpr is None:
        trpr = etree.Element(w("trPr"))
        prex = tr.find(w("tblPrEx"))
        (prex.addnext(trpr) if prex is not None else tr.insert(0, trpr))
    if trpr.find(w("cantSplit")) is None:
        trpr.insert(0, etree.Element(w("cantSplit")))


def _write(tbl: etree._Element, widths: list[int], block: int, tight: bool) -> None:
    """tblW, a fixed layout, the grid and each cell's width (its span's); narrow side margins
    when `tight`."""
    tblpr = tbl.find(w("tblPr"))
    if tblpr is None:
        tblpr = etree.Element(w("tblPr"))
        tbl.insert(0, tblpr)
    tblw = _replace(tblpr, "tblW", ("jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout")
                    + _TBLPR_AFTER_LAYOUT)
    tblw.set(w("type"), "dxa")
    tblw.set(w("w"), str(block))
    _replace(tblpr, "tblLayout", _TBLPR_AFTER_LAYOUT).set(w("type"), "fixed")
    if tight:
        mar = _replace(tblpr, "tblCellMar", _TBLPR_AFTER_MARGINS)
        for side in ("left", "right"):
            el = etree.SubElement(mar, w(side))
            el.set(w("w"), str(NARROW_MARGIN))
            el.set(w("type"), "dxa")
    grid = tbl.find(w("tblGrid"))
    for col, width in zip(grid, widths):
        col.set(w("w"), str(width))
    for tr in tbl.findall(w("tr")):
        _keep_whole(tr)
        at = 0
        for tc in tr.findall(w("tc")):
            span = _span(tc)
            tcpr = tc.find(w("tcPr"))
            if tcpr is None:
                tcpr = etree.Element(w("tcPr"))
                tc.insert(0, tcpr)
            tcw = tcpr.find(w("tcW"))
            if tcw is None:
                tcw = etree.Element(w("tcW"))
                cnf = tcpr.find(w("cnfStyle"))
                (cnf.addnext(tcw) if cnf is not None else tcpr.insert(0, tcw))
            tcw.set(w("w"), str(sum(widths[at:at + span])))
            tcw.set(w("type"), "dxa")
            at += span


def _shrink_header(tbl: etree._Element, half_points: int) -> None:
    """The header row's runs in `half_points` (column_widths' last resort: header words side by
    side wider than the text block): a smaller header reads better than a word broken inside."""
    rows = tbl.findall(w("tr"))
    for run in rows[0].iter(w("r")) if rows else ():
        rpr = run.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            run.insert(0, rpr)
        for tag in ("sz", "szCs"):
            old = rpr.find(w(tag))
            if old is not None:
                rpr.remove(old)
        for tag in ("sz", "szCs"):
            el = etree.Element(w(tag))
            el.set(w("val"), str(half_points))
            _insert(rpr, el, tuple(_RPR_AFTER_SZ))


def fit_tables(pkg: Package, article: etree._Element, block: int, lang: str) -> None:
    """Give every table of the DOCX the text width `block` (twips) and column widths that fit
    it; a figures table's columns take the shares of its kind, as in the PDF."""
    size = table_size(pkg)
    roles = _roles(article)
    for tbl in pkg.xml(DOCUMENT).iter(w("tbl")):
        cols = measure_columns(tbl, block, size, lang)
        grid = tbl.find(w("tblGrid"))
        if cols is None:
            n = len(grid) if grid is not None else 0
            widths = [block // n] * n if n else []
            if widths:
                widths[0] += block - sum(widths)
                _write(tbl, widths, block, False)
            continue
        role, names = roles.get(_table_id(tbl), ("", []))
        fitted = column_widths(cols, shares_for(role, names))
        widths = [int(x) for x in fitted.widths]
        widths[0] += block - sum(widths)
        _write(tbl, widths, block, fitted.tight)
        if fitted.head_scale < 1.0:
            _shrink_header(tbl, int(size * fitted.head_scale) // 10)
        debug("DOCX: table %s columns %s twips (step %d)", _table_id(tbl),
              " ".join(str(x) for x in widths), fitted.step)
