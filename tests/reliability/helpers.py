"""Shared by the reliability tests: the CLI in-process and as a process, a recording loopback
server, a scratch copy of the repository for `make`, and looking inside editions.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import zipfile
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

from common import MAKE_INPUTS, REPO, SAMPLE
PY = REPO / ".venv" / "bin" / "python"
FORMATS = ("pdf", "docx", "epub")


def run_cli(*args) -> int:
    from pipeline.cli import main

    return main([str(a) for a in args])


def pipeline_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "pipeline", *map(str, args)]


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("SOURCE_DATE_EPOCH", "1262304000")
    e["PYTHONPATH"] = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH", ""), str(REPO)) if p)
    e.update(extra)
    return e


# ---- a loopback server that records every request ------------------------------------------

class Recorder(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self):
        self.requests: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def port(self) -> int:
        return self.server_address[1]


class _Handler(BaseHTTPRequestHandler):
    timeout = 5

    def _answer(self):
        self.server.requests.append(f"{self.command} {self.path}")
        body = b"/* served */ body::before { content: 'FETCHED-FROM-SERVER'; }"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args):  # quiet
        pass


@contextmanager
def loopback_server() -> Iterator[Recorder]:
    server = Recorder()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# ---- what an edition contains ---------------------------------------------------------------

def edition_blobs(path: Path) -> Iterator[tuple[str, bytes]]:
    """Every byte string an edition holds: the file, each zip member, each decompressed PDF stream,
    and the PDF's extracted text (UTF-8)."""
    data = path.read_bytes()
    yield path.name, data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                member = z.read(name)
                yield f"{path.name}:{name}", member
                if zipfile.is_zipfile(_bytes_io(member)):
                    with zipfile.ZipFile(_bytes_io(member)) as inner:
                        for n in inner.namelist():
                            yield f"{path.name}:{name}:{n}", inner.read(n)
    elif data.startswith(b"%PDF"):
        import pikepdf
        from pypdf import PdfReader

        with pikepdf.open(path) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    try:
                        yield f"{path.name}:stream {obj.objgen}", obj.read_bytes()
                    except pikepdf.PdfError:
                        yield f"{path.name}:raw stream {obj.objgen}", obj.read_raw_bytes()
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        yield f"{path.name}:text", text.encode("utf-8")


def _bytes_io(data: bytes):
    import io

    return io.BytesIO(data)


def find_in_edition(path: Path, needles: list[bytes]) -> list[str]:
    """Where any of `needles` (also as UTF-16) occurs inside the edition."""
    forms = [n for needle in needles for n in (needle, needle.decode().encode("utf-16-be"),
                                               needle.decode().encode("utf-16-le"))]
    return [where for where, blob in edition_blobs(path) for n in forms if n in blob]


def valid_editions(out: Path, stem: str) -> None:
    """Each edition opens: PDF with pypdf, DOCX and EPUB as zips with their main parts."""
    from pypdf import PdfReader

    assert len(PdfReader(out / f"{stem}.pdf").pages) >= 1
    with zipfile.ZipFile(out / f"{stem}.docx") as z:
        assert z.testzip() is None and "word/document.xml" in z.namelist()
    with zipfile.ZipFile(out / f"{stem}.epub") as z:
        assert z.testzip() is None and z.read("mimetype") == b"application/epub+zip"


# ---- a scratch working copy for make ---------------------------------------------------------

LINKED = MAKE_INPUTS + (".venv", "tests")


def make_workdir(root: Path) -> Path:
    """A folder where `make` runs with the repository's code but its own build/ and output/."""
    root.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        if (REPO / name).exists():
            (root / name).symlink_to(REPO / name)
    return root


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 600)
    kw.setdefault("env", env())
    return subprocess.run(cmd, **kw)
