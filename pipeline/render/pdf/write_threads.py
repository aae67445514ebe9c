"""WeasyPrint's PDF writing with its C-library work on every core: font subsets and compression.

    write_in_threads()        # once, before Document.write_pdf; False: WeasyPrint left as it is

Why: the last 0.2 CPU-s of the sample's PDF, after the pages are drawn, are three HarfBuzz
subsets of the Noto CJK faces (0.035-0.04 CPU-s each) and zlib at level 9 on 31 streams (0.09
CPU-s, half of it the three subset fonts), all one after the other in one thread, at the end of
the build's longest chain, while the other core has often nothing left to do (bench/results.md,
"The PDF's last steps in threads"). HarfBuzz (through cffi) and zlib let go of Python's lock
while they work, so threads run them side by side:
  - fonts: `build_fonts_dictionary` cleans (subsets) each font file in turn; here the same
    fonts, each with the glyphs WeasyPrint would give it, are cleaned first, one per thread;
    WeasyPrint's own pass then finds them done. Each font is its own HarfBuzz face, and
    nothing else reads it meanwhile.
  - streams: `PDF.write` asks each object for its bytes in order; here every compressed stream
    starts making its bytes in a thread before the writing starts, and the writing takes them
    when it reaches that stream (the main thread serialises the other objects meanwhile).
Each thread runs WeasyPrint's and pydyf's own code on objects nothing changes any more, so the
file has the same bytes (tests/render/test_pdf_write_threads.py). Threads only for cores nothing
else wants at that moment (`_threads`); one core, or none idle: nothing changes.
For WeasyPrint 70.0 (`build_fonts_dictionary` picks the fonts as `_fonts_to_clean` does) and
pydyf 0.13.0 (`Stream.data`, `PDF.write`).
"""
from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ...options import available_cores

WEASYPRINT = "70.0"
PYDYF = "0.13.0"
_READY = "_pipeline_ready"   # a stream's bytes, being made in a thread
_original: dict = {}


def _threads(loadavg: str | None = None) -> int:
    """How many threads to use: this one plus one per core nothing else is waiting for now
    (/proc/loadavg's running tasks, this one included). In a build whose other chain still runs,
    or on a busy machine, none: a thread would only take its core from work that wants it (a
    one-document build with threads always: 1.02x the wall, the other chain ending last)."""
    cores = available_cores()
    if cores < 2:
        return 1
    try:
        running = int((loadavg or Path("/proc/loadavg").read_text()).split()[3].split("/")[0])
    except (OSError, IndexError, ValueError):
        return 1
    return max(1, min(cores, 1 + cores - running))


def _fonts_to_clean(fonts: dict, subset: bool) -> Iterator[tuple[object, dict]]:
    """(font, its glyphs) for each font file, as WeasyPrint 70.0's build_fonts_dictionary picks
    them: the first font of each file hash, not a bitmap one, with the glyphs of every font of
    that file (none when not subsetting, or when a form uses the font)."""
    by_file: dict[str, list] = {}
    for font in fonts.values():
        by_file.setdefault(font.hash, []).append(font)
    for file_fonts in by_file.values():
        font = file_fonts[0]
        if font.bitmap:
            continue
        to_unicode: dict = {}
        if subset and not font.used_in_forms:
            for file_font in file_fonts:
                to_unicode = {**to_unicode, **file_font.to_unicode}
        yield font, to_unicode


def _cleaned(to_unicode, hinting) -> None:
    """A font's `clean` once a thread has cleaned it."""


def _build_fonts_dictionary(pdf, fonts, compress, subset, options):
    jobs = list(_fonts_to_clean(fonts, subset))
    threads = min(len(jobs), _threads())
    if threads > 1:
        with ThreadPoolExecutor(threads) as pool:
            done = [pool.submit(font.clean, to_unicode, options["hinting"]) for font, to_unicode in jobs]
        for (font, _), future in zip(jobs, done):
            future.result()   # a failure raises here, as WeasyPrint's own pass would raise it
            font.clean = _cleaned
    try:
        return _original["build_fonts_dictionary"](pdf, fonts, compress, subset, options)
    finally:
        for font, _ in jobs:
            font.__dict__.pop("clean", None)


def _stream_data(stream) -> bytes:
    ready: Future | None = stream.__dict__.pop(_READY, None)
    return ready.result() if ready is not None else _original["data"](stream)


def _write(pdf, *args, **kwargs):
    import pydyf

    streams = [o for o in pdf.objects if isinstance(o, pydyf.Stream) and o.compress]
    threads = _threads()
    if threads < 2 or len(streams) < 2:
        return _original["write"](pdf, *args, **kwargs)
    with ThreadPoolExecutor(threads) as pool:
        for stream in streams:   # in the order the writing reads them
            stream.__dict__[_READY] = pool.submit(_original["data"], stream)
        try:
            return _original["write"](pdf, *args, **kwargs)
        finally:
            for stream in streams:
                stream.__dict__.pop(_READY, None)


def write_in_threads() -> bool:
    """Install the two changes above (once); False, and both libraries left as they are, for
    other versions of them."""
    import pydyf
    import weasyprint
    from weasyprint import pdf as weasy_pdf

    if weasyprint.__version__ != WEASYPRINT or getattr(pydyf, "__version__", None) != PYDYF:
        return False
    if weasy_pdf.build_fonts_dictionary is _build_fonts_dictionary:
        return True
    _original["build_fonts_dictionary"] = weasy_pdf.build_fonts_dictionary
    _original["data"] = pydyf.Stream.data.fget
    _original["write"] = pydyf.PDF.write
    weasy_pdf.build_fonts_dictionary = _build_fonts_dictionary
    pydyf.Stream.data = property(_stream_data)
    pydyf.PDF.write = _write
    return True
