"""Lay a long PDF's body out in parallel processes, then merge one PDF (--pdf-chunks).

    n = chunk_count(parts.body, options)            # 1: lay out in this process
    pieces = lay_out_in_parallel(parts, split_body(parts.body, n), workers, layout, write)
    data = merge(pieces)                            # merge.py

WeasyPrint lays a document out on one core, and its cost per page grows with the
document's length. The body is cut at level-1 parts (each starts a new page in
print.css, so a cut changes no page) into chunks laid out by forked workers. Every
part then knows its own pages: the appendix is laid out with the back-links' page
numbers as text once every body chunk is laid out, the front matter once the appendix
is. Only HTML strings, page counts, anchor pages and PDF bytes cross between processes;
each worker keeps the Documents it laid out and writes them when it has no layout to do.

Two things a chunk cannot know are mended at merge time: its first page number (chunks
after the first are laid out without a folio; the folios are laid out as a document of
their own and drawn over those pages as pagination artifacts) and the pages of other
chunks' anchors (a link into another chunk is written as a placeholder URI and turned
into a named destination).
"""
from __future__ import annotations

import copy
import multiprocessing
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from lxml import etree

from ...errors import BatchError, PipelineError
from ...log import debug
from ...options import Options
from ..chunk_size import AUTO_MIN_COLUMNS, text_columns   # the auto threshold: the build reads it from the XML too
from ..html import to_html_string
from .parts import Parts, anchor_pages, continue_folio, number_pages, write_page_numbers


PLACEHOLDER = "https://chunk.invalid/#"   # a link into another chunk, until the merge
NO_FOLIO = "@page body { @bottom-center { content: none } }"
FOLIO_ONLY = ("@page body { @top-center { content: none } }\n"
              "main > div { height: 1px } main > div + div { break-before: page }")


# ---- deciding and cutting -------------------------------------------------------------

def chunk_count(body: etree._Element, options: Options) -> int:
    """How many body chunks to lay out in parallel: 1 means the ordinary single layout.

    auto: one chunk per worker when there are two or more and the body has at least
    AUTO_MIN_COLUMNS of text. Below that the second core does not pay for what chunking
    adds (forked workers, a subset of each font per chunk, the folio document, the merge):
    on two cores shared with other work the single layout was as fast or faster (the
    sample: chunked 1.31x the wall time and 1.28x the CPU), and its file is the same
    size either way (one subset per font, `subsets.py`)."""
    parts = len(level1_parts(body))
    setting = options.pdf_chunks
    if setting == "off" or parts < 2:
        return 1
    if setting == "auto":
        workers = options.worker_count
        long_enough = text_columns("".join(body.find("body/main").itertext())) >= AUTO_MIN_COLUMNS
        # one chunk a worker: more balance the cores no better, and each costs a fork and a write
        return min(parts, workers) if workers > 1 and long_enough else 1
    return min(parts, int(setting))


def level1_parts(body: etree._Element) -> list[etree._Element]:
    if "run-on" in body.find("body/main").get("class", ""):
        return []   # parts that share pages cannot be cut into chunks without a page break
    return [el for el in body.find("body/main") if el.get("class") == "level1"]


def split_body(body: etree._Element, n: int) -> list[etree._Element]:
    """Cut the body part before level-1 parts into `n` chunks of about equal text length.
    The first chunk keeps <main>'s attributes (its id marks body page 1) and the opening."""
    main = body.find("body/main")
    parts = level1_parts(body)
    groups = [parts[a:b] for a, b in zip(*_cuts([len("".join(p.itertext())) for p in parts], n))]
    chunks = [body]
    for group in groups[1:]:
        html = etree.Element("html", dict(body.attrib))
        html.append(copy.deepcopy(body.find("head")))
        chunk_main = etree.SubElement(etree.SubElement(html, "body", dict(body.find("body").attrib)),
                                      "main", {k: v for k, v in main.attrib.items() if k != "id"})
        chunk_main.extend(group)   # moved out of the first chunk
        chunks.append(html)
    return chunks


