"""Figures rules of branch figures7 (issue 14): the check-set documents xxf1 (a county work report) and xxf2 (a news
story in Traditional script), each rule tested on made-up sentences and where it must not fire
(tests/figures/corpus/README.md, round figures7)."""
from __future__ import annotations

import pytest

from pipeline.figures import extract_figures
from tests.figures.documents import indicators_of, one_paragraph


def _records(text: str) -> dict[str, tuple[str, str, str]]:
    return {r.mention: (r.indicator, r.change, r.unit) for r in extract_figures(one_paragraph(text))}


def test_short_verbs_of_change_after_respectively_go_to_the_amounts_of_the_clauses_before():
    """分别 over subjects in separate clauses, each with its own amount (xxf1): the changes after `分别比增` are
    the amounts' changes in turn, so each amount's row carries its own (was: every change a row named 分别比增)."""
    rows = _records("全市地区生产总值300.5亿元，一般公共预算收入20.1亿元，分别比增6.2%和8.4%，增速居全省前列。")
    assert rows["300.5亿元"] == ("全市地区生产总值", "+6.2%", "元")
    assert rows["20.1亿元"] == ("一般公共预算收入", "+8.4%", "元")
    assert "6.2%" not in rows and "8.4%" not in rows


@pytest.mark.parametrize("text, expected", [
    # a measure noun alone before 分别: each value is that measure of the amount before it, in turn
    ("全市地区生产总值300.5亿元，一般公共预算收入20.1亿元，增速分别为6.2%和8.4%。",
     {"6.2%": "全市地区生产总值增速", "8.4%": "一般公共预算收入增速"}),
    # a one-character verb after 分别: the amounts' measures themselves
    ("全县粮食产量25.9万吨，油料产量1.2万吨，分别增3.1%和2.4%。", {"3.1%": "全县粮食产量", "2.4%": "油料产量"}),
])
def test_respectively_distributes_over_the_subjects_of_the_clauses_before(text, expected):
    named = indicators_of(text)
    assert {m: named[m] for m in expected} == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    # fewer amounts before than values after: no distribution
    ("全市地区生产总值300.5亿元，增速分别为6.2%和8.4%。", "8.4%", "全市地区生产总值增速"),
    # a list subject of its own before 分别 keeps the list reading
    ("全市地区生产总值300.5亿元，一产、二产增加值分别增长3%和5%。", "3%", "全市地区生产总值"),
])
def test_respectively_over_clauses_needs_as_many_amounts_and_no_subject_of_its_own(text, mention, not_expected):
    assert indicators_of(text)[mention] != not_expected


@pytest.mark.parametrize("text, mention, expected", [
    ("今年上半年，全社会用电量同比增12.5%。", "12.5%", ("全社会用电量", "+12.5%", "%")),
    ("万元生产总值能耗比降3.1%。", "3.1%", ("万元生产总值能耗", "-3.1%", "%")),
])
def test_a_short_verb_of_change_after_its_base_is_a_change(text, mention, expected):
    assert _records(text)[mention] == expected        # a change alone: its record carries its sign


def test_short_verbs_of_change_need_a_number_after_them():
    assert _records("要防止盲目攀比增长速度，对比增加值的构成。") == {}


@pytest.mark.parametrize("text, mention, expected", [
    ("五大产业协调发展，全市三次产业比例为12:38:50。", "12:38:50", "全市三次产业比例"),   # two-digit parts (xxf1)
    ("城乡人口比为40:60。", "40:60", "城乡人口比"),                                  # two parts that make 100
    ("全县三次产业结构为12:30:58。", "12:30:58", "全县三次产业结构"),                   # reads like a clock: the cue
])
def test_a_ratio_with_ascii_colons_is_a_ratio(text, mention, expected):
    assert indicators_of(text)[mention] == expected


@pytest.mark.parametrize("text", [
    "会议于9:30开始，16:45:10结束。",     # times of day
    "他全程用时125:30，刷新了纪录。",      # two parts, no cue, not 100: a race time stays out
])
def test_a_time_of_day_is_no_ratio(text):
    assert indicators_of(text) == {}


@pytest.mark.parametrize("text, mention, unit", [
    ("全年在核心期刊发表论文120篇，出版专著6部。", "120篇", "篇"),
    ("今年改造老旧路灯500盏。", "500盏", "盏"),
    ("运动员共获得金牌8枚。", "8枚", "枚"),
    ("该党在议会选举中获得45席。", "45席", "席"),
])
def test_more_measure_words_count_things(text, mention, unit):
    assert _records(text)[mention][2] == unit


def test_a_measure_word_opening_a_word_is_no_unit():
    assert not any(m.endswith(("桌", "篇")) for m in indicators_of("机房配备30桌面终端，压缩5篇幅以内。"))
    assert not any(m.endswith("块") for m in indicators_of("门票三块钱一张，两块钱也行。"))   # money said colloquially


@pytest.mark.parametrize("text, expected", [
    ("李先生的婚宴昨晚在酒店举行，共摆了30桌。", "婚宴桌数"),
    # Traditional script, after a news dateline (xxf2's shape)
    ("【記者王明/台北】校慶晚宴今(5)日晚間於台北舉行，席開80桌，校友踴躍出席。", "校慶晚宴桌数"),
])
def test_tables_laid_out_belong_to_the_gathering_the_sentence_opens_with(text, expected):
    tables = next(m for m in indicators_of(text) if m.endswith("桌"))
    assert indicators_of(text)[tables] == expected


def test_a_count_of_seats_with_its_own_subject_is_not_a_gathering():
    named = indicators_of("该党在议会选举中获得45席，比上届多5席。")
    assert not named["45席"].endswith("席数")
    assert indicators_of("席开30桌。")["30桌"] != "桌数"      # no clause before: nothing to own the tables
