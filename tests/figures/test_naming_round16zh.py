"""(round16zh) A count after an acting body and the venue it acted in: named by what was done."""
from __future__ import annotations

from .documents import indicators_of


def test_a_count_after_a_body_and_its_venue_is_named_by_what_was_done():
    named = indicators_of("2024年，某某镇在政府门户网站主动公开各类政府信息86条，其中政策文件5条。")
    assert named["86条"] == "主动公开各类政府信息"
    named = indicators_of("全县在乡镇政务公开栏公布财务信息120条。")
    assert named["120条"] == "公布财务信息"


def test_a_topic_before_its_place_keeps_its_name():
    named = indicators_of("全市工业增加值在全省排名上升到第3位，增长8.5%。")
    assert all("全省" not in v and "排名" not in v for v in named.values()), named
