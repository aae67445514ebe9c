"""Every bad-input case through the front half (decode -> xml): a valid XML or one clear error line.

The contract (README, pipeline/errors.py): exit 0 and a schema-valid XML, or exactly one line
on stderr starting with "error: " and the documented exit code (3 for input errors). Never a
traceback, never exit 1 (an internal error is a bug), never a half-written output.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

from badinput.corpus import badinput_corpus, reference_seconds  # noqa: F401  (the session fixtures)
from badinput.generate import REPO, SECRET_MARKER, cases


def run_cli(*args) -> int:
    from pipeline.cli import main

    return main([str(a) for a in args])

CASES = cases()
BIG = 512 * 1024


def _param(case):
    slow = case.pace or len(case.data) > BIG
    return pytest.param(case, id=case.name, marks=[pytest.mark.slow] if slow else [])


def _xml_text(path: Path) -> str:
    """All text of the XML (unescaped), in document order."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    return "".join(root.itertext())


def _check_error_lines(err: str, code: int) -> None:
    lines = [l for l in err.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], f"exit {code}, stderr:\n{err}"
    others = [l for l in lines[:-1] if not l.startswith("warning: ")]
    assert not others, f"exit {code}: lines besides warnings and the error:\n{err}"


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_front_half(case, badinput_corpus, reference_seconds, tmp_path, capsys):
    source = badinput_corpus / case.file
    out = tmp_path / f"{Path(case.file).stem}.xml"
    started = time.process_time()
    code = run_cli("xml", source, "-o", out, *case.args)
    seconds = time.process_time() - started
    err = capsys.readouterr().err

    assert "Traceback" not in err, err
    assert code != 1, f"internal error (a bug):\n{err}"
    outcome = "ok" if code == 0 else str(code)
    assert outcome in case.outcomes, f"expected {case.expect}, got exit {code}:\n{err[-2000:]}"
    if case.pace:
        assert seconds < case.pace * reference_seconds, (
            f"{case.name} took {seconds:.1f} s of CPU, {seconds / reference_seconds:.0f} times a normal report's "
            f"{reference_seconds:.2f} s (bound {case.pace:g} times)")
    assert not [p.name for p in out.parent.iterdir() if p.name.endswith(".part")]

    if code != 0:
        _check_error_lines(err, code)
        assert not out.exists(), "a failed run left an XML behind"
        return
    capsys.readouterr()
    assert run_cli("validate", out) == 0, capsys.readouterr().err
    text = _xml_text(out)
    raw = out.read_bytes().decode("utf-8")
    for wanted in case.contains:
        assert wanted in text, f"{wanted!r} did not reach the XML"
    for unwanted in case.absent + (SECRET_MARKER, "root:x:0:0"):
        assert unwanted not in raw, f"{unwanted!r} is in the XML: something read a file the input names"
    assert "<!DOCTYPE" not in raw and "<!ENTITY" not in raw.split("?>", 1)[-1].split("<article", 1)[0]


def test_corpus_is_big_and_deterministic(tmp_path):
    from badinput.generate import generate

    first = generate(tmp_path / "a")
    again = cases()
    assert len(first) >= 100
    assert [(c.name, c.data) for c in first] == [(c.name, c.data) for c in again]
    assert {"ok", "3"} <= {o for c in first for o in c.outcomes}


SUBPROCESS_CASES = ["empty", "binary-png", "truncated-utf8", "over-limit", "cesu-surrogates", "entity-bomb",
                    "emoji-text", "nonchar-fffe-ffff"]


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_real_process_stderr(name, badinput_corpus, tmp_path):
    """As a user sees it: the real command, its stderr and exit code."""
    case = next(c for c in CASES if c.name == name)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "-q", "xml", str(badinput_corpus / case.file),
                           "-o", str(tmp_path / "out.xml"), *case.args],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode != 1, proc.stderr
    outcome = "ok" if proc.returncode == 0 else str(proc.returncode)
    assert outcome in case.outcomes, proc.stderr
    if proc.returncode:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    else:
        assert all(l.startswith("warning: ") for l in proc.stderr.splitlines() if l.strip()), proc.stderr


LINEAR = {
    "one-character-lines": lambda n: ("字\n" * n).encode("utf-8"),
    "one-long-line": lambda n: ("河西区经济实现新发展，" * (n // 10)).encode("utf-8"),
    "ascii-line": lambda n: b"a" * (n * 10),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(LINEAR))
def test_front_half_time_grows_linearly(shape, tmp_path, capsys):
    """Four times the input takes about four times as long, far from the 16x of a quadratic
    stage (the margin is wide because a loaded machine makes single timings noisy)."""
    def seconds(n: int) -> float:
        src = tmp_path / f"{shape}-{n}.txt"
        src.write_bytes(LINEAR[shape](n))
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            run_cli("-q", "xml", src, "-o", tmp_path / f"{shape}-{n}.xml", "--max-size", "50MB")
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(50_000), seconds(200_000)
    capsys.readouterr()
    assert large < 8.0 * max(small, 0.05), f"{shape}: 50k {small:.2f} s, 200k {large:.2f} s"
