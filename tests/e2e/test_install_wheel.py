"""A normal install works (#17 item 6): the wheel carries the styles and the schema.

The wheel is built from the checkout and installed with --no-deps into a fresh venv
whose only way to the dependencies is a .pth line naming the project venv's
site-packages. Lines of a .pth file are added to sys.path without processing the .pth
files found there, so the project's editable install (its own .pth finder) does not
come along: the package that runs is the wheel's, and any data file missing from the
wheel fails the build. The sample is built from another directory, so no path beside
the repository can stand in either.
"""
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from common import REPO, SAMPLE

pytestmark = pytest.mark.slow


def _source_copy(target):
    """The project's files (tracked, or new and not ignored) copied, links kept as links:
    the wheel is built from what a clone has, and setuptools' build folders stay out of
    the checkout."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO,
                            check=True, capture_output=True, text=True).stdout.split("\0")
    for name in filter(None, listed):
        source, copy = REPO / name, target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            copy.symlink_to(os.readlink(source))
        elif source.is_file():
            shutil.copy2(source, copy)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    root = tmp_path_factory.mktemp("install")
    source = _source_copy(root / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check",
                    "-w", str(root / "dist"), str(source)], check=True, capture_output=True, timeout=600)
    wheel = next((root / "dist").glob("pipeline-*.whl"))
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--disable-pip-version-check", str(wheel)], check=True, capture_output=True, timeout=300)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # the dependencies: the project venv's site-packages, as a plain sys.path entry
    (Path(purelib) / "project-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return {"root": root, "wheel": wheel, "venv": venv, "python": python}


def test_the_wheel_holds_the_styles_presets_and_schema(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for name in ("pipeline/styles/print.css", "pipeline/styles/epub.css", "pipeline/styles/style.toml",
                 "pipeline/styles/reference-docx/[Content_Types].xml",
                 "pipeline/styles/reference-docx/word/styles.xml", "pipeline/styles/epub-filter.lua",
                 "pipeline/styles/presets/gongwen/print.css",
                 "pipeline/styles/presets/large-print/reference-docx/word/styles.xml",
                 "pipeline/docbook/schema.rng"):
        assert name in names, f"{name} is not in the wheel"


def test_the_installed_command_builds_the_sample_from_another_directory(installed):
    work = installed["root"] / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(installed["python"]), "-c", "import pipeline; print(pipeline.__file__)"],
                           cwd=work, check=True, capture_output=True, text=True).stdout
    assert where.startswith(str(installed["venv"])), f"the wheel's package runs, not the checkout's: {where}"
    for style in ("report", "gongwen"):
        proc = subprocess.run([str(installed["venv"] / "bin" / "pipeline"), "-q", "build", str(SAMPLE),
                               "--style", style, "-o", f"out-{style}", "--build-dir", f"build-{style}",
                               "-j", "2"], cwd=work, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
        for fmt in ("pdf", "docx", "epub"):
            assert (work / f"out-{style}" / f"hexi-2010.{fmt}").stat().st_size > 10_000
