"""Charts: which ones, their captions and alt text, determinism, fonts."""
from __future__ import annotations

import io
import re

import pytest
from matplotlib import image

from pipeline import log
from dataclasses import replace

from pipeline.figures import extract_figures, find_figures, make_charts
from pipeline.figures.charts import chart_specs
from pipeline.model import Document, FigureRecord

from .documents import load_document


@pytest.fixture(scope="module")
def sample_records():
    return extract_figures(load_document("ningxia-2026"))


def test_sample_charts(sample_records):
    """ningxia-2026's charts each hold one list or one indicator's years, never a mix."""
    log.collected.clear()
    charts = make_charts(sample_records, lang="zh-CN", title="报告")
    assert [c.id for c in charts] == [f"fig{n}" for n in range(1, len(charts) + 1)]
    assert 1 <= len(charts) <= 6
    assert not [w for w in log.collected if "glyph" in w.message]
    png = image.imread(io.BytesIO(charts[0].png))
    assert png.shape[1] == pytest.approx(6.3 * 200, abs=2)


def test_deterministic(sample_records):
    a = make_charts(sample_records, lang="zh-CN", title="报告")
    b = make_charts(sample_records, lang="zh-CN", title="报告")
    assert [(c.png, c.svg) for c in a] == [(c.png, c.svg) for c in b]
    svg = a[0].svg.decode()
    assert "<dc:date>" not in svg and "<text" not in svg   # no date, text drawn as paths


def _money(n: int, series: str = "p1-1-v0", unit: str = "元") -> list[FigureRecord]:
    """n parts of one list (`指标0、指标1…分别为…`)."""
    return [FigureRecord(f"p1-1-v{i}", "p1-1", "text", 0, 1, "1亿元", f"指标{i}", (i + 1) * 1e8,
                         unit, "1亿", series=series) for i in range(n)]


def test_at_most_15_bars_first_kept():
    (chart,) = make_charts(_money(20), lang="zh-CN", title="t")
    assert chart.title == "图1 指标0等（亿元，前15项）"
    assert chart.alt.count("；") == 14 and chart.alt.startswith("条形图：指标0")


def test_too_few_or_none():
    assert make_charts(_money(2), lang="zh-CN", title="t") == ()
    assert find_figures(Document(title="t", lang="en")).charts == ()


def test_english_caption():
    (chart,) = make_charts(_money(3), lang="en", title="t")
    assert re.match(r"Figure 1 .* \(100 million yuan\)", chart.title)


def test_unrelated_amounts_are_never_charted_together():
    """Amounts of different indicators that are no list (a budget, a harvest, a loan) get no chart."""
    assert make_charts(_money(5, series=""), lang="zh-CN", title="t") == ()


def _years(indicator: str, years, section="s1", unit="元", change="") -> list[FigureRecord]:
    return [FigureRecord(f"p1-{n}-v1", f"p1-{n}", "text", 0, 1, "1亿元", indicator, (n + 1) * 1e8, unit, "1亿",
                         change=change, section=section, when=str(y)) for n, y in enumerate(years)]


def test_one_indicator_over_years_is_a_series_in_year_order():
    (spec,) = chart_specs(_years("地区生产总值", [2012, 2010, 2011]), lang="zh-CN", title="t")
    assert spec.title == "图1 地区生产总值（亿元）"
    assert [label for label, _ in spec.rows] == ["2010年", "2011年", "2012年"]
    assert [v for _, v in spec.rows] == [2.0, 3.0, 1.0]


def test_series_needs_three_years_one_section_one_kind():
    assert chart_specs(_years("地区生产总值", [2010, 2010, 2011]), lang="zh-CN", title="t") == ()
    mixed = _years("地区生产总值", [2010, 2011]) + _years("地区生产总值", [2012], section="s2")
    assert chart_specs(mixed, lang="zh-CN", title="t") == ()
    growth = _years("地区生产总值", [2010, 2011]) + _years("地区生产总值", [2012], change="+5%")
    assert chart_specs(growth, lang="zh-CN", title="t") == ()


def test_list_of_parts_titled_by_their_shared_ending():
    parts = [replace(r, indicator=name, change=change, value=float(change[:-1]), unit="%")
             for r, name, change in zip(_money(3), ["一产增加值", "二产增加值", "三产增加值"], ["+6%", "+5.2%", "-1%"])]
    (spec,) = chart_specs(parts, lang="zh-CN", title="t")
    assert spec.title == "图1 一、二、三产增加值增减（%）"
    assert spec.rows == (("一产增加值", 6.0), ("二产增加值", 5.2), ("三产增加值", -1.0))


def test_at_most_six_charts_the_largest_kept_in_order():
    records = [r for k in range(8) for r in _money(3 + (k == 7), series=f"p{k}-v1")]
    specs = chart_specs(records, lang="zh-CN", title="t")
    assert len(specs) == 6 and len(specs[-1].rows) == 4


def _rates(paragraph: str, names, target=False) -> list[FigureRecord]:
    return [FigureRecord(f"{paragraph}-v{i}", paragraph, "text", 0, 1, "5%", name, 5.0 + i, "%", "5",
                         change=f"+{5 + i}%", target=target) for i, name in enumerate(names)]


def test_headline_rates_of_one_paragraph_the_one_with_most():
    records = (_rates("p1-1", ["地区生产总值", "财政收入", "进出口总额", "居民收入"])
               + _rates("p1-2", ["投资", "消费", "出口", "进口", "就业"]))
    (spec,) = chart_specs(records, lang="zh-CN", title="t")
    assert spec.title == "图1 主要指标增长率（%）"
    assert [label for label, _ in spec.rows] == ["投资", "消费", "出口", "进口", "就业"]


def test_no_headline_rates_from_a_story_over_years_targets_or_too_few():
    assert chart_specs(_rates("p1", ["能耗", "能耗", "排放", "用水", "用地"]), lang="zh-CN", title="t") == ()
    assert chart_specs(_rates("p1", ["投资", "消费", "出口", "进口"], target=True), lang="zh-CN", title="t") == ()
    assert chart_specs(_rates("p1", ["投资", "消费", "出口"]), lang="zh-CN", title="t") == ()


def test_sample_report_gets_its_headline_rates_only():
    specs = chart_specs(extract_figures(load_document("hexi-2010")), lang="zh-CN", title="t")
    assert [s.title for s in specs] == ["图1 主要指标增长率（%）"]
    assert specs[0].rows[0] == ("区域口径生产总值", 13.5)
