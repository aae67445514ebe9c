"""The 1x build's priorities (pipeline/priority.py): with spare cores, one document's DOCX + EPUB
worker and the shared LibreOffice run below the PDF's chain; a batch, -j 1 and a busy machine
lower nothing; the build's own process and its caller keep their priority."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from common import SAMPLE, run_cli
from pipeline import priority
from pipeline.batch import _pdf_leads
from pipeline.options import Options
from pipeline.render.docx.pages import soffice_path

needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")


# ---- the decision ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cores, spare", [
    ("0.42 0.61 0.80 1/312 4567\n", 2, True),    # only the reading process runs
    ("0.42 0.61 0.80 2/312 4567\n", 2, False),   # another process wants a core now
    ("2.10 1.20 0.80 1/312 4567\n", 2, False),   # the last minute kept both cores busy
    ("2.10 1.20 0.80 1/312 4567\n", 4, True),
    ("garbage", 2, False),
])
def test_spare_cores_reads_the_load(text, cores, spare):
    assert priority.spare_cores(cores, text) is spare


@pytest.mark.parametrize("text, nice", [
    ("/autogroup-123 nice 10\n", 10),
    ("/autogroup-7 nice -5\n", -5),
    ("", None),          # a session the kernel left in the root group (a CI runner's): no nice value
    ("garbage\n", None),
])
def test_autogroup_lines_are_read_as_the_kernel_prints_them(text, nice):
    assert priority.parse_autogroup(text) == nice


def test_only_one_documents_pdf_beside_other_editions_leads(monkeypatch):
    monkeypatch.setattr(priority, "spare_cores", lambda cores, loadavg=None: True)
    one, two, opts = [("a", None)], [("a", None), ("b", None)], Options()
    assert _pdf_leads(one, ("pdf", "docx", "epub"), 2, opts, None)
    assert _pdf_leads(one, ("pdf", "epub"), 2, opts, None)
    assert not _pdf_leads(two, ("pdf", "docx", "epub"), 2, opts, None), "a batch"
    assert not _pdf_leads(one, ("pdf", "docx", "epub"), 1, opts, None), "-j 1"
    assert not _pdf_leads(one, ("pdf",), 2, opts, None), "nothing beside the PDF"
    assert not _pdf_leads(one, ("docx", "epub"), 2, opts, None), "no PDF"
    assert not _pdf_leads(one, ("pdf", "docx"), 2, Options(strict=True), None), "--strict: one worker"
    assert not _pdf_leads(one, ("pdf", "docx"), 2, opts, "tcp://host:8786"), "a cluster"
    monkeypatch.setattr(priority, "spare_cores", lambda cores, loadavg=None: False)
    assert not _pdf_leads(one, ("pdf", "docx", "epub"), 2, opts, None), "a busy machine"


# ---- lowering and restoring -------------------------------------------------------------------------

def test_background_self_lowers_a_process_once(tmp_path):
    """In a fork (the pool's workers are forks): lowered by NICE once; the parent is untouched."""
    before = os.getpriority(os.PRIO_PROCESS, 0)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child reports its nice value after one and after two calls
        first = priority.background_self()
        one = os.getpriority(os.PRIO_PROCESS, 0)
        priority.background_self()
        os.write(write, json.dumps([first, one, os.getpriority(os.PRIO_PROCESS, 0)]).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    first, one, two = json.loads(os.read(read, 100))
    os.close(read)
    assert first and one == min(19, before + priority.NICE) and two == one
    assert os.getpriority(os.PRIO_PROCESS, 0) == before


@needs_soffice
@pytest.mark.skipif(not priority.autogroups(), reason="the kernel has no autogroups")
def test_the_office_is_lowered_and_restored_in_its_own_session():
    from pipeline.render.docx.office import Office

    mine = priority.autogroup_nice(os.getpid())
    office = Office(soffice_path())
    try:
        assert office.set_background(True)
        assert priority.autogroup_nice(office.group) == priority.NICE
        assert priority.autogroup_nice(os.getpid()) == mine, "the build's own session is not the office's"
        assert office.wait_ready()
        assert office.set_background(False)
        assert priority.autogroup_nice(office.group) == 0
    finally:
        office.close()


# ---- a build: who runs at which priority ------------------------------------------------------------

@pytest.fixture
def recorded(tmp_path, monkeypatch):
    """Each edition group and the chart drawing write down the priority they ran at (and the
    office's) instead of rendering; the front half and the pool are the real ones."""
    from pipeline import batch, build
    from pipeline.render.docx import office

    log = tmp_path / "priorities.jsonl"

    def note(what):
        current = office.current()
        line = {"what": what, "nice": os.getpriority(os.PRIO_PROCESS, 0), "pid": os.getpid(),
                "office": priority.autogroup_nice(current.group) if current is not None else None}
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")

    def fake_group(xml, jobs, options, overlap=False):
        note("+".join(fmt for fmt, _ in jobs))
        for _fmt, out in jobs:
            Path(out).write_bytes(b"edition")
        return [(fmt, 0.0) for fmt, _ in jobs]

    monkeypatch.setattr(batch, "render_group", fake_group)
    monkeypatch.setattr(build, "draw_charts", lambda xml, doc=None: note("charts") or 0)

    def read() -> dict[str, dict]:
        return {r["what"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines())}

    return read


def _source(folder: Path, name: str = "report.txt", lines: int = 40) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:lines]) + "\n", encoding="utf-8")
    return path


