"""Make rebuilds only what is stale, fast, and never deletes a finished edition."""
import os
import resource
import shutil
import subprocess

import pytest

from common import REPO, link_for_make

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A working copy: the code and venv linked, styles copied (the tests touch them)."""
    if not (REPO / ".venv" / ".installed").exists():
        pytest.skip("the set-up stamps are missing: run the tests through `make test`")
    # a stale stamp would make the linked copy reinstall the package into the real venv, pointing
    # it at this temporary folder: refuse instead (make test brings the stamp up to date first)
    stale = subprocess.run(["make", "-q", ".venv/.installed"], cwd=REPO, capture_output=True).returncode
    if stale:
        pytest.skip("the venv is older than pyproject.toml or the lock: run `make setup` (or `make test`)")
    work = tmp_path_factory.mktemp("make")
    link_for_make(work, ".venv", without=("styles",))
    shutil.copytree(REPO / "styles", work / "styles")
    make("all", cwd=work)
    return work


def make(*args, cwd):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1262304000")
    return subprocess.run(["make", *args], cwd=cwd, capture_output=True, text=True, env=env, check=True).stdout


def test_nothing_to_do_is_fast(workdir):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = make("all", cwd=workdir)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of make and what it ran, not wall: a loaded machine must not fail it
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < 0.5
    assert "pipeline" not in out


def test_touching_a_stylesheet_rebuilds_only_its_edition(workdir):
    os.utime(workdir / "styles" / "epub.css")
    plan = make("-n", "all", cwd=workdir)
    assert "--to epub" in plan and "--to pdf" not in plan and "--to docx" not in plan
    make("epub", cwd=workdir)
    os.utime(workdir / "styles" / "print.css")
    plan = make("-n", "all", cwd=workdir)
    assert "--to pdf" in plan and "--to epub" not in plan and "--to docx" not in plan


def _linked_copy(tmp_path):
    """The Makefile and what it names, linked: enough for make to read its rules."""
    return link_for_make(tmp_path)


@pytest.mark.parametrize("goal", ["all", "pdf", "xml"])
def test_a_source_with_spaces_gets_one_line_pointing_to_the_cli(tmp_path, goal):
    work = tmp_path / "work"
    work.mkdir()
    _linked_copy(work)
    source = tmp_path / "sp ace" / "政府 工作报告 2007.txt"
    source.parent.mkdir()
    source.write_text("报告\n\n正文。\n", encoding="utf-8")
    proc = subprocess.run(["make", goal, f"SOURCE={source}"], cwd=work, capture_output=True, text=True)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "space" in lines[0] and f'.venv/bin/pipeline build "{source}"' in lines[0]
    assert "No rule to make target" not in proc.stderr
    assert not (work / "build").exists() and not (work / "output").exists()


def test_set_up_says_once_how_to_run_the_cli(tmp_path):
    """The venv's recipe ends by naming .venv/bin/pipeline and the activate script (make -n shows
    the recipe without running it; -W pretends pyproject.toml changed)."""
    work = _linked_copy(tmp_path)
    plan = subprocess.run(["make", "-n", "-W", "pyproject.toml", ".venv/.installed"], cwd=work,
                          capture_output=True, text=True).stdout.splitlines()
    install = next(i for i, line in enumerate(plan) if "pip install" in line)
    told = [i for i, line in enumerate(plan) if ".venv/bin/pipeline" in line and "activate" in line]
    assert len(told) == 1 and told[0] > install, plan
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/pipeline" in readme and ". .venv/bin/activate" in readme


def test_style_switches_and_style_files_rebuild_their_editions(workdir):
    """STYLE= changes every edition; then a preset's file rebuilds only the edition it shapes."""
    plan = make("-n", "all", "STYLE=gongwen", cwd=workdir)
    assert all(f"--to {fmt}" in plan for fmt in ("pdf", "docx", "epub")), plan
    make("all", "STYLE=gongwen", cwd=workdir)
    fonts = subprocess.run(["pdffonts", str(workdir / "output" / "hexi-2010.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert "WenKai" in fonts, "the PDF was rendered with the gongwen preset"
    assert "pipeline" not in make("all", "STYLE=gongwen", cwd=workdir)
    preset = workdir / "styles" / "presets" / "gongwen"
    for touched, fmt in (("print.css", "pdf"), ("epub.css", "epub"),
                         ("reference-docx/word/styles.xml", "docx")):
        os.utime(preset / touched)
        plan = make("-n", "all", "STYLE=gongwen", cwd=workdir)
        rebuilt = {f for f in ("pdf", "docx", "epub") if f"--to {f}" in plan}
        assert rebuilt == {fmt}, (touched, plan)
        make(fmt, "STYLE=gongwen", cwd=workdir)
    plan = make("-n", "all", cwd=workdir)
    assert all(f"--to {fmt}" in plan for fmt in ("pdf", "docx", "epub")), "back to the default look"
