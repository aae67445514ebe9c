"""Give the figures tables column widths that fit the text block: `fit_tables(root, lay_out)`.

    fit_tables(appendix_root, lambda html: layout(html, ...))   # its back-links numbered (parts.py)

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

from dataclasses import dataclass, field

from lxml import etree

from ...log import debug
from ..measure import text_em
from .columns import SHARES, Columns, column_widths
from .parts import PAGE_ATTRIBUTE

CANDIDATES = 0.88         # values probed: those estimated at least this share of the column's widest
MOST_PROBED = 6           # … and at most this many per column
PT_PER_PX = 0.75
TALL = "5000mm"           # the probe's page height: its cells are never split across pages
# The probe's tables are laid out as blocks: the same fonts, widths and padding as a table's
# (width 100 %, no side borders), for half the work of table layout.
BLOCK = {"style": "display: block"}
TIGHT = "tight"           # the class of a table that could not keep everything whole (print.css)


def _cells(tab: etree._Element) -> tuple[list[etree._Element], list[list[etree._Element]]]:
    """The header cells and the body rows that have a cell per column (not the group rows)."""
    head = tab.find("thead/tr")
    ths = head.findall("th") if head is not None else []
    rows = [tr.findall("td") for tr in tab.iterfind("tbody/tr")]
    return ths, [tds for tds in rows if len(tds) == len(ths)]


def _pieces(td: etree._Element) -> list[tuple[str, str | None]]:
    """What of a body cell must stay on one line: each back-link with its page (print.css
    adds ` (p. 12)`; "" before the pages are known), or else the whole value (page None)."""
    links = [("".join(a.itertext()).strip(), a.get(PAGE_ATTRIBUTE, "")) for a in td.iter("a")
             if a.get("class") == "back"]
    if links:
        return links
    text = " ".join("".join(td.itertext()).split())
    return [(text, None)] if text else []


def _probe_column(cells: list[etree._Element], lang: str) -> list[tuple[str, str | None]]:
    """The pieces of a column worth laying out: the widest by estimate."""
    pieces = {p for td in cells for p in _pieces(td)}
    if not pieces:
        return []
    sized = sorted(((text_em(t + (page or ""), lang), t, page) for t, page in pieces), reverse=True)
    widest = sized[0][0]
    return [(t, page) for em, t, page in sized[:MOST_PROBED] if em >= CANDIDATES * widest]


def _lines(cell: etree._Element, pieces: list[tuple[str, str | None]]) -> None:
    """`pieces` in `cell`, one a line (white-space: pre), so that one cell measures them all."""
    span = etree.SubElement(cell, "span", {"style": "white-space: pre"})
    last = None
    for n, (text, page) in enumerate(pieces):
        gap = "\n" if n else ""
        if page is None:
            if last is None:
                span.text = (span.text or "") + gap + text
            else:
                last.tail = (last.tail or "") + gap + text
            continue
        if last is None:
            span.text = (span.text or "") + gap
        else:
            last.tail = (last.tail or "") + gap
        last = etree.SubElement(span, "a", {"class": "back", **({PAGE_ATTRIBUTE: page} if page else {})})
        last.text = text


def _probe(root: etree._Element, tables: list[etree._Element], lang: str) -> tuple[str, dict]:
    """The probe document and, per table, what each line of its header cell and of its body
    cell measures: (kinds, column), kinds among head / body (whole) / least (may not break)."""
    html = etree.Element("html", dict(root.attrib))
    section = etree.SubElement(etree.SubElement(etree.SubElement(html, "body"), "main"),
                               "section", {"class": "appendix"})
    plan: dict[int, dict[str, list[tuple[tuple[str, ...], int]]]] = {}
    for k, tab in enumerate(tables):
        ths, rows = _cells(tab)
        heads, bodies = [], []
        head_lines: list[tuple[tuple[str, ...], int]] = []
        body_lines: list[tuple[tuple[str, ...], int]] = []
        for i, th in enumerate(ths):
            for word in sorted(set("".join(th.itertext()).split())):
                heads.append((word, None))
                head_lines.append((("head",), i))
        for i in range(1, len(ths)):
            for text, page in _probe_column([tds[i] for tds in rows], lang):
                if page is None:          # a value: whole or not at all
                    bodies.append((text, None))
                    body_lines.append((("body", "least"), i))
                else:                     # a back-link may wrap after its text in a tight table
                    bodies += [(text, page), (text, "")]
                    body_lines += [(("body",), i), (("least",), i)]
        for name, cls in (("r", tab.get("class", "")), ("q", f"{tab.get('class', '')} {TIGHT}")):
            table = etree.SubElement(section, "table", {"class": cls, "id": f"{name}{k}", **BLOCK})
            th, td = (etree.SubElement(etree.SubElement(etree.SubElement(table, group, BLOCK), "tr", BLOCK),
                                       cell, {"id": f"{name}{k}-{cell[1]}", **BLOCK})
                      for group, cell in (("thead", "th"), ("tbody", "td")))
            if name == "r":
                _lines(th, heads)
                _lines(td, bodies)
        plan[k] = {f"r{k}-h": head_lines, f"r{k}-d": body_lines}
    return etree.tostring(html, method="html", encoding="unicode"), plan


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _line_widths(cell) -> list[float]:
    """The width of each line of a laid-out cell: the sum of its line's boxes."""
    lines = [b for b in _boxes(cell) if type(b).__name__ == "LineBox"]
    return [sum(c.margin_width() for c in line.children) for line in lines]


