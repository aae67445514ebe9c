"""Give the build's critical chain the cores: the work it does not wait for runs at a lower priority.

    background_self()                 # a worker starting the DOCX + EPUB or charts of a one-document build
                                      # whose PDF is laid out in chunks (batch._pdf_is_long)
    office.set_background(True)       # the shared LibreOffice, until a page pass needs it or the PDF is done

Why: one document built with -j 2 makes its PDF in one worker and its DOCX + EPUB (+ the charts,
pandoc and LibreOffice's page pass) in another. The PDF chain is the longer one (1x: 1.4 CPU-s
after the XML against 0.6 + LibreOffice's layout), and the build ends when it ends; yet on two
cores the XML, the PDF worker's imports and then its layout kept waiting for a core while the
other worker imported its renderers (matplotlib: 0.4 CPU-s) and LibreOffice started (1 CPU-s
with an empty profile). At a lower priority that work still fills every gap the critical chain
leaves, and the chain no longer waits for it. A worker lowers itself when it starts such work,
never while importing: the pool hands the PDF to whichever worker is free first, and a nice
value, once raised, cannot be lowered back. Since LibreOffice starts from a kept profile without
its self-tests and the EPUB is made beside the DOCX, the 1x chains are of a length, and the
lowered one ended last in every run: the worker is lowered only when the PDF is laid out in
chunks (batch._pdf_is_long), LibreOffice always (bench/results.md, "The 1x wall").

When: only while the build has the machine to itself (spare_cores). With other users' work
running, the kernel shares the cores between sessions, and lowering part of the build only
moves the build's share from one chain to the other: measured at load 7-11, the start-up and
the front half got faster, but the lowered chain then ended 1.6-6 s after the PDF, and the
build took as long as without (1.01x, pairs 0.90-1.35; bench/results.md, "Scheduling of the
1x build").

How, on Linux: the kernel schedules groups before processes when autogroups are on
(/proc/sys/kernel/sched_autogroup_enabled): every session is a group with the weight of one
process, whatever its processes' nice values. The worker is a fork in the build's own session,
so its nice value (os.setpriority, inherited by pandoc) ranks it below the build's other
processes. LibreOffice runs in a session of its own (so its process group can be killed as a
whole), so its group's nice value (/proc/PID/autogroup) is what ranks it; that one can be set
back to 0 by the same user, and is, as soon as a page pass hands it work or the PDF is done. A worker's nice value cannot be lowered again without
privilege, so only processes that end with the build are lowered, never the build's own
process (the user's shell and the build's caller keep theirs). Where the kernel refuses
(no /proc, a sandbox), nothing changes: priorities are an optimisation, never an error.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from .log import debug

# How far below the critical chain: nice 10 is ~1/10 of a nice-0 process's weight (the kernel's
# table), so the chain keeps ~90 % of a core it shares with lowered work.
NICE = 10
# "off": every process of the build at the caller's priority; "always": lower even when the
# machine is busy (to measure what the ranking does there; see spare_cores)
ENV_SWITCH = "PIPELINE_PRIORITIES"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "on") != "off"


def autogroups() -> bool:
    """The kernel schedules sessions as groups (nice values rank processes only inside a session)."""
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def background_self(nice: int = NICE) -> bool:
    """Lower this process (and what it starts from now on) to `nice` above its current value,
    once: a second call keeps the first value. True if this process is now lowered."""
    if not enabled():
        return False
    global _lowered
    if _lowered:
        return True
    try:
        os.setpriority(os.PRIO_PROCESS, 0, min(19, os.getpriority(os.PRIO_PROCESS, 0) + nice))
    except OSError as exc:
        debug("priority not lowered: %s", exc)
        return False
    _lowered = True
    return True


_lowered = False   # a fork inherits it with the nice value it stands for


def spare_cores(cores: int, loadavg: str | None = None) -> bool:
    """Whether the build has the machine's cores to itself: no other process waits to run now,
    and the last minute's load average is below the cores. On a busy machine the kernel gives
    every session an equal share, and lowering part of the build only hands its share to the
    other sessions or to the chain it ranks first: the lowered chain then ends last, later
    (measured with others' work running: bench/results.md). `loadavg`: /proc/loadavg's text."""
    if os.environ.get(ENV_SWITCH) == "always":
        return True
    if loadavg is None:
        try:
            loadavg = Path("/proc/loadavg").read_text()
        except OSError:
            return False
    fields = loadavg.split()
    try:
        minute, running = float(fields[0]), int(fields[3].split("/")[0])
    except (IndexError, ValueError):
        return False
    return running - 1 <= 0 and minute < cores   # the reading process itself is running


def autogroup_nice(pid: int) -> int | None:
    """The nice value of the session group `pid` belongs to (None: no autogroups here, or the
    process is in none)."""
    try:
        return parse_autogroup(Path(f"/proc/{pid}/autogroup").read_text())
    except OSError:
        return None


def parse_autogroup(text: str) -> int | None:
    """The nice value in a /proc/PID/autogroup line ("/autogroup-123 nice 10"). The kernel prints
    nothing for a session left in the root group (one that has not called setsid since the
    autogroups were turned on, as a CI runner's may be): that session has no group nice value."""
    fields = text.split()
    if len(fields) == 3 and fields[1] == "nice":
        try:
            return int(fields[2])
        except ValueError:
            return None
    return None


def set_group_nice(pid: int, nice: int) -> bool:
    """Set the nice value of the session group of `pid` (a session this build started); also the
    nice value of every process in the process group `pid` when the kernel has no autogroups.
    False when it could not be set (the kernel refused: never an error for the build)."""
    if not enabled():
        return False
    if autogroups():
        # the kernel takes one unprivileged write every 100 ms, machine-wide (EAGAIN): try again
        for attempt in range(6):
            try:
                Path(f"/proc/{pid}/autogroup").write_text(str(nice))
                return True
            except BlockingIOError:
                time.sleep(0.03 * (attempt + 1))
            except OSError as exc:
                debug("priority of session %d not set: %s", pid, exc)
                return False
        return False
    try:
        os.setpriority(os.PRIO_PGRP, pid, nice)   # lowering only, without privilege
        return True
    except OSError as exc:
        debug("priority of process group %d not set: %s", pid, exc)
        return False
