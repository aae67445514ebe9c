"""The document shell: <head> metadata, title page, contents, list of figures and tables.

The contents and the list are built from the XML (DocBook has no rendered TOC);
their page numbers are written in once the body is laid out (`render.pdf.parts`).
"""
from __future__ import annotations

from lxml import etree

from ...docbook.read import XML_ID, q
from ..front_matter import front_matter
from .breaks import parts_run_on
from .registry import handler, render, render_inline


def plain(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def head(doc_root, ctx, html) -> None:
    info = doc_root.find(q("info"))
    h = etree.SubElement(html, "head")
    etree.SubElement(h, "meta", {"charset": "utf-8"})
    etree.SubElement(h, "title").text = plain(info.find(q("title"))) if info is not None else ""
    for name in front_matter(doc_root, ctx.lang).names:
        etree.SubElement(h, "meta", {"name": "author", "content": name})
    if info is not None:
        subtitle = plain(info.find(q("subtitle")))
        if subtitle:
            etree.SubElement(h, "meta", {"name": "description", "content": subtitle})
        date = plain(info.find(q("date")))
        if date:
            for key in ("dcterms.created", "dcterms.modified"):
                etree.SubElement(h, "meta", {"name": key, "content": date})
    keywords = [plain(t) for t in doc_root.iterfind(f"{q('section')}/{q('title')}")]
    if keywords:
        etree.SubElement(h, "meta", {"name": "keywords",
                                     "content": ", ".join(k.replace(",", " ") for k in keywords)})


@handler("info")
def titlepage(el, ctx, out):
    page = etree.SubElement(out, "section", {"class": "titlepage"})
    fm = front_matter(el.getparent(), ctx.lang)
    cover_block(fm.cover, page)
    title = el.find(q("title"))
    if title is not None:
        render_inline(title, ctx, etree.SubElement(page, "h1", {"class": "doc-title"}))
    subtitle = el.find(q("subtitle"))
    if subtitle is not None:
        render_inline(subtitle, ctx, etree.SubElement(page, "p", {"class": "subtitle"}))
    for line in fm.authors:
        etree.SubElement(page, "p", {"class": "author"}).text = line
    if fm.shown_date:
        etree.SubElement(page, "p", {"class": "date"}).text = fm.shown_date


def cover_block(cover, out) -> None:
    """The lines printed above the title (render.front_matter), in order, each in its kind's style."""
    if not cover:
        return
    block = etree.SubElement(out, "div", {"class": "cover-lines"})
    for line in cover:
        etree.SubElement(block, "p", {"class": f"cover-line cover-{line.kind}"}).text = line.text


def opening(info, ctx, out) -> None:
    """The top of body page 1: the lines printed above the title, then title, dateline and
    speaker again, as a report opens."""
    header = etree.SubElement(out, "header", {"class": "opening"})
    cover_block(front_matter(info.getparent(), ctx.lang).cover, header)
    for tag, cls in (("title", "opening-title"), ("subtitle", "opening-subtitle")):
        el = info.find(q(tag))
        if el is not None:
            render_inline(el, ctx, etree.SubElement(header, "p", {"class": cls}))
    for line in front_matter(info.getparent(), ctx.lang).authors:
        etree.SubElement(header, "p", {"class": "opening-author"}).text = line


def contents(doc_root, ctx, out) -> None:
    """Entries for sections down to options.toc_depth, then the appendix; omitted when the text has
    neither (a short speech or notice without headings: a contents page with no entry is no contents)."""
    if doc_root.find(q("section")) is None and doc_root.find(q("appendix")) is None:
        return
    nav = etree.SubElement(out, "nav", {"class": "toc", "id": "toc"})
    etree.SubElement(nav, "h2", {"class": "toc-title"}).text = ctx.labels["toc"]
    ol = etree.SubElement(nav, "ol")
    depth = max(1, ctx.options.toc_depth)

    def walk(parent, level):
        for sec in parent.iterfind(q("section")):
            _entry(ol, sec, f"toc{level}")
            if level < depth:
                walk(sec, level + 1)

    walk(doc_root, 1)
    for app in doc_root.iterfind(q("appendix")):
        _entry(ol, app, "toc1 toc-appendix")


def figures_list(doc_root, ctx, out) -> None:
    """Tables and figures in document order; omitted when there are none."""
    items = [el for el in doc_root.iter(q("table"), q("figure")) if el.get(XML_ID)]
    if not items:
        return
    nav = etree.SubElement(out, "nav", {"class": "lof", "id": "lof"})
    etree.SubElement(nav, "h2", {"class": "toc-title"}).text = ctx.labels["lof"]
    ol = etree.SubElement(nav, "ol")
    for el in items:
        _entry(ol, el, "lof1")


def _entry(ol, el, cls) -> None:
    ident = el.get(XML_ID)
    li = etree.SubElement(ol, "li", {"class": cls})
    a = etree.SubElement(li, "a", {"href": f"#{ident}"} if ident else {})
    a.text = plain(el.find(q("title")))


@handler("article")
def article(el, ctx, out):
    """<body>: title page, contents, list of figures and tables, then <main>."""
    body = etree.SubElement(out, "body")
    front = etree.SubElement(body, "div", {"class": "front"})
    info = el.find(q("info"))
    if info is not None:
        render(info, ctx, front)
    contents(el, ctx, front)
    figures_list(el, ctx, front)
    main = etree.SubElement(body, "main", {"id": "body-start"})
    if parts_run_on(el, ctx.lang):
        main.set("class", "run-on")   # short parts share pages (print.css)
    if info is not None:
        opening(info, ctx, main)
    was, ctx.inline = ctx.inline, False
    for child in el:
        if isinstance(child.tag, str) and child.tag != q("info"):
            render(child, ctx, main)
    ctx.inline = was
