"""Indicator naming rules of branch naming2 (issue 14, round 4): each names a phenomenon seen in at
least two documents of the corpus (tests/figures/corpus/README.md lists them); the made-up sentences
below test it, and where it must not fire."""
from __future__ import annotations

import pytest

from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


# --- English ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # a preposition after a percentage opens a phrase of time or place: never the name
    ("Core inflation was 3.1 per cent over the year to March.", "3.1 per cent", "Core inflation"),
    ("Joblessness reached 18% among the under-25s.", "18%", "Joblessness"),
])
def test_a_preposition_after_a_percentage_names_nothing(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_noun_after_a_percentage_still_names_it():
    assert _named_en("It is still far from the 3 per cent ceiling of the treaty.")["3 per cent"] == "ceiling"


@pytest.mark.parametrize("text, mention, expected", [
    # the same measure at another time, after `, down from` / `, up from the trough of` / `, rising to`
    ("Wage growth was 4.2 per cent in June, down from 4.6 per cent a year earlier.", "4.6 per cent", "Wage growth"),
    ("The vacancy rate was 6.1% in May, up from the trough of 4.9% in 2021.", "4.9%", "trough of vacancy rate"),
    ("Output growth of 2% is expected in 2025, rising to 2.4% in 2026.", "2.4%", "Output growth"),
])
def test_a_value_reached_from_or_compared_with_the_one_before_measures_the_same(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_two_measures_with_their_own_names_are_not_joined():
    named = _named_en("Exports were 12% of output, while imports rose 3% in 2019.")
    assert named["3%"] != named["12%"]


@pytest.mark.parametrize("text, mention, expected", [
    # a measure noun alone (rate, average) measures the clause's subject
    ("The sales tax should be kept at the current rate of 7% next year.", "7%", "sales tax rate"),
    ("Exports grew steadily over the year, by an average of 0.6 per cent per month.", "0.6 per cent", "Exports growth"),
    ("Should the deficit remain at an average of 3% for the next years, debt would rise.", "3%", "deficit"),
])
def test_a_bare_measure_noun_is_the_subjects(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a value after a verb of change and `by`: what changed, with the change
    ("The payroll of the agency has been cut by about $4,000,000.", "$4,000,000", "reduction of payroll of the agency"),
    ("The plan will reduce the tax burden over three years by more than $9,000,000.", "$9,000,000", "tax burden reduction"),
    ("Household saving has increased by 14% annually since 2019.", "14%", "Household saving increase"),
])
def test_a_change_by_an_amount_is_named_by_what_changed(text, mention, expected):
    assert _named_en(text)[mention] == expected


# --- Chinese ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # 其他 is a word of its own, never the pronoun 其 and a stray 他
    ("其他服务收入下降3.5%。", "3.5%", "其他服务收入"),
    ("其他税收同比增长2.1%，占比6.0%。", "2.1%", "其他税收"),
])
def test_qita_is_not_cut_to_ta(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_the_pronoun_qi_opening_a_name_still_goes():
    assert indicators_of("其中粮食产量达到500万吨。")["500万吨"] == "粮食产量"


@pytest.mark.parametrize("text, mention, expected", [
    # a name cut inside a bracket: the bracket was an aside
    ("在这里，共有三千万以上人口（占全省的一半）遭受水灾。", "三千万", "人口"),
    # a short unit gloss left open by a list comma is closed instead
    ("已有25个省（自治区、直辖市）、300个县（市、区）建立了低保制度。", "300个", "县（市）"),
])
def test_a_name_never_keeps_an_unclosed_bracket(text, mention, expected):
    assert indicators_of(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a bracketed aside, a closing degree: the nearest clause ending in a measure noun names the value
    ("贫困户在全村户数中所占的比例，各组不一，大约只占百分之六左右（以户计算）。", "百分之六", "贫困户在全村户数中所占的比例"),
    ("而愿意参加合作社的人数（户数），则有大约百分之八十以上这样多。", "百分之八十", "愿意参加合作社的人数"),
])
def test_an_aside_or_a_degree_alone_takes_the_measure_clause_before(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_duration_said_to_suffice_is_the_time_its_act_takes():
    assert indicators_of("他们估计，只须两个月，就可以修好这条公路。")["两个月"] == "修好这条公路所需时间"


@pytest.mark.parametrize("text, mention, expected", [
    # a count in 人 before 民: the 人 is the noun 人民's
    ("全区有五十万人民武装参加了秋收。", "五十万人", "人民武装"),
    ("八亿人民摆脱了饥饿。", "八亿人", "人民"),
])
def test_ren_before_min_is_the_noun_renmin(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_militia_counted_in_ren_keeps_its_noun():
    assert indicators_of("乡村中的民兵发展到了二十万人以上。")["二十万人"] == "民兵"


@pytest.mark.parametrize("text, mention", [
    # a bare first end leaves its unit to the second (widens `七千万至一万万市担`)
    ("每次战斗须付出二千至三千人的伤亡。", "二千至三千人"),
    ("还要集中力量用两到三年时间完成改造。", "两到三年"),
])
def test_a_range_whose_first_end_has_no_unit_is_one_figure(text, mention):
    from pipeline.figures.numerals import scan_numerals
    assert mention in [text[q.start:q.end] for q in scan_numerals(text)]


def test_a_year_in_numerals_is_no_first_end():
    from pipeline.figures.numerals import scan_numerals
    text = "从一九四六年到三年后。"
    assert [text[q.start:q.end] for q in scan_numerals(text)] == ["三年"]
