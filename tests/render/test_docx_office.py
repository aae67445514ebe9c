"""The LibreOffice the DOCX page passes share (pipeline/render/docx/office.py): it starts,
serves every pass of a build with the same numbers a LibreOffice of its own finds, never
meets another build's office, and is stopped however the build ends."""
from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from common import REPO, run_cli
from pipeline.build import load_intermediate
from pipeline.options import Options
from pipeline.render import render
from pipeline.render.docx import office as office_module
from pipeline.render.docx import render_docx
from pipeline.render.docx.office import Office, current, shared_office, start_shared
from pipeline.render.docx.pages import PDF_FILTER, locate_pages, soffice_path

needs_soffice = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")


# ---- without LibreOffice running ----------------------------------------------------------------

def test_the_single_instance_pipe_name_is_libreoffices():
    """Observed: LibreOffice 7.4 with this profile made /tmp/OSL_PIPE_0_SingleOfficeIPC_<this>."""
    assert office_module._ipc_hash("file:///tmp/dp/fw/profile") == "cd464415421a6d9db5c127790e189c2"


def test_nothing_starts_without_soffice_or_when_switched_off(monkeypatch):
    assert start_shared(None) is None and current() is None
    monkeypatch.setenv("PIPELINE_OFFICE", "per-pass")
    assert start_shared("/usr/bin/soffice") is None and current() is None


# ---- with LibreOffice -----------------------------------------------------------------------------

