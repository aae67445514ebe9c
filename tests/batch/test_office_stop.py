"""One document's build stops the shared LibreOffice as soon as its DOCX is done, while the PDF
may still be laid out, not after the PDF (pipeline/batch.py; bench/results.md, "speed2"); a
batch keeps it for its later documents."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from common import SAMPLE, run_cli
from pipeline.render.docx.pages import soffice_path

needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")
WAIT = 10.0   # how long the PDF waits to see the office gone (the build stops it in milliseconds)


@pytest.fixture
def office_seen(tmp_path, monkeypatch):
    """Each edition group writes down whether the build's office was still running; the PDF's
    group first waits (up to WAIT) for it to stop if the test asks (a file `wait`)."""
    from pipeline import batch, build
    from pipeline.render.docx import office

    log = tmp_path / "office.jsonl"

    def fake_group(xml, jobs, options, overlap=False):
        current = office.current()
        formats = [fmt for fmt, _ in jobs]
        alive = current is not None and office._group_alive(current.group)
        if "pdf" in formats and current is not None and (tmp_path / "wait").exists():
            deadline = time.monotonic() + WAIT
            while office._group_alive(current.group) and time.monotonic() < deadline:
                time.sleep(0.01)
            alive = office._group_alive(current.group)
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"what": "+".join(formats), "office": current is not None, "alive": alive}) + "\n")
        for _fmt, out in jobs:
            Path(out).write_bytes(b"edition")
        return [(fmt, 0.0) for fmt in formats]

    monkeypatch.setattr(batch, "render_group", fake_group)
    monkeypatch.setattr(build, "draw_charts", lambda xml, doc=None: 0)
    return lambda: {r["what"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines())}


def _source(folder: Path, name: str = "report.txt") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:40]) + "\n", encoding="utf-8")
    return path


@needs_soffice
def test_one_document_stops_the_office_once_its_docx_is_done(tmp_path, office_seen):
    src = _source(tmp_path / "in")
    (tmp_path / "wait").touch()
    started = time.monotonic()
    assert run_cli("-q", "build", src, "-o", tmp_path / "out", "-j", "2") == 0
    got = office_seen()
    assert got["docx+epub"]["office"] and got["docx+epub"]["alive"], "the DOCX had the office"
    assert got["pdf"]["office"] and not got["pdf"]["alive"], "the office outlived the DOCX"
    assert time.monotonic() - started < WAIT


@needs_soffice
def test_a_batch_keeps_the_office_for_its_later_documents(tmp_path, office_seen):
    sources = [_source(tmp_path / "in"), _source(tmp_path / "in", "other.txt")]
    assert run_cli("-q", "build", *sources, "-o", tmp_path / "out", "-j", "1") == 0
    log = (tmp_path / "office.jsonl").read_text(encoding="utf-8").splitlines()
    docx = [json.loads(line) for line in log if "docx" in json.loads(line)["what"]]
    assert len(docx) == 2 and all(r["office"] and r["alive"] for r in docx)
