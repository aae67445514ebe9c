"""The worker that draws a build's charts loads matplotlib and the chart sizes, never the figures
stage's extraction (pipeline/figures/__init__.py loads its modules on first use; issue 16)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "ningxia-2026-gov-report.txt"   # has lists worth a chart


def _run(script: str) -> str:
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def test_drawing_the_pending_charts_imports_no_extraction(tmp_path):
    xml = tmp_path / f"{SAMPLE.stem}.xml"
    prelude = "import json, sys; from pathlib import Path; from pipeline import build; "
    _run(prelude + f"from pipeline.options import Options; build.make_xml(Path({str(SAMPLE)!r}), "
         f"Path({str(xml)!r}), Options()); print('made')")
    out = json.loads(_run(prelude + f"n = build.draw_charts(Path({str(xml)!r})); "
                          "print(json.dumps([n, sorted(m for m in sys.modules if m.startswith('pipeline.figures'))]))"))
    drawn, modules = out
    assert drawn >= 1, "the sample's charts were left undrawn by the XML step"
    assert modules == ["pipeline.figures", "pipeline.figures.charts", "pipeline.figures.draw"]


def test_the_stage_entry_points_still_load_from_the_package():
    from pipeline import figures

    assert {figures.extract_figures.__module__, figures.make_charts.__module__, figures.key_figures.__module__} == {
        "pipeline.figures.extract", "pipeline.figures.charts", "pipeline.figures.summary"}
    assert callable(figures.find_figures)
    try:
        figures.no_such_name
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown name must raise AttributeError")
