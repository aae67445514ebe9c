"""Give the figures tables column widths that fit the text block: `fit_tables(root, lay_out, paper)`.

    fit_tables(appendix_root, lay_out, "A5")   # its back-links numbered (parts.py), before its layout

The room a table has is the style's (paper, margins, body width, the table's font size, the
cells' padding: a preset or a user's style folder may change any of them), so it is measured,
not assumed: a probe document of a few boxes — each table's class, a header cell, a body cell,
an empty back-link with the widest page number — is laid out with the document's own
stylesheet and paper (about 10 ms; nothing of it reaches the PDF; a second one, for the padding
of a tight table, only when a table does not fit). Its boxes give the text block's width, the
padding, the page suffix's width and the computed styles of a header and a body cell; with
those styles the pieces that must stay whole (header words, the widest values and back-links)
are measured by the text shaper itself (`measure.py`'s estimate only picks which values to
measure). Laying each piece out as a line of the probe cost about twice as much. ../columns.py
turns the needs into widths, written once per table as plain lengths on <col> elements: no
var() or calc() for WeasyPrint to resolve per cell.

The appendix is laid out after the body (parts.py), so its back-links already show their pages
when the widths are computed: `(p. 8)` and `(p. 128)` need different room.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from lxml import etree

from ...log import debug
from ..html.appendix import KEPT
from ..measure import text_em
from ..columns import SHARES, Columns, column_widths, fits_whole, shares_for
from .parts import PAGE_ATTRIBUTE

CANDIDATES = 0.88         # values measured: those estimated at least this share of the column's widest
MOST_PROBED = 6           # … and at most this many per column
PT_PER_PX = 0.75
TALL = "5000mm"           # the probe's page height: nothing of it is ever pushed to a second page
TIGHT = "tight"           # the class of a table whose cells' padding is narrowed (print.css) …
BREAKING = "breaking"     # … of one where a back-link wraps before its page, a header word breaks …
SQUEEZED = "squeezed"     # … and of one where anything may wrap, values too
ZERO_WIDTH = "\u200b"     # before the probe's back-link: a space after it is kept, as after the link's text
BLOCKS = "table, thead, tbody, tr, th, td { display: block }"   # the probe's tables (probe_page)


def _cells(tab: etree._Element) -> tuple[list[etree._Element], list[list[etree._Element]]]:
    """The header cells and the body rows that have a cell per column (not the group rows)."""
    head = tab.find("thead/tr")
    ths = head.findall("th") if head is not None else []
    rows = [tr.findall("td") for tr in tab.iterfind("tbody/tr")]
    return ths, [tds for tds in rows if len(tds) == len(ths)]


def _pieces(td: etree._Element) -> list[tuple[str, str | None]]:
    """What of a body cell must stay on one line: each back-link's text with its page (print.css
    adds ` (p. 12)`; "" before the pages are known), or else the whole value and any change
    under it (page None)."""
    links = [("".join(a.itertext()).strip(), a.get(PAGE_ATTRIBUTE, "")) for a in td.iter("a")
             if a.get("class") == "back"]
    if links:
        return links
    changes = td.findall("span[@class='change']")
    if changes:     # a change folded under its value (render/fold_columns.py): a line of its own
        texts = [(td.text or "") + "".join(span.tail or "" for span in changes)]
        texts += ["".join(span.itertext()) for span in changes]
    else:
        texts = ["".join(td.itertext())]
    texts = [" ".join(text.split()) for text in texts]
    return [(text, None) for text in texts if text]


def _widest(pieces: set[tuple[str, str | None]], lang: str) -> list[tuple[str, str | None]]:
    """The pieces worth measuring: the widest by estimate."""
    if not pieces:
        return []
    sized = sorted(((text_em(t + (page or ""), lang), t, page) for t, page in pieces), reverse=True)
    return [(t, page) for em, t, page in sized[:MOST_PROBED] if em >= CANDIDATES * sized[0][0]]


def _separator(tab: etree._Element) -> str:
    """What follows a back-link that another follows (`、`, `, `): it stays on the link's line."""
    return next((a.tail.strip() for a in tab.iter("a") if a.get("class") == "back" and a.tail and a.tail.strip()), "")


