"""Step 2 of the DOCX edition: what pandoc cannot do, done on its output.

Each function edits one aspect of a `Package` in place: paper size, the running
head, tables (full width, column widths by content, shaded group rows), pictures
no wider than the text, the appendix on a new page, and the document properties
(no current time anywhere); level-1 parts open pages as in the PDF. Latin faces and
paragraphs for English: latin.py.
"""
from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree

from ...docbook.read import XML_ID, q
from ..html.breaks import parts_run_on
from ..measure import text_em
from .package import NS, Package, w

DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
# paper -> (width, height, top, right, bottom, left) in twips; A4 follows GB/T 9704 (156 mm text width)
PAPER = {
    "A4": (11906, 16838, 2098, 1474, 1984, 1588),
    "A5": (8391, 11906, 1247, 1021, 1191, 1077),
    "B5": (9978, 14173, 1701, 1247, 1587, 1361),
}
EMU_PER_TWIP = 635
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def text_width(paper: str) -> int:
    width, _, _, right, _, left = PAPER.get(paper, PAPER["A4"])
    return width - left - right


def set_paper(pkg: Package, paper: str) -> None:
    """Page size and margins of every section; tab stops of TOC/header/footer styles at the text width."""
    width, height, top, right, bottom, left = PAPER.get(paper, PAPER["A4"])
    for sect in pkg.xml(DOCUMENT).iter(w("sectPr")):
        for tag, attrs in (("pgSz", {"w": width, "h": height}),
                           ("pgMar", {"top": top, "right": right, "bottom": bottom, "left": left})):
            node = sect.find(w(tag))
            if node is not None:
                for key, value in attrs.items():
                    node.set(w(key), str(value))
    measure = width - left - right
    for tab in pkg.xml(STYLES).iter(w("tab")):
        if tab.get(w("val")) == "right":
            tab.set(w("pos"), str(measure))
        elif tab.get(w("val")) == "center":
            tab.set(w("pos"), str(measure // 2))


def set_running_head(pkg: Package, title: str) -> None:
    """The header's TITLE field shows the document title (its cached result)."""
    for part in pkg.related(DOCUMENT, "header"):
        for t in pkg.xml(part).iter(w("t")):
            if t.text == "Title":
                t.text = title


FOLIO_DASHES = ("— ", " —")   # the footer's runs around its PAGE field (reference-docx footer1.xml)


def bare_folios(pkg: Package) -> None:
    """The folio is the number alone, as in the PDF of a text in a Latin script: the dashes
    around it (`— 3 —`) are GB/T 9704's, the Chinese official document's page foot."""
    for part in pkg.related(DOCUMENT, "footer"):
        for t in pkg.xml(part).iter(w("t")):
            if t.text in FOLIO_DASHES:
                t.getparent().getparent().remove(t.getparent())


def polish_tables(pkg: Package, paper: str, lang: str = "zh") -> None:
    """Tables span the text width; columns get widths by their longest cell, and every column
    but the first is at least as wide as its widest cell (a value is never broken across lines:
    `+348.48` / `%`); group rows are shaded."""
    measure = text_width(paper)
    size = _font_size(pkg)
    for tbl in pkg.xml(DOCUMENT).iter(w("tbl")):
        tblw = tbl.find(f"{w('tblPr')}/{w('tblW')}")
        if tblw is not None:
            tblw.set(w("type"), "dxa")
            tblw.set(w("w"), str(measure))
        first = _column_widths(tbl, measure)
        widths, head_size, fits = _fit_cells(tbl, first, measure, size, lang)
        if not fits:                    # narrow paper: the cells' side margins give their room
            widths, head_size, fits = _fit_cells(tbl, first, measure, size, lang, NARROW_MARGINS)
            _narrow_margins(tbl)
        grid = tbl.find(w("tblGrid"))
        if grid is not None and widths and len(grid) == len(widths):
            for col, width in zip(grid, widths):
                col.set(w("w"), str(width))
        _shrink_headers(tbl, head_size, size)
        for tc in tbl.iter(w("tc")):
            if tc.find(f"{w('p')}/{w('pPr')}/{w('pStyle')}[@w:val='TableGroup']", NS) is not None:
                tcpr = tc.find(w("tcPr"))
                if tcpr is None:
                    tcpr = etree.SubElement(tc, w("tcPr"))
                    tc.insert(0, tcpr)
                shd = etree.Element(w("shd"))
                later = [c for c in tcpr if etree.QName(c).localname in _TCPR_AFTER_SHD]
                (later[0].addprevious(shd) if later else tcpr.append(shd))
                shd.set(w("val"), "clear")
                shd.set(w("color"), "auto")
                shd.set(w("fill"), "F4F4F4")


_TCPR_AFTER_SHD = {"noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"}


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _column_widths(tbl: etree._Element, measure: int) -> list[int]:
    longest: list[int] = []
    for tr in tbl.findall(w("tr")):
        cells = tr.findall(w("tc"))
        if len(cells) == 1:       # a group row spans every column
            continue
        for i, tc in enumerate(cells):
            width = max(6, _display_width("".join(t.text or "" for t in tc.iter(w("t")))))   # 单位 on one line
            if i == len(longest):
                longest.append(width)
            else:
                longest[i] = max(longest[i], width)
    if not longest:
        return []
    capped = [min(n, 30) + 2 for n in longest]      # cell margins; very long cells wrap
    total = sum(capped)
    widths = [measure * n // total for n in capped]
    widths[0] += measure - sum(widths)
    return widths


CELL_MARGINS = 2 * 108 + 30      # twips: the Table style's left and right cell margins, and slack
NARROW_MARGIN = 36               # twips: a cell's side margin where the header words have no room
NARROW_MARGINS = 2 * NARROW_MARGIN + 30
FIT_CAP = 0.4                    # a column never takes more than this share of the text width
FIRST_MIN = 0.25                 # nor leaves the first (the indicator, which may wrap) less


def _font_size(pkg: Package) -> int:
    """The table text's size in twips: the Compact style's, else the document default's (12 pt)."""
    styles = pkg.xml(STYLES)
    for path in (f".//{w('style')}[@w:styleId='Compact']/{w('rPr')}/{w('sz')}",
                 f".//{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}"):
        sz = styles.find(path, NS)
        if sz is not None and (sz.get(w("val")) or "").isdigit():
            return int(sz.get(w("val"))) * 10          # half-points -> twips
    return 240


def _cell_text(tc: etree._Element) -> str:
    return "".join(t.text or "" for t in tc.iter(w("t"))).strip()


def _head_word(tc: etree._Element, lang: str) -> float:
    """The em width of a header cell's longest word, bold (10 % wider): a header wraps between
    its words, never inside one (`Sour` / `ce`)."""
    return max((text_em(word, lang) * 1.1 for word in _cell_text(tc).split()), default=0.0)


def _fit_cells(tbl: etree._Element, widths: list[int], measure: int, size: int, lang: str,
               margins: int = CELL_MARGINS) -> tuple[list[int], int, bool]:
    """Widen each column after the first to its widest cell (estimated: render/measure.py), taking
    the room from the first column: the body cells first (the values), while the first keeps
    FIRST_MIN of the text width; then the header cells' longest words (a header wraps between
    its words, never inside one: `Sour` / `ce`), while the first keeps its own header's longest
    word. When the header words do not all fit so, the header row is set a point smaller, down
    to HEAD_MIN_SIZE of the table's text, until they do. A column that already fits keeps its
    share, so a table that fitted is unchanged. Returns the widths, the header's size (twips) and
    whether every header word fits."""
    if len(widths) < 2:
        return widths, size, True
    rows = [tr.findall(w("tc")) for tr in tbl.findall(w("tr"))]
    rows = [cells for cells in rows if len(cells) == len(widths)]
    body = [0] * len(widths)
    for cells in rows[1:]:
        for i, tc in enumerate(cells[1:], 1):
            em = text_em(_cell_text(tc), lang)
            body[i] = max(body[i], min(int(em * size) + margins, int(measure * FIT_CAP)))
    words = [_head_word(tc, lang) for tc in rows[0]] if rows else [0.0] * len(widths)
    base = list(widths)
    for i in range(1, len(base)):
        grow = min(body[i] - base[i], base[0] - int(measure * FIRST_MIN))
        if grow > 0:
            base[i] += grow
            base[0] -= grow
    head_size = size
    while True:
        head = [min(int(em * head_size) + margins, int(measure * FIT_CAP)) for em in words]
        out = list(base)
        floor = min(head[0], int(measure * FIRST_MIN))
        for i in range(1, len(out)):
            grow = min(head[i] - out[i], out[0] - floor)
            if grow > 0:
                out[i] += grow
                out[0] -= grow
        fits = all(head[i] <= out[i] for i in range(len(out)))
        smaller = head_size - 20                                    # a point smaller (twips)
        if fits or smaller < size * HEAD_MIN_SIZE:
            return out, head_size, fits
        head_size = smaller


_RPR_AFTER_SZ = {"highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
                 "lang", "eastAsianLayout", "specVanish", "oMath"}      # schema order of w:rPr
HEAD_MIN_SIZE = 2 / 3            # a header is never set smaller than this share of the table text (8 of 12 pt)


def _narrow_margins(tbl: etree._Element) -> None:
    """The table's cells get side margins of NARROW_MARGIN (w:tblCellMar, after w:tblW and the
    other properties that precede it in the schema)."""
    tblpr = tbl.find(w("tblPr"))
    if tblpr is None:
        return
    old = tblpr.find(w("tblCellMar"))
    if old is not None:
        tblpr.remove(old)
    mar = etree.Element(w("tblCellMar"))
    for side in ("left", "right"):
        el = etree.SubElement(mar, w(side))
        el.set(w("w"), str(NARROW_MARGIN))
        el.set(w("type"), "dxa")
    later = [c for c in tblpr if etree.QName(c).localname in ("tblLook", "tblCaption", "tblDescription")]
    (later[0].addprevious(mar) if later else tblpr.append(mar))


def _shrink_headers(tbl: etree._Element, head_size: int, size: int) -> None:
    """Set the header row in `head_size` (twips) when _fit_cells made it smaller than the table's
    text: a smaller header reads better than a word broken inside (`Sour` / `ce`)."""
    rows = tbl.findall(w("tr"))
    if head_size >= size or not rows:
        return
    for run in rows[0].iter(w("r")):
        rpr = run.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            run.insert(0, rpr)
        for tag in ("sz", "szCs"):
            old = rpr.find(w(tag))
            if old is not None:
                rpr.remove(old)
        later = [c for c in rpr if etree.QName(c).localname in _RPR_AFTER_SZ]
        for tag in ("sz", "szCs"):
            el = etree.Element(w(tag))
            el.set(w("val"), str(head_size // 10))                  # half-points
            (later[0].addprevious(el) if later else rpr.append(el))


def fit_pictures(pkg: Package, paper: str) -> None:
    """Scale any picture wider than the text block down to the text width (aspect kept)."""
    limit = text_width(paper) * EMU_PER_TWIP
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    for inline in pkg.xml(DOCUMENT).iter(f"{{{wp}}}inline"):
        extent = inline.find(f"{{{wp}}}extent")
        cx, cy = int(extent.get("cx")), int(extent.get("cy"))
        if cx <= limit:
            continue
        new_cy = cy * limit // cx
        for node in [extent, *inline.iter(f"{{{a}}}ext")]:
            node.set("cx", str(limit))
            node.set("cy", str(new_cy))


def parts_open_pages(pkg: Package, article: etree._Element, lang: str) -> None:
    """Level-1 parts after the first start a page, as in the PDF, unless they run on (short parts:
    render/html/breaks.py). Before, a novel's chapters began mid-page in Word ("CHAPTER II" under
    the asterisks closing chapter I) while the PDF opened each on its own page."""
    if parts_run_on(article, lang):
        return
    for section in list(article.iterfind(q("section")))[1:]:
        if section.get(XML_ID):
            page_break_before(pkg, section.get(XML_ID))


def page_break_before(pkg: Package, bookmark: str) -> None:
    """The heading right after bookmark `bookmark` (pandoc puts section ids there) starts a page."""
    body = pkg.xml(DOCUMENT).find(w("body"))
    for start in body.iter(w("bookmarkStart")):
        if start.get(w("name")) != bookmark:
            continue
        p = start.getnext()
        while p is not None and p.tag != w("p"):
            p = p.getnext()
        if p is not None:
            start_page(p)
        return


def start_page(p: etree._Element) -> None:
    """Give paragraph `p` a page break before it (w:pageBreakBefore, in schema order)."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    if ppr.find(w("pageBreakBefore")) is not None:
        return
    earlier = [c for c in ppr if c.tag in (w("pStyle"), w("keepNext"), w("keepLines"))]
    brk = etree.Element(w("pageBreakBefore"))
    (earlier[-1].addnext(brk) if earlier else ppr.insert(0, brk))


def set_properties(pkg: Package, *, title: str, subject: str, author: str, lang: str, epoch: int) -> None:
    """docProps: core properties from the XML, times from `epoch`; no application statistics."""
    stamp = datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    nsmap = {"cp": CP, "dc": DC, "dcterms": DCTERMS, "xsi": XSI}
    core = etree.Element(f"{{{CP}}}coreProperties", nsmap=nsmap)
    for tag, value in ((f"{{{DC}}}title", title), (f"{{{DC}}}subject", subject),
                       (f"{{{DC}}}creator", author), (f"{{{CP}}}keywords", ""),
                       (f"{{{DC}}}language", lang), (f"{{{CP}}}lastModifiedBy", author)):
        etree.SubElement(core, tag).text = value
    for tag in ("created", "modified"):
        node = etree.SubElement(core, f"{{{DCTERMS}}}{tag}")
        node.set(f"{{{XSI}}}type", "dcterms:W3CDTF")
        node.text = stamp
    pkg.set_xml("docProps/core.xml", core)
    ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    app = etree.Element(f"{{{ep}}}Properties", nsmap={None: ep})
    etree.SubElement(app, f"{{{ep}}}Application").text = "pipeline (pandoc)"
    etree.SubElement(app, f"{{{ep}}}DocSecurity").text = "0"
    pkg.set_xml("docProps/app.xml", app)
    if "docProps/custom.xml" in pkg.parts:
        custom = pkg.xml("docProps/custom.xml")
        for prop in list(custom):
            if prop.get("name") == "toc-title":
                custom.remove(prop)
