"""The chart key's matplotlib version is read from the installed METADATA, the same string
importlib.metadata gives, without importing importlib.metadata in the build's front half
(pipeline/figures/charts.py `installed_version`; bench/results.md, "speed2")."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from pipeline.figures.charts import installed_version

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "ningxia-2026-gov-report.txt"   # has lists worth a chart


@pytest.mark.parametrize("name", ["matplotlib", "lxml", "PyYAML", "charset-normalizer", "python-docx"])
def test_the_same_version_as_importlib_metadata(name):
    assert installed_version(name) == version(name)


def test_a_name_with_no_folder_falls_back_to_importlib_metadata():
    from importlib.metadata import PackageNotFoundError

    with pytest.raises(PackageNotFoundError):
        installed_version("no-such-distribution-installed")


def test_the_front_half_imports_only_what_the_input_needs(tmp_path):
    """A UTF-8 input with no corrections file: no importlib.metadata (the chart key), no
    charset_normalizer (decode.detect), no PyYAML (corrections)."""
    xml = tmp_path / f"{SAMPLE.stem}.xml"
    script = ("import sys; from pathlib import Path; from pipeline import build; from pipeline.options import Options; "
              f"build.make_xml(Path({str(SAMPLE)!r}), Path({str(xml)!r}), Options()); "
              "print(sorted(m for m in ('importlib.metadata', 'charset_normalizer', 'yaml') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
    assert list((tmp_path / f"{SAMPLE.stem}.charts").iterdir()), "the sample has charts: the key was computed"
