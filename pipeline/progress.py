"""One progress display for a batch: done / failed / running and the time left.

On a terminal it is one live line (rich) that the log lines and one line per finished
document scroll above (the pool's workers then keep their per-edition lines to themselves:
they would write through the live line); otherwise (a log file, CI, a job scheduler's output)
one plain line per finished document, which greps well:

    [  3/16] ok      a.txt  4.2 s  tcp://127.0.0.1:40211
    [  4/16] failed  b.txt  exit 3: b.txt is empty after cleaning

Documents skipped by --resume count as done. Nothing is shown under -q.
"""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from . import log


# True while a live display owns the terminal; forked workers read it (batch._worker_init).
live_display = False


class BatchProgress:
    def __init__(self, total: int):
        self.total = total
        self.done = self.failed = self.running = 0
        self.started = time.monotonic()
        self.finished_times: list[float] = []
        self.live = None
        self.shown = log.logger.isEnabledFor(logging.INFO) and total > 1   # one document: its own log lines say it

    def __enter__(self) -> "BatchProgress":
        if self.shown and sys.stderr.isatty():
            from rich.console import Console
            from rich.live import Live

            global live_display
            self.live = Live(self._line(), console=Console(stderr=True), refresh_per_second=4, transient=True)
            self.live.start()   # sys.stderr is now rich's proxy, which prints above the live line
            self.streams = [(h, h.setStream(sys.stderr)) for h in log.logger.handlers
                            if isinstance(h, logging.StreamHandler)]
            live_display = True
        return self

    def __exit__(self, *exc) -> None:
        global live_display
        if self.live is not None:
            self.live.stop()
            for handler, stream in self.streams:
                handler.setStream(stream)
            self.live = None
            live_display = False

    def set_running(self, running: int) -> None:
        self.running = running
        self._refresh()

    def finish(self, source: str, status: str, seconds: float = 0.0, detail: str = "", counted: bool = True) -> None:
        """A document is done (ok, skipped) or failed."""
        self.done += 1
        if status == "failed":
            self.failed += 1
        elif status == "ok":
            self.finished_times.append(time.monotonic())
        if self.shown and self.live is None:
            width = len(str(self.total))
            extra = f"  {seconds:.1f} s" if status == "ok" else ""
            log.logger.info("[%*d/%d] %-7s %s%s%s", width, self.done, self.total, status, Path(source).name,
                            extra, f"  {detail}" if detail else "")
        elif self.live is not None:
            extra = f"{seconds:.1f} s" if status == "ok" else detail
            self.live.console.print(f"{status:<7} {Path(source).name}  {extra}", highlight=False, markup=False)
        self._refresh()

    def eta(self) -> float | None:
        """Seconds left, from the pace of the documents built so far (skipped ones cost nothing)."""
        built = len(self.finished_times)
        left = self.total - self.done
        if not built or not left:
            return None if left else 0.0
        pace = (self.finished_times[-1] - self.started) / built
        return pace * left

    def _line(self):
        from rich.text import Text

        eta = self.eta()
        eta_text = "ETA --" if eta is None else f"ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        ok = self.done - self.failed
        return Text(f"batch: {ok} done, {self.failed} failed, {self.running} running, "
                    f"{self.total - self.done - self.running} waiting of {self.total} · {eta_text}")

    def _refresh(self) -> None:
        if self.live is not None:
            self.live.update(self._line())
