"""A real Dask cluster on 127.0.0.1 for the tests: `dask scheduler` and `dask worker` processes
from the virtualenv, on free ports, each in its own process group, always torn down."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

BIN = Path(sys.executable).parent
START_TIMEOUT = 90   # seconds for the scheduler and workers to come up on a busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.port, self.dashboard_port = free_port(), free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.procs: dict[str, subprocess.Popen] = {}

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        log = open(self.root / f"{name}.log", "wb")
        proc = subprocess.Popen([str(BIN / "dask"), *args], stdout=log, stderr=subprocess.STDOUT,
                                cwd=self.root, start_new_session=True)
        self.procs[name] = proc
        return proc

    def start(self, workers: int) -> None:
        self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                  "--dashboard-address", f"127.0.0.1:{self.dashboard_port}"])
        for k in range(workers):
            # no nanny: a SIGKILL takes the worker away for good, as a lost node would
            self._start(f"worker{k}", ["worker", self.address, "--nthreads", "1", "--no-nanny",
                                       "--host", "127.0.0.1", "--name", f"worker{k}",
                                       "--local-directory", str(self.root / f"worker{k}")])
        self.wait_for_workers(workers)

    def client(self):
        from distributed import Client

        return Client(self.address, timeout="30s", set_as_default=False)

    def wait_for_workers(self, n: int) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                with self.client() as client:
                    client.wait_for_workers(n, timeout=max(1.0, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                time.sleep(1)
        raise RuntimeError(f"the cluster did not start within {START_TIMEOUT} s; see {self.root}/*.log")

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs[name]
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
        proc.wait(timeout=30)

    def stop(self) -> None:
        """The workers first (a worker whose scheduler is gone can hang in its close), then the
        scheduler; whatever does not stop within 20 s is killed."""
        order = sorted(self.procs.values(), key=lambda p: p is self.procs.get("scheduler"))
        for proc in order:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@contextmanager
def dask_cluster(root: Path, workers: int = 2) -> Iterator[Cluster]:
    cluster = Cluster(root)
    try:
        cluster.start(workers)
        yield cluster
    finally:
        cluster.stop()