def _anchors(docx: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return sorted(set(re.findall(r'w:name="(_Toc\d+)"', xml)))


def _group(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            found.append(int(pid))
    return found


def _assert_stopped(office: Office, within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and (_group(office.group) or office.root.exists()):
        time.sleep(0.1)
    assert not _group(office.group), "LibreOffice still runs"
    assert not office.root.exists(), "its profile folder is left behind"
    assert not office._pipe(office.accept).exists(), "its pipe is left behind"


@pytest.fixture(scope="module")
def sample_docx(sample_build) -> bytes:
    return sample_build["docx"].read_bytes()


@pytest.fixture(scope="module")
def alone(sample_docx) -> dict[str, str]:
    """The pages LibreOffice of its own finds (no office running: the old page pass)."""
    assert current() is None
    numbers = locate_pages(sample_docx, _anchors(sample_docx))
    assert numbers and len(set(numbers.values())) > 5
    return numbers


@pytest.mark.slow
@needs_soffice
def test_one_office_serves_every_pass_with_the_same_numbers(sample_docx, alone):
    anchors = _anchors(sample_docx)
    with shared_office(soffice_path()) as office:
        assert office is not None and current() is office
        assert start_shared(soffice_path()) is None, "a second start reuses the running office"
        assert office.wait_ready()
        processes = _group(office.group)
        for _ in range(2):
            before = office.cpu_seconds()
            assert locate_pages(sample_docx, anchors) == alone
            assert office.cpu_seconds() > before + 0.1, "the layout ran inside the office"
        with ThreadPoolExecutor(3) as pool:   # passes at once are queued by the office
            assert list(pool.map(lambda _: locate_pages(sample_docx, anchors), range(3))) == [alone] * 3
        assert _group(office.group) == processes, "the same LibreOffice processes throughout"
    assert current() is None
    _assert_stopped(office)


@pytest.mark.slow
@needs_soffice
def test_stopped_when_the_block_raises():
    with pytest.raises(KeyboardInterrupt):
        with shared_office(soffice_path()) as office:
            assert office.wait_ready()
            raise KeyboardInterrupt
    assert current() is None
    _assert_stopped(office)


@pytest.mark.slow
@needs_soffice
def test_stopped_when_the_build_fails(tmp_path, monkeypatch):
    started: list[Office] = []
    real_init = Office.__init__

    def recording_init(self, soffice):
        real_init(self, soffice)
        started.append(self)

    monkeypatch.setattr(Office, "__init__", recording_init)
    for k in (1, 2):   # a batch: its office starts before the first front half
        (tmp_path / f"empty{k}.txt").write_text("\n\n", encoding="utf-8")
    assert run_cli("build", tmp_path / "empty1.txt", tmp_path / "empty2.txt", "-o", tmp_path / "out",
                   "-j", "2") == 3   # empty after cleaning
    assert len(started) == 1, "the build started its office before the front half"
    _assert_stopped(started[0])


@pytest.mark.slow
@needs_soffice
def test_stopped_when_its_owner_is_killed(tmp_path):
    """SIGKILL leaves no handler to run: the watchdog sees the pipe close and stops the office."""
    script = ("import sys, time\n"
              "from pipeline.render.docx.office import start_shared\n"
              "from pipeline.render.docx.pages import soffice_path\n"
              "o = start_shared(soffice_path()); assert o.wait_ready()\n"
              "print(o.group, o.root, o.accept, flush=True); time.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        group, root, accept = proc.stdout.readline().split()
        assert _group(int(group)), "the office runs"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    office = Office.__new__(Office)
    office.group, office.root, office.accept = int(group), Path(root), accept
    _assert_stopped(office)


@pytest.mark.slow
@needs_soffice
def test_an_office_that_does_not_start_leaves_the_pass_to_a_libreoffice_of_its_own(tmp_path, sample_docx,
                                                                                    alone):
    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    with shared_office(str(broken)) as office:
        started = time.monotonic()
        assert locate_pages(sample_docx, _anchors(sample_docx)) == alone
        assert time.monotonic() - started < 30, "no waiting for an office that has died"
    _assert_stopped(office)


@pytest.mark.slow
@needs_soffice
def test_a_pass_that_times_out_stops_the_office(sample_docx, alone):
    with shared_office(soffice_path()) as office:
        assert office.wait_ready()
        assert office.convert(sample_docx, PDF_FILTER, timeout=0.05) == (None, "timeout")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _group(office.group):
            time.sleep(0.1)
        assert not _group(office.group), "a stuck office is stopped"
        assert locate_pages(sample_docx, _anchors(sample_docx)) == alone   # later passes: their own
    _assert_stopped(office)


@pytest.mark.slow
@needs_soffice
def test_concurrent_builds_do_not_collide(tmp_path, sample_docx):
    """Two batch builds at once, each with its own office (private profile and pipes): every
    page pass runs in its build's office, and every DOCX has the sample's document.xml (TOC numbers)."""
    for k in (1, 2):
        (tmp_path / f"hexi-2010-{k}.txt").write_bytes((REPO / "examples" / "hexi-2010.txt").read_bytes())
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "-v", "build", str(tmp_path / "hexi-2010-1.txt"),
                               str(tmp_path / "hexi-2010-2.txt"), "--to", "docx", "-j", "1",
                               "-o", str(tmp_path / f"out{b}")],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for b in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert err.count("LibreOffice layout pass (shared office)") == 2, err
        assert "LibreOffice layout pass:" not in err, "no pass started a LibreOffice of its own"
        assert err.count("LibreOffice office stopped") == 1, err
    for b in range(2):
        for k in (1, 2):
            assert _docx_text(tmp_path / f"out{b}" / f"hexi-2010-{k}.docx") == _docx_text_bytes(sample_docx)


def _docx_text(path: Path) -> bytes:
    return _docx_text_bytes(path.read_bytes())


def _docx_text_bytes(data: bytes) -> bytes:
    """document.xml (the TOC with its page numbers); the file names differ, so do the core properties."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


@pytest.mark.slow
@needs_soffice
def test_docx_bytes_are_those_of_a_libreoffice_per_pass(monkeypatch, sample_build, sample_docx):
    """PIPELINE_OFFICE=per-pass (one soffice per page pass, as before) writes the same DOCX."""
    monkeypatch.setenv("PIPELINE_OFFICE", "per-pass")
    # render(), as the build does: the columns the editions show (render/empty_columns.py, fold_columns.py)
    assert render("docx", load_intermediate(sample_build["xml"]), Options()) == sample_docx


@pytest.mark.slow
@needs_soffice
def test_a_cluster_worker_keeps_one_office_for_its_documents(tmp_path):
    """A Dask task (distributed.build_document) in a worker process: the first DOCX document
    starts the worker's office, the second uses it, and it stops when the process ends."""
    for k in (1, 2):
        (tmp_path / f"doc{k}.txt").write_bytes((REPO / "examples" / "hexi-2010.txt").read_bytes())
    script = f"""
import logging, sys
from pathlib import Path
from pipeline import log
from pipeline.distributed import build_document
from pipeline.manifest import Record
from pipeline.options import Options
from pipeline.render.docx import office
log.logger.addHandler(log.stderr_handler()); log.logger.setLevel(logging.DEBUG)
tmp = Path({str(tmp_path)!r})
groups = []
for k in (1, 2):
    record = build_document(str(tmp / f"doc{{k}}.txt"), ("docx",), str(tmp / "out"), str(tmp / "build"),
                            Options(), Record(source="", sha256="", key=""))
    assert record.status == "ok", record.message
    groups.append(office.current().group)
print(groups[0], groups[1], office.current().root, office.current().accept, flush=True)
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr
    first, second, root, accept = proc.stdout.split()
    assert first == second, "one office for both documents"
    assert proc.stderr.count("LibreOffice layout pass (shared office)") == 2, proc.stderr
    assert "LibreOffice layout pass:" not in proc.stderr, "no pass started a LibreOffice of its own"
    stopped = Office.__new__(Office)
    stopped.group, stopped.root, stopped.accept = int(first), Path(root), accept
    _assert_stopped(stopped)
