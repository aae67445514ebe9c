"""The DOCX and the EPUB of one document made side by side in one worker (issue 16: the 1x wall).

    render_overlapped(xml, (("docx", out.docx), ("epub", out.epub)), options, doc, since)
    # -> [("docx", seconds), ("epub", seconds)], each edition verified and written as render_edition does

WHY: in a one-document build the worker that makes the DOCX spends most of the DOCX waiting:
for pandoc, then for LibreOffice's page pass (a process of its own), which leaves its core idle
part of the time (it loads, forks gpg, writes its PDF). Made after the DOCX, the EPUB (pandoc
again, the cover, the zip) was the build's last 0.2-0.25 s with one core idle. Made in a thread
beside the DOCX, its work fills those waits. Each edition is made exactly as alone (its own copy
of the XML tree: lxml trees are not shared between threads), so the bytes do not change.

Only for a worker of a one-document build without --strict (pipeline/batch.py): under --strict
one warning must stop every later edition, which an edition already under way cannot honour;
in a batch the other documents fill the waits already.
"""
from __future__ import annotations

import contextvars
import copy
import dataclasses
import threading
from pathlib import Path

from . import log
from .options import Options


def render_overlapped(xml_path: Path, jobs: tuple[tuple[str, Path], ...], options: Options, doc,
                      since: int) -> list:
    """Render, verify and write each edition of `jobs`: the first in this thread, the others each
    in a thread of its own started first. Returns (format, seconds) in the order of `jobs`; if any
    failed, raises the first failure in that order once every edition has ended (none is left
    running behind the caller)."""
    from .build import chart_pictures, render_edition
    from .chart_cache import draw_pending

    with log.about(doc.name):
        draw_pending(chart_pictures(xml_path, doc))   # once, before: both editions read the pictures
    results: dict[str, float] = {}
    failures: dict[str, BaseException] = {}

    def one(fmt: str, out: Path, own_doc) -> None:
        try:
            results[fmt] = render_edition(xml_path, fmt, out, options, own_doc, since)
        except BaseException as exc:   # noqa: BLE001 - handed to the caller's thread below
            failures[fmt] = exc

    (first, first_out), rest = jobs[0], jobs[1:]
    threads = []
    for fmt, out in rest:
        own = dataclasses.replace(doc, tree=copy.deepcopy(doc.tree))
        # a thread starts with an empty context: copy this one (log.about's document name)
        thread = threading.Thread(target=contextvars.copy_context().run, args=(one, fmt, out, own),
                                  name=f"render {fmt}", daemon=True)
        thread.start()
        threads.append(thread)
    one(first, first_out, doc)
    for thread in threads:
        thread.join()
    for fmt, _ in jobs:
        if fmt in failures:
            raise failures[fmt]
    return [(fmt, results[fmt]) for fmt, _ in jobs]
