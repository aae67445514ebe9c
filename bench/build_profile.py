"""`bench/run.py --profile` (`make bench PROFILE=1`): where the 1x build's time goes.

The sections it writes into bench/results.md, each from medians of alternating runs:
  Profile of the 1x build  per stage (the pipeline's own timer, `pipeline -v build`) and per
                           process (main, pool workers, pandoc, LibreOffice, ...), wall and CPU,
                           at -j 2 (what users run) and -j 1 (every stage alone on a core); then
                           the -j 2 build's critical path and how busy the two cores were
  Start-up                 `pipeline --help` and `pipeline xml`: CPU and wall, against the
                           revision BENCH_BASELINE (e.g. the merge base), measured in the same run

Per-process CPU comes from /proc: a thread reads utime + stime (all threads of a process) of
every process under the build every 20 ms, so the CPU a process burns after its last reading
(at most one period) is not attributed to it; the table says how much that left over, against
the exact total of every process the build started: the bench adopts the processes the build
leaves behind (LibreOffice's soffice.bin, reparented when the office's process group is
killed: before, os.wait4 missed most of the office's CPU) and reaps them. The sampler's own
CPU is reported too: it competes for the same two cores.
"""
from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
PERIOD = 0.02
PYTHON = ("pipeline", "python", "python3", "python3.11")
# what the other processes are, by program name (/proc/PID/comm)
PROGRAMS = (("pandoc", ("pandoc",)),
            ("LibreOffice", ("soffice", "oosplash", "soffice.bin", "soffice.sh")),
            ("gpg, gpgconf (LibreOffice's)", ("gpg", "gpgconf", "gpg-agent", "dirmngr")),
            ("epubcheck (java)", ("java",)),
            ("gcc, ld, ldconfig (ctypes find_library)", ("gcc", "cc", "collect2", "ld", "ldconfig",
                                                          "ldconfig.real", "cc1", "sh")),
            ("forks before an exec", PYTHON))
OFFICE = ("LibreOffice", "gpg, gpgconf (LibreOffice's)")
FRONT = ("decode", "clean", "structure", "figures", "xml")
SECTIONS = ("Profile of the 1x build", "Start-up")   # the results.md sections this module writes
STAGE_LINE = re.compile(r"^[^:]+: (?P<stage>\w[\w ]*?) (?P<ms>\d+) ms$")


@dataclass
class Proc:
    pid: int
    ppid: int
    comm: str
    series: list[tuple[float, float]] = field(default_factory=list)   # (seconds since start, CPU seconds)
    label: str = ""
    nice: int = 0   # the highest nice value seen (pipeline/priority.py lowers what the build does not wait for)
    group_nice: int | None = None   # its session's (autogroup's) highest, where the kernel has them

    def cpu_at(self, t: float) -> float:
        """CPU seconds used by time t (linear between readings; 0 before the first)."""
        s = self.series
        if not s or t <= s[0][0]:
            return 0.0 if not s or t < s[0][0] else s[0][1]
        for (t0, c0), (t1, c1) in zip(s, s[1:]):
            if t <= t1:
                return c0 + (c1 - c0) * (t - t0) / (t1 - t0) if t1 > t0 else c1
        return s[-1][1]

    @property
    def cpu(self) -> float:
        return self.series[-1][1] if self.series else 0.0

    @property
    def span(self) -> float:
        return self.series[-1][0] - self.series[0][0] if self.series else 0.0


@dataclass
class Stage:
    name: str
    start: float
    end: float


@dataclass
class Run:
    jobs: int
    wall: float
    cpu: float                       # the whole tree, exact (os.wait4)
    procs: dict[int, Proc]
    stages: list[Stage]
    sampler_cpu: float


