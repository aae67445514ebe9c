"""`make bench`: our build against what a user would run instead, in the same run.

For inputs at 1x, 10x and 50x the sample's size it runs, alternating, 3 times each:
  ours            pipeline build (PDF + DOCX + EPUB, appendix, charts, verify), -j 2
  same-work peer  from our own XML: pandoc -> DOCX, pandoc -> EPUB, pandoc -> HTML5 with our
                  print CSS (bench/peer.css: + TOC page numbers) -> WeasyPrint PDF, one after the other
  naive peer      pandoc SOURCE -o x.pdf --pdf-engine=weasyprint on the raw text (reference only)
and prints medians, ratios, pages, peak RSS (largest process; sum of concurrent processes),
a per-stage breakdown of one run, then 16 documents on 2 Dask workers against the local pool
(bench/dask_bench.py; BENCH_ONLY=dask runs only that), and writes bench/results.md.
`--profile` (make bench PROFILE=1) instead profiles the 1x build per stage and per process and
measures single commands' start-up (bench/build_profile.py; BENCH_BASELINE=REV adds a before).
Figures are ratios against the peer measured in the same run: the machine is noisy.
"""
from __future__ import annotations

import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work"
VENV_BIN = Path(sys.executable).parent
SIZES = tuple(int(s) for s in os.environ.get("BENCH_SIZES", "1,10,50").split(","))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MiB = 1024 * 1024


@dataclass
class Sample:
    seconds: float
    largest_rss: int   # bytes, the largest single process
    summed_rss: int    # bytes, the largest sum over processes alive at once


def _descendants(pid: int) -> list[int]:
    children, out = {}, []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    stack = [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, ()))
    return out


