"""One frozen options object shared by the CLI, the Makefile (through the CLI) and the API."""
from __future__ import annotations

from dataclasses import dataclass

PAPERS = ("A4", "A5", "B5")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3u", "none")
FORMATS = ("pdf", "docx", "epub")
DEFAULT_MAX_SIZE = 10 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    # front half
    max_size: int = DEFAULT_MAX_SIZE
    decode_errors: str = "strict"          # "strict" | "replace"
    title: str = ""                        # overrides of what structure inferred
    lang: str = ""
    author: str = ""
    date: str = ""
    # editions
    paper: str = "A4"
    pdf_variant: str = "pdf/ua-1"
    toc_depth: int = 2
    pdf_chunks: str = "auto"               # "auto" | "off" | a number of body chunks (pdf_chunks.py)
    workers: int = 0                       # processes one edition may use; 0: one per core
    # behaviour
    verify: bool = True