@needs_soffice
@pytest.mark.parametrize("long_pdf", [True, False])
def test_one_document_lowers_the_other_worker_and_the_office(tmp_path, monkeypatch, recorded, long_pdf):
    """The office always; the DOCX + EPUB worker and the charts only when the PDF is laid out in
    chunks (the long chain: render/chunk_size.py); else the two chains are of a length."""
    from pipeline.render import chunk_size

    monkeypatch.setattr(priority, "spare_cores", lambda cores, loadavg=None: True)
    monkeypatch.setattr(chunk_size, "AUTO_MIN_COLUMNS", 1 if long_pdf else 10**9)
    mine, session = os.getpriority(os.PRIO_PROCESS, 0), priority.autogroup_nice(os.getpid())
    src = _source(tmp_path / "in", lines=80)   # two top-level sections: a PDF that can be cut
    assert run_cli("-q", "build", src, "-o", tmp_path / "out", "-j", "2") == 0
    got = recorded()
    assert got["pdf"]["nice"] == mine, "the PDF's chain keeps the caller's priority"
    lowered = min(19, mine + priority.NICE) if long_pdf else mine
    assert got["docx+epub"]["nice"] == got["charts"]["nice"] == lowered
    if priority.autogroups():
        assert got["pdf"]["office"] == priority.NICE, "LibreOffice below the PDF while it is laid out"
    assert os.getpriority(os.PRIO_PROCESS, 0) == mine, "the build's own process is never lowered"
    assert priority.autogroup_nice(os.getpid()) == session


@needs_soffice
@pytest.mark.parametrize("case", ["-j 1", "batch", "busy", "switched off"])
def test_nothing_is_lowered(tmp_path, monkeypatch, recorded, case):
    monkeypatch.setattr(priority, "spare_cores", lambda cores, loadavg=None: case != "busy")
    if case == "switched off":
        monkeypatch.setenv(priority.ENV_SWITCH, "off")
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    sources = [_source(tmp_path / "in")] + ([_source(tmp_path / "in", "other.txt")] if case == "batch" else [])
    jobs = "1" if case == "-j 1" else "2"
    assert run_cli("-q", "build", *sources, "-o", tmp_path / "out", "-j", jobs) == 0
    got = recorded()
    assert {r["nice"] for r in got.values()} == {mine}, got
    assert {r["office"] for r in got.values()} <= {0, None}, got
    for src in sources:   # the editions were handed out and recorded: the build went through
        assert (tmp_path / "out" / f"{src.stem}.pdf").read_bytes() == b"edition"


def test_the_office_reads_a_process_session_as_the_kernel_has_it():
    """set_background waits until `setsid` has made the office a session of its own (its autogroup)."""
    from pipeline.render.docx.office import _session

    assert _session(os.getpid()) == os.getsid(0)
    assert _session(1) == os.getsid(1)
