"""A batch on a real Dask cluster survives losing a worker, and --resume then skips it all.

A scheduler and two workers run on 127.0.0.1 (tests/batch/cluster.py). Eight short documents
(excerpts of the real reports, so the test takes a minute or two) and one that fails for its
own reasons (empty) go to `pipeline build --scheduler`. Once worker0 has finished a document and
is in the middle of the next, it is SIGKILLed with everything it started. The batch must
finish every good document (the lost one on worker1), record the bad one as failed with its
exit code and go on, leave no temporary file, and write a manifest whose hashes match the files.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from batch.cluster import dask_cluster
from common import FIXTURES, SAMPLE

pytestmark = pytest.mark.slow

EXCERPTS = {"hexi": SAMPLE, "ningxia": FIXTURES / "ningxia-2026-gov-report.txt",
            "guangdong": FIXTURES / "guangdong-2026-gov-report.txt",
            "national": FIXTURES / "national-2009-gov-report-crlf-bom.txt"}
LINES = (25, 40)
FORMATS = ("pdf", "docx", "epub")
BATCH_TIMEOUT = 420


def make_corpus(folder: Path) -> list[Path]:
    """Eight excerpts: the first 25 and 40 lines of four reports (title, front matter, sections)."""
    folder.mkdir(parents=True)
    out = []
    for name, path in EXCERPTS.items():
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
        for n in LINES:
            target = folder / f"{name}-{n}.txt"
            target.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
            out.append(target)
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "pipeline", "build", *map(str, args)]


def manifest(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len({r["source"] for r in records}) == len(records), "one line per document"
    return {Path(r["source"]).name: r for r in records}


def leftovers(*folders: Path) -> list[Path]:
    return [p for f in folders for p in f.rglob("*") if p.name.endswith(".part")]


def _kill_mid_document(cluster, out: Path, batch: subprocess.Popen, log: Path) -> str:
    """SIGKILL worker0 once a document is done and worker0 is busy with another; its key."""
    with cluster.client() as client:
        worker0 = next(a for a, w in client.scheduler_info()["workers"].items() if w["name"] == "worker0")
        deadline = time.monotonic() + BATCH_TIMEOUT
        while time.monotonic() < deadline and batch.poll() is None:
            done = (out / "manifest.jsonl").exists() and (out / "manifest.jsonl").read_text().count("\n") >= 1
            busy = client.processing(workers=[worker0]).get(worker0, [])
            if done and busy:
                time.sleep(1.5)   # well into its front half or an edition
                busy = client.processing(workers=[worker0]).get(worker0, [])
                if busy:
                    cluster.kill("worker0")
                    return busy[0]
            time.sleep(0.2)
    pytest.fail("worker0 never had a document in progress to lose:\n" + log.read_text(encoding="utf-8"))


def test_batch_survives_a_killed_worker_and_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    sources = make_corpus(corpus)
    (corpus / "broken.txt").write_text("", encoding="utf-8")   # fails on its own: exit 3
    out, bld = tmp_path / "out", tmp_path / "build"

    with dask_cluster(tmp_path / "cluster", workers=2) as cluster:
        log = tmp_path / "batch.log"
        with open(log, "wb") as err:
            batch = subprocess.Popen(build_cmd(corpus, "--scheduler", cluster.address, "-o", out, "--build-dir", bld),
                                     stdout=subprocess.DEVNULL, stderr=err)
            try:
                lost_key = _kill_mid_document(cluster, out, batch, log)
                batch.wait(timeout=BATCH_TIMEOUT)
            finally:
                if batch.poll() is None:
                    batch.kill()
        stderr = log.read_text(encoding="utf-8")
        assert cluster.procs["worker0"].poll() is not None, "worker0 was killed"

        # the batch went on past the broken document and said some failed
        assert batch.returncode == 3, stderr
        assert f"dashboard http://127.0.0.1:{cluster.dashboard_port}/status" in stderr
        with urllib.request.urlopen(f"http://127.0.0.1:{cluster.dashboard_port}/status", timeout=30) as page:
            assert page.status == 200

        records = manifest(out)
        assert set(records) == {s.name for s in sources} | {"broken.txt"}
        broken = records.pop("broken.txt")
        assert (broken["status"], broken["exit_code"]) == ("failed", 3) and "empty" in broken["message"]
        workers = set()
        for source in sources:
            r = records[source.name]
            assert r["status"] == "ok" and r["exit_code"] == 0, r
            assert r["sha256"] == sha256(source)
            assert {Path(o["path"]).name for o in r["outputs"]} == {f"{source.stem}.{f}" for f in ("xml",) + FORMATS}
            for o in r["outputs"]:
                assert sha256(Path(o["path"])) == o["sha256"], o
            assert r["seconds"]["pdf"] > 0 and r["seconds"]["total"] > 0
            workers.add(r["worker"])
        # the document lost with worker0 was finished by worker1
        lost = next(r for name, r in records.items() if lost_key.startswith(f"pipeline-{Path(name).stem}-"))
        with cluster.client() as client:
            alive = set(client.scheduler_info()["workers"])
        assert lost["worker"] in alive, (lost["worker"], alive)

        for source in sources:   # every edition is whole: a PDF with pages and the text, zips that open
            from pypdf import PdfReader

            pdf = PdfReader(str(out / f"{source.stem}.pdf"))
            assert len(pdf.pages) >= 2
            for fmt in ("docx", "epub"):
                with zipfile.ZipFile(out / f"{source.stem}.{fmt}") as z:
                    assert z.testzip() is None
        assert leftovers(out, bld) == []

        # --resume: every good document skipped; the broken one, now fixed, built
        (corpus / "broken.txt").write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:20]) + "\n",
                                           encoding="utf-8")
        before = {p: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
        again = subprocess.run(build_cmd(corpus, "--scheduler", cluster.address, "-o", out, "--build-dir", bld,
                                         "--resume"), capture_output=True, text=True, timeout=BATCH_TIMEOUT)
        assert again.returncode == 0, again.stderr
        records = manifest(out)
        assert records.pop("broken.txt")["status"] == "ok"
        assert {r["status"] for r in records.values()} == {"skipped"}
        assert {p: p.stat().st_mtime_ns for p in out.glob("*.pdf") if p.stem != "broken"} == before
        assert leftovers(out, bld) == []


def test_fail_fast_on_the_cluster_stops_at_the_first_failure(tmp_path):
    corpus = tmp_path / "corpus"
    sources = make_corpus(corpus)
    (corpus / "aa-empty.txt").write_text("", encoding="utf-8")   # first in order
    out, bld = tmp_path / "out", tmp_path / "build"
    with dask_cluster(tmp_path / "cluster", workers=2) as cluster:
        proc = subprocess.run(build_cmd(corpus, "--scheduler", cluster.address, "-o", out, "--build-dir", bld,
                                        "--to", "epub", "--fail-fast"),
                              capture_output=True, text=True, timeout=BATCH_TIMEOUT)
    assert proc.returncode == 3, proc.stderr
    assert "stopped at the first failure (--fail-fast): aa-empty.txt" in proc.stderr
    records = manifest(out)
    assert records["aa-empty.txt"]["status"] == "failed"
    assert len(list(out.glob("*.epub"))) < len(sources), "the batch went on after the failure"