def _page(tab: etree._Element) -> str | None:
    """The back-links' widest page number (most digits), None if the table has no numbered link."""
    pages = [a.get(PAGE_ATTRIBUTE) for a in tab.iter("a") if a.get("class") == "back" and a.get(PAGE_ATTRIBUTE)]
    return max(pages, key=lambda p: (len(p), p), default=None)


def _probe(root: etree._Element, tables: list[etree._Element], tight: bool = False) -> str:
    """Per table k, a table `r{k}` of its class with a header cell `r{k}-h` and a body cell
    `r{k}-d` holding an empty back-link with the widest page and the separator after it;
    `tight`: the same tables tight, for the padding a tight table has."""
    html = etree.Element("html", dict(root.attrib))
    section = etree.SubElement(etree.SubElement(etree.SubElement(html, "body"), "main"),
                               "section", {"class": "appendix"})
    for k, tab in enumerate(tables):
        classes = tab.get("class", "") + (f" {TIGHT}" if tight else "")
        table = etree.SubElement(section, "table", {"class": classes, "id": f"r{k}"})
        page = _page(tab)
        for group, tag in (("thead", "th"), ("tbody", "td")):
            row = etree.SubElement(etree.SubElement(table, group), "tr")
            cell = etree.SubElement(row, tag, {"id": f"r{k}-{tag[1]}"})
            if tag == "td" and page is not None and not tight:
                cell.text = ZERO_WIDTH   # the page's leading space (` (p. 8)`) is not at a line's start
                etree.SubElement(cell, "a", {"class": "back", PAGE_ATTRIBUTE: page}).tail = _separator(tab)
    return etree.tostring(html, method="html", encoding="unicode")


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _side(box) -> float:
    return box.padding_left + box.padding_right + box.border_left_width + box.border_right_width


@dataclass
class _Probed:
    block: float = 0.0                 # the text block (the table's width), px
    padding: float = 0.0               # a cell's left + right padding and borders, px
    suffix: float = 0.0                # the widest page a back-link adds, and a separator after it, px
    head_style: object = None          # computed styles of a header and a body cell
    body_style: object = None


def _measure(document, count: int) -> list[_Probed]:
    """What the probe's boxes say, per table."""
    found = [_Probed() for _ in range(count)]
    for box in _boxes(document.pages[0]._page_box):
        element = getattr(box, "element", None)
        ident = element.get("id", "") if element is not None else ""
        if not ident or ident[0] != "r" or type(box).__name__ != "BlockBox":   # not its lines
            continue
        probed = found[int(ident[1:].split("-")[0])]
        if "-" not in ident:
            probed.block = probed.block or box.width
        else:
            probed.padding = max(probed.padding, _side(box))
            if ident.endswith("-h"):
                probed.head_style = box.style
            else:
                probed.body_style = box.style
                lines = [b for b in _boxes(box) if type(b).__name__ == "LineBox"]
                probed.suffix = max([probed.suffix] + [sum(b.width for b in line.children) for line in lines])
    return found


def text_width(text: str, style) -> float:
    """The width (px) of `text` on one line in a computed `style`, as WeasyPrint's line
    breaking measures it (Pango, with the style's letter and word spacing)."""
    from weasyprint.text.line_break import create_layout, line_size
    layout = create_layout(text, style, None, None, 0)   # kept alive while its line is read
    line, _ = layout.get_first_line()
    width = line_size(line, style)[0]
    layout.deactivate()
    return width


def _shrink_header(tab: etree._Element, size_px: float, scale: float) -> None:
    """Set the header cells of `tab` at `scale` of their size (column_widths' last resort: six
    header words side by side wider than the text block), in pt rounded down, so each header
    word stays whole within its column."""
    size = int(size_px * scale * PT_PER_PX * 100) / 100
    for th in _cells(tab)[0]:
        th.set("style", f"font-size: {size:.2f}pt")


