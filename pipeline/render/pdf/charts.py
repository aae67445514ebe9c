"""Charts in the PDF edition: matplotlib's own PDF of each chart, embedded as a form XObject.

    charts = ChartPlaceholders(chart_files(doc))      # SafeFetcher makes one of these
    charts.embed(pdf)                                 # pikepdf.Pdf, after WeasyPrint wrote it

WeasyPrint drawing a chart's SVG costs ~0.13 s of CPU a chart (its SVG renderer walks
every glyph outline in Python) and writes the same paths matplotlib had already written
as a PDF. So WeasyPrint never sees the chart: for `<stem>.charts/figN.pdf` the fetcher
serves a placeholder SVG of the PDF page's size (so layout, pages and the Figure
structure element with its alt text are what the SVG gave), holding one 2x1-pixel image
whose pixels say which chart it stands for. After writing, `embed` swaps each placeholder
image XObject for the chart's page as a Form XObject whose /Matrix maps the page onto the
image's unit square: the content stream, its marked content (the Figure tag) and every
page are left as they are. An XML without PDF charts keeps the SVG path (appendix.py).
The placeholder's size comes from the charts folder's index (the chart's bars fix it), so a
chart the XML step left undrawn is laid out all the same, and drawn (or waited for, while
`pipeline build`'s free core draws it) only when `embed` needs its page (issue 16).
"""
from __future__ import annotations

import io
import re
import struct
from decimal import Decimal
import zlib
from pathlib import Path

import pikepdf
from pikepdf import Array, Name

from ...chart_cache import chart_size, draw_pending
from ...log import warn

# The inner image's URL: fixed, not beside the chart, because WeasyPrint names an image
# XObject after the hash of its URL, and the folder must not change the PDF's bytes
MARKER_URL = re.compile(r"file:///pipeline-chart-placeholder/([0-9]{1,6})\.png")
MAGIC = b"PLH"                      # first pixel of a placeholder; the second is the chart's number


def _png(pixels: bytes, width: int) -> bytes:
    """An 8-bit RGB PNG, one row of `width` pixels (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" + pixels))
            + chunk(b"IEND", b""))


def _marker(number: int) -> bytes:
    return MAGIC + number.to_bytes(3, "big")


class ChartPlaceholders:
    """The chart PDFs a document may show, numbered; their placeholders; the swap."""

    def __init__(self, files):
        self.pdfs = sorted(Path(p).resolve() for p in files if Path(p).suffix.lower() == ".pdf")
        self._sizes: dict[Path, tuple[float, float, float, float]] = {}
        self._sources: list[pikepdf.Pdf] = []

    def _box(self, path: Path) -> tuple[float, float, float, float]:
        """The chart's page: from its folder's index (known before it is drawn), else from the PDF."""
        if path not in self._sizes:
            size = chart_size(path)
            if size is not None:
                self._sizes[path] = (0.0, 0.0, *size)
            else:
                with pikepdf.open(path) as pdf:
                    self._sizes[path] = tuple(float(v) for v in pdf.pages[0].mediabox)
        return self._sizes[path]

    def placeholder(self, path: Path) -> bytes | None:
        """The SVG WeasyPrint lays out for the chart PDF `path` (None: not one of ours; b"": ours,
        but not a PDF that can be read, said once)."""
        path = Path(path).resolve()
        if path not in self.pdfs:
            return None
        try:
            x0, y0, x1, y1 = self._box(path)
        except (pikepdf.PdfError, OSError, IndexError, ValueError):
            warn(f"PDF: chart {path.name!r} is not a readable PDF; left out (its caption stays)", "render/pdf")
            return b""
        w, h = x1 - x0, y1 - y0
        return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                f'width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}">'
                f'<image width="{w}" height="{h}" preserveAspectRatio="none" '
                f'xlink:href="file:///pipeline-chart-placeholder/{self.pdfs.index(path)}.png"/></svg>'
                ).encode("utf-8")

    def marker_image(self, url: str) -> bytes | None:
        """The 2x1 PNG a placeholder SVG's image URL asks for (None: not one of ours)."""
        match = MARKER_URL.fullmatch(url)
        number = int(match.group(1)) if match else len(self.pdfs)
        return _png(_marker(number), 2) if number < len(self.pdfs) else None

    def _number(self, obj) -> int | None:
        if obj.get("/Subtype") != Name.Image or obj.get("/Width") != 2 or obj.get("/Height") != 1:
            return None
        try:
            data = obj.read_bytes()
        except pikepdf.PdfError:
            return None
        if len(data) != 6 or data[:3] != MAGIC:
            return None
        number = int.from_bytes(data[3:], "big")
        return number if number < len(self.pdfs) else None

    def embed(self, pdf: pikepdf.Pdf) -> int:
        """Swap every placeholder image in `pdf` for its chart; returns how many were swapped."""
        if not self.pdfs:
            return 0
        draw_pending(self.pdfs)   # charts the XML step left undrawn; waits for a worker drawing them
        forms: dict[int, pikepdf.Object] = {}
        swapped, seen = 0, set()
        stack = [page.obj for page in pdf.pages]
        while stack:
            holder = stack.pop()
            resources = holder.get("/Resources")
            xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
            if not isinstance(xobjects, pikepdf.Dictionary):
                continue
            if xobjects.is_indirect:
                if xobjects.objgen in seen:
                    continue
                seen.add(xobjects.objgen)
            # sorted: pikepdf's keys() is a set, in the order of str hashes (random per
            # process); the first placeholder met copies its chart, and the copies' object
            # numbers fix where the chunked save's object streams put them (issue 16)
            for name in sorted(xobjects.keys()):
                obj = xobjects[name]
                if obj.get("/Subtype") == Name.Form:
                    stack.append(obj)
                    continue
                number = self._number(obj)
                if number is None:
                    if obj.get("/Subtype") == Name.Image and obj.get("/Width") == 2 and obj.get("/Height") == 1:
                        warn(f"PDF: a chart placeholder ({name}) was written in a form this pipeline does not "
                             "recognise; the chart is missing from the PDF", "render/pdf")
                    continue
                if number not in forms:
                    forms[number] = self._form(pdf, number)
                xobjects[name] = forms[number]
                swapped += 1
        return swapped

    def _form(self, pdf: pikepdf.Pdf, number: int) -> pikepdf.Object:
        # qpdf copies a foreign stream's data when `pdf` is saved: the source stays open till then
        src = pikepdf.open(io.BytesIO(self.pdfs[number].read_bytes()))
        self._sources.append(src)
        form = pdf.copy_foreign(src.pages[0].as_form_xobject())
        x0, y0, x1, y1 = (Decimal(str(v)) for v in form.BBox)
        w, h = x1 - x0, y1 - y0
        # page -> the image's unit square, to 12 digits: a float would be written with 6, and
        # 1/453.6 to 6 digits moves a chart's right edge by 0.2 px at 150 dpi
        form.Matrix = Array([_digits(1 / w), 0, 0, _digits(1 / h), _digits(-x0 / w), _digits(-y0 / h)])
        return form


def _digits(value: Decimal) -> Decimal:
    return value.quantize(Decimal("1e-12")).normalize() if value else Decimal(0)
