"""Batch conversion on a Dask cluster: one task per document, on whichever worker is free.

    dask scheduler &                               # or a cluster on SSH hosts, Kubernetes, an HPC queue
    dask worker tcp://HOST:8786 --nthreads 1 &     # one per core, in the pipeline's virtualenv
    pipeline build corpus/ --scheduler tcp://HOST:8786 -o /shared/output --build-dir /shared/build

Dask's `distributed` brings what a home-grown pool would have to grow: a scheduler that hands
work to workers on any number of hosts, a dashboard, and recovery from a worker that dies —
its tasks go to another worker, at most `distributed.scheduler.allowed-failures` times (3 by
default) before the task is given up as `KilledWorker`.

A task is one document: its front half, then its editions, in one worker process, reading
and writing paths that every worker sees (the output and build folders on a shared
filesystem). A document that fails for its own reasons (bad input, exit 3) is a result, not
an exception: the task returns its record and the batch goes on. Every file is written
atomically (a temporary file beside it, then a rename), so a killed worker leaves at most a
hidden `.NAME.*.part`; once the document is finished elsewhere, this module removes those.
Workers should run one thread each (`--nthreads 1`): WeasyPrint holds the GIL.
"""
from __future__ import annotations

import os
import socket
import tempfile
import time
from pathlib import Path
from typing import Callable

from . import log
from .errors import ClusterError, PipelineError
from .manifest import Record, output_entry
from .options import Options

CONNECT_TIMEOUT = "20s"


def build_document(source: str, formats: tuple[str, ...], output_dir: str, build_dir: str,
                   options: Options, record: Record) -> Record:
    """The task: front half then editions of one document; never raises for the document's own faults."""
    from . import build

    _worker_scratch()
    _worker_office(formats)
    stem = Path(source).stem
    first = len(log.collected)
    started = time.perf_counter()
    record.worker = _worker_name()
    outputs: list[Path] = []
    try:
        inter = build.make_xml(Path(source), Path(build_dir) / f"{stem}.xml", options)
        outputs.append(inter.xml)
        jobs = tuple((fmt, Path(output_dir) / f"{stem}.{fmt}") for fmt in formats)
        for fmt, seconds in build.render_group(inter.xml, jobs, options):
            record.seconds[fmt] = round(seconds, 3)
            outputs.append(Path(output_dir) / f"{stem}.{fmt}")
        record.status, record.exit_code = "ok", 0
    except PipelineError as exc:
        record.status, record.exit_code, record.message = "failed", exc.exit_code, exc.message
    except Exception as exc:   # a bug: recorded like any failure, so the batch goes on
        record.status, record.exit_code = "failed", 1
        record.message = f"internal error: {type(exc).__name__}: {exc}"
    record.seconds = {**build.stage_seconds.pop(stem, {}), **record.seconds,
                      "total": round(time.perf_counter() - started, 3)}
    record.warnings = [str(w) for w in log.collected[first:]]
    del log.collected[first:]   # a worker lives for many documents
    if record.status == "ok":
        record.outputs = [output_entry(p) for p in outputs]
    return record


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"{socket.gethostname()}:{os.getpid()}"


def _worker_scratch() -> None:
    """Scratch files (LibreOffice's, pandoc's) go to the worker's own Dask folder, which Dask
    removes when the worker stops and purges when a killed worker's host starts a new one."""
    try:
        from distributed import get_worker

        folder = Path(get_worker().local_directory) / "scratch"
        folder.mkdir(exist_ok=True)
        tempfile.tempdir = str(folder)
    except (ImportError, ValueError, OSError):
        pass


def _worker_office(formats: tuple[str, ...]) -> None:
    """A worker lives for many documents: it keeps one LibreOffice for their DOCX page passes
    (pipeline/render/docx/office.py), started before its first document's front half so its
    start-up overlaps it. It is never stopped here: its watchdog stops it (and removes its
    profile) when the worker process ends, however it ends."""
    if "docx" in formats:
        from .render.docx.office import start_shared
        from .render.docx.pages import soffice_path

        start_shared(soffice_path())   # nothing when this worker runs one already


def connect(address: str):
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def run_on_cluster(address: str, todo: list[tuple[str, Record]], formats: tuple[str, ...],
                   output_dir: Path, build_dir: Path, options: Options,
                   on_done: Callable[[Record], bool], set_running: Callable[[int], None]) -> None:
    """Submit one task per document and hand each record to `on_done` as it finishes;
    `on_done` returns False to stop the batch (--fail-fast), which cancels the rest."""
    from distributed import as_completed

    client = connect(address)
    try:
        log.info("dask: scheduler %s, %d worker(s), dashboard %s", address,
                 len(client.scheduler_info().get("workers", {})), client.dashboard_link)
        futures = {}
        for source, record in todo:
            future = client.submit(build_document, source, formats, str(output_dir), str(build_dir), options,
                                   record, key=f"pipeline-{Path(source).stem}-{os.urandom(4).hex()}", pure=False)
            futures[future] = (source, record)
        pending = len(futures)
        set_running(min(pending, _threads(client)))
        for future in as_completed(list(futures), loop=client.loop):
            source, record = futures[future]
            pending -= 1
            if future.status == "finished":
                record = future.result()
            else:   # the task itself was lost: the workers running it died too often (KilledWorker)
                exc = future.exception()
                record.status, record.exit_code = "failed", 1
                record.message = f"the workers building it died ({type(exc).__name__}: {exc})"
            for warning in record.warnings:   # the worker's own stderr is not the user's: say them here
                log.warn(warning)
            stem = Path(source).stem
            _sweep(stem, formats, output_dir, build_dir)
            if not on_done(record):
                for other in futures:
                    other.cancel()
                break
            set_running(min(pending, _threads(client)))
    finally:
        client.close()


def _threads(client) -> int:
    try:
        return sum(client.nthreads().values()) or 1
    except Exception:   # the scheduler is busy or gone: the count is only for the display
        return 1


def _sweep(stem: str, formats: tuple[str, ...], output_dir: Path, build_dir: Path) -> None:
    """Remove what a killed worker left half-written for this document (it is finished now)."""
    from .atomic import remove_stale_parts

    remove_stale_parts(output_dir, tuple(f"{stem}.{fmt}" for fmt in formats))
    remove_stale_parts(build_dir, (f"{stem}.xml", f"{stem}.clean.json"))
    charts = build_dir / f"{stem}.charts"
    if charts.is_dir():
        for path in charts.glob(".*.part"):
            path.unlink(missing_ok=True)
