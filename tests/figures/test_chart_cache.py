"""Charts reused by content key: same data, same key, nothing drawn; a changed value, title or
file is drawn again; a rebuilt XML reuses its folder's charts without importing matplotlib."""
from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

from pipeline.chart_cache import INDEX, drawn_charts, write_charts
from pipeline.figures import charts as chartmod
from pipeline.figures import make_charts
from pipeline.figures.charts import chart_specs
from pipeline.model import FigureRecord

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "ningxia-2026-gov-report.txt"   # has lists worth a chart


def _money(values, para: str = "p1-1") -> list[FigureRecord]:
    """One list of amounts in paragraph `para`: one chart."""
    return [FigureRecord(f"{para}-v{i}", para, "text", 0, 1, "1亿元", f"指标{i}", v * 1e8, "元", "1亿",
                         series=f"{para}-v0")
            for i, v in enumerate(values)]


@pytest.fixture(scope="module")
def drawn():
    return make_charts(_money([3, 2, 1]), lang="zh-CN", title="t")


def test_key_follows_the_data_and_nothing_else():
    (a,) = chart_specs(_money([3, 2, 1]), lang="zh-CN", title="t")
    (same,) = chart_specs(_money([3, 2, 1]), lang="zh-CN", title="t")
    (value,) = chart_specs(_money([3, 2, 1.5]), lang="zh-CN", title="t")
    (title,) = chart_specs(_money([3, 2, 1]), lang="zh-CN", title="u")
    assert a.key == same.key and len(a.key) == 64
    assert len({a.key, value.key, title.key}) == 3


def test_reused_chart_is_not_drawn(drawn, monkeypatch):
    import pipeline.figures.draw as draw

    def refuse(*args, **kwargs):
        raise AssertionError("drew a chart whose pictures were given")
    monkeypatch.setattr(draw, "draw_chart", refuse)
    reuse = {c.key: {"png": c.png, "svg": c.svg, "pdf": c.pdf} for c in drawn}
    assert make_charts(_money([3, 2, 1]), lang="zh-CN", title="t", reuse=reuse) == drawn
    with pytest.raises(AssertionError, match="drew a chart"):
        make_charts(_money([3, 2, 1.5]), lang="zh-CN", title="t", reuse=reuse)


def test_pdf_picture_is_one_page_of_outlines(drawn):
    with pikepdf.open(io.BytesIO(drawn[0].pdf)) as pdf:
        assert len(pdf.pages) == 1
        assert not dict(pdf.pages[0].Resources.get("/Font", {})), "chart text must be outlines, as in the SVG"
        assert b"BT" not in pdf.pages[0].Contents.read_bytes().split()
        assert float(pdf.pages[0].mediabox[2]) == pytest.approx(chartmod.WIDTH_IN * 72)
    assert drawn[0].pdf == make_charts(_money([3, 2, 1]), lang="zh-CN", title="t")[0].pdf


def test_folder_round_trip_and_a_changed_file_is_not_reused(drawn, tmp_path):
    folder = tmp_path / "x.charts"
    paths = write_charts(folder, drawn)
    assert sorted(p.name for p in paths) == ["fig1.pdf", "fig1.png", "fig1.svg"]
    found = drawn_charts(folder)
    assert found == {drawn[0].key: {"png": drawn[0].png, "svg": drawn[0].svg, "pdf": drawn[0].pdf, "warnings": []}}
    (folder / "fig1.svg").write_bytes(drawn[0].svg[:-10])          # half a copy
    assert drawn_charts(folder) == {}
    (folder / INDEX).write_text("not json")
    assert drawn_charts(folder) == {}
    assert drawn_charts(tmp_path / "nowhere") == {}


def test_unchanged_files_are_not_rewritten(drawn, tmp_path):
    folder = tmp_path / "x.charts"
    write_charts(folder, drawn)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    other = dataclasses.replace(drawn[0], svg=drawn[0].svg.replace(b"</svg>", b"<!-- --></svg>"))
    write_charts(folder, (other,))
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert before["fig1.png"] == after["fig1.png"] and before["fig1.pdf"] == after["fig1.pdf"]
    assert json.loads((folder / INDEX).read_text())["fig1"]["key"] == drawn[0].key


def test_rebuilt_xml_reuses_its_charts_without_matplotlib(tmp_path):
    """The XML step records the charts and draws none; drawn once (build.draw_charts, as a renderer
    or `pipeline build`'s free worker does), a rebuilt XML reuses them: same XML, same pictures."""
    xml = tmp_path / f"{SAMPLE.stem}.xml"
    prelude = ("import sys; from pathlib import Path; from pipeline import build; "
               "from pipeline.options import Options; ")
    make = prelude + f"build.make_xml(Path({str(SAMPLE)!r}), Path({str(xml)!r}), Options()); "
    report = "print('matplotlib' in sys.modules)"
    draw = prelude + f"print(build.draw_charts(Path({str(xml)!r}))); " + report

    def run(script):
        proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.split()

    assert run(make + report) == ["False"]
    folder = tmp_path / f"{SAMPLE.stem}.charts"
    assert sorted(p.name for p in folder.iterdir()) == [INDEX]
    data = xml.read_bytes()
    assert run(draw) == ["3", "True"]
    pictures = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert len(pictures) == 10
    assert run(draw) == ["0", "False"]             # drawn: nothing more to draw
    assert run(make + report) == ["False"]
    assert xml.read_bytes() == data
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == pictures


