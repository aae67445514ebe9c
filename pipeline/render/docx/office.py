"""One headless LibreOffice for the DOCX page pass: started early, shared, always stopped.

Why: the page pass (pages.py) lays the DOCX out in LibreOffice. A `soffice --convert-to`
of its own costs about 1.35 CPU-seconds for the sample, of which about 1.0 s is LibreOffice
starting (the profile, Writer, the filters) and 0.35 s the layout (one soffice converting
1, 2 and 4 copies: 1.34, 1.68, 2.39 CPU-s). So a batch, a serial build and a cluster worker
start one office first, where its start-up overlaps other work, and every page pass hands its
conversion to it: a batch pays the start-up once, a serial build pays it on the core the
front half leaves free (pipeline/batch.py says where it is not worth it).

How: `soffice --headless` with a private user profile (-env:UserInstallation in a fresh
temporary folder, so concurrent builds never meet: the profile also names LibreOffice's
single-instance pipe; a copy of the profile an earlier office made, profile.py) and one empty document open, because LibreOffice ends after a
forwarded conversion when no document is open. A page pass runs `soffice --convert-to`
with the same profile; that process finds the office through the profile's pipe, hands it
the conversion and waits until it is done. It is started only once the office listens on
its own `--accept` pipe, so it never becomes a second office. Two passes at once are
queued by LibreOffice.

Stopping: the office runs under a `sh` watchdog that kills its process group and removes
its profile when the pipe from the process that started it closes: on close(), at exit,
on Ctrl-C or SIGTERM (the CLI's handler exits) and even on SIGKILL. Forked workers use the
office but close their copy of that pipe, so only the owner's end keeps it alive. close()
returns once the office's processes are gone (a few ms), not once the watchdog has removed the
profile: removing its 70-odd folders took 0.22-0.24 s of wall time here (rmdir waits for the
disk), which every build spent at its very end; the watchdog, a session of its own, finishes
that after the build has returned.

    with shared_office(soffice_path()):       # the build; forked workers inherit it
        pdf, why = current().convert(docx_bytes, PDF_FILTER, timeout)   # pdf None: why
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ...log import debug, logger
from . import profile

READY_TIMEOUT = 60          # seconds for the office to start listening (about 1 s when idle)
STOP_TIMEOUT = 10           # seconds for the watchdog to stop the office (a few ms)
PIPE_DIRS = ("/tmp", "/var/tmp")   # LibreOffice's named pipes: the first writable (osl/unx/pipe.cxx)
ENV_SWITCH = "PIPELINE_OFFICE"     # "per-pass": every page pass starts its own LibreOffice
# The watchdog: start soffice in a process group of its own (setsid) and say its id; once
# the pipe on stdin closes, kill that group, wait for it, then remove the office's folder and
# named pipes ($1 $2 $3; after the kill, so nothing writes into them any more; the pipes first, so
# once the folder is gone everything is: close() does not wait for this).
WATCHDOG = ('a=$1; b=$2; c=$3; shift 3; setsid "$@" </dev/null >/dev/null 2>&1 & '
            'echo $!; cat >/dev/null; kill -KILL -$!; wait; rm -rf "$b" "$c" "$a"')


class Office:
    """A running headless LibreOffice with a private profile (see the module docstring)."""

    def __init__(self, soffice: str):
        self.soffice = soffice
        self.root = Path(tempfile.mkdtemp(prefix="pipeline-office-"))
        self.profile = (self.root / "profile").as_uri()
        self.accept = f"pipeline-{os.getpid()}-{secrets.token_hex(6)}"
        self.owner = os.getpid()
        self.closed = False
        keep = self.root / "keep.txt"   # the open document that keeps the office running
        keep.write_text("\n", encoding="utf-8")
        self.from_copy = profile.seed(self.root / "profile", soffice)   # else LibreOffice makes one
        self.seeded = self.from_copy
        profile.skip_self_tests(self.root / "profile", soffice)   # 0.55 of its 0.68 CPU-s start-up
        pipes = [str(self._pipe(name)) for name in (self.accept, "SingleOfficeIPC_" + _ipc_hash(self.profile))]
        cmd = ["sh", "-c", WATCHDOG, "sh", str(self.root), *pipes,
               soffice, f"-env:UserInstallation={self.profile}", "--headless", "--norestore", "--nologo",
               "--nolockcheck", f"--accept=pipe,name={self.accept};urp;", str(keep)]
        self.started = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=self.env(), start_new_session=True)
        self.group = int(self.proc.stdout.readline() or 0)   # the office's process group
        self.proc.stdout.close()
        self._ready = False
        self.background = False

    def env(self) -> dict[str, str]:
        return {**os.environ, "HOME": str(self.root)}

    # -- state -------------------------------------------------------------------------------
    @staticmethod
    def _pipe(name: str) -> Path:
        folder = next((d for d in PIPE_DIRS if os.access(d, os.W_OK)), PIPE_DIRS[-1])
        return Path(folder) / f"OSL_PIPE_{os.getuid()}_{name}"

    def listening(self) -> bool:
        """The office accepts connections on its own pipe (it has started and not died)."""
        path = self._pipe(self.accept)
        if not path.exists():
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                return False
        return True

    def wait_ready(self, timeout: float = READY_TIMEOUT) -> bool:
        """Wait until the office listens; False if it died or did not start in time."""
        if self._ready:
            return self.listening()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _running(self.group):   # soffice failed to start, or was stopped
                return False
            if self.listening():
                self._ready = True
                debug("LibreOffice office listening after %.2f s", time.monotonic() - self.started)
                return True
            time.sleep(0.02)
        return False

    # -- priority ----------------------------------------------------------------------------
    def set_background(self, on: bool) -> bool:
        """Run the office below the build's critical chain (`on`), or as any other process again.
        It is a session of its own, so its session group's nice value is what ranks it
        (pipeline/priority.py); set only once `setsid` has made it one (the watchdog says the
        pid first). True if the kernel took it."""
        from ...priority import NICE, set_group_nice

        deadline = time.monotonic() + 1.0
        while _session(self.group) != self.group and time.monotonic() < deadline:
            if not _running(self.group):
                return False
            time.sleep(0.001)   # setsid comes within a millisecond or two of the fork
        if _session(self.group) != self.group:   # not a session of its own: its group is the watchdog's
            return False
        self.background = on and set_group_nice(self.group, NICE)
        if not on:
            return set_group_nice(self.group, 0)
        return self.background

    # -- work --------------------------------------------------------------------------------
    def convert(self, docx: bytes, pdf_filter: str, timeout: float) -> tuple[bytes | None, str]:
        """Lay `docx` out in the office: (PDF bytes, "") or (None, why). Callable from any
        process that inherited this object. An office that is not listening is not used."""
        if not self.wait_ready():
            if self.from_copy:   # a kept profile it cannot start from is not kept any more
                profile.discard(self.soffice)
            return None, "the shared LibreOffice is not running"
        if self.background:   # the chain that waits for this conversion is the office's now
            self.set_background(False)
        if not self.seeded:   # its profile as LibreOffice made it, before a conversion touches it
            self.seeded = True
            profile.save(self.root / "profile", self.soffice)
        try:
            job = Path(tempfile.mkdtemp(prefix="pass-", dir=self.root))
            (job / "edition.docx").write_bytes(docx)
        except OSError as exc:   # the office stopped meanwhile and its folder is gone
            return None, str(exc)
        try:
            src = job / "edition.docx"
            cmd = [self.soffice, f"-env:UserInstallation={self.profile}", "--headless", "--norestore",
                   "--convert-to", pdf_filter, "--outdir", str(job / "out"), str(src)]
            client = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env(),
                                      start_new_session=True)
            try:
                _, err = client.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill_group(client.pid)
                client.communicate()
                self.kill()   # the office is stuck in this layout: nobody can use it any more
                return None, "timeout"
            pdf = job / "out" / "edition.pdf"
            if not pdf.exists():
                return None, err.decode("utf-8", "replace").strip()[-200:] or f"soffice exit {client.returncode}"
            return pdf.read_bytes(), ""
        finally:
            shutil.rmtree(job, ignore_errors=True)

    # -- stopping ----------------------------------------------------------------------------
    def cpu_seconds(self) -> float:
        """CPU time (user + system) of the office's processes so far (its watchdog's group)."""
        total = sum(int(fields[11]) + int(fields[12]) for fields in _process_stats()
                    if int(fields[2]) == self.group)   # process group: utime + stime
        return total / os.sysconf("SC_CLK_TCK")

    def kill(self) -> None:
        """Stop the office's process group now (from any process); the watchdog then cleans up."""
        if self.group > 0:
            _kill_group(self.group)

    def close(self) -> None:
        """Stop the office; its watchdog then removes its profile and pipes (see the module
        docstring: this returns when the office's processes are gone). Only the process that
        started it does this; in a forked worker it is a no-op."""
        if self.owner != os.getpid() or self.closed:
            return
        self.closed = True
        # its CPU time is read here: once killed, its processes are reaped by init, not by us;
        # only for -v --debug, since reading it walks all of /proc at the end of every build
        if logger.isEnabledFor(logging.DEBUG):
            debug("LibreOffice office stopped after %.1f s, %.2f CPU-s", time.monotonic() - self.started,
                  self.cpu_seconds())
        try:
            self.proc.stdin.close()   # the watchdog kills the office and cleans up
        except OSError:
            pass
        deadline = time.monotonic() + STOP_TIMEOUT
        while _group_alive(self.group) and self.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if _group_alive(self.group) or (self.proc.poll() not in (None, 0)):   # the watchdog failed
            self.kill()
            _kill_group(self.proc.pid)
            self.proc.wait()
            shutil.rmtree(self.root, ignore_errors=True)
            return
        # the watchdog removes the folders now; a thread reaps it when it is done (no zombie left
        # in a process that goes on, such as a cluster worker)
        try:
            threading.Thread(target=self.proc.wait, name="office-watchdog", daemon=True).start()
        except RuntimeError:   # the interpreter is shutting down: nothing left to reap it for
            pass

    def forget(self) -> None:
        """In a forked child: let go of the owner's end of the watchdog pipe."""
        if self.owner != os.getpid() and self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()