def _status(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in bytes."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss, hwm


def measure(cmd: str, cwd: Path, env: dict) -> Sample:
    """Run a shell command; sample its process tree's memory every 20 ms."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=True, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    peak = {"largest": 0, "sum": 0}
    done = threading.Event()

    def sample():
        while not done.is_set():
            total = 0
            for pid in _descendants(proc.pid):
                rss, hwm = _status(pid)
                total += rss
                peak["largest"] = max(peak["largest"], hwm)
            peak["sum"] = max(peak["sum"], total)
            done.wait(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    thread.join()
    err = proc.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: command failed: {cmd}\n{err[-2000:]}")
    largest = max(peak["largest"], usage.ru_maxrss * 1024)
    return Sample(seconds, largest, max(peak["sum"], largest))


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def prepare(times: int) -> Path:
    from make_inputs import repeated_text

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"hexi-x{times}.txt"
    if times == 1:
        shutil.copyfile(REPO / "examples" / "hexi-2010.txt", path)
    else:
        path.write_text(repeated_text(REPO / "examples" / "hexi-2010.txt", times), encoding="utf-8")
    return path


def commands(source: Path) -> dict[str, str]:
    stem = source.stem
    pandoc = __import__("pypandoc").get_pandoc_path()
    out = WORK / "out"
    xml = WORK / "build" / f"{stem}.xml"
    css = HERE / "peer.css"   # styles/print.css + target-counter TOC numbers for pandoc's nav
    return {
        # a fresh build dir each run: the charts drawn by the previous run would otherwise be reused
        "ours": f"rm -rf {WORK}/ours-build && {VENV_BIN}/pipeline -q build {source} -o {out}/ours --build-dir {WORK}/ours-build -j 2",
        "peer": (f"{pandoc} -f docbook {xml} --toc -o {out}/peer/{stem}.docx && "
                 f"{pandoc} -f docbook {xml} --toc -t epub3 -o {out}/peer/{stem}.epub && "
                 f"{pandoc} -f docbook {xml} -s --toc -t html5 --css {css} -o {out}/peer/{stem}.html && "
                 f"{VENV_BIN}/weasyprint {out}/peer/{stem}.html {out}/peer/{stem}.pdf"),
        "naive": f"{pandoc} {source} -o {out}/naive/{stem}.pdf --pdf-engine=weasyprint",
    }


def stage_breakdown(source: Path, env: dict) -> list[tuple[str, float]]:
    """One verbose serial run: the per-stage timings the CLI logs with -v."""
    shutil.rmtree(WORK / "stages-build", ignore_errors=True)   # fresh: no charts to reuse
    proc = subprocess.run([f"{VENV_BIN}/pipeline", "-v", "build", str(source), "-o", str(WORK / "out" / "stages"),
                           "--build-dir", str(WORK / "stages-build"), "-j", "1"],
                          capture_output=True, text=True, env=env, cwd=REPO, check=True)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.search(r": (\w[\w ]*?) (\d+) ms$", line)
        if m:
            rows.append((m.group(1), int(m.group(2)) / 1000))
    return rows


def batch_throughput(env: dict) -> dict:
    """8 sample-size documents in one `pipeline build`: -j 1 against -j 2, alternating."""
    folder = WORK / "batch"
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for k in range(1, 9):
        path = folder / f"doc{k}.txt"
        shutil.copyfile(REPO / "examples" / "hexi-2010.txt", path)
        sources.append(str(path))
    runs = {1: [], 2: []}
    for _ in range(max(1, RUNS - 1)):
        for jobs in (1, 2):
            cmd = (f"rm -rf {folder}/build{jobs} && {VENV_BIN}/pipeline -q build {' '.join(sources)} -o {folder}/out{jobs} "
                   f"--build-dir {folder}/build{jobs} -j {jobs}")
            runs[jobs].append(measure(cmd, REPO, env))
            print(f"  batch -j {jobs}: {runs[jobs][-1].seconds:.2f} s", file=sys.stderr)
    return {jobs: statistics.median(s.seconds for s in v) for jobs, v in runs.items()} | {
        "sum_rss": max(s.summed_rss for s in runs[2])}


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    import weasyprint
    pandoc = subprocess.run([__import__("pypandoc").get_pandoc_path(), "--version"], capture_output=True,
                            text=True).stdout.split("\n")[0]
    return (f"{cpu}; {len(os.sched_getaffinity(0))} cores usable; {mem} MiB RAM; {platform.platform()}; "
            f"Python {platform.python_version()}; WeasyPrint {weasyprint.__version__}; {pandoc}")


def dask_section(env: dict) -> list[str]:
    """16 documents on 2 Dask workers against the pool -j 2 (bench/dask_bench.py); also bench/results-dask.md."""
    import dask_bench

    runs = int(os.environ.get("BENCH_DASK_RUNS", str(max(1, RUNS - 1))))
    result = dask_bench.compare(WORK, REPO / "examples" / "hexi-2010.txt", VENV_BIN, env, runs, measure)
    lines = dask_bench.report(result)
    (HERE / "results-dask.md").write_text("\n".join(["# Dask against the local pool", "", f"Machine: {machine()}"]
                                                     + lines) + "\n", encoding="utf-8")
    return lines


def baseline_tree(rev: str) -> Path:
    """The package as it was at git revision `rev`, unpacked under bench/work (for before/after)."""
    folder = WORK / f"baseline-{rev}"
    if not (folder / "pipeline").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", rev, "pipeline", "styles"], cwd=REPO, capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    if not (folder / "pipeline" / "__pycache__").is_dir():
        # its bytecode and regex table, as `make` makes this tree's: with PYTHONDONTWRITEBYTECODE set
        # (these sessions) Python never writes them, and every process of a cold tree compiled all its
        # modules and patterns again (main's start-up about 2x: 0.45 against 0.21 CPU-s, speed1x)
        warm = dict(os.environ, PYTHONPATH=str(folder))
        subprocess.run([str(VENV_BIN / "python"), "-m", "compileall", "-q", "pipeline"], cwd=folder, env=warm,
                       check=True)
        subprocess.run([str(VENV_BIN / "python"), "-c", "from pipeline.regex_cache import record; record()"],
                       cwd=folder, env=warm, check=False)   # a revision from before the table: none
    return folder


def profile_main(env: dict) -> None:
    """--profile: the 1x build per stage and per process, and the start-up of single commands,
    against BENCH_BASELINE (a git revision) when it is set; updates only those sections of results.md."""
    import build_profile as bp

    source = prepare(1)
    python, cores = str(VENV_BIN / "python"), len(os.sched_getaffinity(0))
    rev = os.environ.get("BENCH_BASELINE", "")
    trees = {"this tree": REPO} | ({rev: baseline_tree(rev)} if rev else {})
    build = [python, "-m", "pipeline", "-v", "build", str(source), "-o", str(WORK / "out" / "profile"),
             "--build-dir", str(WORK / "profile-build")]
    runs, loads, base = {2: [], 1: []}, [], []
    # BENCH_PROFILE_ENV="NAME=VALUE ...": also this tree with those variables (e.g. PIPELINE_PRIORITIES=off)
    extra = dict(kv.split("=", 1) for kv in os.environ.get("BENCH_PROFILE_ENV", "").split())
    variant = " ".join(f"{k}={v}" for k, v in extra.items())
    other = []
    for k in range(RUNS):   # alternate, so drift hits every variant alike
        for tree, jobs in ([("this tree", 2), ("this tree", 1)] + ([(rev, 2)] if rev else [])
                           + ([(variant, 2)] if extra else [])):
            loads.append(float(open("/proc/loadavg").read().split()[0]))
            shutil.rmtree(WORK / "profile-build", ignore_errors=True)   # fresh: no charts to reuse
            run_env = dict(env, **extra) if tree == variant else env
            run = bp.profile_run(build, jobs, dict(run_env, PYTHONPATH=str(trees.get(tree, REPO))), WORK)
            (runs[jobs] if tree == "this tree" else other if tree == variant else base).append(run)
            print(f"  profile run {k + 1} {tree} -j {jobs}: {run.wall:.2f} s wall, {run.cpu:.2f} s CPU", file=sys.stderr)
    xml = WORK / "startup" / f"{source.stem}.xml"
    commands = {"pipeline --help": ["--help"],
                "pipeline xml SAMPLE": ["-q", "xml", str(source), "-o", str(xml)],
                "pipeline xml --figures none SAMPLE": ["-q", "xml", "--figures", "none", str(source), "-o", str(xml)],
                "pipeline validate SAMPLE.xml": ["-q", "validate", str(xml)],
                "pipeline render SAMPLE.xml --to epub": ["-q", "render", str(xml), "--to", "epub", "-o",
                                                         str(WORK / "startup" / f"{source.stem}.epub")]}
    startup_runs = max(RUNS, 5)
    names = list(trees)[::-1]   # the baseline first
    result = bp.startup(commands, {n: trees[n] for n in names}, python, env, WORK, startup_runs)
    sections = {"Profile of the 1x build": bp.report(runs, cores, loads, {"rev": rev, "runs": base} if rev else None,
                                                     {"name": variant, "runs": other} if extra else None),
                "Start-up": bp.startup_report(result, names, startup_runs)}
    path = HERE / "results.md"
    text = bp.replace_sections(path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n", sections)
    path.write_text(text, encoding="utf-8")
    print("\n\n".join("\n".join(v) for v in sections.values()))


def main() -> None:
    sys.path.insert(0, str(HERE))
    env = dict(os.environ, PATH=f"{VENV_BIN}:{os.environ['PATH']}", SOURCE_DATE_EPOCH="1262304000")
    if "--profile" in sys.argv[1:]:   # only the profile and start-up sections (make bench PROFILE=1)
        profile_main(env)
        return
    if os.environ.get("BENCH_ONLY") == "dask":   # only the Dask comparison (-> bench/results-dask.md)
        print("\n".join(dask_section(env)))
        return
    for sub in ("ours", "peer", "naive"):
        (WORK / "out" / sub).mkdir(parents=True, exist_ok=True)
    table, breakdown = [], []
    for times in SIZES:
        source = prepare(times)
        subprocess.run([f"{VENV_BIN}/pipeline", "-q", "xml", str(source), "-o",
                        str(WORK / "build" / f"{source.stem}.xml")], check=True, env=env, cwd=REPO)
        cmds = commands(source)
        samples = {name: [] for name in cmds}
        for run in range(RUNS):
            for name, cmd in cmds.items():   # alternate, so drift hits every contender alike
                samples[name].append(measure(cmd, REPO, env))
                print(f"  {times}x run {run + 1} {name}: {samples[name][-1].seconds:.2f} s", file=sys.stderr)
        med = {n: statistics.median(s.seconds for s in v) for n, v in samples.items()}
        row = {
            "times": times, "kb": source.stat().st_size // 1024, "med": med,
            "largest": {n: max(s.largest_rss for s in v) for n, v in samples.items()},
            "summed": {n: max(s.summed_rss for s in v) for n, v in samples.items()},
            "pages": {"ours": pages(WORK / "out" / "ours" / f"{source.stem}.pdf"),
                      "peer": pages(WORK / "out" / "peer" / f"{source.stem}.pdf"),
                      "naive": pages(WORK / "out" / "naive" / f"{source.stem}.pdf")},
        }
        table.append(row)
        if times == SIZES[0]:
            breakdown = stage_breakdown(source, env)
    batch = batch_throughput(env) if os.environ.get("BENCH_BATCH", "1") == "1" else None
    report = render_report(table, breakdown, batch)
    if os.environ.get("BENCH_DASK", "1") == "1":
        report += "\n".join(dask_section(env)) + "\n"
    import build_profile   # keep the `## ` sections this run does not write: the profile's, and written notes
    old = (HERE / "results.md").read_text(encoding="utf-8") if (HERE / "results.md").exists() else ""
    titles = [line[3:].strip() for line in old.splitlines() if line.startswith("## ")]
    report = build_profile.replace_sections(report, build_profile.kept_sections(old, titles))
    (HERE / "results.md").write_text(report, encoding="utf-8")
    print(report)


def render_report(table, breakdown, batch=None) -> str:
    lines = ["# Benchmark results", "", f"Machine: {machine()}", "",
             f"Medians of {RUNS} alternating runs each. ours = `pipeline build` (3 editions, appendix, charts, "
             "verify, -j 2); peer = pandoc DOCX + pandoc EPUB + pandoc HTML → WeasyPrint PDF from our XML, "
             "serially; naive = `pandoc SOURCE -o x.pdf --pdf-engine=weasyprint` (no structure; reference only).", "",
             "| input | ours s | peer s | ours/peer | naive s | pages ours/peer/naive | peak RSS largest ours/peer MiB | sum ours MiB |",
             "|---|---|---|---|---|---|---|---|"]
    for r in table:
        m, lg, sm, pg = r["med"], r["largest"], r["summed"], r["pages"]
        lines.append(f"| {r['times']}x ({r['kb']} KB) | {m['ours']:.2f} | {m['peer']:.2f} | "
                     f"**{m['ours'] / m['peer']:.2f}** | {m['naive']:.2f} | {pg['ours']}/{pg['peer']}/{pg['naive']} | "
                     f"{lg['ours'] // MiB}/{lg['peer'] // MiB} | {sm['ours'] // MiB} |")
    if batch:
        lines += ["", "Batch mode, 8 sample-size documents in one `pipeline build` (3 editions each):", "",
                  "| -j 1 s | -j 2 s | throughput -j 2 / -j 1 | peak RSS sum -j 2 MiB |", "|---|---|---|---|",
                  f"| {batch[1]:.1f} | {batch[2]:.1f} | **{batch[1] / batch[2]:.2f}×** | {batch['sum_rss'] // MiB} |"]
    if breakdown:
        lines += ["", f"Per-stage breakdown of one serial run at {table[0]['times']}x (`pipeline -v build -j 1`):", "",
                  "| stage | seconds |", "|---|---|"]
        lines += [f"| {name} | {sec:.3f} |" for name, sec in breakdown]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
