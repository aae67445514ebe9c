"""What a new user runs into (issue 17): flags after the command, --title with --strict,
where the intermediates go."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from common import SAMPLE, run_cli
from pipeline import log
from pipeline.cli import cli

NO_TITLE = "第一段正文，没有标题行，也没有日期。\n第二段正文，同样只是叙述。\n"
COMMANDS = ("xml", "validate", "render", "build", "verify")


@pytest.fixture
def untitled(tmp_path):
    source = tmp_path / "untitled.txt"
    source.write_text(NO_TITLE, encoding="utf-8")
    return source


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_lists_the_global_flags(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    for flag in ("-q, --quiet", "-v, --verbose", "--debug", "--strict"):
        assert flag in result.output, (command, flag)


@pytest.mark.parametrize("where", ["before", "after"])
def test_strict_works_before_and_after_the_command(untitled, tmp_path, where):
    out = tmp_path / "x" / "untitled.xml"
    args = ["xml", untitled, "-o", out]
    args = ["--strict", *args] if where == "before" else [*args, "--strict"]
    assert run_cli(*args) == 3
    assert not out.exists(), "--strict wrote a result after a warning"


def test_debug_after_the_command_shows_the_traceback(untitled, tmp_path, monkeypatch, capsys):
    import pipeline.build

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(pipeline.build, "make_xml", broken)
    assert run_cli("xml", untitled, "-o", tmp_path / "u.xml", "--debug") == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: a bug" in err


def test_quiet_after_the_command_hides_progress(tmp_path, capsys):
    assert run_cli("xml", SAMPLE, "-o", tmp_path / "s.xml", "-q") == 0
    assert "s: xml" not in capsys.readouterr().err
    assert run_cli("xml", SAMPLE, "-o", tmp_path / "s.xml") == 0
    assert "s: xml" in capsys.readouterr().err


def test_title_answers_the_missing_title_warning(untitled, tmp_path):
    first = len(log.collected)
    out = tmp_path / "untitled.xml"
    assert run_cli("xml", untitled, "-o", out, "--strict", "--title", "我的报告") == 0
    assert log.collected[first:] == []
    assert "<title>我的报告</title>" in out.read_text(encoding="utf-8")


def test_strict_build_writes_nothing_after_a_warning(untitled, tmp_path):
    out = tmp_path / "out"
    assert run_cli("build", untitled, "-o", out, "--to", "epub", "--strict", "-j", "1") == 3
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["manifest.jsonl"]   # it records the failure
    assert '"status": "failed"' in (out / "manifest.jsonl").read_text(encoding="utf-8")


def test_build_keeps_intermediates_beside_its_output(tmp_path, monkeypatch):
    """Not in ./build wherever the command runs: inside the output folder (--build-dir overrides)."""
    source = tmp_path / "short.txt"
    source.write_text("简短报告\n\n第一段正文。\n", encoding="utf-8")
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    monkeypatch.chdir(run_dir)
    out = tmp_path / "elsewhere"
    assert run_cli("build", source, "-o", out, "--to", "epub", "-j", "1") == 0
    assert (out / "short.epub").is_file()
    assert (out / ".build" / "short.xml").is_file()
    assert list(run_dir.iterdir()) == []
    chosen = tmp_path / "mine"
    assert run_cli("build", source, "-o", out, "--build-dir", chosen, "--to", "epub", "-j", "1") == 0
    assert (chosen / "short.xml").is_file()


def test_strict_a_warning_while_rendering_stops_the_documents_later_editions(tmp_path, monkeypatch):
    """Under --strict a document's editions share one worker: the PDF's warning keeps its DOCX
    from being written (without --strict they render in parallel workers)."""
    import pipeline.render

    def render(fmt, doc, options):   # the workers are forked: they render with this
        if fmt == "pdf":
            log.warn("a glyph came from a fallback font", "render/pdf")
        return b"edition"

    monkeypatch.setattr(pipeline.render, "render", render)
    sources = []
    for name in ("one", "two"):
        sources.append(tmp_path / f"{name}.txt")
        sources[-1].write_text("简短报告\n\n第一段正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    code = run_cli("build", *sources, "-o", out, "--to", "pdf,docx", "--no-verify", "-j", "2", "--strict")
    assert code == 3
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["manifest.jsonl"]
    assert run_cli("build", *sources, "-o", out, "--to", "pdf,docx", "--no-verify", "-j", "2") == 0
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["manifest.jsonl", "one.docx", "one.pdf",
                                                                     "two.docx", "two.pdf"]
