"""One frozen options object shared by the CLI, the Makefile (through the CLI) and the API."""
from __future__ import annotations

import os
from dataclasses import dataclass

PAPERS = ("A4", "A5", "B5")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3u", "none")
FORMATS = ("pdf", "docx", "epub")
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
FIGURE_VIEWS = ("both", "key", "all", "none")   # --figures: what the appendix shows
STRUCTURES = ("rules", "learned")   # --structure: the heading finder (pipeline/structure/labeller.py)


@dataclass(frozen=True)
class Options:
    # front half
    max_size: int = DEFAULT_MAX_SIZE
    decode_errors: str = "strict"          # "strict" | "replace"
    title: str = ""                        # overrides of what structure inferred
    lang: str = ""
    author: str = ""
    date: str = ""
    corrections: str = ""                  # --corrections FILE; '' = <stem>.pipeline.yaml beside the source, if any
    figures: str = "both"                  # FIGURE_VIEWS: summary + full table, one of them, or no appendix
    structure: str = "rules"               # STRUCTURES: the rules alone, or the learned labeller over them
    # editions
    paper: str = "A4"
    pdf_variant: str = "pdf/ua-1"
    toc_depth: int = 2
    pdf_chunks: str = "auto"               # "auto" | "off" | a number of body chunks (pdf_chunks.py)
    workers: int = 0                       # processes one edition may use; 0: one per core
    style: str = ""                        # a preset name or a style folder; "": report (pipeline/style.py)
    # behaviour
    verify: bool = True
    strict: bool = False                   # --strict: nothing is written once a warning was raised

    @property
    def worker_count(self) -> int:
        return self.workers or available_cores()


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
