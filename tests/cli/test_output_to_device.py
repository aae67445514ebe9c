"""`-o` naming a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) gets the output written into
it: the atomic rename is for files, and renaming over a device would replace the device node
itself (as root, /dev/null became a plain file for every program on the machine). Tested on a
FIFO of the test's own, never on the real /dev/null."""
import os
import stat
import subprocess
import sys
import threading

from common import REPO, SAMPLE
from pipeline.atomic import write_atomic


def _reader(fifo):
    """Read the FIFO to its end in a thread (a writer blocks until a reader opens it)."""
    got = {}

    def read():
        with open(fifo, "rb") as f:
            got["data"] = f.read()

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, got


def test_write_atomic_writes_through_a_pipe_and_leaves_it_a_pipe(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    thread, got = _reader(fifo)
    write_atomic(fifo, b"<article/>")
    thread.join(10)
    assert got["data"] == b"<article/>"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_cli_writes_the_xml_into_a_pipe(tmp_path):
    fifo = tmp_path / "doc.xml"
    os.mkfifo(fifo)
    thread, got = _reader(fifo)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "-q", "xml", str(SAMPLE), "-o", str(fifo)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    thread.join(10)
    assert proc.returncode == 0, proc.stderr
    assert got["data"].startswith(b"<?xml") and b"<article" in got["data"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
