"""Deterministic output: the sample built twice (separate folders, SOURCE_DATE_EPOCH set) gives
byte-identical PDF, DOCX and EPUB; on a difference the test names the differing zip members."""
from __future__ import annotations

import zipfile

import pytest

from reliability.helpers import REPO, SAMPLE, env, pipeline_cmd, run

pytestmark = pytest.mark.slow


def _zip_diff(a, b) -> list[str]:
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names = sorted(set(za.namelist()) | set(zb.namelist()))
        diff = [n for n in names if n not in za.namelist() or n not in zb.namelist() or za.read(n) != zb.read(n)]
        if za.namelist() != zb.namelist():
            diff.append("(member order)")
        diff += [f"{i.filename} date" for i, j in zip(za.infolist(), zb.infolist()) if i.date_time != j.date_time]
        return diff


def test_two_builds_are_byte_identical(tmp_path):
    outs = []
    for run_no in (1, 2):
        out = tmp_path / f"out{run_no}"
        proc = run(pipeline_cmd("-q", "build", SAMPLE, "-o", out, "--build-dir", tmp_path / f"build{run_no}",
                                "-j", "2"), cwd=REPO, env=env(SOURCE_DATE_EPOCH="1262304000"))
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    for fmt in ("pdf", "docx", "epub"):
        a, b = (o / f"hexi-2010.{fmt}" for o in outs)
        if fmt == "pdf":
            assert a.read_bytes() == b.read_bytes(), "the two PDFs differ"
        else:
            assert a.read_bytes() == b.read_bytes(), f"the two {fmt.upper()}s differ in {_zip_diff(a, b)}"
    for name in ("hexi-2010.xml", "hexi-2010.clean.json"):
        assert (tmp_path / "build1" / name).read_bytes() == (tmp_path / "build2" / name).read_bytes(), name
