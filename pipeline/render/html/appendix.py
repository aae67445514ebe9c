"""Handlers for the figures appendix: the CALS table of key figures and the charts."""
from __future__ import annotations

from lxml import etree

from ...docbook.read import XML_ID, q
from ...log import warn
from .registry import handler, render, render_blocks, render_inline, where

KEPT = "data-columns"   # on a table: the names of its columns, when one of the XML's was left out


def _id(el) -> dict[str, str]:
    ident = el.get(XML_ID)
    return {"id": ident} if ident else {}


@handler("appendix")
def appendix(el, ctx, out):
    sec = etree.SubElement(out, "section", {"class": "appendix", **_id(el)})
    title = el.find(q("title"))
    if title is not None:
        render_inline(title, ctx, etree.SubElement(sec, "h2"))
    render_blocks(el, ctx, sec)


@handler("table", "informaltable")
def table(el, ctx, out):
    tab = etree.SubElement(out, "table", {"class": el.get("role") or "table", **_id(el)})
    title = el.find(q("title"))
    if title is not None:
        render_inline(title, ctx, etree.SubElement(tab, "caption"))
    render_blocks(el, ctx, tab)   # column widths: the PDF's, for its text block (render/pdf/tablefit.py)


@handler("tgroup")
def tgroup(el, ctx, out):
    colnames = [c.get("colname") for c in el.iterfind(q("colspec"))]
    ctx.colnames = colnames or [f"c{i + 1}" for i in range(int(el.get("cols", "1")))]
    if colnames and colnames != [f"c{i + 1}" for i in range(len(colnames))]:
        out.set(KEPT, " ".join(colnames))   # a column was left out (render/empty_columns.py)
    render_blocks(el, ctx, out)


@handler("colspec")
def colspec(el, ctx, out):
    """Column names only matter for spans; nothing to draw."""


@handler("thead", "tbody", "tfoot")
def row_group(el, ctx, out):
    render_blocks(el, ctx, etree.SubElement(out, etree.QName(el).localname))


@handler("row")
def row(el, ctx, out):
    tr = etree.SubElement(out, "tr")
    if any(e.get("role") == "group" for e in el.iterfind(q("entry"))):
        tr.set("class", "group")
    render_blocks(el, ctx, tr)


@handler("entry")
def entry(el, ctx, out):
    head = etree.QName(el.getparent().getparent()).localname == "thead"
    attrs = {}
    span = _colspan(el, ctx.colnames)
    if span > 1:
        attrs["colspan"] = str(span)
    if head:
        attrs["scope"] = "col"
    if el.get("role"):
        attrs["class"] = el.get("role")
    cell = etree.SubElement(out, "th" if head else "td", attrs)
    render_inline(el, ctx, cell)


def _colspan(el, colnames: list[str]) -> int:
    start, end = el.get("namest"), el.get("nameend")
    if start in colnames and end in colnames:
        return colnames.index(end) - colnames.index(start) + 1
    return 1


@handler("figure")
def figure(el, ctx, out):
    fig = etree.SubElement(out, "figure", {"class": el.get("role") or "figure", **_id(el)})
    media = el.find(q("mediaobject"))
    if media is not None:
        render(media, ctx, fig)
    title = el.find(q("title"))
    if title is not None:
        render_inline(title, ctx, etree.SubElement(fig, "figcaption"))


@handler("mediaobject")
def mediaobject(el, ctx, out):
    """One <img>: the PDF image if there is one (print: swapped in by pdf/charts.py), else the
    SVG, else the first; alt = textobject."""
    datas = el.findall(f"{q('imageobject')}/{q('imagedata')}")
    if not datas:
        warn(f"PDF: <mediaobject> without an image at {where(el)}", "render/pdf")
        return
    datas = [d for d in datas if d.get("fileref", "") not in ctx.missing]
    if not datas:
        return   # its files are missing: reported once when the XML was read; the caption stays
    by_format = {(d.get("format") or "").upper(): d for d in datas}
    chosen = by_format.get("PDF", by_format.get("SVG", datas[0]))
    alt = " ".join(" ".join("".join(t.itertext()).split()) for t in el.iterfind(q("textobject")))
    ref = chosen.get("fileref", "")
    etree.SubElement(out, "img", {"src": ref, "alt": alt})