def _side(box) -> float:
    return box.padding_left + box.padding_right + box.border_left_width + box.border_right_width


@dataclass
class _Probed:
    block: float = 0.0                 # the text block (the table's width), px
    padding: float = 0.0               # a cell's left + right padding and borders, px
    tight_padding: float = 0.0         # … in a tight table
    lines: dict[str, list[float]] = field(default_factory=dict)   # cell id -> its lines' widths, px


def _measure(document, plan: dict) -> dict[int, _Probed]:
    """What the probe's boxes say, per table."""
    found = {k: _Probed() for k in plan}
    for page in document.pages:
        for box in _boxes(page._page_box):
            element = getattr(box, "element", None)
            ident = element.get("id", "") if element is not None else ""
            if not ident or ident[0] not in "rq":
                continue
            probed = found[int(ident[1:].split("-")[0])]
            if "-" not in ident:
                if ident[0] == "r":
                    probed.block = box.width
            else:
                if ident[0] == "q":
                    probed.tight_padding = max(probed.tight_padding, _side(box))
                else:
                    probed.padding = max(probed.padding, _side(box))
                    probed.lines.setdefault(ident, _line_widths(box))
    return found


def _write_columns(tab: etree._Element, widths: list[float]) -> None:
    """One <col> per column after the caption; the first (the indicator) takes the rest."""
    colgroup = etree.Element("colgroup")
    for i, width in enumerate(widths):
        etree.SubElement(colgroup, "col", {"style": f"width: {width * PT_PER_PX:.2f}pt"} if i else {})
    caption = tab.find("caption")
    (caption.addnext(colgroup) if caption is not None else tab.insert(0, colgroup))


def probe_page(paper: str) -> str:
    """CSS for the probe's one page: the paper's width, any height (a page break would split
    its cells)."""
    from weasyprint.css.computed_values import PAGE_SIZES
    width = PAGE_SIZES[paper.lower()][0]
    return f"@page {{ size: {width.value}{width.unit} {TALL} }}"


def fit_tables(root: etree._Element, lay_out, paper: str, lang: str = "en") -> None:
    """Give every figures table of `root` (the appendix's HTML, its back-links numbered: their
    pages are part of their width) its column widths. `lay_out(html, extra_css)` lays a
    document out as the PDF will (stylesheet, paper, fonts); `paper` is the PDF's."""
    tables = [t for t in root.iter("table") if t.get("class") in SHARES and _cells(t)[0]]
    if not tables:
        return
    html, plan = _probe(root, tables, lang)
    measured = _measure(lay_out(html, probe_page(paper)), plan)
    for k, tab in enumerate(tables):
        probed = measured[k]
        ths, rows = _cells(tab)
        need = {kind: [0.0] * len(ths) for kind in ("head", "body", "least")}
        for ident, meant in plan[k].items():
            widths = probed.lines.get(ident, [])
            if len(widths) != len(meant):     # not as probed: leave the table to the stylesheet
                debug("PDF: table %s not fitted: %d probe lines for %d", tab.get("id", k), len(widths), len(meant))
                break
            for width, (kinds, i) in zip(widths, meant):
                for kind in kinds:
                    need[kind][i] = max(need[kind][i], width)
        else:
            fitted = column_widths(Columns(probed.block, probed.padding, probed.tight_padding,
                                           need["head"], need["body"], need["least"]),
                                   SHARES[tab.get("class")])
            _write_columns(tab, fitted.widths)
            if fitted.tight:
                tab.set("class", f"{tab.get('class')} {TIGHT}")
            debug("PDF: table %s columns %s pt%s", tab.get("id", k),
                  " ".join(f"{w * PT_PER_PX:.0f}" for w in fitted.widths), " (tight)" if fitted.tight else "")

