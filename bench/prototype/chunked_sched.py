"""Version 2 of the orchestration: layouts first, writes later, on long-lived workers.

    from chunked_sched import render_chunked_v2
    data = render_chunked_v2(doc, Options(), jobs=2)

Version 1 (chunked_pdf.render_chunked, a Pool of layout+write tasks) leaves one core
idle while the appendix is laid out: the appendix needs every body page number, the
front matter needs the appendix's. Here each worker keeps its laid-out Documents and
the coordinator hands an idle worker the most urgent ready job: body layouts, then
the appendix layout, then the front matter and folio layouts, and only then writes
(a write runs in the worker that holds that Document).
"""
from __future__ import annotations

import multiprocessing as mp
import time


import chunked_pdf as C
from pipeline.render import pdf as pdfmod


def _worker(conn) -> None:
    held = {}
    while True:
        msg = conn.recv()
        if msg is None:
            return
        kind, key, *rest = msg
        t = time.perf_counter()
        if kind == "layout":
            html, css, tagged = rest
            document = C._layout(html, css)
            anchors = {}
            for number, page in enumerate(document.pages):
                for name, (x, y, *_r) in page.anchors.items():
                    anchors.setdefault(name, (number, x, y))
            held[key] = (document, tagged)
            conn.send(("laid", key, len(document.pages), anchors, time.perf_counter() - t))
        else:
            document, tagged = held.pop(key)
            document.metadata.created = document.metadata.modified = pdfmod.pdf_date(C._DOC)
            variant = C._OPTIONS.pdf_variant if tagged and C._OPTIONS.pdf_variant != "none" else None
            raw = document.write_pdf(pdf_variant=variant, full_fonts=False, hinting=False,
                                     pdf_identifier=C._DOC.name.encode("utf-8"))
            conn.send(("written", key, raw, time.perf_counter() - t))


def render_chunked_v2(doc, options, jobs: int = 2, n_body: int | None = None) -> bytes:
    import weasyprint  # noqa: F401  (imported once, before the workers fork)
    from multiprocessing.connection import wait
    t0 = time.perf_counter()
    html = pdfmod.to_html_string(pdfmod.checked_html(doc, options)[0])
    front, bodies, appendix = C.cut_html(html, n_body or 2 * jobs)
    C._DOC, C._OPTIONS = doc, options
    ctx = mp.get_context("fork")
    pipes, procs = [], []
    for _ in range(jobs):
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_worker, args=(child,))
        p.start()
        pipes.append(parent)
        procs.append(p)

    nb = len(bodies)
    ready = [("layout", ("body", i), C.to_string(b), [] if i == 0 else [C.NO_FOLIO], True)
             for i, b in enumerate(bodies)]           # layouts ready to run, in priority order
    writes = {w: [] for w in range(jobs)}             # keys laid out, held by worker w
    laid, written, busy = {}, {}, {}
    numbers, state = {}, {"appendix": False, "front": False}

    def plan():
        """Add the layouts whose inputs just became known."""
        if not state["appendix"] and all(("body", i) in laid for i in range(nb)):
            state["appendix"] = True
            page = 1
            for i in range(nb):
                n, anchors = laid[("body", i)]
                numbers.update({k: (page + p, x, y) for k, (p, x, y) in anchors.items()})
                page += n
            state["body_pages"] = page - 1
            first = laid[("body", 0)][0]
            if appendix is not None:
                C.fill_numbers(appendix, numbers,
                               "//a[contains(concat(' ', @class, ' '), ' back ')]")
                ready.append(("layout", "appendix", C.to_string(appendix), [
                    C.LITERAL_NUMBERS,
                    f"@page :nth(1 of body) {{ counter-reset: page {page} }}"], True))
            if nb > 1:
                ready.append(("layout", "folio", C.folio_html(page - 1 - first, doc), [
                    f"@page :nth(1 of body) {{ counter-reset: page {first + 1} }}",
                    "@page body { @top-center { content: none } } main > div { height: 1px }"
                    " main > div + div { break-before: page }"], False))
        if state["appendix"] and not state["front"] and (appendix is None or "appendix" in laid):
            state["front"] = True
            if appendix is not None:
                n, anchors = laid["appendix"]
                base = state["body_pages"] + 1
                numbers.update({k: (base + p, x, y) for k, (p, x, y) in anchors.items()})
            C.fill_numbers(front, numbers, "//nav//a")
            ready.insert(0, ("layout", "front", C.to_string(front), [C.LITERAL_NUMBERS], True))

    def dispatch():
        for w in range(jobs):
            if w in busy:
                continue
            if ready:
                job = ready.pop(0)
                busy[w] = job[1]
                pipes[w].send(job)
            elif writes[w]:
                key = writes[w].pop(0)
                busy[w] = key
                pipes[w].send(("write", key))

    timing = {}
    total = nb + 1 + (appendix is not None) + (nb > 1)
    dispatch()
    while len(written) < total:
        for conn in wait(pipes):
            w = pipes.index(conn)
            msg = conn.recv()
            del busy[w]
            if msg[0] == "laid":
                _, key, n, anchors, sec = msg
                laid[key] = (n, anchors)
                writes[w].append(key)
                timing[f"L {key}"] = (round(time.perf_counter() - t0 - sec, 1), round(sec, 1))
                plan()
            else:
                _, key, raw, sec = msg
                written[key] = raw
                timing[f"W {key}"] = (round(time.perf_counter() - t0 - sec, 1), round(sec, 1))
        dispatch()
    for conn in pipes:
        conn.send(None)
    for p in procs:
        p.join()
    C.TIMES.update(timing)
    C.TIMES["all chunks"] = time.perf_counter() - t0
    ordered = [written["front"]] + [written[("body", i)] for i in range(nb)]
    if appendix is not None:
        ordered.append(written["appendix"])
    front_pages = laid["front"][0]
    first = laid[("body", 0)][0]
    import os, pickle
    if os.environ.get("DUMP_CHUNKS"):
        with open(os.environ["DUMP_CHUNKS"], "wb") as f:
            pickle.dump((ordered, written.get("folio"), front_pages, first, state["body_pages"]), f)
    out = C.merge(ordered, written.get("folio"), front_pages,
                  folio_from=front_pages + first,
                  folio_to=front_pages + state["body_pages"])
    C.TIMES["merge"] = time.perf_counter() - t0 - C.TIMES["all chunks"]
    return out
