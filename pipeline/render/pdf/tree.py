"""WeasyPrint given our HTML tree as a tree, not as text it parses again.

    html = weasy_html(part, base_url, fetcher)   # a weasyprint.HTML, ready to render

Why: the PDF's HTML is an lxml tree (render.html); WeasyPrint reads HTML only as text, parsed
by tinyhtml5, a parser in pure Python: serialising each part and parsing it back took 0.028
CPU-s of the sample's PDF, copying the tree into the ElementTree WeasyPrint works on 0.003
(bench/results.md, "The PDF chain's own CPU"). The copy is the parser's tree whenever the
parser would keep the tree as it is, which it does for HTML that is already a valid tree
with nothing the parser rewrites; `copyable` refuses the rest (anything but elements, a
carriage return or NUL it would normalise, a <pre>, <listing> or <textarea> whose text
starts with a newline it would drop, an upper-case or namespaced name, a void element with
content), and those parts are parsed from text as before.
Checked on the sample and 12 corpus documents (code blocks, tables, English and Chinese):
the same ElementTree as tinyhtml5's, so the same PDF bytes (tests/render/test_pdf_tree.py).
For WeasyPrint 70.0 (`HTML.__init__` as read there); another version parses the text.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from lxml import etree

WEASYPRINT = "70.0"
_LEADING_NEWLINE_DROPPED = frozenset({"pre", "listing", "textarea"})
_NORMALISED = ("\r", "\x00")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})


def copyable(root: etree._Element) -> bool:
    """Whether tinyhtml5 would give back exactly this tree from its serialisation."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag != el.tag.lower() or el.tag.startswith("{"):
            return False   # a comment, a processing instruction, a name the parser would change
        if any(name != name.lower() or name.startswith("{") for name in el.attrib):
            return False
        if el.tag in _LEADING_NEWLINE_DROPPED and (el.text or "").startswith("\n"):
            return False
        if el.tag in _VOID and (el.text or len(el)):
            return False   # written as <br>text: the text would follow it
        for text in (el.text, el.tail, *el.attrib.values()):
            if text and any(c in text for c in _NORMALISED):
                return False
    return True


def _copy(el: etree._Element) -> ET.Element:
    out = ET.Element(el.tag, dict(el.attrib))
    out.text = el.text
    for child in el:
        copied = _copy(child)
        copied.tail = child.tail
        out.append(copied)
    return out


def weasy_html(part: etree._Element | str, base_url: str, fetcher):
    """A weasyprint.HTML of `part` (an <html> tree, or HTML text), as HTML(string=...) makes it."""
    import weasyprint
    from weasyprint import HTML

    if (isinstance(part, str) or weasyprint.__version__ != WEASYPRINT or part.tag != "html"
            or not copyable(part)):
        text = part if isinstance(part, str) else etree.tostring(
            part, method="html", encoding="unicode", doctype="<!DOCTYPE html>")
        return HTML(string=text, base_url=base_url, url_fetcher=fetcher)
    import cssselect2
    from weasyprint.urls import URLFetcher

    root = _copy(part)
    html = HTML.__new__(HTML)   # HTML.__init__ of WeasyPrint 70.0, from `result = tinyhtml5.parse(...)` on
    html.base_url = weasyprint._find_base_url(root, base_url)
    html.url_fetcher = fetcher if fetcher is not None else URLFetcher()
    html.media_type = "print"
    html.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
    html.etree_element = html.wrapper_element.etree_element
    return html
