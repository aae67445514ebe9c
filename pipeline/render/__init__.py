"""Renderers: one XML intermediate in, one edition's bytes out.

    from pipeline.render import render
    pdf_bytes = render("pdf", intermediate, options)

Every renderer has the same signature, `(Intermediate, Options) -> bytes`, and reads
only the XML (never the raw text). They are imported lazily: WeasyPrint and pandoc
cost time to load and a DOCX build should not pay for the PDF's imports.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
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
    from .libraries import quick_library_lookup

    module, function = RENDERERS[fmt]
    with quick_library_lookup():   # the first import of WeasyPrint finds its libraries without gcc
        return getattr(import_module(module), function)


def render(fmt: str, doc: Intermediate, options: Options) -> bytes:
    """Render one edition of `doc` in format `fmt` ("pdf", "docx" or "epub")."""
    from .empty_columns import without_empty_columns

    function = renderer(fmt)
    doc = without_empty_columns(doc)   # the same columns in every edition; the XML keeps them all
    with rare_collections():
        return function(doc, options)


@contextmanager
def rare_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run Python's cycle collector rarely while an edition is laid out.

    WeasyPrint allocates millions of small objects that stay alive until the PDF is
    written; with the default threshold (a young-generation scan every 700
    allocations) the collector took a third of the layout time of a long appendix
    table, and 8 % of the whole PDF at ten times the sample (bench/results.md).
    The objects the imports made are frozen (never garbage, never scanned again);
    one collection at the end frees whatever cycles the renderer left. It runs before the
    objects are unfrozen, so it walks only what the renderer made (0.08-0.10 CPU-s on the
    sample's PDF instead of 0.12-0.13 for a full one); cycles through frozen objects are
    left to the collector's next ordinary pass.
    """
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.collect()
        gc.unfreeze()