def _running(pid: int) -> bool:
    """`pid` exists and is not a zombie (an exited child its parent has not waited for)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def _group_alive(pgid: int) -> bool:
    """Some process of the process group `pgid` is running (zombies do not count)."""
    if pgid <= 0:
        return False
    return any(int(fields[2]) == pgid and fields[0] not in ("Z", "X") for fields in _process_stats())


def _process_stats():
    """The fields after the command name of every process's /proc/PID/stat (state, ppid, pgrp, …);
    a process that ends while it is read is passed over."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                yield f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue


def _session(pid: int) -> int:
    """The session id of `pid` (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[3])   # state, ppid, pgrp, session
    except (OSError, IndexError, ValueError):
        return 0


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _ipc_hash(profile_url: str) -> str:
    """The suffix of LibreOffice's single-instance pipe for a profile: the MD5 of the URL in
    UTF-16, each byte in hex without leading zeros (desktop/source/app/officeipcthread.cxx)."""
    return "".join(format(b, "x") for b in hashlib.md5(profile_url.encode("utf-16-le")).digest())


# ---- the office of this build ------------------------------------------------------------------

_current: Office | None = None


def current() -> Office | None:
    """The office page passes in this process hand their conversion to, if any."""
    return _current


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "shared") != "per-pass"


def start_shared(soffice: str | None) -> Office | None:
    """Start the office of this process, unless one runs already, LibreOffice is missing or
    PIPELINE_OFFICE=per-pass; returns the office to give to stop_shared (None: nothing started)."""
    global _current
    if _current is not None or soffice is None or not enabled():
        return None
    try:
        _current = Office(soffice)
    except OSError as exc:   # no sh, no temporary folder: each page pass starts its own
        debug("LibreOffice office not started: %s", exc)
        return None
    return _current


def stop_shared(started: Office | None) -> None:
    """Stop what start_shared started (nothing if it started nothing)."""
    global _current
    if started is None:
        return
    if _current is started:
        _current = None
    started.close()


@contextmanager
def shared_office(soffice: str | None) -> Iterator[Office | None]:
    """An office for the duration of the block (see start_shared), stopped whatever happens."""
    started = start_shared(soffice)
    try:
        yield current()
    finally:
        stop_shared(started)


def _after_fork_in_child() -> None:
    if _current is not None:
        _current.forget()


os.register_at_fork(after_in_child=_after_fork_in_child)
