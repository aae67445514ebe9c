"""Build many documents at once: the front half in this process, the editions in workers.

The XML and charts are cheap next to the editions, and WeasyPrint is single-threaded.
So each document's PDF goes to one worker and its DOCX + EPUB to another, and a pool
of `jobs` processes keeps the cores busy. The pool starts first: while this process
builds the first XML, the workers load the renderers' libraries (each pays each heavy
import once), and each document's editions are handed out as soon as its XML exists,
so the next document's front half overlaps the previous one's editions.
"""
from __future__ import annotations

import dataclasses
import functools
import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from . import log
from .atomic import remove_pending
from .build import check_writable, make_xml, render_group
from .errors import BatchError, PipelineError, UsageError
from .distributed import run_on_cluster
from .manifest import NAME as MANIFEST, Manifest, Record, build_key, output_entry, sha256_file
from .options import Options, available_cores
from .progress import BatchProgress
from .sources import expand_sources

# Which editions share a worker: the PDF alone (it dominates), the pandoc editions together.
GROUPS: tuple[tuple[str, ...], ...] = (("pdf",), ("docx", "epub"))


def _groups(formats: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = [tuple(f for f in group if f in formats) for group in GROUPS]
    return [g for g in out if g]


def _preparations(formats, groups, workers: int, draws: bool, single: bool) -> list[tuple[tuple[str, ...], bool]]:
    """What each worker imports while the XML is made: (formats, matplotlib too).

    A batch: every worker every renderer (WeasyPrint comes from the parent, imported before the
    fork and shared), one of them matplotlib. One document (the 1x build): the XML takes ~0.3 s
    and WeasyPrint's import ~0.35 s, so the parent forks first and the PDF's worker imports
    WeasyPrint meanwhile, alone; the other worker, which draws the charts and then makes the
    other editions, imports matplotlib and their renderers. The PDF is submitted first, and the
    worker without matplotlib is free first, so each task lands where its imports are (if not,
    the task imports what it needs itself)."""
    if single and workers == 2 and groups[0] == ("pdf",):
        rest = tuple(f for group in groups[1:] for f in group)
        return [(("pdf",), False), (rest, draws)]
    return [(formats, draws and n == 0) for n in range(workers)]


def _worker_init(parent: int = 0) -> None:
    """Workers leave Ctrl-C to the parent, and turn SIGTERM into a clean exit
    (so an atomic write in progress removes its temporary file). A worker also gets SIGTERM
    when the parent dies (`_follow_parent`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_sigterm)
    _follow_parent(parent)
    from . import progress
    from .render import defer_collections

    defer_collections()   # a worker ends by os._exit: its last edition's garbage needs no collection

    if progress.live_display:   # the parent's live line owns the terminal: only warnings from here
        for handler in log.logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(sys.__stderr__)
        log.logger.setLevel(logging.WARNING)


PR_SET_PDEATHSIG = 1   # linux/prctl.h


def _follow_parent(parent: int) -> None:
    """Die with the parent. A signal that stops the command while the pool forks a worker reaches
    the group before the new worker exists, and the parent's handler stops only the children it
    has registered: the new one would wait for work forever, holding the command's stderr open
    (tests/reliability/test_interrupts.py saw it once in thirty builds). Linux sends SIGTERM to
    the worker when its parent exits (prctl PR_SET_PDEATHSIG); a parent gone before that is
    seen by the parent id. Elsewhere the worker keeps the old behaviour."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return   # no prctl (not Linux)
    if parent and os.getppid() != parent:
        _worker_sigterm(signal.SIGTERM, None)


def _worker_sigterm(signum, frame):
    """Stop at once, leaving no temporary file behind (raising here could land in a
    garbage-collector callback, where Python ignores it)."""
    remove_pending()
    os._exit(143)


def _prepare(formats: tuple[str, ...], charts: bool = False) -> None:
    """Run in a worker while the parent builds the XML: import the renderers and the verifier;
    `charts`: matplotlib and the chart font too (one worker: the one that will draw the charts,
    as it is the last to be free when the PDF, submitted first, is handed out). Never lowered
    here: the pool hands a task to whichever worker is free, so the worker that imported the
    DOCX's renderers may be the one that takes the PDF (a nice value cannot be raised again);
    work lowers itself when it starts (_work, _draw), after the PDF was handed out."""
    from .render import renderer
    from . import verify  # noqa: F401

    for fmt in formats:
        renderer(fmt)
    if charts:
        from .figures import draw

        draw.prepare()


def _work(xml: Path, jobs: tuple[tuple[str, Path], ...], options: Options, background: bool = False,
          overlap: bool = False):
    """Run in a worker: never let an exception cross the process boundary unpickled.
    Returns the per-edition results, the warnings this call raised (already printed),
    which process it ran in and its per-stage seconds. `background`: these editions are off the
    build's critical chain: lower this worker's priority first (pipeline/priority.py). `overlap`:
    the EPUB beside the DOCX (pipeline/overlap.py)."""
    from .build import stage_seconds

    if background:
        from .priority import background_self

        background_self()

    first = len(log.collected)
    try:
        results = [(fmt, seconds, None, 0) for fmt, seconds in render_group(xml, jobs, options, overlap)]
    except PipelineError as exc:
        results = [(jobs[0][0], 0.0, log.named(xml.stem, exc.message), exc.exit_code)]
    return results, log.collected[first:], f"{socket.gethostname()}:{os.getpid()}", stage_seconds.pop(xml.stem, {})


def _draw(xml: Path, background: bool = False):
    """Run in a worker before the document's editions: draw the charts its XML step left undrawn,
    on the core the PDF's layout leaves free (the PDF embeds them after layout, DOCX and EPUB
    wait for them: chart_cache's lock). A failure is left to the editions, which draw again and
    report it. Returns the warnings drawing raised and the seconds it took. `background`: as _work."""
    from .build import draw_charts, stage_seconds

    if background:
        from .priority import background_self

        background_self()

    first = len(log.collected)
    try:
        draw_charts(xml)
    except PipelineError:
        pass
    return log.collected[first:], stage_seconds.pop(xml.stem, {})


def build_all(sources: list[Path], formats: tuple[str, ...], output_dir: Path, build_dir: Path,
              jobs: int | None, options: Options, *, scheduler: str | None = None, resume: bool = False,
              fail_fast: bool = False) -> None:
    """Build every document of SOURCES (files, folders, @lists): on this machine's cores, or as
    tasks on the Dask cluster at `scheduler`. Records each in output_dir/manifest.jsonl."""
    sources = expand_sources(list(sources))
    stems = [s.stem for s in sources]
    twice = sorted({s for s in stems if stems.count(s) > 1})
    if twice:
        raise UsageError(f"two inputs share the name {twice[0]!r}: their editions would overwrite each other")
    check_writable(output_dir)
    check_writable(build_dir)
    jobs = jobs or available_cores()
    # One document may spread its PDF over the cores; many already fill them one each.
    options = dataclasses.replace(options, workers=jobs if len(sources) == 1 and not scheduler else 1)

    manifest = Manifest(output_dir / MANIFEST)
    key = build_key(options, formats)
    failures: list[Record] = []
    with BatchProgress(len(sources)) as progress:
        def done(record: Record) -> bool:
            """One document finished: record it, show it; False stops the batch (--fail-fast)."""
            manifest.add(record)
            progress.finish(record.source, record.status, record.seconds.get("total", 0.0),
                            f"exit {record.exit_code}: {record.message}" if record.status == "failed" else "")
            if record.status == "failed":
                if len(sources) > 1 and not progress.shown:   # else the display's line says it
                    log.logger.error("error: %s", record.message)
                failures.append(record)
                return not fail_fast
            return True

        todo = []
        for source in sources:
            record = Record(source=str(source.resolve()), sha256=_sha256_or_empty(source), key=key)
            old = manifest.up_to_date(record.source, record.sha256, key) if resume else None
            if old is not None:
                done(dataclasses.replace(old, status="skipped", message="up to date", seconds={}, worker=""))
            else:
                todo.append((source, record))
        leads = _pdf_leads(todo, formats, jobs, options, scheduler)   # before the office runs too
        office = _start_office(formats, scheduler, todo)
        if office is not None and leads:   # until the PDF is done or a DOCX needs it (_run_local, office.py)
            office.set_background(True)
        try:
            if scheduler and todo:
                run_on_cluster(scheduler, [(str(s.resolve()), r) for s, r in todo], formats,
                               output_dir.resolve(), build_dir.resolve(), options, done, progress.set_running)
            elif todo:
                _run_local(todo, formats, output_dir.resolve(), build_dir.resolve(), jobs, options, done,
                           progress.set_running, leads, office)
        finally:
            manifest.compact()
            _stop_office(office)
    if failures:
        first = failures[0]
        if len(sources) == 1:
            raise BatchError(first.message, first.exit_code)
        if fail_fast:
            raise BatchError(f"stopped at the first failure (--fail-fast): {Path(first.source).name}",
                             first.exit_code)
        raise BatchError(f"{len(failures)} of {len(sources)} document(s) failed, each reported above "
                         f"and in {output_dir / MANIFEST}", first.exit_code)


def _pdf_leads(todo: list, formats: tuple[str, ...], jobs: int, options: Options, scheduler: str | None) -> bool:
    """The build waits for one PDF laid out beside other work: one document on this machine's
    cores, its PDF in a worker of its own. The PDF is that build's longest chain (1x: 1.4 CPU-s
    after the XML against 0.6 for DOCX + EPUB + charts and ~0.35 of LibreOffice's layout; it
    grows faster with the text), so LibreOffice runs below it (pipeline/priority.py), and the
    other editions and the charts too once the PDF is laid out in chunks (_pdf_is_long). A
    batch's documents are each other's gap-fillers and -j 1 has one chain: nothing is lowered
    there; under --strict one worker makes every edition."""
    from .priority import spare_cores

    return (len(todo) == 1 and not scheduler and jobs > 1 and not options.strict and "pdf" in formats
            and len(_groups(formats)) > 1 and spare_cores(available_cores()))


def _pdf_is_long(xml: Path, options: Options) -> bool:
    """The one-document build's PDF is laid out in several processes (render/chunk_size.py, from
    the XML): then it is the long chain and wants both cores, and the DOCX + EPUB worker runs below
    it. Otherwise the two chains are of a length (1x: the DOCX + EPUB chain ended last in 3 of 3
    runs of the profile), and lowering one only makes it end last: measured in the same run, not
    lowering it took the 1x build to 0.94x the wall (8 of 8 pairs), while at 10x (chunked) not
    lowering it cost 1.10x (bench/results.md, "speed1x")."""
    from .docbook.read import parse_safely
    from .render.chunk_size import pdf_in_chunks

    try:
        return pdf_in_chunks(parse_safely(Path(xml).read_bytes(), Path(xml).stem).getroot(), options)
    except (OSError, PipelineError):   # the editions report an unreadable XML
        return False


def _start_office(formats: tuple[str, ...], scheduler: str | None, todo: list):
    """The LibreOffice every DOCX page pass of this build hands its layout to, started now so
    that its start-up overlaps other work (pipeline/render/docx/office.py); the pool's workers
    inherit it. A batch starts it once for all its documents; one document starts it on the
    core the front half leaves free. For one document over a pool this was first left out
    (measured under heavy load, the PDF chain ended last); on an idle machine, once the charts
    no longer cost the PDF chain, the DOCX chain was the critical path, and starting LibreOffice
    here cut the 1x build at -j 2 from 3.70 to 3.54 s wall and 5.57 to 4.34 s CPU (5 of 5
    alternating pairs, bench/results.md). None when no DOCX is built here (a cluster's workers
    are not this machine's processes)."""
    if "docx" not in formats or scheduler or not todo:
        return None
    from .render.docx.office import start_shared
    from .render.docx.pages import soffice_path

    return start_shared(soffice_path())


def _stop_office(office) -> None:
    if office is not None:
        from .render.docx.office import stop_shared

        stop_shared(office)


def _sha256_or_empty(source: Path) -> str:
    """The input's hash; an unreadable input is reported by the front half, not here."""
    try:
        return sha256_file(source)
    except OSError:
        return ""


class _Stop(Exception):
    """--fail-fast: a document failed; stop handing out work."""


def _run_local(todo, formats, output_dir, build_dir, jobs, options, done, set_running, leads=False,
               office=None) -> None:
    """This machine: the front half here, each document's edition groups in a pool of processes.
    `leads`: the PDF leads (_pdf_leads): the other worker runs lowered, and `office` gets its
    priority back once the PDF is done."""
    groups = _groups(formats)
    if options.strict:   # one worker per document, so a warning stops its later editions (build.refuse_if_warned)
        groups = [tuple(f for g in groups for f in g)]
    docs = {source: _Doc(record, len(groups)) for source, record in todo}

    def finish_group(source, results, warnings, worker, seconds):
        doc = docs[source]
        doc.add(results, warnings, worker, seconds)
        if doc.pending == 0:
            if doc.record.status == "ok":
                doc.record.outputs = [output_entry(build_dir / f"{source.stem}.xml")] + [
                    output_entry(output_dir / f"{source.stem}.{fmt}") for fmt in formats]
            if not done(doc.finish()):
                raise _Stop

    def front(source) -> Path | None:
        first = len(log.collected)
        docs[source].started = time.perf_counter()
        xml = _front_half(source, build_dir, options, docs[source].record)
        docs[source].record.warnings += [str(w) for w in log.collected[first:]]
        from .build import stage_seconds
        docs[source].record.seconds.update(stage_seconds.pop(source.stem, {}))
        if xml is None and not done(docs[source].finish()):
            raise _Stop
        return xml

    try:
        if jobs == 1 or len(todo) * len(groups) <= 1:
            for source, _record in todo:
                set_running(1)
                xml = front(source)
                for group in groups if xml else ():
                    results, _warnings, worker, seconds = _work(xml, _jobs(group, source, output_dir), options)
                    finish_group(source, results, [], worker, seconds)   # warnings already collected here
            return
        # The pool forks on the first submit: before the progress display starts its thread
        # and before the front half, so the workers load their libraries meanwhile.
        ctx = multiprocessing.get_context("fork")
        workers = min(jobs, len(todo) * len(groups))
        # The charts are drawn by a worker of their own while the PDF is laid out (issue 16); under
        # --strict the one worker of a document draws them itself (a drawing warning stops its editions)
        draws = not options.strict and len(groups) > 1 and options.figures != "none"
        prepares = _preparations(formats, groups, workers, draws, single=len(todo) == 1)
        if "pdf" in formats and all("pdf" in f for f, _ in prepares):
            from .render import renderer   # WeasyPrint imported once, here, and shared by every forked worker

            renderer("pdf")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),))
        try:
            for prepared, charts in prepares:
                pool.submit(_prepare, prepared, charts)
            futures = {}
            drawing = {}
            for source, _record in todo:
                xml = front(source)
                # the charts and the other editions run below the PDF only when it is the long chain
                lowered = functools.cache(lambda xml=xml: leads and _pdf_is_long(xml, options))
                for n, group in enumerate(groups if xml else ()):
                    futures[pool.submit(_work, xml, _jobs(group, source, output_dir), options,
                                        "pdf" not in group and lowered(), len(todo) == 1)] = source
                    if n == 0 and draws:   # after the PDF: the worker that prepared matplotlib takes it
                        drawing[pool.submit(_draw, xml, lowered())] = source
                set_running(sum(1 for d in docs.values() if d.started and d.pending))
            for future in as_completed([*drawing, *futures]):
                if future in drawing:
                    warnings, seconds = future.result()
                    log.collected.extend(warnings)
                    docs[drawing[future]].record.warnings += [str(w) for w in warnings]
                    docs[drawing[future]].record.seconds.update(seconds)
                    continue
                results, warnings, worker, seconds = future.result()
                if leads and office is not None and office.background and results[0][0] == "pdf":
                    office.set_background(False)   # the PDF is done: nothing to yield to any more
                log.collected.extend(warnings)   # so --strict sees the workers' warnings too
                if len(todo) == 1 and any(fmt == "docx" for fmt, *_ in results):
                    # the build's one DOCX is done: stop the office now, while the PDF may still
                    # be laid out, not after it (5-20 ms of the 1x build's end; bench/results.md, "speed2")
                    _stop_office(office)
                finish_group(futures[future], results, warnings, worker, seconds)
                set_running(sum(1 for d in docs.values() if d.started and d.pending))
        except BaseException:   # Ctrl-C for in-process callers (the CLI stops at the signal), --fail-fast, an error
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    except _Stop:
        pass