def _stat(pid: int) -> tuple[str, int, float, int] | None:
    """(comm, ppid, CPU seconds of all its threads, nice value) from /proc/PID/stat."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    comm = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return comm, int(rest[1]), (int(rest[11]) + int(rest[12])) / TICK, int(rest[16])


def _autogroup_nice(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/autogroup") as f:
            return int(f.read().split()[-1])
    except (OSError, ValueError, IndexError):
        return None


class TreeSampler(threading.Thread):
    """Reads the CPU of `root` and its descendants every PERIOD. Only the /proc entries that are
    new since the last reading are opened to find new descendants (the machine runs others)."""

    def __init__(self, root: int, t0: float):
        super().__init__(daemon=True)
        self.root, self.t0, self.stop, self.cpu = root, t0, threading.Event(), 0.0
        self.procs: dict[int, Proc] = {}
        self.listed: set[int] = set()

    def _scan(self, now: float) -> None:
        entries = {int(e) for e in os.listdir("/proc") if e.isdigit()}
        fresh, self.listed = entries - self.listed, entries
        for pid in sorted(fresh) + [p for p in self.procs if p in entries]:
            got = _stat(pid)
            if got is None:
                continue
            comm, ppid, cpu, nice = got
            proc = self.procs.get(pid)
            if proc is None:
                if pid != self.root and ppid not in self.procs:
                    continue
                proc = self.procs[pid] = Proc(pid, ppid, comm)
            proc.comm = comm   # a fork keeps its parent's name until it execs
            proc.nice = max(proc.nice, nice)
            group = _autogroup_nice(pid)
            if group is not None:
                proc.group_nice = max(proc.group_nice or 0, group)
            proc.series.append((now - self.t0, cpu))

    def run(self) -> None:
        while not self.stop.is_set():
            self._scan(time.monotonic())
            self.stop.wait(PERIOD)
        self.cpu = time.thread_time()


def _subreaper(on: bool = True) -> bool:
    """Make this process adopt its orphaned descendants (Linux prctl PR_SET_CHILD_SUBREAPER), or
    stop. LibreOffice's soffice.bin outlives its parent when the office's process group is killed;
    reparented to init, its CPU time would be in no wait4 of ours (it was most of the office's)."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl(36, int(on), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _reap_orphans(within: float = 5.0) -> None:
    """Wait for the descendants this process adopted (the build's own are waited for already)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.01)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def profile_run(argv: list[str], jobs: int, env: dict, cwd: Path) -> Run:
    """One `pipeline -v build ... -j JOBS`, sampled; its stage lines timed as they arrive. Its CPU
    is that of every process it started, those it left behind to be killed included."""
    _subreaper()
    before = _children_cpu()
    t0 = time.monotonic()
    proc = subprocess.Popen(argv + ["-j", str(jobs)], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid, t0)
    sampler.start()
    stages, tail = [], []

    def read() -> None:
        for line in proc.stderr:
            now = time.monotonic() - t0
            tail.append(line)
            m = STAGE_LINE.match(line.rstrip("\n"))
            if m:
                stages.append(Stage(m["stage"], now - int(m["ms"]) / 1000, now))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    sampler.stop.set()
    sampler.join()
    reader.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("bench: profiled build failed:\n" + "".join(tail[-20:]))
    _reap_orphans()
    _subreaper(False)
    _label(sampler.procs, proc.pid, stages, jobs)
    return Run(jobs, wall, _children_cpu() - before, sampler.procs, stages, sampler.cpu)


def _owner_label(stage: str, jobs: int) -> str:
    if jobs == 1 or stage in FRONT:
        return "main"
    return "worker pdf" if stage.endswith("pdf") else "worker docx+epub"


def _label(procs: dict[int, Proc], root: int, stages: list[Stage], jobs: int) -> None:
    """main, worker pdf / worker docx+epub (by the CPU each used while `render pdf` ran),
    and each subprocess by its program."""
    # the pool's workers: Python children that live (a fork about to exec a program lives a moment)
    workers = [p for p in procs.values() if p.ppid == root and p.comm in PYTHON and p.span > 0.2 and jobs > 1]
    pdf = next((s for s in stages if s.name == "render pdf"), None)
    if pdf and workers:
        busiest = max(workers, key=lambda p: p.cpu_at(pdf.end) - p.cpu_at(pdf.start))
        for w in workers:
            w.label = "worker pdf" if w is busiest else "worker docx+epub"
    for p in workers:
        p.label = p.label or "worker"
    for p in sorted(procs.values(), key=lambda p: p.pid):
        if p.pid == root:
            p.label = "main"
        elif p.label:
            continue
        else:
            p.label = next((label for label, comms in PROGRAMS if p.comm in comms), "")
    for p in procs.values():   # a helper a program runs (LibreOffice's start script runs sed, ls, ...)
        p.label = p.label or _inherited(procs, p)


def _inherited(procs: dict[int, Proc], p: Proc) -> str:
    parent = procs.get(p.ppid)
    if parent is None or parent.label in ("main", "worker pdf", "worker docx+epub", "worker"):
        return p.comm
    return parent.label or _inherited(procs, parent)


def _own_subprocesses(procs: dict[int, Proc], owner: Proc) -> list[Proc]:
    """The processes `owner` started, and theirs, leaving out the pool's workers (rows of their own)."""
    out = []
    for child in (p for p in procs.values() if p.ppid == owner.pid and not p.label.startswith("worker")):
        out += [child] + _own_subprocesses(procs, child)
    return out


def stage_rows(run: Run) -> dict[str, tuple[float, float, float]]:
    """stage -> (wall, CPU of the process that ran it, CPU of the programs that process started),
    over the stage's interval."""
    rows = {}
    for s in run.stages:
        owner = next((p for p in run.procs.values() if p.label == _owner_label(s.name, run.jobs)), None)
        if owner is None:
            continue
        subs = [p for p in _own_subprocesses(run.procs, owner) if p.label not in OFFICE or owner.label != "main"]
        rows[s.name] = (s.end - s.start, owner.cpu_at(s.end) - owner.cpu_at(s.start),
                        sum(p.cpu_at(s.end) - p.cpu_at(s.start) for p in subs))
    return rows


def process_rows(run: Run) -> dict[str, tuple[int, float, float, float]]:
    """label -> (processes, seconds alive, CPU, CPU before the process's first stage: start-up)."""
    rows: dict[str, list] = {}
    for p in run.procs.values():
        first = min((s.start for s in run.stages if _owner_label(s.name, run.jobs) == p.label), default=None)
        before = p.cpu_at(first) if first is not None else 0.0
        row = rows.setdefault(p.label, [0, 0.0, 0.0, 0.0])
        row[0] += 1
        row[1] += p.span
        row[2] += p.cpu
        row[3] += before
    return {k: tuple(v) for k, v in rows.items()}


def critical_path(run: Run, cores: int) -> dict[str, float]:
    """The -j 2 build as phases: start-up, front half (main), both edition chains, the tail (one
    chain left), with the CPU all processes used in each (busy cores = CPU / wall)."""
    by = {s.name: s for s in run.stages}
    chains = {"pdf": [s for s in run.stages if s.name.endswith("pdf")],
              "docx+epub": [s for s in run.stages if s.name.endswith(("docx", "epub")) or s.name == "charts"]}
    ends = {k: max(s.end for s in v) for k, v in chains.items() if v}
    last = max(ends, key=ends.get)
    first_end = min(ends.values())
    edges = {"start-up": (0.0, by["decode"].start), "front half": (by["decode"].start, by["xml"].end),
             "both chains": (by["xml"].end, first_end), "tail": (first_end, ends[last]),
             "finishing": (ends[last], run.wall)}
    out = {"critical": last, "slack": ends[last] - first_end}
    main = next(p for p in run.procs.values() if p.label == "main")
    worker = next(p for p in run.procs.values() if p.label == f"worker {last}")
    for name, (a, b) in edges.items():
        cpu = sum(p.cpu_at(b) - p.cpu_at(a) for p in run.procs.values())
        owner = worker if name in ("both chains", "tail") else main   # the process the build waits for
        # main starts the shared LibreOffice, but nothing waits for it before a DOCX page pass
        waited = [p for p in _own_subprocesses(run.procs, owner) if p.label not in OFFICE]
        own = sum(p.cpu_at(b) - p.cpu_at(a) for p in [owner] + waited)
        out[f"{name} wall"], out[f"{name} cpu"], out[f"{name} critical cpu"] = b - a, cpu, own
    chain = chains[last]
    out["hand-off"] = chain[0].start - by["xml"].end
    for s in chain:
        out[f"chain {s.name}"] = s.end - s.start
    out["idle core-s"] = cores * run.wall - run.cpu
    return out


# ---- medians over the runs, and the tables --------------------------------------------

# charts: drawn by the docx+epub worker before its editions, while the PDF is laid out (-j 2 only)
STAGE_ORDER = FRONT + ("charts",) + tuple(f"{verb} {fmt}" for fmt in ("pdf", "docx", "epub") for verb in ("render", "verify"))
LABEL_ORDER = ("main", "worker pdf", "worker docx+epub", "pandoc", "LibreOffice")


def _median_rows(rows: list[dict]) -> dict:
    """Per key, the median of each field over the runs that have that key."""
    keys = dict.fromkeys(k for r in rows for k in r)
    return {k: tuple(statistics.median(r[k][i] for r in rows if k in r) for i in range(len(next(
        r[k] for r in rows if k in r)))) for k in keys}


def _cpu(owner: float, programs: float) -> str:
    return f"{owner:.2f}" + (f" + {programs:.2f}" if programs >= 0.005 else "")


def report(runs: dict[int, list[Run]], cores: int, loads: list[float], baseline: dict | None = None,
           variant: dict | None = None) -> list[str]:
    """The "Profile of the 1x build" section."""
    j2, j1 = runs[2], runs[1]
    stages = {j: _median_rows([stage_rows(r) for r in runs[j]]) for j in runs}
    procs = {j: _median_rows([process_rows(r) for r in runs[j]]) for j in runs}
    med = {j: {f: statistics.median(getattr(r, f) for r in runs[j]) for f in ("wall", "cpu", "sampler_cpu")}
           for j in runs}
    n = len(j2)
    lines = ["## Profile of the 1x build", "",
             f"`bench/run.py --profile` (`make bench PROFILE=1`): `pipeline -v build` of the sample (all three "
             f"editions), medians of {n} alternating runs at -j 2 and -j 1; load average of the machine during "
             f"the runs {statistics.median(loads):.1f} on {cores} cores (others' work: wall times stretch, CPU "
             "times hold). Stage walls are the pipeline's own timer; CPU (user + sys) is read from /proc "
             f"every {PERIOD * 1000:.0f} ms for each process: the process that ran the stage + the programs it "
             "started during the stage.", "",
             "| stage | runs in (-j 2) | -j 2 wall s | -j 2 CPU s | -j 1 wall s | -j 1 CPU s |", "|---|---|---|---|---|---|"]
    for name in STAGE_ORDER:
        a, b = stages[2].get(name), stages[1].get(name)
        if a or b:
            a, b = a or (0, 0, 0), b or (0, 0, 0)
            lines.append(f"| {name} | {_owner_label(name, 2)} | {a[0]:.3f} | {_cpu(a[1], a[2])} | {b[0]:.3f} | "
                         f"{_cpu(b[1], b[2])} |")
    lines += ["", "Per process (start-up = the CPU a process used before its first stage began: for `main` "
              "Python, the CLI and the imports it does before the front half; for a worker, the renderers "
              "imported while the front half runs):", "",
              "| process | -j 2 count | -j 2 alive s | -j 2 CPU s | of which start-up | -j 2 nice (session's) | -j 1 count | -j 1 CPU s |",
              "|---|---|---|---|---|---|---|---|"]
    labels = sorted(set(procs[2]) | set(procs[1]), key=lambda k: (LABEL_ORDER + (k,)).index(k))
    nices = _nices(j2)
    for label in labels:
        a, b = procs[2].get(label, (0, 0, 0, 0)), procs[1].get(label, (0, 0, 0, 0))
        lines.append(f"| {label} | {a[0]:.0f} | {a[1]:.2f} | {a[2]:.2f} | {a[3]:.2f} | {nices.get(label, '')} | "
                     f"{b[0]:.0f} | {b[2]:.2f} |")
    for j in (2, 1):
        left = statistics.median(r.cpu - sum(p.cpu for p in r.procs.values()) for r in runs[j])
        med[j]["left"] = left
    lines += [f"| not attributed (CPU after a process's last reading; processes shorter than {PERIOD * 1000:.0f} ms) "
              f"| | | {med[2]['left']:.2f} | | | {med[1]['left']:.2f} |",
              f"| **the whole build** (every process, orphans adopted; wall) | | {med[2]['wall']:.2f} | **{med[2]['cpu']:.2f}** | | | "
              f"**{med[1]['cpu']:.2f}** (wall {med[1]['wall']:.2f}) |",
              f"| the bench's /proc sampler (same cores) | | | {med[2]['sampler_cpu']:.2f} | | | "
              f"{med[1]['sampler_cpu']:.2f} |"]
    lines += critical_section(j2, cores)
    if baseline:
        lines += ["", f"The same -j 2 build from `{baseline['rev']}` (BENCH_BASELINE), alternating with the runs "
                  "above:", "", "| tree | wall s | CPU s | main's start-up CPU s |", "|---|---|---|---|"]
        ours = statistics.median(process_rows(r)["main"][3] for r in j2)
        theirs = statistics.median(process_rows(r)["main"][3] for r in baseline["runs"])
        wall = statistics.median(r.wall for r in baseline["runs"])
        cpu = statistics.median(r.cpu for r in baseline["runs"])
        lines += [f"| {baseline['rev']} | {wall:.2f} | {cpu:.2f} | {theirs:.2f} |",
                  f"| this tree | {med[2]['wall']:.2f} ({med[2]['wall'] / wall:.2f}×) | "
                  f"{med[2]['cpu']:.2f} ({med[2]['cpu'] / cpu:.2f}×) | {ours:.2f} |"]
        if variant:   # BENCH_PROFILE_ENV: this tree with other settings, in the same alternation
            v = variant["runs"]
            vwall, vcpu = statistics.median(r.wall for r in v), statistics.median(r.cpu for r in v)
            vstart = statistics.median(process_rows(r)["main"][3] for r in v)
            lines.append(f"| this tree, `{variant['name']}` | {vwall:.2f} ({vwall / wall:.2f}×) | "
                         f"{vcpu:.2f} ({vcpu / cpu:.2f}×) | {vstart:.2f} |")
    return lines


def _nices(runs: list[Run]) -> dict[str, str]:
    """label -> the highest nice value its processes ran at, with their session's where it was
    higher (pipeline/priority.py), in how many of the runs: e.g. "10 (10), 3 of 3 runs"."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for run in runs:
        per: dict[str, tuple[int, int]] = {}
        for p in run.procs.values():
            old = per.get(p.label, (0, 0))
            per[p.label] = (max(old[0], p.nice), max(old[1], p.group_nice or 0))
        for label, value in per.items():
            seen.setdefault(label, []).append(value)
    out = {}
    for label, values in seen.items():
        top = max(values)
        lowered = sum(1 for v in values if v != (0, 0))
        out[label] = f"{top[0]} ({top[1]})" + (f", {lowered} of {len(runs)} runs" if lowered not in (0, len(runs)) else "")
    return out


def critical_section(runs: list[Run], cores: int) -> list[str]:
    paths = [critical_path(r, cores) for r in runs]
    critical = statistics.mode(p["critical"] for p in paths)
    same = [p for p in paths if p["critical"] == critical]
    m = {k: statistics.median(p[k] for p in same) for k in same[0] if k != "critical"}
    phases = ("start-up", "front half", "both chains", "tail", "finishing")
    what = {"start-up": "launch → decode starts (main: Python, CLI, imports, the pool's fork)",
            "front half": "decode → xml done (main; the workers import their renderers meanwhile)",
            "both chains": "xml → the first edition chain done (both workers)",
            "tail": "→ the last chain done (one worker)", "finishing": "→ exit (manifest, pool shut down)"}
    lines = ["", f"The -j 2 build's critical path ({len(same)} of {len(paths)} runs end on the {critical} chain): "
             "phases, the CPU every process of the build used in each, and how many of the "
             f"{cores} cores that kept busy:", "",
             "| phase | what | wall s | CPU s, all processes | busy cores | CPU s of the process the build waits for |",
             "|---|---|---|---|---|---|"]
    for ph in phases:
        wall, cpu, own = m[f"{ph} wall"], m[f"{ph} cpu"], m[f"{ph} critical cpu"]
        lines.append(f"| {ph} | {what[ph]} | {wall:.2f} | {cpu:.2f} | {cpu / wall if wall else 0:.2f} | {own:.2f} |")
    floor = sum(m[f"{ph} critical cpu"] for ph in phases)
    chain = " → ".join(f"{k[6:]} {v:.2f} s" for k, v in m.items() if k.startswith("chain "))
    lines += ["", f"Critical path: start-up {m['start-up wall']:.2f} s → front half {m['front half wall']:.2f} s → "
              f"hand-off {m['hand-off']:.2f} s → {chain} → finishing {m['finishing wall']:.2f} s; the other chain "
              f"ended {m['slack']:.2f} s earlier. Idle: {m['idle core-s']:.1f} core-seconds of "
              f"{cores} × wall. The CPU of the processes the build waits for, phase after phase, adds up to "
              f"**{floor:.2f} s**: the wall this build would take on {cores} idle cores if the critical process "
              "never waited for a core."]
    return lines


# ---- start-up of single commands ---------------------------------------------------------

def run_command(argv: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """(wall, CPU of the process and every program it ran) of one command."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    err = proc.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def startup(commands: dict[str, list[str]], trees: dict[str, Path], python: str, env: dict, cwd: Path,
            runs: int) -> dict[tuple[str, str], tuple[float, float]]:
    """(command, tree) -> median (wall, CPU) of `python -m pipeline ARGS` with each tree first on
    sys.path, alternating trees and commands."""
    samples: dict[tuple[str, str], list] = {}
    for _ in range(runs):
        for name, args in commands.items():
            for tree, root in trees.items():
                result = run_command([python, "-m", "pipeline", *args], dict(env, PYTHONPATH=str(root)), cwd)
                samples.setdefault((name, tree), []).append(result)
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in samples.items()}


