"""The README's sidecar example is a valid corrections file, the docs list every rule of the
confidence table with its value, and Make rebuilds the XML when the sidecar changes."""
import os
import re
import shutil
import subprocess

import pytest

from pipeline.confidence import HEADING_CONFIDENCE, RULE_CONFIDENCE, UNCERTAIN_BELOW
from pipeline.corrections import KEYS, parse_corrections

from common import REPO, SAMPLE, link_for_make


def test_readme_example_uses_every_key_and_parses():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", readme, re.S).group(1)
    c = parse_corrections(example, "README")
    assert c.title and c.drop and c.keep and c.headings and c.exclude_figures
    assert c.keep[0].text == "2026-02-02 09:20"        # a date-like line stays text
    assert all(f"{key}:" in example for key in KEYS if key not in ("subtitle", "author", "date", "lang"))


def test_docs_list_every_rule_with_its_confidence():
    doc = (REPO / "docs" / "decisions.md").read_text(encoding="utf-8")
    rows = {}
    for line in doc.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        for name in re.findall(r"`([a-z-]+)`", cells[0]) if len(cells) >= 2 else ():
            rows.setdefault(name, cells[-1])   # the base table comes first
    for rule, value in RULE_CONFIDENCE.items():
        assert float(rows.get(rule, "nan")) == value, rule
    assert str(UNCERTAIN_BELOW) in doc
    for kind, value in HEADING_CONFIDENCE.items():
        assert re.search(rf"\| {kind.replace('-', ' ')}\b.*\| {value}0? \|", doc), kind


def _setup_is_current() -> bool:
    """Make would re-install the package (from the temporary copy) if the stamp were stale."""
    stamp = REPO / ".venv" / ".installed"
    return stamp.exists() and stamp.stat().st_mtime >= (REPO / "pyproject.toml").stat().st_mtime


@pytest.mark.skipif(not _setup_is_current(), reason="set-up stamp missing or stale: run the tests through make")
def test_make_rebuilds_the_xml_when_the_sidecar_changes(tmp_path):
    link_for_make(tmp_path, ".venv")
    (tmp_path / "docs").mkdir()
    shutil.copy(SAMPLE, tmp_path / "docs" / "r.txt")
    env = dict(os.environ, SOURCE="docs/r.txt")

    def make(*args):
        return subprocess.run(["make", *args], cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout

    make("xml")
    assert "pipeline xml" not in make("-n", "xml")                 # up to date
    (tmp_path / "docs" / "r.pipeline.yaml").write_text("title: 改过的标题\n", encoding="utf-8")
    assert "pipeline xml" in make("-n", "xml")                     # a new sidecar makes it stale
    make("xml")
    assert "改过的标题" in (tmp_path / "build" / "r.xml").read_text(encoding="utf-8")
    assert "pipeline xml" not in make("-n", "xml")
    os.utime(tmp_path / "docs" / "r.pipeline.yaml")
    assert "pipeline xml" in make("-n", "xml")                     # and so does an edited one
