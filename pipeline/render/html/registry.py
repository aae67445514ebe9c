"""Per-element dispatch: one handler per DocBook element, registered by a decorator.

    @handler("para")
    def para(el, ctx, out): ...

`render(el, ctx, out)` looks the element up; an element nobody registered is
reported with its name and location and its text is kept, so nothing is lost.
"""
from __future__ import annotations

from typing import Callable

from lxml import etree

from ...docbook.read import DB, XML_ID
from ...log import warn

Handler = Callable[[etree._Element, "object", etree._Element], None]
HANDLERS: dict[str, Handler] = {}


def handler(*tags: str) -> Callable[[Handler], Handler]:
    """Register `fn` as the renderer of the DocBook elements `tags` (local names)."""
    def register(fn: Handler) -> Handler:
        for tag in tags:
            HANDLERS[tag] = fn
        return fn
    return register


def local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def where(el: etree._Element) -> str:
    """A location a user can find: the nearest xml:id and the element's path."""
    steps = []
    node = el
    while node is not None:
        parent = node.getparent()
        name = local(node)
        if parent is None:
            steps.append(name)
        else:
            same = [c for c in parent if isinstance(c.tag, str) and c.tag == node.tag]
            steps.append(f"{name}[{same.index(node) + 1}]")
        node = parent
    path = "/" + "/".join(reversed(steps))
    node = el
    while node is not None and node.get(XML_ID) is None:
        node = node.getparent()
    anchor = node.get(XML_ID) if node is not None else None
    return f"{path} (in #{anchor})" if anchor else path


def add_text(out: etree._Element, text: str | None) -> None:
    """Append text after whatever `out` already holds (lxml escapes it on output)."""
    if not text:
        return
    if len(out):
        out[-1].tail = (out[-1].tail or "") + text
    else:
        out.text = (out.text or "") + text


def render(el: etree._Element, ctx, out: etree._Element) -> None:
    """Render one DocBook element into the HTML element `out`."""
    if not isinstance(el.tag, str):
        return
    fn = HANDLERS.get(local(el)) if etree.QName(el).namespace == DB else None
    if fn is None:
        unknown(el, ctx, out)
        return
    fn(el, ctx, out)


def unknown(el: etree._Element, ctx, out: etree._Element) -> None:
    """Warn about an element the renderer does not know and keep its text."""
    warn(f"PDF: unknown element <{etree.QName(el).localname}> at {where(el)}; "
         "rendered as plain text", "render/pdf")
    text = "".join(el.itertext())
    if ctx.inline:
        add_text(out, text)
    elif text.strip():
        etree.SubElement(out, "p", {"class": "unknown"}).text = text


def render_inline(el: etree._Element, ctx, out: etree._Element) -> None:
    """Render mixed content: text, child elements and their tails, in order."""
    was, ctx.inline = ctx.inline, True
    try:
        add_text(out, el.text)
        for child in el:
            render(child, ctx, out)
            add_text(out, child.tail)
    finally:
        ctx.inline = was


def render_blocks(el: etree._Element, ctx, out: etree._Element,
                  skip: tuple[str, ...] = ("title",)) -> None:
    """Render element-only content; stray non-blank text is kept and reported."""
    was, ctx.inline = ctx.inline, False
    try:
        for text, child in _children(el):
            if text is not None:
                warn(f"PDF: stray text in <{local(el)}> at {where(el)} kept as a paragraph",
                     "render/pdf")
                etree.SubElement(out, "p").text = text
            elif local(child) not in skip or etree.QName(child).namespace != DB:
                render(child, ctx, out)
    finally:
        ctx.inline = was


def _children(el):
    if el.text and el.text.strip():
        yield el.text.strip(), None
    for child in el:
        if isinstance(child.tag, str):
            yield None, child
        if child.tail and child.tail.strip():
            yield child.tail.strip(), None
