"""The only door WeasyPrint has to the outside: styles and the document's own charts.

A request is served when it is a file: URL naming a file under `styles_dir()` or
one of the chart files the XML's imagedata elements name (under `doc.base`).
Everything else — http(s), data:, file: URLs elsewhere, anything the text names —
is refused with a warning and never opened. `requests` records every attempt.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from ...chart_cache import is_pending
from ...docbook.read import NS
from .charts import ChartPlaceholders
from ...log import warn
from ...resources import styles_dir

_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png",
          ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def chart_files(doc) -> set[Path]:
    """Resolved paths of the files the XML's imagedata name, kept only inside doc.base (a chart
    drawn on demand counts: its placeholder needs only its size, pdf/charts.py)."""
    base = Path(doc.base).resolve()
    allowed = set()
    for ref in doc.root.xpath("//db:imagedata/@fileref", namespaces=NS):
        path = (base / unquote(str(ref))).resolve()
        if path.is_relative_to(base) and (path.is_file() or is_pending(path)):
            allowed.add(path)
        elif str(ref) not in getattr(doc, "missing", ()):   # those were reported when the XML was read
            warn(f"PDF: chart {ref!r} is missing or outside {base}; not used", "render/pdf")
    return allowed


class SafeFetcher(URLFetcher):
    """A URLFetcher that reads allowed local files itself and refuses everything else."""

    def __init__(self, allowed_files: set[Path], allowed_dirs: tuple[Path, ...] = ()):
        super().__init__(fail_on_errors=False)
        self.allowed_files = {Path(p).resolve() for p in allowed_files}
        self.allowed_dirs = tuple(Path(d).resolve() for d in (allowed_dirs or (styles_dir(),)))
        self.requests: list[tuple[str, bool]] = []
        self.charts = ChartPlaceholders(self.allowed_files)   # chart PDFs: placeholders, swapped in later

    def _path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path)).resolve()
        if path in self.allowed_files or any(path.is_relative_to(d) for d in self.allowed_dirs):
            return path if path.is_file() else None
        return None

    def _placeholder(self, url: str) -> tuple[bytes, str] | None:
        """What a chart PDF's URL gets instead of the file (pdf/charts.py), and its marker image."""
        png = self.charts.marker_image(url)
        if png is not None:
            return png, "image/png"
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path))
        svg = self.charts.placeholder(path) if path.suffix.lower() == ".pdf" else None
        if svg == b"":
            raise ValueError(f"unreadable chart: {url[:120]}")   # warned; WeasyPrint leaves the image out
        return (svg, "image/svg+xml") if svg is not None else None

    def fetch(self, url, headers=None):
        served = self._placeholder(url) if self.charts.pdfs else None
        if served is not None:
            self.requests.append((url, True))
            return URLFetcherResponse(url, served[0], {"Content-Type": served[1]})
        path = self._path(url)
        self.requests.append((url, path is not None))
        if path is None:
            warn(f"PDF: refused to fetch {url[:120]!r} (only styles and the document's "
                 "charts are read)", "render/pdf")
            raise ValueError(f"refused: {url[:120]}")
        mime = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
        return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                  {"Content-Type": mime or "application/octet-stream"})
