"""bench/ranked_profile.py shifts only the sessions its own build started: it finds them by ancestry."""
import os
import subprocess
import sys

from common import REPO

sys.path.insert(0, str(REPO / "bench"))
import ranked_profile as rp  # noqa: E402


def test_only_descendants_are_the_builds():
    child = subprocess.Popen([sys.executable, "-c", "import subprocess, sys; "
                              "subprocess.run(['sleep', '5'])"])
    grandchild = None
    try:
        for _ in range(200):   # the grandchild appears within a few ms
            found = [int(p) for p in os.listdir("/proc") if p.isdigit() and rp._ancestor(int(p), child.pid)]
            if found:
                grandchild = found[0]
                break
            subprocess.run(["sleep", "0.01"])
        assert grandchild is not None and rp._ancestor(grandchild, os.getpid()), "two levels down is ours"
        assert not rp._ancestor(os.getpid(), child.pid), "a parent is not a descendant"
        assert not rp._ancestor(1, os.getpid())
    finally:
        if grandchild is not None:
            os.kill(grandchild, 9)
        child.kill()
        child.wait()
