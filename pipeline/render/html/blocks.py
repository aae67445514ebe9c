"""Handlers for the body: sections, paragraphs, run-in leads, mentions, links."""
from __future__ import annotations

from lxml import etree

from ...docbook.read import XML_ID, q
from .cjk import mark_quote_breaks
from .registry import handler, render, render_blocks, render_inline


def _id(el) -> dict[str, str]:
    ident = el.get(XML_ID)
    return {"id": ident} if ident else {}


def heading_tag(depth: int) -> str:
    """Section depth 1 -> h2 (h1 is the document title), capped at h6."""
    return f"h{min(depth + 1, 6)}"


@handler("section")
def section(el, ctx, out):
    ctx.depth += 1
    try:
        sec = etree.SubElement(out, "section", {"class": f"level{ctx.depth}", **_id(el)})
        title = el.find(q("title"))
        if title is not None:
            h = etree.SubElement(sec, heading_tag(ctx.depth))
            render_inline(title, ctx, h)
        render_blocks(el, ctx, sec)
    finally:
        ctx.depth -= 1


@handler("para")
def para(el, ctx, out):
    """A paragraph; a line of the closing signature block is <p class="signature"> (flush right, print.css)."""
    attrs = {"class": "signature"} if el.get("role") == "signature" else {}
    p = etree.SubElement(out, "p", {**attrs, **_id(el)})
    render_inline(el, ctx, p)
    if ctx.cjk:
        mark_quote_breaks(p)


@handler("itemizedlist")
def itemizedlist(el, ctx, out):
    """A list whose items carry their own markers ('(a) …', '1. …'): <ul class="items">, no bullet
    drawn (print.css), each item's paragraph set with a hanging indent under its marker."""
    ul = etree.SubElement(out, "ul", {"class": "items"})
    for item in el.iterfind(q("listitem")):
        render_blocks(item, ctx, etree.SubElement(ul, "li"))


@handler("programlisting", "literallayout")
def verbatim(el, ctx, out):
    """A listing or laid-out text: <pre>, its lines and spaces as written (print.css sets it in a
    monospaced face that keeps them). No CJK spacing: inserted spaces would shift the columns."""
    attrs = {"class": "code" if etree.QName(el).localname == "programlisting" else "layout", **_id(el)}
    if el.get("language"):
        attrs["data-language"] = el.get("language")
    render_inline(el, ctx, etree.SubElement(out, "pre", attrs))


@handler("formalpara")
def formalpara(el, ctx, out):
    """A paragraph with a run-in lead: <p><strong class="lead">lead</strong>rest</p>."""
    p = etree.SubElement(out, "p", {"class": "formal", **_id(el)})
    title = el.find(q("title"))
    if title is not None:
        lead = etree.SubElement(p, "strong", {"class": "lead"})
        render_inline(title, ctx, lead)
        if not ctx.cjk:
            lead.tail = " "     # Western run-in heads are followed by a word space
    for body in el.iterfind(q("para")):
        render_inline(body, ctx, p)
    for child in el:
        if isinstance(child.tag, str) and child.tag not in (q("title"), q("para")):
            render(child, ctx, p)
    if ctx.cjk:
        mark_quote_breaks(p)


@handler("phrase")
def phrase(el, ctx, out):
    # The mention's text stays in the paragraph's own text run; only an empty
    # anchor marks it. WeasyPrint misses line-break opportunities next to
    # inline boxes holding text, which left loose, over-stretched lines.
    if el.get("role") == "change":      # a table's change under its value (render/fold_columns.py)
        render_inline(el, ctx, etree.SubElement(out, "span", {"class": "change"}))
        return
    if el.get(XML_ID):
        etree.SubElement(out, "span", _id(el)).set("class", el.get("role") or "phrase")
    render_inline(el, ctx, out)


@handler("emphasis")
def emphasis(el, ctx, out):
    tag = "strong" if el.get("role") in ("strong", "bold") else "em"
    render_inline(el, ctx, _box(out, tag))


def _box(out, tag: str):
    """An inline box for styled words, the word space before it moved inside it: WeasyPrint
    misses the line break at a space that ends the text run before an inline box, and then
    hyphenates the line above onto a line of its own (`extend-` / `ing … into the` / `**North**`)."""
    before = out[-1].tail if len(out) else out.text
    box = etree.SubElement(out, tag)
    if before and before.endswith(" "):
        if len(out) > 1:
            out[-2].tail = before[:-1]
        else:
            out.text = before[:-1]
        box.text = " "
    return box


@handler("literal")
def literal(el, ctx, out):
    """A Markdown text's `code` inside a sentence: <code>, in the listings' monospaced face."""
    render_inline(el, ctx, _box(out, "code"))


@handler("link")
def link(el, ctx, out):
    """Internal links only (linkend); an external xlink:href is shown, never followed."""
    target = el.get("linkend")
    if target:
        a = etree.SubElement(out, "a", {"href": f"#{target}", "class": "back"})
        render_inline(el, ctx, a)
    else:
        render_inline(el, ctx, etree.SubElement(out, "span", {"class": "link"}))
