"""A pool worker dies with the command that forked it (batch._follow_parent).

A signal that stops the command while the pool forks a worker reaches the process group before
the new worker exists; the command's handler stops only the children it has registered, and the
new worker waited for work forever, holding the command's stderr open (test_interrupts.py saw
the build 'not stop within 120 s' about once in thirty builds)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's")


def test_a_worker_whose_parent_is_gone_stops_at_once():
    code = textwrap.dedent("""
        import os
        from pipeline import batch
        pid = os.fork()
        if pid == 0:
            batch._worker_init(parent=os.getppid() + 1)   # not its parent: the parent it was forked for is gone
            os._exit(0)                                    # never reached
        print(os.waitpid(pid, 0)[1] >> 8)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "143", out.stderr


def test_a_worker_gets_sigterm_when_its_parent_dies():
    # the parent forks a worker, the worker follows it and then waits; the parent exits at once
    code = textwrap.dedent("""
        import inspect, os, sys, time
        from pipeline import batch
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1), os.dup2(null, 2)   # the test's pipes close with the parent
            follows = "parent" in inspect.signature(batch._worker_init).parameters
            batch._worker_init(*([parent] if follows else []))
            time.sleep(30)
            os._exit(0)
        print(pid, flush=True)
        os._exit(0)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    worker = int(proc.stdout.split()[0])
    for _ in range(100):   # the worker's SIGTERM handler exits with 143; it is gone within a moment
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker outlived its parent")
