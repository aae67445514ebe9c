"""`make bench`, part 2: 16 sample-size documents on 2 Dask workers against the local pool `-j 2`.

    BENCH_ONLY=dask .venv/bin/python bench/run.py

Both build the same 16 copies of the sample (three editions each) into their own folders,
alternating, so the machine's noise hits both alike. The Dask side starts a real scheduler and
two `dask worker --nthreads 1` processes before its timer starts (a standing cluster), and the
start-up is timed too: start-up + batch is what a LocalCluster on this machine would cost.
The workers' CPU time and peak memory come from their rusage once they exit, so they include
LibreOffice and pandoc, which the workers run as child processes.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pipeline.batch import _prepare   # importable on the workers: pickled by reference

DOCS = 16


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and `n` workers on 127.0.0.1, as separate processes of the virtualenv."""

    def __init__(self, venv_bin: Path, root: Path, n: int = 2):
        self.venv_bin, self.root, self.n = venv_bin, root, n
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.procs: list[subprocess.Popen] = []

    def __enter__(self) -> "Cluster":
        started = time.perf_counter()
        self.root.mkdir(parents=True, exist_ok=True)
        log = open(self.root / "cluster.log", "ab")
        port = self.address.rsplit(":", 1)[1]
        self.procs.append(subprocess.Popen([str(self.venv_bin / "dask"), "scheduler", "--host", "127.0.0.1",
                                            "--port", port, "--dashboard-address", f"127.0.0.1:{_free_port()}"],
                                           stdout=log, stderr=log, start_new_session=True))
        for k in range(self.n):
            self.procs.append(subprocess.Popen(
                [str(self.venv_bin / "dask"), "worker", self.address, "--nthreads", "1", "--no-nanny",
                 "--host", "127.0.0.1", "--local-directory", str(self.root / f"w{k}")],
                stdout=log, stderr=log, start_new_session=True))
        from distributed import Client

        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(self.n, timeout=120)
            # what a worker loads once, before its first document: the renderers and the verifier
            client.run(_prepare, ("pdf", "docx", "epub"))
        self.startup = time.perf_counter() - started
        return self

    def __exit__(self, *exc) -> None:
        """Stop the workers, then the scheduler; a worker that does not stop in 20 s is killed."""
        self.cpu = self.max_rss = 0.0
        for proc in self.procs[1:]:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs[1:]:   # the workers: their own and their children's usage
            usage = _reap(proc.pid, 20.0)
            self.cpu += usage.ru_utime + usage.ru_stime
            self.max_rss = max(self.max_rss, usage.ru_maxrss * 1024)
        os.killpg(self.procs[0].pid, signal.SIGTERM)
        _reap(self.procs[0].pid, 20.0)


def _reap(pid: int, timeout: float):
    """Wait for a child (SIGKILL after `timeout`) and return its rusage."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return usage
        time.sleep(0.1)
    os.killpg(pid, signal.SIGKILL)
    return os.wait4(pid, 0)[2]


def corpus(work: Path, sample: Path) -> Path:
    folder = work / "dask-corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for k in range(1, DOCS + 1):
        shutil.copyfile(sample, folder / f"doc{k:02d}.txt")
    return folder


def compare(work: Path, sample: Path, venv_bin: Path, env: dict, runs: int, measure) -> dict:
    """Alternating runs of the pool and of Dask on the same 16 documents: medians and usage."""
    folder = corpus(work, sample)
    times = {"pool": [], "dask": [], "startup": []}
    usage = {"cpu": [], "worker_rss": [], "pool_rss": []}
    for run in range(runs):
        out = work / "dask-out"
        shutil.rmtree(out, ignore_errors=True)
        sample_pool = measure(f"{venv_bin}/pipeline -q build {folder} -o {out}/pool --build-dir {out}/pool-build -j 2",
                              Path.cwd(), env)
        times["pool"].append(sample_pool.seconds)
        usage["pool_rss"].append(sample_pool.summed_rss)
        print(f"  16 docs, pool -j 2: {sample_pool.seconds:.1f} s", file=sys.stderr)
        with Cluster(venv_bin, work / "dask-cluster") as cluster:
            started = time.perf_counter()
            subprocess.run([f"{venv_bin}/pipeline", "-q", "build", str(folder), "--scheduler", cluster.address,
                            "-o", str(out / "dask"), "--build-dir", str(out / "dask-build")],
                           env=env, check=True, stdout=subprocess.DEVNULL)
            times["dask"].append(time.perf_counter() - started)
            times["startup"].append(cluster.startup)
        usage["cpu"].append(cluster.cpu / DOCS)
        usage["worker_rss"].append(cluster.max_rss)
        print(f"  16 docs, dask 2 workers: {times['dask'][-1]:.1f} s (+ {cluster.startup:.1f} s start-up)",
              file=sys.stderr)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {**med, "ratio": med["pool"] / med["dask"], "ratio_local": med["pool"] / (med["dask"] + med["startup"]),
            "cpu_per_doc": statistics.median(usage["cpu"]), "worker_rss": max(usage["worker_rss"]),
            "pool_rss": max(usage["pool_rss"]), "runs": runs}


def report(r: dict) -> list[str]:
    MiB = 1024 * 1024
    return ["", f"Dask against the local pool, {DOCS} sample-size documents (3 editions each), "
            f"medians of {r['runs']} alternating run(s):", "",
            "| pool -j 2 s | Dask 2 workers s | throughput Dask / pool | cluster start-up s | "
            "with start-up (a LocalCluster) | worker CPU s per document | peak RSS of one worker MiB |",
            "|---|---|---|---|---|---|---|",
            f"| {r['pool']:.1f} | {r['dask']:.1f} | **{r['ratio']:.2f}** | {r['startup']:.1f} | "
            f"{r['ratio_local']:.2f} | {r['cpu_per_doc']:.1f} | {r['worker_rss'] // MiB} |"]
