"""The key-figures table across real reports: the rows an editor puts first are in it.

Each report's expected rows were written by reading its text (issue 14: GDP and its growth,
fiscal revenue, the budget deficit and its target, employment, population, the CPI target),
not from the pipeline's output. A row matches when its indicator contains the name and its
actual or target figure is the value as written (after cleaning: ASCII digits).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.figures import find_figures
from pipeline.figures.summary import LIMIT

from common import REPO

from .documents import SOURCES, load_document

CORPUS = Path(__file__).parent / "corpus" / "docs"
SHARED = REPO.parent / "shared" / "corpus" / "docs"        # the team's corpus, when checked out beside

# report -> (indicator contains, the value written, its growth or '' for any)
EXPECTED = {
    "national-2009": [
        ("国内生产总值", "30万亿元", "+9%"), ("国内生产总值", "8%", ""),        # outcome and target
        ("财政收入", "6.13万亿元", "+19.5%"),
        ("城镇新增就业", "1113万人", ""), ("城镇新增就业", "900万人", ""),
        ("城镇登记失业率", "4.6%", ""),
        ("居民消费价格", "4%", ""),                                             # the CPI target
        ("中央财政赤字", "7500亿元", ""), ("全国财政赤字", "9500亿元", ""),
        ("赤字占国内生产总值比重", "3%", ""),                                   # the deficit's target
    ],
    "b2_national_2007_gov_report_gb18030": [                                    # dev, read for this test only
        ("国内生产总值", "20.94万亿元", "+10.7%"), ("国内生产总值", "8%", ""),
        ("财政收入", "3.93万亿元", ""),
        ("城镇新增就业", "1184万人", ""), ("城镇新增就业", "900万人", ""),
        ("城镇登记失业率", "4.6%", ""),
        ("居民消费价格", "3%", ""),
        ("中央财政赤字", "2450亿元", ""),
    ],
    "ningxia-2026": [
        ("地区生产总值", "5696亿元", "+5.3%"), ("地区生产总值", "5%", ""),
        ("地方一般公共预算收入", "3%", ""),
        ("城镇调查失业率", "5.5%", ""),
        ("居民消费价格", "2%", ""),
        ("常住人口", "732万人", ""),
        ("城镇新增就业", "41万人", ""),
    ],
    "guangdong-2026": [
        ("地区生产总值", "3.9%", "+3.9%"),
        ("地方一般公共预算收入", "3%", ""),
        ("城镇新增就业", "149.4万人", ""),
        ("城镇调查失业率", "5.0%", ""),
    ],
    "xq6_yichun_2022_city_stat_communique_visible_text_zh": [
        ("地区生产总值", "3473.12亿元", "+5.3%"),
        ("常住人口", "496.97万人", ""),
        ("城镇新增就业", "4.33万人", ""),
        ("居民消费价格", "2.1%", ""),
    ],
    "xq3_jiangxi_2022_stat_communique_visible_text_zh": [
        ("地区生产总值", "32074.7亿元", "+4.7%"),
        ("常住人口", "4527.98万人", ""),
        ("城镇新增就业", "45.2万人", ""),
        ("居民消费价格", "2.0%", ""),
    ],
}


def _summary(name: str):
    if name not in SOURCES:
        SOURCES[name] = CORPUS / f"{name}.txt" if (CORPUS / f"{name}.txt").exists() else SHARED / f"{name}.txt"
    if not SOURCES[name].exists():
        pytest.skip(f"{name}: the shared corpus is not checked out beside the repository")
    return find_figures(load_document(name), draw=False).key


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_editors_headline_rows_are_in_the_summary(name):
    key = _summary(name)
    assert len(key) <= LIMIT
    cells = [(r.indicator, f.mention, f.change) for r in key for f in (r.actual, r.target) if f]
    missing = [(want, value, change) for want, value, change in EXPECTED[name]
               if not any(want in ind and mention == value and (not change or got == change)
                          for ind, mention, got in cells)]
    assert not missing, (missing, [r.indicator for r in key])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_summary_row_is_named_by_a_bare_generic_noun(name):
    """`增加值`, `贡献率`, `总额` alone say how, not of what: the summary row takes its sentence's noun."""
    from pipeline.figures.qualify import GENERIC_NOUNS
    bare = [r.indicator for r in _summary(name) if r.indicator in GENERIC_NOUNS or r.indicator.startswith("占")]
    assert not bare
