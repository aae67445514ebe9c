"""The DOCX page pass: one LibreOffice per pass against the build's shared office, same run.

    .venv/bin/python bench/office_bench.py        # BENCH_RUNS=5 for more runs; -> bench/results-office.md

1. Where a page pass's time goes, at the sample's size: one `soffice --convert-to` of the copy
   LibreOffice lays out, against one converting two copies (the difference is the layout, the
   rest LibreOffice starting), and the shared office (pipeline/render/docx/office.py): its
   start until it listens, then each pass handed to it.
2. Builds, alternating PIPELINE_OFFICE=per-pass (one soffice per pass, as before) and the
   default (shared): the sample with -j 2 (no office: see batch._start_office) and with -j 1,
   and a batch of 8 sample-size documents with -j 2. Wall time, and CPU time of the whole
   process tree: the children's rusage plus the shared office's own CPU time, which the build
   logs when it stops the office (its processes are reaped by init, not by the build).
"""
from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work" / "office"
VENV_BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SAMPLE = REPO / "examples" / "hexi-2010.txt"
OFFICE_CPU = re.compile(r"LibreOffice office stopped after [0-9.]+ s, ([0-9.]+) CPU-s")


def layout_copy() -> bytes:
    """The DOCX copy the sample's page pass hands LibreOffice (captured from a render)."""
    from pipeline.build import load_intermediate, make_xml
    from pipeline.options import Options
    from pipeline.render import render
    from pipeline.render.docx import pages

    xml = make_xml(SAMPLE, WORK / "build" / "hexi-2010.xml", Options()).xml
    captured = []
    real = pages.docx_to_pdf
    pages.docx_to_pdf = lambda docx, timeout=pages.SOFFICE_TIMEOUT: captured.append(docx) or real(docx, timeout)
    try:
        render("docx", load_intermediate(xml), Options())
    finally:
        pages.docx_to_pdf = real
    return captured[0]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def split(docx: bytes) -> dict[str, list[float]]:
    """(wall, CPU) of: soffice converting 1 copy, 2 copies; the office starting; a pass in it."""
    from pipeline.render.docx.office import Office
    from pipeline.render.docx.pages import PDF_FILTER, soffice_path

    soffice = soffice_path()
    out: dict[str, list[tuple[float, float]]] = {}
    for _ in range(RUNS):
        for copies in (1, 2):
            with tempfile.TemporaryDirectory() as tmp:
                files = []
                for k in range(copies):
                    (Path(tmp) / f"e{k}.docx").write_bytes(docx)
                    files.append(str(Path(tmp) / f"e{k}.docx"))
                cpu, t = _children_cpu(), time.perf_counter()
                subprocess.run([soffice, f"-env:UserInstallation={Path(tmp, 'p').as_uri()}", "--headless",
                                "--norestore", "--convert-to", PDF_FILTER, "--outdir", tmp, *files],
                               capture_output=True, check=True, env={**os.environ, "HOME": tmp})
                out.setdefault(f"alone{copies}", []).append((time.perf_counter() - t, _children_cpu() - cpu))
        office = Office(soffice)
        try:
            t = time.perf_counter()
            assert office.wait_ready()
            out.setdefault("office start", []).append((time.perf_counter() - t, office.cpu_seconds()))
            for _ in range(2):
                before, cpu, t = office.cpu_seconds(), _children_cpu(), time.perf_counter()
                pdf, why = office.convert(docx, PDF_FILTER, 180)
                assert pdf is not None, why
                out.setdefault("office pass", []).append(
                    (time.perf_counter() - t, office.cpu_seconds() - before + _children_cpu() - cpu))
        finally:
            office.close()
    return out


def run_build(cmd: list[str], mode: str) -> tuple[float, float]:
    """(wall, CPU of the process tree) of one command under PIPELINE_OFFICE=mode."""
    env = {**os.environ, "PIPELINE_OFFICE": mode, "SOURCE_DATE_EPOCH": "1262304000"}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate()   # stderr read while it runs; rusage below is the reaped tree's
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench: failed: {' '.join(cmd)}\n{err[-2000:]}")
    office_cpu = sum(float(m) for m in OFFICE_CPU.findall(err))
    return wall, office_cpu


def builds() -> dict[str, dict[str, list[tuple[float, float]]]]:
    batch = WORK / "batch"
    batch.mkdir(parents=True, exist_ok=True)
    for k in range(1, 9):
        shutil.copyfile(SAMPLE, batch / f"doc{k}.txt")
    pipeline = str(VENV_BIN / "pipeline")
    cases = {
        "1x build -j 2": lambda out: [pipeline, "-v", "build", str(SAMPLE), "-o", str(out), "-j", "2"],
        "1x build -j 1": lambda out: [pipeline, "-v", "build", str(SAMPLE), "-o", str(out), "-j", "1"],
        "8 documents -j 2": lambda out: [pipeline, "-v", "build", str(batch), "-o", str(out), "-j", "2"],
    }
    results: dict = {}
    for case, make in cases.items():
        for run in range(RUNS):
            for mode in ("per-pass", "shared"):   # alternate, so drift hits both alike
                out = WORK / "out" / f"{mode}-{run}"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                cpu = _children_cpu()
                wall, office_cpu = run_build(make(out), mode)
                total = _children_cpu() - cpu + office_cpu
                results.setdefault(case, {}).setdefault(mode, []).append((wall, total))
                print(f"  {case} {mode} run {run + 1}: {wall:.2f} s wall, {total:.2f} CPU-s", file=sys.stderr)
    return results


def report(parts, results) -> str:
    med = lambda pairs, i: statistics.median(p[i] for p in pairs)   # noqa: E731
    lines = ["# The DOCX page pass: a LibreOffice per pass against one shared office", "",
             f"Medians of {RUNS} alternating runs, same session (`bench/office_bench.py`); the machine is "
             f"shared (load average {os.getloadavg()[0]:.1f} at the end on {os.cpu_count()} cores), so compare "
             "within a row, and trust the CPU columns over the wall ones.", "",
             "Where a page pass goes (the sample's layout copy):", "",
             "| what | wall s | CPU s |", "|---|---|---|"]
    names = {"alone1": "soffice --convert-to, 1 copy (today's pass)",
             "alone2": "soffice --convert-to, 2 copies in one process",
             "office start": "shared office: start until it listens",
             "office pass": "shared office: one pass handed to it"}
    for key, label in names.items():
        lines.append(f"| {label} | {med(parts[key], 0):.2f} | {med(parts[key], 1):.2f} |")
    c1, c2 = med(parts["alone1"], 1), med(parts["alone2"], 1)
    lines += ["", f"So of a pass's {c1:.2f} CPU-s, about {c2 - c1:.2f} is the layout and {2 * c1 - c2:.2f} "
              "LibreOffice starting.", "",
              "| build | per-pass wall s | shared wall s | shared/per-pass wall | per-pass CPU s | shared CPU s "
              "| shared/per-pass CPU |", "|---|---|---|---|---|---|---|"]
    for case, modes in results.items():
        pw, sw = med(modes["per-pass"], 0), med(modes["shared"], 0)
        pc, sc = med(modes["per-pass"], 1), med(modes["shared"], 1)
        lines.append(f"| {case} | {pw:.2f} | {sw:.2f} | **{sw / pw:.2f}** | {pc:.2f} | {sc:.2f} | **{sc / pc:.2f}** |")
    return "\n".join(lines) + "\n"


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    docx = layout_copy()
    parts = split(docx)
    results = builds()
    text = report(parts, results)
    (HERE / "results-office.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