def _cuts(sizes: list[int], n: int) -> tuple[list[int], list[int]]:
    """Start and end indexes of `n` non-empty runs of `sizes` with about equal sums."""
    total, starts, done = sum(sizes), [0], 0
    for i, size in enumerate(sizes):
        k = len(starts)   # the run being filled
        remaining_runs, remaining_items = n - k, len(sizes) - i
        if k < n and i > starts[-1] and (done >= total * k / n or remaining_items == remaining_runs):
            starts.append(i)
        done += size
    return starts, starts[1:] + [len(sizes)]


def link_across(root: etree._Element) -> None:
    """Links to an anchor outside `root` become placeholders the merge resolves."""
    here = {el.get("id") for el in root.iter() if el.get("id")}
    for a in root.iter("a"):
        href = a.get("href", "")
        if href.startswith("#") and href[1:] not in here:
            a.set("href", PLACEHOLDER + href[1:])


def folio_html(root: etree._Element, pages: int) -> str:
    """A document of `pages` empty body pages: only their folios are drawn."""
    html = etree.Element("html", dict(root.attrib))
    main = etree.SubElement(etree.SubElement(html, "body"), "main")
    for _ in range(pages):
        etree.SubElement(main, "div")
    return to_html_string(html)


# ---- the workers -----------------------------------------------------------------------

Layout = Callable[[str, str], object]          # (html, extra css) -> weasyprint Document
Write = Callable[[object, bool], bytes]        # (Document, tagged) -> PDF bytes


def _serve(conn: Connection, layout: Layout, write: Write) -> None:
    """A worker: lay out and keep Documents, write them when asked; report errors as data."""
    held = {}
    while True:
        try:
            message = conn.recv()
        except EOFError:          # the coordinator is gone
            return
        if message is None:
            return
        kind, key, *args = message
        try:
            if kind == "layout":
                document = held[key] = layout(*args)
                conn.send(("laid", key, len(document.pages), anchor_pages(document)))
            else:
                conn.send(("written", key, write(held.pop(key), *args)))
        except PipelineError as exc:
            conn.send(("failed", key, exc.message, exc.exit_code))
        except BaseException:
            conn.send(("crashed", key, traceback.format_exc()))
            return


class _Workers:
    """`n` forked processes running `_serve`, each reached through its own pipe."""

    def __init__(self, n: int, layout: Layout, write: Write):
        ctx = multiprocessing.get_context("fork")
        self.pipes, self.processes = [], []
        for _ in range(n):
            parent, child = ctx.Pipe()
            process = ctx.Process(target=_serve, args=(child, layout, write), daemon=True)
            process.start()
            child.close()
            self.pipes.append(parent)
            self.processes.append(process)

    def send(self, worker: int, message) -> None:
        self.pipes[worker].send(message)

    def receive(self) -> tuple[int, tuple]:
        conn = wait(self.pipes)[0]
        worker = self.pipes.index(conn)
        try:
            message = conn.recv()
        except EOFError:
            code = self.processes[worker].exitcode
            raise BatchError("a PDF layout worker stopped unexpectedly"
                             + (" (out of memory?)" if code == -9 else ""), 1) from None
        if message[0] == "failed":
            raise BatchError(message[2], message[3])
        if message[0] == "crashed":
            raise RuntimeError(f"PDF layout worker failed:\n{message[2]}")
        return worker, message

    def close(self, *, failed: bool) -> None:
        for pipe, process in zip(self.pipes, self.processes):
            if failed:
                process.terminate()
            else:
                pipe.send(None)
        for pipe, process in zip(self.pipes, self.processes):
            process.join()
            pipe.close()


# ---- the coordinator --------------------------------------------------------------------

@dataclass
class Pieces:
    """What the merge needs: the parts' PDFs in page order and where the folios go."""
    pdfs: list[bytes]              # front matter, body chunks, appendix
    front_pages: int
    folio: bytes                   # drawn over the body pages after the first chunk's,
    folio_from: int                # which has `folio_from` pages
    tables: list[bool]             # which of `pdfs` hold tables


