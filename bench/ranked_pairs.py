"""Alternating 1x (or Nx) builds of several trees or settings, ranked as ranked_profile.py ranks
them, with each round's ratio to the first variant: the paired figures bench/results.md quotes.

    .venv/bin/python bench/ranked_pairs.py base=3b23cca this=.                  # as root
    .venv/bin/python bench/ranked_pairs.py base=3b23cca:PIPELINE_PRIORITIES=off this=.:PIPELINE_PRIORITIES=off
    BENCH_RUNS=10 BENCH_TIMES=10 .venv/bin/python bench/ranked_pairs.py ...     # rounds; the input's size

Each variant is NAME=TREE[:VAR=VALUE,...]: TREE a git revision (unpacked under bench/work, its
bytecode and regex table made there as `make` makes this tree's: run.baseline_tree) or a folder
holding `pipeline/` (this tree: `make .venv/.warm` first, or its processes compile everything).
Why another script: on the shared machine a build's wall moves +-20 % from round to round even
ranked, and a median of each side hides how often one side wins; the ratio of the two builds of
the same round (run one after the other) moves less. Per round it prints wall, CPU (every process,
os.wait4 and the adopted office), the chain that ended last and by how much, when the PDF's layout
and the charts started and when the XML was done; then per variant the median ratio to the first,
its range and how many rounds it won. Prints only; writes nothing but the builds' outputs.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_profile as bp  # noqa: E402
import ranked_profile as rp  # noqa: E402
import run as bench  # noqa: E402


def _tree(spec: str) -> Path:
    """A folder with pipeline/ in it, or a revision unpacked and warmed (run.baseline_tree)."""
    return Path(spec).resolve() if Path(spec).is_dir() else bench.baseline_tree(spec)


def _start(run, name: str) -> float:
    return next((s.start for s in run.stages if s.name == name), float("nan"))


def main(specs: list[str]) -> None:
    Path("/proc/self/autogroup").write_text(str(rp.SHIFT))
    threading.Thread(target=rp._shift_sessions, args=(os.getpid(),), daemon=True).start()
    source = bench.prepare(int(os.environ.get("BENCH_TIMES", "1")))
    variants = {}
    for spec in specs:
        name, _, rest = spec.partition("=")
        tree, _, settings = rest.partition(":")
        variants[name] = (_tree(tree), dict(kv.split("=", 1) for kv in settings.split(",") if kv))
    env = dict(os.environ, PATH=f"{bench.VENV_BIN}:{os.environ['PATH']}", SOURCE_DATE_EPOCH="1262304000")
    runs: dict[str, list] = {name: [] for name in variants}
    for k in range(bench.RUNS):   # alternating
        for name, (tree, extra) in variants.items():
            out, build_dir = bench.WORK / "out" / f"pairs-{name}", bench.WORK / f"pairs-build-{name}"
            argv = [str(bench.VENV_BIN / "python"), "-m", "pipeline", "-v", "build", str(source), "-o", str(out),
                    "--build-dir", str(build_dir)]
            load = float(Path("/proc/loadavg").read_text().split()[0])
            shutil.rmtree(build_dir, ignore_errors=True)   # fresh: no charts to reuse
            run = bp.profile_run(argv, 2, dict(env, PYTHONPATH=str(tree), **extra), bench.WORK)
            cp = bp.critical_path(run, 2)
            xml_done = next(s.end for s in run.stages if s.name == "xml")
            runs[name].append((run, cp))
            print(f"round {k + 1} {name}: load {load:.1f}, wall {run.wall:.2f} s, CPU {run.cpu:.2f} s, "
                  f"last {cp['critical']} by {cp['slack']:.2f} s; xml done {xml_done:.2f}, "
                  f"pdf layout from {_start(run, 'render pdf'):.2f}, charts from {_start(run, 'charts'):.2f}",
                  flush=True)
    first = next(iter(variants))
    print(f"\n| {bench.RUNS} rounds | wall s (median) | CPU s (median) | wall / {first} (median; range; rounds below 1) "
          f"| CPU / {first} | chain that ended last |")
    print("|---|---|---|---|---|---|")
    for name in variants:
        walls = [r.wall for r, _ in runs[name]]
        cpus = [r.cpu for r, _ in runs[name]]
        lasts = [cp["critical"] for _, cp in runs[name]]
        ratios = [r.wall / b.wall for (r, _), (b, _) in zip(runs[name], runs[first])]
        cpu_ratios = [r.cpu / b.cpu for (r, _), (b, _) in zip(runs[name], runs[first])]
        paired = (f"{statistics.median(ratios):.3f}; {min(ratios):.2f}-{max(ratios):.2f}; "
                  f"{sum(x < 1 for x in ratios)}/{len(ratios)}") if name != first else ""
        print(f"| {name} | {statistics.median(walls):.2f} | {statistics.median(cpus):.2f} | {paired} | "
              + (f"{statistics.median(cpu_ratios):.3f}" if name != first else "") + " | "
              + ", ".join(f"{c} {lasts.count(c)}" for c in sorted(set(lasts))) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit("usage: bench/ranked_pairs.py NAME=TREE[:VAR=VALUE,...] NAME=TREE ... (as root)")
    rp.in_own_session(main, sys.argv[1:])
