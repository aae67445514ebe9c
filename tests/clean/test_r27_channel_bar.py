"""(r27) A news site's channel bar at the page's head (rules_widgets._channel_bar, vocab.NEWS_CHANNELS):
its items parted by separators, most of them channel names; and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["2031年某某市政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。",
        "一、过去一年的工作", "过去一年，全市经济运行稳中有进，民生保障持续加强，各项事业取得新进展。"]


def _kept(top: str) -> list[str]:
    return list(clean_text("\n".join([top, *BODY]) + "\n", source_file="t.txt").lines)


@pytest.mark.parametrize("bar", [
    "新闻网 | 时政 | 国际 | 财经 | 观点 | 视频",
    "首页｜国内｜国际｜军事｜体育｜娱乐",
    "时政 · 财经 · 科技 · 教育 · 健康",
    "某某网 | 要闻 | 地方 | 评论 | 图片",
])
def test_a_channel_bar_over_the_headline_goes(bar):
    kept = _kept(bar)
    assert bar not in kept and all(line in kept for line in BODY)


@pytest.mark.parametrize("top", [
    "教育·科技·人才：三位一体推进高质量发展",   # a headline's phrases parted by dots
    "教育 · 科技 · 人才",                         # three phrases: too few for a bar
    "国际 | 财经专题：开放型经济新体制建设情况报告",   # an item too long for a channel
])
def test_what_stays(top):
    assert top in _kept(top)
