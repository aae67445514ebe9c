"""The batch options on the command line: PIPELINE_SCHEDULER, and an unreachable scheduler."""
from __future__ import annotations

from common import SAMPLE, run_cli
from batch.cluster import free_port


def test_unreachable_scheduler_from_the_environment_is_one_line_and_exit_5(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("pipeline.distributed.CONNECT_TIMEOUT", "2s")
    monkeypatch.setenv("PIPELINE_SCHEDULER", f"tcp://127.0.0.1:{free_port()}")   # nothing listens there
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_bytes(SAMPLE.read_bytes())
    code = run_cli("build", tmp_path / "corpus", "-o", tmp_path / "out", "--build-dir", tmp_path / "build")
    err = capsys.readouterr().err
    assert code == 5, err
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:" in lines[0], err
    assert not (tmp_path / "out" / "a.pdf").exists()


def test_resume_and_fail_fast_are_listed_in_build_help(capsys):
    assert run_cli("build", "--help") == 0
    out = capsys.readouterr().out
    for option in ("--scheduler", "PIPELINE_SCHEDULER", "--resume", "--fail-fast", "@list.txt"):
        assert option in out, option
