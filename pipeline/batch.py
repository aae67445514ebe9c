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
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from . import log
from .atomic import remove_pending
from .build import check_writable, make_xml, render_group
from .errors import BatchError, PipelineError, UsageError
from .options import Options, available_cores

# Which editions share a worker: the PDF alone (it dominates), the pandoc editions together.
GROUPS: tuple[tuple[str, ...], ...] = (("pdf",), ("docx", "epub"))


def _groups(formats: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = [tuple(f for f in group if f in formats) for group in GROUPS]
    return [g for g in out if g]


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, and turn SIGTERM into a clean exit
    (so an atomic write in progress removes its temporary file)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_sigterm)


def _worker_sigterm(signum, frame):
    """Stop at once, leaving no temporary file behind (raising here could land in a
    garbage-collector callback, where Python ignores it)."""
    remove_pending()
    os._exit(143)


def _prepare(formats: tuple[str, ...]) -> None:
    """Run in a worker while the parent builds the XML: import the renderers and the verifier."""
    from .render import renderer
    from . import verify  # noqa: F401

    for fmt in formats:
        renderer(fmt)


def _work(xml: Path, jobs: tuple[tuple[str, Path], ...], options: Options):
    """Run in a worker: never let an exception cross the process boundary unpickled.
    Returns the per-edition results and the warnings this call raised (already printed)."""
    first = len(log.collected)
    try:
        results = [(fmt, seconds, None, 0) for fmt, seconds in render_group(xml, jobs, options)]
    except PipelineError as exc:
        results = [(jobs[0][0], 0.0, log.named(xml.stem, exc.message), exc.exit_code)]
    return results, log.collected[first:]


def build_all(sources: list[Path], formats: tuple[str, ...], output_dir: Path, build_dir: Path,
              jobs: int | None, options: Options) -> None:
    stems = [s.stem for s in sources]
    twice = sorted({s for s in stems if stems.count(s) > 1})
    if twice:
        raise UsageError(f"two inputs share the name {twice[0]!r}: their editions would overwrite each other")
    check_writable(output_dir)
    check_writable(build_dir)
    jobs = jobs or available_cores()
    # One document may spread its PDF over the cores; many already fill them one each.
    options = dataclasses.replace(options, workers=jobs if len(sources) == 1 else 1)

    failures: list[PipelineError] = []
    groups = _groups(formats)
    if options.strict:   # one worker per document, so a warning stops its later editions (build.refuse_if_warned)
        groups = [tuple(f for g in groups for f in g)]
    total = len(sources) * sum(len(g) for g in groups)
    if jobs == 1 or len(sources) * len(groups) <= 1:
        with _progress(total) as advance:
            for source in sources:
                xml = _front_half(source, build_dir, options, failures, len(sources))
                for group in groups if xml else ():
                    results, _warnings = _work(xml, _jobs(group, source, output_dir), options)
                    _collect(results, advance, failures, len(sources))   # warnings already collected here
    else:
        # The pool forks on the first submit: before the progress bar starts its thread
        # and before the front half, so the workers load their libraries meanwhile.
        ctx = multiprocessing.get_context("fork")
        workers = min(jobs, len(sources) * len(groups))
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)
        try:
            for _ in range(workers):
                pool.submit(_prepare, formats)
            futures = []
            with _progress(total) as advance:
                for source in sources:
                    xml = _front_half(source, build_dir, options, failures, len(sources))
                    for group in groups if xml else ():
                        futures.append(pool.submit(_work, xml, _jobs(group, source, output_dir), options))
                for future in as_completed(futures):
                    results, warnings = future.result()
                    log.collected.extend(warnings)   # so --strict sees the workers' warnings too
                    _collect(results, advance, failures, len(sources))
        except BaseException:   # Ctrl-C for in-process callers (the CLI stops at the signal), or an error
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    if failures:
        if len(sources) == 1 and len(failures) == 1:
            raise failures[0]
        raise BatchError(f"{len(failures)} build(s) failed, each reported above", failures[0].exit_code)


def _front_half(source: Path, build_dir: Path, options: Options, failures: list,
                n_sources: int) -> Path | None:
    """The XML for `source`, or None after reporting why not (a single input raises)."""
    try:
        return make_xml(source, build_dir / f"{source.stem}.xml", options).xml
    except PipelineError as exc:
        if n_sources == 1:
            raise
        log.logger.error("error: %s", log.named(source.stem, exc.message))
        failures.append(exc)
        return None


def _jobs(group: tuple[str, ...], source: Path, output_dir: Path) -> tuple[tuple[str, Path], ...]:
    return tuple((fmt, output_dir / f"{source.stem}.{fmt}") for fmt in group)


def _collect(results, advance, failures: list, n_sources: int) -> None:
    for fmt, _seconds, message, code in results:
        if message is not None:
            err = BatchError(message, code)
            if n_sources > 1:
                log.logger.error("error: %s", message)
            failures.append(err)
        advance()


class _progress:
    """A progress bar on a terminal; nothing extra otherwise (the per-edition log lines suffice)."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if sys.stderr.isatty() and log.logger.isEnabledFor(20) and self.total > 1:
            from rich.console import Console
            from rich.progress import Progress

            # On stderr with the log lines (which clear the bar's line first, log.stderr_handler).
            self.bar = Progress(transient=True, console=Console(file=sys.stderr))
            self.bar.start()
            self.task = self.bar.add_task("editions", total=self.total)
            return lambda: self.bar.advance(self.task)
        return lambda: None

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
