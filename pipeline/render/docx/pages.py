"""Where each TOC target lands: lay the DOCX out with LibreOffice headless and read the PDF.

LibreOffice converts a copy of the DOCX (render.docx leaves most rows of a long final
table out of it) to PDF: the build's running office when there is one (office.py), else a
soffice of its own in a temporary folder (its own user profile, a timeout). Word bookmarks
become PDF named destinations (ExportBookmarksToPDFDestination), so each `_Toc…` anchor maps to a page, and
the footer printed on that page ("— 3 —", or "3" alone in a Latin-script text) gives the number
a reader sees. The PDF is thrown away: the shipped DOCX is always the project's own file.

    numbers = locate_pages(docx_bytes, ["_Toc00001", ...])   # None without LibreOffice
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from ...log import debug, warn
from . import office, profile

LOCATION = "render/docx"
SOFFICE_TIMEOUT = 180   # seconds; a seed-size document takes about 2 s
PDF_FILTER = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
FOLIO = re.compile(r"—\s*([0-9]+|[ivxlcdm]+)\s*—")
# a text in a Latin script has the number alone (polish.bare_folios): the footer is the page's
# last line of text (pdfium ends a hyphenated line with U+FFFE before it)
BARE_FOLIO = re.compile(r"(?:^|[\r\n\ufffe])[ \t]*([0-9]+|[ivxlcdm]+)\s*$")


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, timeout: int = SOFFICE_TIMEOUT) -> bytes | None:
    """The DOCX laid out by LibreOffice headless as PDF bytes; None (and a warning) if that fails.
    The build's running office (office.py) does it when there is one; else a soffice of its own."""
    soffice = soffice_path()
    if soffice is None:
        return None
    running = office.current()
    if running is not None:
        started = time.monotonic()
        pdf, why = running.convert(docx, PDF_FILTER, timeout)
        if pdf is not None:
            debug("LibreOffice layout pass (shared office): %.2f s", time.monotonic() - started)
            return pdf
        if why == "timeout":
            warn(f"LibreOffice took longer than {timeout} s; TOC entries have no page numbers", LOCATION)
            return None
        debug("LibreOffice layout pass: the shared office failed (%s); starting one of its own", why)
    return _convert_alone(soffice, docx, timeout)


def _convert_alone(soffice: str, docx: bytes, timeout: int) -> bytes | None:
    """One soffice process of its own, with a fresh private profile, for one conversion: a copy
    of the kept one (profile.py) when there is one; if LibreOffice fails from it, once more
    from an empty profile (and the copy is no longer kept)."""
    with tempfile.TemporaryDirectory(prefix="docx-lo-") as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "edition.docx").write_bytes(docx)
        if profile.seed(tmpdir / "profile", soffice):
            pdf, why = _run_alone(soffice, tmpdir, timeout)
            if pdf is not None or why == "timeout":
                return _warned(pdf, why, timeout)
            debug("LibreOffice failed from the kept profile (%s): again from an empty one", why)
            profile.discard(soffice)
            shutil.rmtree(tmpdir / "profile", ignore_errors=True)
        return _warned(*_run_alone(soffice, tmpdir, timeout), timeout)


def _run_alone(soffice: str, tmpdir: Path, timeout: int) -> tuple[bytes | None, str]:
    """soffice --convert-to on tmpdir/edition.docx with the profile tmpdir/profile: (PDF, "") or
    (None, why)."""
    shutil.rmtree(tmpdir / "out", ignore_errors=True)
    profile.skip_self_tests(tmpdir / "profile", soffice)
    cmd = [soffice, f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}", "--headless",
           "--norestore", "--convert-to", PDF_FILTER, "--outdir", str(tmpdir / "out"), str(tmpdir / "edition.docx")]
    env = {**os.environ, "HOME": str(tmpdir)}
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)   # soffice and the soffice.bin it started
        proc.communicate()
        return None, "timeout"
    debug("LibreOffice layout pass: %.2f s", time.monotonic() - started)
    pdf = tmpdir / "out" / "edition.pdf"
    if proc.returncode != 0 or not pdf.exists():
        return None, err.decode("utf-8", "replace").strip()[-200:]
    return pdf.read_bytes(), ""


def _warned(pdf: bytes | None, why: str, timeout: int) -> bytes | None:
    if pdf is None and why == "timeout":
        warn(f"LibreOffice took longer than {timeout} s; TOC entries have no page numbers", LOCATION)
    elif pdf is None:
        warn(f"LibreOffice could not lay out the DOCX ({why}); TOC entries have no page numbers", LOCATION)
    return pdf


def locate_pages(docx: bytes, anchors: list[str]) -> dict[str, str] | None:
    """Printed page number of each anchor (bookmark name); None when LibreOffice is unavailable."""
    pdf = docx_to_pdf(docx)
    if pdf is None:
        return None
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    # pdfium finds a destination by name and its page directly (pypdf searched every page
    # for every destination: 13 s for a 900-page layout)
    document = pdfium.PdfDocument(pdf)
    try:
        folios: dict[int, str] = {}
        numbers = {}
        for anchor in anchors:
            index = next((i for i in (_page_of(document, pdfium_c, name) for name in _encodings(anchor))
                          if i is not None), None)
            if index is None:
                continue
            if index not in folios:
                textpage = document[index].get_textpage()
                text = textpage.get_text_range()
                found = FOLIO.findall(text) or BARE_FOLIO.findall(text)
                folios[index] = found[-1] if found else str(index + 1)
            numbers[anchor] = folios[index]
    finally:
        document.close()
    missing = [a for a in anchors if a not in numbers]
    if missing:
        warn(f"{len(missing)} TOC entries not found in the LibreOffice layout; they have no page number",
             LOCATION)
    return numbers


def _page_of(document, pdfium_c, name: str) -> int | None:
    dest = pdfium_c.FPDF_GetNamedDestByName(document, name.encode("utf-8"))
    index = pdfium_c.FPDFDest_GetDestPageIndex(document, dest) if dest else -1
    return index if index >= 0 else None


def _encodings(anchor: str) -> tuple[str, ...]:
    return (anchor, anchor.replace("_", "5F"), anchor.replace("_", "%5F"), anchor.replace("_", "#5F"))