def test_key_changes_with_the_drawing_code(monkeypatch, tmp_path):
    """An edit to draw.py misses every old key (no version number to forget to bump)."""
    (spec,) = chart_specs(_money([3, 2, 1]), lang="zh-CN", title="t")
    original = spec.key
    (tmp_path / "draw.py").write_bytes((Path(chartmod.__file__).parent / "draw.py").read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(chartmod, "__file__", str(tmp_path / "charts.py"))
    chartmod.style_fingerprint.cache_clear()
    try:
        edited = spec.key
    finally:
        monkeypatch.undo()
        chartmod.style_fingerprint.cache_clear()
    assert edited != original and spec.key == original


def test_a_reused_chart_says_its_drawing_warnings_again(tmp_path):
    from pipeline import log
    records = _money([3, 2, 1])
    records[0] = dataclasses.replace(records[0], indicator="指标\U0001D11E")   # no glyph in the CJK font
    first = len(log.collected)
    charts = make_charts(records, lang="zh-CN", title="t")
    drawn_warnings = [w.message for w in log.collected[first:] if "glyph" in w.message]
    assert drawn_warnings and charts[0].warnings == tuple(drawn_warnings)
    write_charts(tmp_path / "x.charts", charts)
    first = len(log.collected)
    again = make_charts(records, lang="zh-CN", title="t", reuse=drawn_charts(tmp_path / "x.charts"))
    assert [w.message for w in log.collected[first:]] == drawn_warnings
    assert again == charts


@pytest.mark.parametrize("bars", [1, 3, 15])
def test_page_size_is_the_drawn_pdfs_page(bars):
    """The placeholder the PDF lays out before a chart is drawn has the drawn chart's page size."""
    from pipeline.figures.draw import draw_chart
    rows = tuple((f"指标{i}", float(i + 1)) for i in range(bars))
    with pikepdf.open(io.BytesIO(draw_chart(rows, "亿元", "t")["pdf"])) as pdf:
        box = [float(v) for v in pdf.pages[0].mediabox]
    assert box == [0.0, 0.0, *chartmod.page_size(bars)]


def test_undrawn_charts_are_recorded_then_drawn_on_demand(drawn, tmp_path):
    from pipeline.chart_cache import chart_size, draw_pending, is_pending
    folder = tmp_path / "x.charts"
    write_charts(folder, drawn)                                   # an older run's pictures
    (later,) = make_charts(_money([3, 2, 1.5]), lang="zh-CN", title="t", draw=False)
    assert (later.png, later.svg, later.pdf) == (b"", b"", b"") and later.spec is not None
    write_charts(folder, (later,))
    assert sorted(p.name for p in folder.iterdir()) == [INDEX]    # the old pictures show other data
    assert is_pending(folder / "fig1.pdf") and not is_pending(folder / "fig2.pdf")
    assert chart_size(folder / "fig1.pdf") == chartmod.page_size(3)
    assert drawn_charts(folder) == {}
    assert draw_pending([folder / "fig1.png", folder / "fig1.svg"]) == 1
    assert not is_pending(folder / "fig1.pdf")
    (expected,) = make_charts(_money([3, 2, 1.5]), lang="zh-CN", title="t")
    assert {fmt: (folder / f"fig1.{fmt}").read_bytes() for fmt in ("png", "svg", "pdf")} == \
        {"png": expected.png, "svg": expected.svg, "pdf": expected.pdf}
    assert drawn_charts(folder)[later.key]["pdf"] == expected.pdf   # reused by the next XML step
    assert draw_pending([folder / "fig1.pdf"]) == 0


def test_two_processes_draw_a_folder_once(tmp_path):
    """Whoever draws holds the folder's lock; the other waits, then finds the charts drawn."""
    folder = tmp_path / "x.charts"
    write_charts(folder, make_charts(_money([3, 2, 1]) + _money([5, 4, 6], "p2-1"), lang="zh-CN", title="t", draw=False))
    script = ("import sys; from pathlib import Path; from pipeline.chart_cache import draw_pending; "
              f"print(draw_pending([Path({str(folder / 'fig1.pdf')!r})]))")
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=REPO) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    assert sorted(int(out) for out, _ in outs) == [0, 1]


def test_a_chart_drawn_late_warns_once_and_a_reuse_says_it_again(tmp_path):
    from pipeline import log
    from pipeline.chart_cache import draw_pending
    records = _money([3, 2, 1])
    records[0] = dataclasses.replace(records[0], indicator="指标\U0001D11E")   # no glyph in the CJK font
    folder = tmp_path / "x.charts"
    first = len(log.collected)
    write_charts(folder, make_charts(records, lang="zh-CN", title="t", draw=False))
    assert log.collected[first:] == []                       # nothing drawn, nothing said
    assert draw_pending([folder / "fig1.pdf"]) == 1
    said = [w.message for w in log.collected[first:]]
    assert said and all("glyph" in m for m in said)
    assert json.loads((folder / INDEX).read_text())["fig1"]["warnings"] == said
    first = len(log.collected)
    again = make_charts(records, lang="zh-CN", title="t", reuse=drawn_charts(folder), draw=False)
    assert [w.message for w in log.collected[first:]] == said and again[0].pdf