def _needs(tab: etree._Element, probed: _Probed, lang: str) -> Columns:
    """What each column of `tab` needs (px): its header's longest word (bold, as headers are
    set), its widest value or back-link with its page, and what must stay whole when tight."""
    ths, rows = _cells(tab)
    head = [max((text_width(w, probed.head_style) for w in set("".join(th.itertext()).split())), default=0.0)
            for th in ths]
    whole, least, bare = [0.0] * len(ths), [0.0] * len(ths), [0.0] * len(ths)
    for i in range(1, len(ths)):
        for text, page in _widest({p for tds in rows for p in _pieces(tds[i])}, lang):
            width = text_width(text, probed.body_style)
            suffix = probed.suffix if page else 0.0
            whole[i] = max(whole[i], width + suffix)
            least[i] = max(least[i], width, suffix)     # a back-link's page on the next line
            bare[i] = max(bare[i], width)               # … broken too
    return Columns(probed.block, probed.padding, probed.padding, head, whole, least, bare)


def _shares(tab: etree._Element) -> tuple[float, ...]:
    """The share of each column the table has, by the column's name (c1 … as the XML names
    them): a column left out (render/empty_columns.py) leaves its share to the indicator."""
    return shares_for(tab.get("class"), tab.get(KEPT, "").split())


def _write_columns(tab: etree._Element, widths: list[float]) -> None:
    """One <col> per column after the caption; the first (the indicator) takes the rest."""
    colgroup = etree.Element("colgroup")
    for i, width in enumerate(widths):
        etree.SubElement(colgroup, "col", {"style": f"width: {width * PT_PER_PX:.2f}pt"} if i else {})
    caption = tab.find("caption")
    (caption.addnext(colgroup) if caption is not None else tab.insert(0, colgroup))


def probe_page(paper: str) -> str:
    """CSS for the probe's one page: the paper's width, any height; its tables laid out as
    blocks (the same fonts, widths and padding, without table layout)."""
    from weasyprint.css.computed_values import PAGE_SIZES
    width = PAGE_SIZES[paper.lower()][0]
    return f"@page {{ size: {width.value}{width.unit} {TALL} }}\n{BLOCKS}"


def fit_tables(root: etree._Element, lay_out, paper: str, lang: str = "en") -> None:
    """Give every figures table of `root` (the appendix's HTML, its back-links numbered: their
    pages are part of their width) its column widths. `lay_out(html, extra_css)` lays a
    document out as the PDF will (stylesheet, paper, fonts); `paper` is the PDF's."""
    tables = [t for t in root.iter("table") if t.get("class") in SHARES and _cells(t)[0]]
    if not tables:
        return
    page = probe_page(paper)
    found = _measure(lay_out(_probe(root, tables), page), len(tables))
    needs = [_needs(tab, probed, lang) for tab, probed in zip(tables, found)]
    if not all(fits_whole(cols) for cols in needs):       # the padding of a tight table
        tight = _measure(lay_out(_probe(root, tables, tight=True), page), len(tables))
        needs = [replace(cols, tight_padding=probed.padding) for cols, probed in zip(needs, tight)]
    for tab, cols, probed in zip(tables, needs, found):
        fitted = column_widths(cols, _shares(tab))
        _write_columns(tab, fitted.widths)
        if fitted.head_scale < 1.0:
            _shrink_header(tab, probed.head_style["font_size"], fitted.head_scale)
        classes = [TIGHT] * fitted.tight + [BREAKING] * fitted.breaking + [SQUEEZED] * fitted.squeezed
        if classes:
            tab.set("class", " ".join([tab.get("class", "")] + classes))
        debug("PDF: table %s columns %s pt (step %d)", tab.get("id", ""),
              " ".join(f"{w * PT_PER_PX:.0f}" for w in fitted.widths), fitted.step)
