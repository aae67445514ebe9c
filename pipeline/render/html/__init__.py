"""DocBook intermediate -> HTML5 for the print stylesheet (styles/print.css).

    from pipeline.render.html import docbook_to_html
    html = docbook_to_html(doc, Options(paper="A5"))

One handler per DocBook element (`registry.handler`); text is data, escaped by lxml.
"""
from __future__ import annotations

from lxml import etree

from ...docbook.read import Intermediate
from ...options import Options
from . import appendix, blocks, front  # noqa: F401  (register the handlers)
from .context import Context
from .registry import render
from .wrap import break_long_words

__all__ = ["docbook_to_html", "docbook_to_html_tree", "html_classes", "to_html_string"]


def html_classes(lang: str, options: Options) -> str:
    return f"paper-{options.paper.lower()} lang-{'zh' if lang.lower().startswith('zh') else 'en'}"


def docbook_to_html_tree(doc: Intermediate, options: Options) -> etree._Element:
    """The whole document as one <html> tree (title page, contents, body, appendix)."""
    lang = doc.lang
    ctx = Context(lang=lang, options=options, missing=doc.missing)
    html = etree.Element("html", {"lang": lang, "class": html_classes(lang, options)})
    front.head(doc.root, ctx, html)
    render(doc.root, ctx, html)
    body = html.find("body")
    break_long_words(body if body is not None else html)
    return html


def to_html_string(html: etree._Element) -> str:
    return etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")


def docbook_to_html(doc: Intermediate, options: Options) -> str:
    """The whole document as one HTML5 string."""
    return to_html_string(docbook_to_html_tree(doc, options))
