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
    from .cdefs import cached_cdefs
    from .lazy import deferred_font_tools
    from .libraries import quick_library_lookup

    module, function = RENDERERS[fmt]
    # the first import of WeasyPrint finds its libraries without gcc, and loads no fontTools it never uses
    # (and its C declarations parsed by an earlier run: cdefs.py)
    with quick_library_lookup(), deferred_font_tools(), cached_cdefs():
        return getattr(import_module(module), function)


def render(fmt: str, doc: Intermediate, options: Options) -> bytes:
    """Render one edition of `doc` in format `fmt` ("pdf", "docx" or "epub")."""
    from .empty_columns import without_empty_columns
    from .fold_columns import with_sparse_columns_folded

    function = renderer(fmt)
    doc = without_empty_columns(doc)   # the same columns in every edition; the XML keeps them all
    doc = with_sparse_columns_folded(doc)   # a change few rows have goes under its value
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
    left to the collector's next ordinary pass. In a pool worker that collection waits for
    the worker's next edition (`defer_collections`).
    """
    global _pending
    if _pending:   # the last edition's collection, deferred (defer_collections): its objects only
        gc.collect()
        _pending = False
    before = _deferred_threshold or gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold, 20, 100)
    try:
        yield
    finally:
        if _deferred_threshold:
            _pending = True   # imports still frozen, threshold still rare: collected at the next edition
        else:
            gc.set_threshold(*before)
            gc.collect()
            gc.unfreeze()


_deferred_threshold: tuple[int, int, int] | None = None
_pending = False


def defer_collections() -> None:
    """In a pool worker: leave the collection after an edition to the next edition's start.

    A worker sends its result back and waits, and the last one is ended by os._exit (no
    collection at exit), so the collection at the end of the PDF (0.07-0.10 CPU-s of the 1x
    build's critical chain, bench/results.md) bought nothing but memory the worker gives
    back when it ends. Deferred, the next edition in the same worker first collects what the
    last one left (the same walk: the import-time objects stay frozen in between, and the
    collector keeps its rare threshold, so verify and write do not set off a walk of the
    renderer's objects).
    """
    global _deferred_threshold
    if _deferred_threshold is None:
        _deferred_threshold = gc.get_threshold()
