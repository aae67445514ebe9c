"""Where pandoc comes from (pipeline/render/pandoc.py): pypandoc-binary's bundled binary, found
without importing pypandoc (its import and version probes cost the DOCX + EPUB worker 0.07 CPU-s)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_the_bundled_binary_is_the_one_pypandoc_picks():
    import pypandoc
    from pipeline.render.pandoc import bundled_pandoc, pandoc_path

    if not bundled_pandoc():
        pytest.skip("pypandoc-binary not installed")
    assert Path(bundled_pandoc()).name == "pandoc" and Path(bundled_pandoc()).parent.name == "files"
    assert pandoc_path("DOCX") == bundled_pandoc() == pypandoc.get_pandoc_path()


def test_finding_pandoc_imports_no_pypandoc_and_runs_nothing():
    script = ("import json, resource, sys; from pipeline.render.pandoc import pandoc_path; p = pandoc_path('EPUB'); "
              "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
              "print(json.dumps([p, 'pypandoc' in sys.modules, r.ru_utime + r.ru_stime]))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    path, imported, children = json.loads(proc.stdout.strip().splitlines()[-1])
    assert Path(path).is_file()
    assert not imported and children == 0, "no pypandoc import, no `pandoc --version`"
