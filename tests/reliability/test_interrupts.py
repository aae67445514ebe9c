"""Interrupted and concurrent builds never leave a broken edition where a good one stood.

A build is killed (SIGINT, SIGTERM, SIGKILL, sent to its process group as a terminal or a
supervisor would) at several points, through the CLI and through `make`. Afterwards each
edition is byte-identical to the earlier one or to a complete new one (the builds are
deterministic), and no partial file sits at an output path: no `*.part` leftovers after
SIGINT/SIGTERM; after SIGKILL a hidden `.NAME.*.part` temp file is acceptable.
Two builds of the same source at once both finish with valid editions.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from reliability.helpers import MAKE_INPUTS, REPO, SAMPLE, env, pipeline_cmd, run, valid_editions

pytestmark = pytest.mark.slow

STEM = "report"
EDITIONS = ("pdf", "docx", "epub")
SIGNALS = {"SIGINT": signal.SIGINT, "SIGTERM": signal.SIGTERM, "SIGKILL": signal.SIGKILL}
DELAYS = (0.3, 1.0, 2.0)
MAKE_DELAYS = (1.0, 4.0, 9.0)     # make runs the stages one by one: later points reach the renderers


def _old_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _new_text() -> str:
    return _old_text().replace("荣获了150项国家级、市级荣誉", "荣获了160项国家级、市级荣誉")


def _build(source: Path, out: Path, build: Path) -> dict[str, bytes]:
    proc = run(pipeline_cmd("-q", "build", source, "-o", out, "--build-dir", build, "-j", "2"), cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return {fmt: (out / f"{STEM}.{fmt}").read_bytes() for fmt in EDITIONS}


@pytest.fixture(scope="module")
def references(tmp_path_factory):
    """The editions of the old and of the new text, each built once, completely."""
    root = tmp_path_factory.mktemp("refs")
    refs = {}
    for label, text in (("old", _old_text()), ("new", _new_text())):
        src = root / label / f"{STEM}.txt"
        src.parent.mkdir()
        src.write_text(text, encoding="utf-8")
        refs[label] = _build(src, root / label / "output", root / label / "build")
    assert refs["old"]["pdf"] != refs["new"]["pdf"]
    return refs


def _parts(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("*") if p.name.endswith(".part")]


def _kill_group(proc: subprocess.Popen, sig: int, delay: float) -> str:
    time.sleep(delay)
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    try:
        _out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate()
        pytest.fail(f"the build did not stop within 120 s of {sig!r}")
    # anything left running in the group (pandoc, workers, soffice) is stopped by us, by id
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return err or ""


def _check_outputs(out: Path, build: Path, refs: dict, sig_name: str, err: str) -> None:
    for fmt in EDITIONS:
        data = (out / f"{STEM}.{fmt}").read_bytes()
        assert data in (refs["old"][fmt], refs["new"][fmt]), (
            f"after {sig_name} the {fmt} edition is neither the earlier one nor a complete new one\n{err}")
    leftovers = _parts(out, build)
    if sig_name == "SIGKILL":
        assert all(p.name.startswith(".") for p in leftovers), leftovers
    else:
        assert not leftovers, f"after {sig_name}: partial files left behind: {leftovers}\n{err}"
    assert "Traceback" not in err, err


@pytest.mark.parametrize("delay", DELAYS)
@pytest.mark.parametrize("sig_name", list(SIGNALS))
def test_cli_build_killed(tmp_path, references, sig_name, delay):
    src, out, build = tmp_path / f"{STEM}.txt", tmp_path / "output", tmp_path / "build"
    out.mkdir()
    for fmt in EDITIONS:
        (out / f"{STEM}.{fmt}").write_bytes(references["old"][fmt])
    src.write_text(_new_text(), encoding="utf-8")
    proc = subprocess.Popen(pipeline_cmd("build", src, "-o", out, "--build-dir", build, "-j", "2"),
                            cwd=REPO, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    err = _kill_group(proc, SIGNALS[sig_name], delay)
    if sig_name == "SIGINT" and proc.returncode not in (0,):
        assert proc.returncode == 130, f"exit {proc.returncode}\n{err}"
        assert [l for l in err.splitlines() if l.startswith("error: ")] == [
            "error: interrupted; no edition was replaced"] or "interrupted" in err, err
    _check_outputs(out, build, references, sig_name, err)


# ---- through make --------------------------------------------------------------------------

def make_workdir(root: Path) -> Path:
    """The repository's code and Makefile, with this folder's own build/, output/ and set-up stamps."""
    root.mkdir(parents=True, exist_ok=True)
    for name in MAKE_INPUTS:
        if (REPO / name).exists():
            (root / name).symlink_to(REPO / name)
    venv = root / ".venv"
    venv.mkdir()
    (venv / "bin").symlink_to(REPO / ".venv" / "bin")
    later = time.time() + 5
    for stamp in (".system-deps", ".installed"):      # set-up is done: make must not run it here
        (venv / stamp).touch()
        os.utime(venv / stamp, (later, later))
    return root


def _make(work: Path, *targets: str, **kw) -> list[str]:
    return ["make", "-C", str(work), "--no-print-directory", *targets, f"SOURCE=input/{STEM}.txt"]


@pytest.fixture
def make_work(tmp_path, references):
    """A make working copy whose output/ holds the complete editions of the old text."""
    work = make_workdir(tmp_path / "work")
    (work / "input").mkdir()
    src = work / "input" / f"{STEM}.txt"
    src.write_text(_old_text(), encoding="utf-8")
    proc = run(_make(work, "all"), cwd=work)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for fmt in EDITIONS:
        assert (work / "output" / f"{STEM}.{fmt}").read_bytes() == references["old"][fmt], (
            f"make all and pipeline build give different {fmt} bytes")
    time.sleep(1.1)
    src.write_text(_new_text(), encoding="utf-8")       # now every target is stale
    return work


@pytest.mark.parametrize("delay", MAKE_DELAYS)
@pytest.mark.parametrize("sig_name", list(SIGNALS))
def test_make_killed(make_work, references, sig_name, delay):
    work = make_work
    proc = subprocess.Popen(_make(work, "all"), cwd=work, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    err = _kill_group(proc, SIGNALS[sig_name], delay)
    assert "Deleting file" not in err, f"make deleted a target on {sig_name}:\n{err}"
    _check_outputs(work / "output", work / "build", references, sig_name, err)
    # and a plain rerun finishes the job
    proc = run(_make(work, "all"), cwd=work)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for fmt in EDITIONS:
        assert (work / "output" / f"{STEM}.{fmt}").read_bytes() == references["new"][fmt]


# ---- two builds at once --------------------------------------------------------------------

def test_two_builds_of_the_same_source_at_once(tmp_path, references):
    src, out, build = tmp_path / f"{STEM}.txt", tmp_path / "output", tmp_path / "build"
    src.write_text(_new_text(), encoding="utf-8")
    procs = [subprocess.Popen(pipeline_cmd("-q", "build", src, "-o", out, "--build-dir", build, "-j", "1"),
                              cwd=REPO, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for code, err in results:
        assert code == 0, err
    valid_editions(out, STEM)
    for fmt in EDITIONS:
        assert (out / f"{STEM}.{fmt}").read_bytes() == references["new"][fmt], fmt
    assert not _parts(out, build)


def test_two_make_runs_at_once(make_work, references):
    procs = [subprocess.Popen(_make(make_work, "all"), cwd=make_work, env=env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=600), p.stdout.read() + p.stderr.read()) for p in procs]
    for code, err in results:
        assert code == 0, err
    for fmt in EDITIONS:
        assert (make_work / "output" / f"{STEM}.{fmt}").read_bytes() == references["new"][fmt], fmt
    assert not _parts(make_work / "output", make_work / "build")
