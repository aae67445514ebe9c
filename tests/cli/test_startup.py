"""Start-up: a command imports only what it needs (issue 16 item 4).

Each case runs the real CLI (pipeline.cli.main) in a fresh interpreter and reads that
interpreter's sys.modules afterwards: the test process itself has imported every renderer
through other tests, so only a fresh one can tell. What the imports cost is measured by
`bench/run.py --profile` (the "Start-up" table of bench/results.md), not here.
"""
import json
import subprocess
import sys

import pytest

from common import REPO, SAMPLE

# The libraries an edition or a batch needs, never the front half: each costs tens to hundreds
# of milliseconds to import (python -X importtime).
RENDERING = ("weasyprint", "pikepdf", "pypdfium2", "pypdf", "pypandoc", "docx",
             "pipeline.render", "pipeline.render.pandoc", "pipeline.render.docx.pages", "pipeline.verify")
BATCH = ("dask", "distributed", "bokeh", "rich", "multiprocessing", "pipeline.batch", "pipeline.distributed")
CHARTS = ("matplotlib", "numpy", "PIL", "fontTools", "pipeline.figures.draw")   # matplotlib loads them all

_PROBE = """
import json, sys
from pipeline.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _imported(*args) -> set[str]:
    """The modules a fresh interpreter holds after `pipeline ARGS` (which must succeed)."""
    proc = subprocess.run([sys.executable, "-c", _PROBE, *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, proc.stderr
    return set(result["modules"])


def _loaded(modules: set[str], names) -> list[str]:
    return sorted(n for n in names if n in modules)


def test_help_imports_no_library_of_any_stage():
    modules = _imported("--help")
    assert _loaded(modules, RENDERING + BATCH + CHARTS + ("cn2an", "yaml", "lxml", "pipeline.figures")) == []


def test_xml_imports_no_renderer_and_no_batch_machinery(tmp_path):
    modules = _imported("-q", "xml", SAMPLE, "-o", tmp_path / "hexi.xml")
    assert (tmp_path / "hexi.xml").is_file()
    assert _loaded(modules, RENDERING + BATCH) == []


@pytest.mark.parametrize("case", ["no-figures", "no-statistics"])
def test_xml_draws_no_chart_so_imports_no_matplotlib(case, tmp_path):
    if case == "no-figures":
        args = ("--figures", "none", SAMPLE)
    else:
        source = tmp_path / "plain.txt"
        source.write_text("关于天气的说明\n\n今天天气很好，我们去公园散步。\n\n大家都很高兴，也很放松。\n",
                          encoding="utf-8")
        args = (source,)
    modules = _imported("-q", "xml", *args, "-o", tmp_path / "out.xml")
    assert _loaded(modules, CHARTS + RENDERING + BATCH) == []
    if case == "no-statistics":   # no Chinese numeral to read either
        assert "cn2an" not in modules


def test_xml_of_the_sample_imports_no_matplotlib(tmp_path):
    modules = _imported("-q", "xml", SAMPLE, "-o", tmp_path / "hexi.xml")
    assert _loaded(modules, CHARTS) == []


def test_xml_without_figures_imports_no_figures_reader(tmp_path):
    """--figures none: the ~300 patterns of the figures readers are never compiled."""
    modules = _imported("-q", "xml", "--figures", "none", SAMPLE, "-o", tmp_path / "hexi.xml")
    assert (tmp_path / "hexi.xml").is_file()
    assert _loaded(modules, ("pipeline.figures", "pipeline.figures.extract", "pipeline.figures.naming")) == []


def test_validate_imports_no_renderer(tmp_path):
    _imported("-q", "xml", "--figures", "none", SAMPLE, "-o", tmp_path / "hexi.xml")
    modules = _imported("-q", "validate", tmp_path / "hexi.xml")
    assert _loaded(modules, RENDERING + BATCH + CHARTS) == []


@pytest.mark.slow
def test_a_pandoc_edition_imports_neither_weasyprint_nor_libreoffice_helpers(tmp_path):
    """`render --to epub` with the default style: the style check needs no PDF renderer."""
    _imported("-q", "xml", "--figures", "none", SAMPLE, "-o", tmp_path / "hexi.xml")
    modules = _imported("-q", "render", tmp_path / "hexi.xml", "--to", "epub", "-o", tmp_path / "hexi.epub")
    assert (tmp_path / "hexi.epub").is_file()
    assert "pipeline.render.epub" in modules   # the probe ran the renderer it claims to
    assert _loaded(modules, ("weasyprint", "pipeline.render.pdf", "pipeline.render.docx.pages", "pikepdf",
                             "pypdfium2", "matplotlib") + BATCH) == []   # PIL draws the EPUB's cover


def test_the_command_ends_without_teardown_but_with_every_line_written(tmp_path):
    """run() ends with os._exit (no interpreter teardown): what went to a pipe must still all be
    there, and the exit code must be the command's (a success and a user error)."""
    from pipeline.resources import preset_names

    proc = subprocess.run([sys.executable, "-m", "pipeline", "styles"], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert [line.split()[0] for line in proc.stdout.splitlines()] == list(preset_names())
    proc = subprocess.run([sys.executable, "-m", "pipeline", "xml", tmp_path / "missing.txt"], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 3 and proc.stderr.startswith("error: ")
