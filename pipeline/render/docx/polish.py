"""Step 2 of the DOCX edition: what pandoc cannot do, done on its output.

Each function edits one aspect of a `Package` in place: paper size, the running
head, tables' shaded group rows (their widths: tables.py), pictures
no wider than the text, the appendix on a new page, and the document properties
(no current time anywhere); level-1 parts open pages as in the PDF. Latin faces and
paragraphs for English: latin.py.
"""
from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree

from ...docbook.read import XML_ID, q
from ..html.breaks import parts_run_on
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


def shade_group_rows(pkg: Package) -> None:
    """A table's group rows (a title spanning every column) are shaded; the tables' widths are
    tables.py's."""
    for tc in pkg.xml(DOCUMENT).iter(w("tc")):
        if tc.find(f"{w('p')}/{w('pPr')}/{w('pStyle')}[@w:val='TableGroup']", NS) is None:
            continue
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
