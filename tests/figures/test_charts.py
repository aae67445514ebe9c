"""Charts: which ones, their captions and alt text, determinism, fonts."""
from __future__ import annotations

import io
import re

import pytest
from matplotlib import image

from pipeline import log
from pipeline.figures import extract_figures, find_figures, make_charts
from pipeline.model import Document, FigureRecord

from .documents import load_document


@pytest.fixture(scope="module")
def sample_records():
    return extract_figures(load_document("hexi-2010"))


def test_sample_charts(sample_records):
    log.collected.clear()
    charts = make_charts(sample_records, lang="zh-CN", title="报告")
    assert [c.id for c in charts] == [f"fig{n}" for n in range(1, len(charts) + 1)]
    titles = [c.title for c in charts]
    assert titles[0].startswith("图1 增长率") and any("亿元" in t for t in titles)
    money = next(c for c in charts if "亿元" in c.title)
    assert money.alt.startswith("条形图：区域口径生产总值450亿元；")
    assert not [w for w in log.collected if "glyph" in w.message]
    png = image.imread(io.BytesIO(money.png))
    assert png.shape[1] == pytest.approx(6.3 * 200, abs=2)


def test_deterministic(sample_records):
    a = make_charts(sample_records, lang="zh-CN", title="报告")
    b = make_charts(sample_records, lang="zh-CN", title="报告")
    assert [(c.png, c.svg) for c in a] == [(c.png, c.svg) for c in b]
    svg = a[0].svg.decode()
    assert "<dc:date>" not in svg and "<text" not in svg   # no date, text drawn as paths


def _money(n: int) -> list[FigureRecord]:
    return [FigureRecord(f"p1-1-v{i}", "p1-1", "text", 0, 1, "1亿元", f"指标{i}", (i + 1) * 1e8,
                         "元", "1亿") for i in range(n)]


def test_at_most_15_bars_largest_named():
    (chart,) = make_charts(_money(20), lang="zh-CN", title="t")
    assert chart.title == "图1 主要金额指标（亿元，最大的15项）"
    assert chart.alt.count("；") == 14 and chart.alt.startswith("条形图：指标19")


def test_too_few_or_none():
    assert make_charts(_money(2), lang="zh-CN", title="t") == ()
    assert find_figures(Document(title="t", lang="en")).charts == ()


def test_english_caption():
    (chart,) = make_charts(_money(3), lang="en", title="t")
    assert re.match(r"Figure 1 Amounts \(100 million yuan\)", chart.title)
