"""An XML copied away from its charts folder: one warning naming the folder, on load; the
renderers leave the charts out without repeating it (it was nine warnings for one PDF)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from common import run_cli
from pipeline import log

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "xml" / "mini.xml"


@pytest.fixture
def moved(tmp_path):
    target = tmp_path / "elsewhere" / "mini.xml"
    target.parent.mkdir()
    shutil.copy(MINI, target)
    return target


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx", "epub"])
def test_one_warning_names_the_missing_folder(moved, fmt):
    first = len(log.collected)
    out = moved.with_suffix(f".{fmt}")
    assert run_cli("render", moved, "--to", fmt, "-o", out) == 0
    warnings = [str(w) for w in log.collected[first:]]
    assert len(warnings) == 1, warnings
    assert "'mini.charts'" in warnings[0] and str(moved.parent) in warnings[0]
    assert out.is_file()


def test_with_its_folder_nothing_is_said(tmp_path):
    from pipeline.build import load_intermediate

    shutil.copytree(MINI.parent, tmp_path / "xml")
    first = len(log.collected)
    doc = load_intermediate(tmp_path / "xml" / "mini.xml")
    assert doc.missing == frozenset() and log.collected[first:] == []
    (tmp_path / "xml" / "mini.charts" / "fig1.svg").unlink()
    doc = load_intermediate(tmp_path / "xml" / "mini.xml")
    assert doc.missing == {"mini.charts/fig1.svg"}
    assert len(log.collected[first:]) == 1 and "missing from" in log.collected[-1].message


@pytest.mark.slow
def test_strict_writes_no_edition_after_the_warning(moved):
    out = moved.with_suffix(".epub")
    assert run_cli("render", moved, "--to", "epub", "-o", out, "--strict") == 3
    assert not out.exists()