class _Doc:
    """One document of a local batch while its edition groups come back from the pool."""

    def __init__(self, record: Record, groups: int):
        self.record, self.pending, self.started = record, groups, 0.0

    def add(self, results, warnings, worker, seconds) -> None:
        self.pending -= 1
        self.record.warnings += [str(w) for w in warnings]
        self.record.worker = ", ".join(filter(None, [self.record.worker, worker]))
        self.record.seconds.update(seconds)
        for fmt, secs, message, code in results:
            self.record.seconds[fmt] = round(secs, 3)
            if message is not None and self.record.status != "failed":
                self.record.status, self.record.exit_code, self.record.message = "failed", code, message

    def finish(self) -> Record:
        self.pending = 0
        self.record.seconds["total"] = round(time.perf_counter() - self.started, 3)
        return self.record


def _front_half(source: Path, build_dir: Path, options: Options, record: Record) -> Path | None:
    """The XML for `source`, or None with the reason in its record."""
    try:
        return make_xml(source, build_dir / f"{source.stem}.xml", options).xml
    except PipelineError as exc:
        record.status, record.exit_code, record.message = "failed", exc.exit_code, log.named(source.stem, exc.message)
        return None


def _jobs(group: tuple[str, ...], source: Path, output_dir: Path) -> tuple[tuple[str, Path], ...]:
    return tuple((fmt, output_dir / f"{source.stem}.{fmt}") for fmt in group)