@dataclass
class _Job:
    key: str
    html: str
    css: str


def lay_out_in_parallel(parts: Parts, bodies: list[etree._Element], workers: int,
                        layout: Layout, write: Write,
                        fit_appendix: Callable[[etree._Element], None] | None = None) -> Pieces:
    """Lay out and write every part in `workers` processes, most urgent work first:
    body chunks; the appendix (it needs every body page) and the folios; the front
    matter (it needs the appendix's pages); then writes, the appendix's first.

    The appendix's layout and write are the longest single tasks and come last, so one
    more process is kept for them alone: it would otherwise wait behind the writes of
    the body chunk its worker laid out. `fit_appendix` as in parts.lay_out_parts (here, in
    this process)."""
    for root in bodies:
        link_across(root)
    ready = [_Job(f"body-{i}", to_html_string(root), "" if i == 0 else NO_FOLIO)
             for i, root in enumerate(bodies)]
    order = ["front"] + [job.key for job in ready] + (["appendix"] if parts.appendix is not None else [])
    reserved = workers if parts.appendix is not None else None   # the appendix's own process
    laid: dict[str, tuple[int, dict[str, int]]] = {}
    written: dict[str, bytes] = {}
    held: dict[int, list[str]] = {w: [] for w in range(workers + (reserved is not None))}
    busy: set[int] = set()
    numbers: dict[str, str] = {}
    queued = {"appendix": False, "front": False}
    body_pages = 0

    def plan() -> None:
        nonlocal body_pages
        if not queued["appendix"] and all(key in laid for key in order[1:len(bodies) + 1]):
            queued["appendix"] = True
            for i in range(len(bodies)):
                pages, anchors = laid[f"body-{i}"]
                numbers.update(number_pages(anchors, body_pages + 1))
                body_pages += pages
            if parts.appendix is not None:
                write_page_numbers(parts.appendix, numbers)
                if fit_appendix is not None:
                    fit_appendix(parts.appendix)
                link_across(parts.appendix)
                ready.append(_Job("appendix", to_html_string(parts.appendix), continue_folio(body_pages + 1)))
            first = laid["body-0"][0]
            ready.append(_Job("folio", folio_html(parts.body, body_pages - first),
                              continue_folio(first + 1) + "\n" + FOLIO_ONLY))
        if queued["appendix"] and not queued["front"] and (parts.appendix is None or "appendix" in laid):
            queued["front"] = True
            if parts.appendix is not None:
                numbers.update(number_pages(laid["appendix"][1], body_pages + 1))
            write_page_numbers(parts.front, numbers)
            link_across(parts.front)
            ready.insert(0, _Job("front", to_html_string(parts.front), ""))

    def next_task(w: int):
        jobs = [job for job in ready if (job.key == "appendix") == (w == reserved)]
        if jobs:
            ready.remove(jobs[0])
            return ("layout", jobs[0].key, jobs[0].html, jobs[0].css)
        if held[w]:
            key = held[w].pop(0)
            return ("write", key, key != "folio")   # the folios are drawn as artifacts
        return None

    pool = _Workers(len(held), layout, write)
    try:
        while len(written) < len(order) + 1:   # and the folios
            for w in held:
                task = None if w in busy else next_task(w)
                if task is not None:
                    pool.send(w, task)
                    busy.add(w)
            w, message = pool.receive()
            busy.discard(w)
            if message[0] == "laid":
                _, key, pages, anchors = message
                laid[key] = (pages, anchors)
                held[w].append(key)
                debug("PDF chunk %s: %d pages laid out", key, pages)
                plan()
            else:
                written[message[1]] = message[2]
    except BaseException:
        pool.close(failed=True)
        raise
    pool.close(failed=False)
    has_table = {"front": parts.front, "appendix": parts.appendix,
                 **{f"body-{i}": root for i, root in enumerate(bodies)}}
    return Pieces(pdfs=[written[key] for key in order], front_pages=laid["front"][0],
                  folio=written["folio"], folio_from=laid["body-0"][0],
                  tables=[next(has_table[key].iter("table"), None) is not None for key in order])
