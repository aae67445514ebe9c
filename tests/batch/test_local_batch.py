"""The local pool keeps the same books as the cluster: manifest, --resume, --fail-fast, @lists."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from common import SAMPLE, run_cli

pytestmark = pytest.mark.slow


def _corpus(folder: Path) -> None:
    folder.mkdir()
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    for n in (20, 30):
        (folder / f"hexi-{n}.txt").write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    (folder / "aa-empty.txt").write_text("", encoding="utf-8")   # first in order: fails with exit 3


def _records(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {Path(r["source"]).name: r for r in map(json.loads, lines)}


def test_manifest_resume_and_fail_fast_on_the_local_pool(tmp_path, capsys):
    corpus, out, bld = tmp_path / "corpus", tmp_path / "out", tmp_path / "build"
    _corpus(corpus)
    listing = tmp_path / "list.txt"
    listing.write_text("corpus/\n", encoding="utf-8")

    # --fail-fast, one process: the empty document comes first, nothing else is built
    assert run_cli("build", f"@{listing}", "-o", out, "--build-dir", bld, "-j", "1", "--to", "pdf,epub",
                   "--fail-fast") == 3
    assert "--fail-fast" in capsys.readouterr().err
    assert set(_records(out)) == {"aa-empty.txt"} and not list(out.glob("*.pdf"))

    # the whole batch on two processes goes on past the failure and says so at the end
    assert run_cli("build", f"@{listing}", "-o", out, "--build-dir", bld, "-j", "2", "--to", "pdf,epub") == 3
    records = _records(out)
    assert records["aa-empty.txt"]["status"] == "failed" and records["aa-empty.txt"]["exit_code"] == 3
    for name in ("hexi-20.txt", "hexi-30.txt"):
        r = records[name]
        assert r["status"] == "ok" and r["worker"], r
        assert {Path(o["path"]).name for o in r["outputs"]} == {f"{Path(name).stem}.{x}" for x in ("xml", "pdf", "epub")}
        assert r["seconds"]["pdf"] > 0 and r["seconds"]["figures"] >= 0

    # --resume skips what is up to date
    (corpus / "aa-empty.txt").unlink()
    assert run_cli("build", corpus, "-o", out, "--build-dir", bld, "-j", "2", "--to", "pdf,epub", "--resume") == 0
    assert {n: r["status"] for n, r in _records(out).items() if n != "aa-empty.txt"} == {
        "hexi-20.txt": "skipped", "hexi-30.txt": "skipped"}
    (out / "hexi-20.pdf").write_bytes(b"%PDF-1.7 damaged")   # an output changed since: rebuilt
    assert run_cli("build", corpus, "-o", out, "--build-dir", bld, "-j", "2", "--to", "pdf,epub", "--resume") == 0
    records = _records(out)
    assert (records["hexi-20.txt"]["status"], records["hexi-30.txt"]["status"]) == ("ok", "skipped")
    assert (out / "hexi-20.pdf").read_bytes().startswith(b"%PDF") and (out / "hexi-20.pdf").stat().st_size > 1000
    assert not [p for p in out.rglob("*.part")] and not [p for p in bld.rglob("*.part")]
