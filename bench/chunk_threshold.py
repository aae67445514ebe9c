"""Single against chunked PDF layout, alternating runs: where does `--pdf-chunks auto` win?

    python bench/chunk_threshold.py OUT.jsonl X1.xml X5.xml ... [--runs 7] [--chunks 2]
    python bench/chunk_threshold.py --summary OUT.jsonl

Each XML intermediate (from `bench/make_inputs.py`, then `pipeline xml`) is rendered to PDF
in a fresh process, `--pdf-chunks off` and `N` alternating (ABBA order, so neither mode always
runs first). A run's wall time is the process's; its CPU time is user+sys of the process and
its workers. One JSON line per run goes to OUT.jsonl (with the 1-minute load average before
it, to show how shared the machine was); the medians and the paired ratios are printed.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf

RENDER = """
import sys
from pipeline.build import load_intermediate
from pipeline.options import Options
from pipeline.render import render
doc = load_intermediate(sys.argv[1])
data = render("pdf", doc, Options(pdf_chunks=sys.argv[2]))
open(sys.argv[3], "wb").write(data)
"""


def run(xml: str, chunks: str, out: str) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RENDER, xml, chunks, out], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with pikepdf.open(out) as pdf:
        pages = len(pdf.pages)
    return {"xml": Path(xml).name, "chunks": chunks, "wall": round(wall, 3), "cpu": round(cpu, 3),
            "load": round(load, 2), "bytes": Path(out).stat().st_size, "pages": pages}


def main(argv: list[str]) -> None:
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("xmls", nargs="+")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--chunks", default="2")
    args = parser.parse_args(argv)
    log, xmls, runs, chunks = args.log, args.xmls, args.runs, args.chunks
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp, log.open("a") as sink:
        for i in range(runs):
            for xml in xmls:
                order = ("off", chunks) if i % 2 == 0 else (chunks, "off")
                for mode in order:
                    result = run(xml, mode, f"{tmp}/out.pdf")
                    results.append(result)
                    sink.write(json.dumps(result) + "\n")
                    sink.flush()
    summarize(results, chunks)


def summarize(results: list[dict], chunks: str) -> None:
    for xml in dict.fromkeys(r["xml"] for r in results):
        single = [r for r in results if r["xml"] == xml and r["chunks"] == "off"]
        split = [r for r in results if r["xml"] == xml and r["chunks"] == chunks]
        for key in ("wall", "cpu"):
            a, b = [r[key] for r in single], [r[key] for r in split]
            paired = sorted(y / x for x, y in zip(a, b))
            print(f"{xml} {key}: single {statistics.median(a):.2f} s, chunked {statistics.median(b):.2f} s, "
                  f"paired ratio median {statistics.median(paired):.2f} (range {paired[0]:.2f}-{paired[-1]:.2f})")
        print(f"{xml} pages {single[0].get('pages', '?')}, bytes: single {single[0]['bytes']}, chunked {split[0]['bytes']} "
              f"({split[0]['bytes'] / single[0]['bytes']:.3f}); load {min(r['load'] for r in single + split):.1f}-"
              f"{max(r['load'] for r in single + split):.1f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--summary":
        rows = [json.loads(line) for line in Path(sys.argv[2]).read_text().splitlines()]
        summarize(rows, sys.argv[3] if len(sys.argv) > 3 else "2")
    else:
        main(sys.argv[1:])
