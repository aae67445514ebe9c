"""The charts' cost, measured against the way they were made before, in the same run.

    .venv/bin/python bench/charts.py [RUNS]        # -> bench/results-charts.md

CPU seconds (this process's user+sys: the machine is shared, wall time is noise), medians of
RUNS alternating rounds (default 5), for the sample (examples/hexi-2010.txt):
- drawing: one chart's figure and layout, then each writer (PNG 200 dpi, SVG, PDF), per chart;
  the whole `draw_chart` per chart; the import of matplotlib (in a fresh interpreter);
- the PDF edition of the same XML three ways, alternating: charts as SVG that WeasyPrint draws
  (before), charts as matplotlib's PDF embedded as form XObjects (now), and no charts at all
  (the floor);
- the XML step (`pipeline xml`, fresh interpreter): charts drawn, and charts reused from the
  folder (`chart_cache`), which needs no matplotlib.
"""
from __future__ import annotations

import copy
import dataclasses
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "hexi-2010.txt"
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def cpu() -> float:
    return time.process_time()


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def med(values) -> float:
    return statistics.median(values)


def _run_child(args: list[str]) -> float:
    before = children_cpu()
    subprocess.run(args, check=True, cwd=REPO, capture_output=True)
    return children_cpu() - before


def main() -> None:
    from matplotlib import rc_context

    from pipeline.build import load_intermediate, make_xml
    from pipeline.docbook.read import q
    from pipeline.figures import draw
    from pipeline.options import Options
    from pipeline.render.pdf import render_pdf

    work = Path(tempfile.mkdtemp(prefix="bench-charts-"))
    xml = make_xml(SAMPLE, work / "hexi-2010.xml", Options()).xml
    now = load_intermediate(xml)
    before_root = copy.deepcopy(now.root)   # the XML as it was: PNG and SVG only
    for data in list(before_root.iter(q("imagedata"))):
        if data.get("format") == "PDF":
            obj = data.getparent()
            obj.getparent().remove(obj)
    before = dataclasses.replace(now, tree=before_root.getroottree())
    none_root = copy.deepcopy(before_root)
    for media in list(none_root.iter(q("mediaobject"))):
        media.getparent().remove(media)
    bare = dataclasses.replace(now, tree=none_root.getroottree())

    from pipeline.figures import extract_figures, find_figures  # noqa: F401
    from pipeline.figures.charts import chart_specs
    from pipeline.structure import structure_document
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    text = decode_bytes(SAMPLE.read_bytes(), name=SAMPLE.name).text
    document = structure_document(clean_text(text, source_file=SAMPLE.name), lang="zh-CN")
    specs = chart_specs(extract_figures(document), lang=document.lang, title=document.title)

    font = draw._font()
    draw.draw_chart(specs[0].rows, specs[0].unit, specs[0].doc_title)   # warm: first glyph loads
    parts: dict[str, list[float]] = {k: [] for k in ("figure + layout", "PNG", "SVG", "PDF", "draw_chart")}
    for _ in range(RUNS):
        for spec in specs:
            with rc_context(draw._RC):
                t = cpu()
                fig = draw._figure(spec.rows, font, spec.unit)
                parts["figure + layout"].append(cpu() - t)
                for fmt, kwargs in (("PNG", {"dpi": draw.DPI}), ("SVG", {}), ("PDF", {})):
                    t = cpu()
                    fig.savefig(io.BytesIO(), format=fmt.lower(), **kwargs)
                    parts[fmt].append(cpu() - t)
            t = cpu()
            draw.draw_chart(spec.rows, spec.unit, spec.doc_title)
            parts["draw_chart"].append(cpu() - t)
    imports = [_run_child([sys.executable, "-c", "import matplotlib; matplotlib.use('Agg'); "
                           "import matplotlib.figure, matplotlib.backends.backend_agg"]) for _ in range(RUNS)]
    python = [_run_child([sys.executable, "-c", "pass"]) for _ in range(RUNS)]

    options = Options()
    for doc in (before, now, bare):
        render_pdf(doc, options)   # warm: imports, fonts
    renders: dict[str, list[float]] = {"SVG drawn by WeasyPrint (before)": [], "PDF form XObjects (now)": [],
                                       "no charts (floor)": []}
    for _ in range(RUNS):
        for name, doc in zip(renders, (before, now, bare)):
            t = cpu()
            render_pdf(doc, options)
            renders[name].append(cpu() - t)

    xml_runs: dict[str, list[float]] = {"charts drawn": [], "charts reused": []}
    cli = [sys.executable, "-m", "pipeline", "-q", "xml", str(SAMPLE), "-o"]
    for n in range(RUNS):
        fresh = work / f"x{n}" / "hexi-2010.xml"
        xml_runs["charts drawn"].append(_run_child(cli + [str(fresh)]))
        xml_runs["charts reused"].append(_run_child(cli + [str(fresh)]))

    n = len(specs)
    lines = ["# Charts: cost before and after (bench/charts.py)", "",
             f"CPU seconds, medians of {RUNS} alternating rounds, the sample ({n} charts); "
             "the machine is shared, so only CPU time and ratios within this run count.", "",
             "| drawing, per chart | CPU s |", "|---|---|"]
    lines += [f"| {k} | {med(v):.3f} |" for k, v in parts.items()]
    lines += [f"| import matplotlib (once per process; python alone {med(python):.3f}) | "
              f"{med(imports) - med(python):.3f} |", "",
              "| PDF edition of the same XML | CPU s | charts' share |", "|---|---|---|"]
    floor = med(renders["no charts (floor)"])
    lines += [f"| {k} | {med(v):.3f} | {med(v) - floor:+.3f} |" for k, v in renders.items()]
    lines += ["", "| `pipeline xml` (fresh interpreter) | CPU s |", "|---|---|"]
    lines += [f"| {k} | {med(v):.3f} |" for k, v in xml_runs.items()]
    text = "\n".join(lines) + "\n"
    (REPO / "bench" / "results-charts.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
