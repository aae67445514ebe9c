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


def _money(values) -> list[FigureRecord]:
    return [FigureRecord(f"p1-1-v{i}", "p1-1", "text", 0, 1, "1亿元", f"指标{i}", v * 1e8, "元", "1亿",
                         series="p1-1-v0")
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
    xml = tmp_path / f"{SAMPLE.stem}.xml"
    script = ("import sys; from pathlib import Path; from pipeline.build import make_xml; "
              "from pipeline.options import Options; "
              f"make_xml(Path({str(SAMPLE)!r}), Path({str(xml)!r}), Options()); "
              "print('matplotlib' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert first.returncode == 0, first.stderr
    pictures = {p.name: p.read_bytes() for p in (tmp_path / f"{SAMPLE.stem}.charts").iterdir()}
    data = xml.read_bytes()
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert (first.stdout.split()[-1], second.stdout.split()[-1]) == ("True", "False")
    assert xml.read_bytes() == data
    assert {p.name: p.read_bytes() for p in (tmp_path / f"{SAMPLE.stem}.charts").iterdir()} == pictures


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
