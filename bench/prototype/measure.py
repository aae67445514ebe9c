"""Alternating single vs chunked PDF renders, whole-process wall time and peak RSS.

    .venv/bin/python bench/prototype/measure.py 5,23 3   # sizes (x sample), runs each

Appends one JSON line per run to bench/prototype/work/times.jsonl and prints medians
and the paired ratio chunked/single.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
PY = sys.executable
MODES = os.environ.get("MODES", "single,chunked").split(",")


def run(mode: str, size: int) -> dict:
    xml = WORK / f"hexi-x{size}.xml"
    out = WORK / f"{mode}-x{size}.pdf"
    t = time.perf_counter()
    # the renderer is being edited while we measure: both modes run a frozen copy
    env = dict(os.environ, PYTHONPATH=str(WORK / "snapshot"))
    args = [mode, str(xml), str(out), "-v"]
    proc = subprocess.Popen([PY, str(HERE / "chunked_pdf.py"), *args],
                            stderr=subprocess.PIPE, text=True, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    err = proc.stderr.read()
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(next(l.split()[-1] for l in pages.splitlines() if l.startswith("Pages")))
    return {"mode": mode, "size": size, "seconds": round(seconds, 2), "pages": pages,
            "maxrss_mib": round(usage.ru_maxrss / 1024), "status": status,
            "loadavg": os.getloadavg()[0], "detail": err.strip().splitlines()[-1][:600]}


def main(sizes, runs):
    for size in sizes:
        rows = []
        for r in range(runs):
            order = MODES[r % len(MODES):] + MODES[:r % len(MODES)]
            for mode in (order if r % 2 == 0 else order[::-1]):
                row = run(mode, size)
                rows.append(row)
                with open(WORK / "times.jsonl", "a") as f:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                print(json.dumps({k: row[k] for k in ("mode", "size", "seconds", "pages", "maxrss_mib", "loadavg")}), flush=True)
        s = [x["seconds"] for x in rows if x["mode"] == MODES[0]]
        for mode in MODES[1:]:
            c = [x["seconds"] for x in rows if x["mode"] == mode]
            print(f"x{size}: {MODES[0]} median {statistics.median(s):.1f} s, {mode} median "
                  f"{statistics.median(c):.1f} s, ratio {statistics.median(c) / statistics.median(s):.2f}, "
                  f"paired ratios {[round(b / a, 2) for a, b in zip(s, c)]}", flush=True)


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1].split(",")], int(sys.argv[2]))
