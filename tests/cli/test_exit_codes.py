"""Bad input gets one clear line on stderr and the documented exit code, never a traceback."""
import subprocess
import sys
import zlib
import struct

import pytest

from common import REPO, SAMPLE, run_cli


def _png() -> bytes:
    raw = b"\x00\xff\x00\x00"
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


BAD_INPUTS = {
    "empty": b"",
    "whitespace": b" \n\t\n  \r\n",
    "only-boilerplate": "请输入您要查询的百科知识:\n\n随便看\n\nCopyright © 2004-2023 Example.net All Rights Reserved\n更新时间:2024/12/23 16:47:16\n".encode(),
    "png": _png(),
    "truncated-utf8": "河西区政府工作报告\n".encode()[:-2] + b"\xe6",
}


def _run(*args):
    """The real command in a subprocess: what the user sees on stderr, and the exit code."""
    proc = subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    return proc.returncode, proc.stderr


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_3(name, tmp_path):
    source = tmp_path / f"{name}.txt"
    source.write_bytes(BAD_INPUTS[name])
    code, err = _run("xml", source, "-o", tmp_path / "out.xml")
    assert code == 3, err
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    assert not (tmp_path / "out.xml").exists()


def test_missing_path_and_directory(tmp_path):
    assert run_cli("xml", tmp_path / "nope.txt", "-o", tmp_path / "x.xml") == 3
    assert run_cli("xml", tmp_path, "-o", tmp_path / "x.xml") == 3


def test_unwritable_output_is_exit_4(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, err = _run("xml", SAMPLE, "-o", blocker / "x.xml")
    assert code == 4, err
    assert err.count("\n") == 1 and err.startswith("error: ")


def test_a_failed_run_never_replaces_a_good_result(tmp_path):
    out = tmp_path / "doc.xml"
    assert run_cli("xml", SAMPLE, "-o", out) == 0
    good = out.read_bytes()
    bad = tmp_path / "doc.txt"
    bad.write_bytes(b"")
    assert run_cli("xml", bad, "-o", out) == 3
    assert out.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_usage_error_is_exit_2():
    code, err = _run("render", "x.xml", "--to", "rtf")
    assert code == 2


def test_over_the_size_limit_is_refused_up_front(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes("河西区。\n".encode() * 300_000)   # ~3.6 MB
    code, err = _run("xml", big, "--max-size", "1MB", "-o", tmp_path / "big.xml")
    assert code == 3 and "limit" in err


def test_help_lists_the_commands():
    code, err = _run("--help")
    assert code == 0


def test_same_stem_twice_is_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "doc.txt").write_bytes(SAMPLE.read_bytes())
    assert run_cli("build", tmp_path / "a" / "doc.txt", tmp_path / "b" / "doc.txt",
                   "-o", tmp_path / "out", "--build-dir", tmp_path / "build") == 2


def test_strict_turns_a_warning_into_exit_3(tmp_path, capsys):
    data = SAMPLE.read_bytes()
    source = tmp_path / "one-bad-byte.txt"
    source.write_bytes(data[:3000] + b"\xff" + data[3000:])   # replaced with U+FFFD, and a warning
    args = ("xml", source, "-o", tmp_path / "x.xml", "--decode-errors", "replace")
    assert run_cli(*args) == 0
    assert run_cli("--strict", *args) == 3
    assert "--strict is on" in capsys.readouterr().err
    assert run_cli("--strict", "xml", SAMPLE, "-o", tmp_path / "clean.xml") == 0   # earlier warnings don't count
