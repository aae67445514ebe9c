"""`-o` naming an existing folder is a user's mistake: one `error:` line and exit 4 (an output
error, pipeline/errors.py), before any work, for every command that writes a result; never the
internal IsADirectoryError of the final rename. The folder is left as it was."""
import subprocess
import sys

import pytest

from common import REPO, SAMPLE


def _run(*args):
    proc = subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True,
                          text=True, cwd=REPO, timeout=300)
    return proc.returncode, proc.stderr


def _one_output_error(code, err, folder):
    lines = [l for l in err.splitlines() if l.strip()]
    assert code == 4, err
    assert "internal error" not in err and "Traceback" not in err and "IsADirectory" not in err, err
    assert any(l.startswith("error: ") and str(folder) in l and "folder" in l for l in lines), err
    assert folder.is_dir() and not [p for p in folder.parent.iterdir() if p.name.endswith(".part")]


def test_xml_to_a_folder(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    code, err = _run("xml", SAMPLE, "-o", folder)
    _one_output_error(code, err, folder)
    assert len(err.strip().splitlines()) == 1
    assert f"{SAMPLE.stem}.xml" in err            # the hint names a file path inside it


@pytest.fixture(scope="module")
def intermediate(tmp_path_factory):
    xml = tmp_path_factory.mktemp("xml") / "doc.xml"
    code, err = _run("xml", SAMPLE, "-o", xml)
    assert code == 0, err
    return xml


@pytest.mark.parametrize("fmt", ["pdf", "docx", "epub"])
def test_render_to_a_folder(fmt, intermediate, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    code, err = _run("render", intermediate, "--to", fmt, "-o", folder)
    _one_output_error(code, err, folder)
    assert len(err.strip().splitlines()) == 1
    assert f"doc.{fmt}" in err


def test_build_whose_edition_path_is_a_folder(tmp_path):
    out = tmp_path / "out"
    blocker = out / f"{SAMPLE.stem}.docx"
    blocker.mkdir(parents=True)
    code, err = _run("build", SAMPLE, "--to", "docx", "-o", out)
    _one_output_error(code, err, blocker)


def test_build_output_dir_that_is_a_file(tmp_path):
    not_a_folder = tmp_path / "out"
    not_a_folder.write_text("a file")
    code, err = _run("build", SAMPLE, "--to", "docx", "-o", not_a_folder)
    assert code == 4, err
    assert err.startswith("error: ") and "internal error" not in err, err