def startup_report(result: dict, trees: list[str], runs: int) -> list[str]:
    names = list(dict.fromkeys(k[0] for k in result))
    lines = ["## Start-up", "",
             f"CPU (user + sys, the command and every program it ran; os.wait4) and wall of single commands, "
             f"medians of {runs} alternating runs each, `python -m pipeline` with each tree first on the path."]
    if len(trees) == 2:
        before, now = trees
        lines += ["", f"| command | CPU s {before} | CPU s this tree | CPU this / {before} | wall s {before} | "
                  "wall s this tree |", "|---|---|---|---|---|---|"]
        for n in names:
            (wb, cb), (wn, cn) = result[(n, before)], result[(n, now)]
            lines.append(f"| `{n}` | {cb:.3f} | {cn:.3f} | **{cn / cb:.2f}** | {wb:.3f} | {wn:.3f} |")
    else:
        lines += ["", "| command | CPU s | wall s |", "|---|---|---|"]
        for n in names:
            w, c = result[(n, trees[0])]
            lines.append(f"| `{n}` | {c:.3f} | {w:.3f} |")
    return lines


def replace_sections(text: str, sections: dict[str, list[str]]) -> str:
    """`text` (a results.md) with each `## title` section replaced by (or, if absent, followed by) the new one."""
    for title, lines in sections.items():
        block = "\n".join(lines) + "\n"
        m = re.search(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
        if m:
            text = text[:m.start()] + block + ("\n" if m.end() < len(text) else "") + text[m.end():]
        else:
            text = text.rstrip("\n") + "\n\n" + block
    return text


def kept_sections(text: str, titles) -> dict[str, list[str]]:
    """The `## title` sections of an earlier results.md (a full `make bench` keeps the profile's)."""
    out = {}
    for title in titles:
        m = re.search(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
        if m:
            out[title] = m.group(0).rstrip("\n").split("\n")
    return out
