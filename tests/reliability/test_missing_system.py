"""Missing parts of the system: a clear message naming the piece and how to install it (exit 5),
or a documented degraded result with a warning; never a silent bad edition.

Simulated: no CJK font (fontconfig pointed at an empty font folder), no HarfBuzz subsetting
(WeasyPrint's binding patched in-process), no Java and no LibreOffice (PATH without them).
"""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from reliability.helpers import REPO, SAMPLE, env, pipeline_cmd, run, run_cli

pytestmark = pytest.mark.slow


def _error_lines(err: str) -> list[str]:
    return [l for l in err.splitlines() if l.startswith("error: ")]


def path_without(tmp: Path, *programs: str) -> str:
    """A PATH with every program of the current PATH except `programs` (symlinks in one folder)."""
    shim = tmp / f"bin-without-{'-'.join(programs)}"
    shim.mkdir()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not folder or not os.path.isdir(folder):
            continue
        for entry in os.scandir(folder):
            if entry.name in programs or (shim / entry.name).exists():
                continue
            if entry.is_file() and os.access(entry.path, os.X_OK):
                (shim / entry.name).symlink_to(entry.path)
    for program in programs:
        assert shutil.which(program, path=str(shim)) is None
    return str(shim)


@pytest.fixture(scope="module")
def sample_xml(tmp_path_factory):
    root = tmp_path_factory.mktemp("xml")
    assert run_cli("-q", "xml", SAMPLE, "-o", root / "hexi-2010.xml") == 0
    return root / "hexi-2010.xml"


def test_no_cjk_font(tmp_path):
    """fontconfig sees no font at all: the PDF (and the charts) stop with exit 5 naming fonts-noto-cjk."""
    empty = tmp_path / "fonts"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<dir>{empty}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>', encoding="utf-8")
    e = env(FONTCONFIG_FILE=str(conf), MPLCONFIGDIR=str(tmp_path / "mpl"), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    for fmt in ("pdf", "epub", "docx"):
        out = tmp_path / fmt
        proc = run(pipeline_cmd("-q", "build", SAMPLE, "--to", fmt, "-o", out, "--build-dir", tmp_path / "b", "-j", "1"),
                   cwd=REPO, env=e)
        assert "Traceback" not in proc.stderr and proc.returncode != 1, proc.stderr
        if fmt == "pdf":
            assert proc.returncode == 5, f"a PDF without CJK fonts must not be written:\n{proc.stderr}"
        assert proc.returncode in (0, 5), proc.stderr
        if proc.returncode == 5:
            lines = _error_lines(proc.stderr)
            assert len(lines) == 1 and "install" in lines[0] and "fonts-noto-cjk" in lines[0], proc.stderr
            assert not (out / f"hexi-2010.{fmt}").exists()


def test_no_harfbuzz_subsetting(tmp_path, sample_xml, capsys, monkeypatch):
    """WeasyPrint without hb-subset: exit 5 naming libharfbuzz-subset0 (not a 14x slower PDF in silence)."""
    from weasyprint.text import ffi

    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    out = tmp_path / "x.pdf"
    code = run_cli("render", sample_xml, "--to", "pdf", "-o", out)
    err = capsys.readouterr().err
    assert code == 5, err
    lines = _error_lines(err)
    assert len(lines) == 1 and "HarfBuzz" in lines[0] and "apt-get install libharfbuzz-subset0" in lines[0], err
    assert not out.exists()


def test_no_java(tmp_path, sample_xml):
    """Nothing in the pipeline needs Java (only the test suite's epubcheck does): the EPUB still builds."""
    proc = run(pipeline_cmd("render", sample_xml, "--to", "epub", "-o", tmp_path / "x.epub"), cwd=REPO,
               env=env(PATH=path_without(tmp_path, "java")))
    assert proc.returncode == 0, proc.stderr
    assert zipfile.is_zipfile(tmp_path / "x.epub")


def test_no_libreoffice(tmp_path, sample_xml):
    """No soffice: the DOCX is written with a warning naming LibreOffice, and its TOC has no page numbers."""
    proc = run(pipeline_cmd("render", sample_xml, "--to", "docx", "-o", tmp_path / "x.docx"), cwd=REPO,
               env=env(PATH=path_without(tmp_path, "soffice", "libreoffice")))
    assert proc.returncode == 0, proc.stderr
    warnings = [l for l in proc.stderr.splitlines() if l.startswith("warning: ")]
    assert any("LibreOffice" in w and "install" in w for w in warnings), proc.stderr
    with zipfile.ZipFile(tmp_path / "x.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "TOC" in body, "the DOCX has no table-of-contents field"
    toc = body[body.index("TOC"):]
    toc = toc[: toc.find('w:fldCharType="end"')]
    numbers = re.findall(r"<w:t[^>]*>\s*\d+\s*</w:t>", toc)
    assert not numbers, f"page numbers in a TOC nobody paginated: {numbers[:5]}"
