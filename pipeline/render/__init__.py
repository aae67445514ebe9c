"""Renderers: one XML intermediate in, one edition's bytes out.

    from pipeline.render import render
    pdf_bytes = render("pdf", intermediate, options)

Every renderer has the same signature, `(Intermediate, Options) -> bytes`, and reads
only the XML (never the raw text). They are imported lazily: WeasyPrint and pandoc
cost time to load and a DOCX build should not pay for the PDF's imports.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ..docbook.read import Intermediate
from ..options import Options

Renderer = Callable[[Intermediate, Options], bytes]

# format -> (module, function); the table the CLI, the Makefile and the docs share.
RENDERERS: dict[str, tuple[str, str]] = {
    "pdf": ("pipeline.render.pdf", "render_pdf"),
    "docx": ("pipeline.render.docx", "render_docx"),
    "epub": ("pipeline.render.epub", "render_epub"),
}


def renderer(fmt: str) -> Renderer:
    module, function = RENDERERS[fmt]
    return getattr(import_module(module), function)


def render(fmt: str, doc: Intermediate, options: Options) -> bytes:
    """Render one edition of `doc` in format `fmt` ("pdf", "docx" or "epub")."""
    return renderer(fmt)(doc, options)
