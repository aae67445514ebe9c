"""Figures rules of branch figures4, round xce (issue 14): the misses of the first-sight documents xce1-xce5
sorted by phenomenon (tests/figures/corpus/README.md); each rule is tested on made-up sentences, and where
it must not fire."""
from __future__ import annotations

import pytest

from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


@pytest.mark.parametrize("text, mention, expected", [
    # a passive of expectation or revision with an adverb, a particle or any infinitive (xce3, xce5)
    ("Inflation in the Andes is now expected at 3.1 percent this year.", "3.1 percent", "Inflation in the Andes"),
    ("Wage growth of the islands, the smallest members of the union, is also revised down from 2.5 percent.",
     "2.5 percent", "Wage growth of the islands"),
    ("Exports of the valley are expected to remain at 6.5 percent.", "6.5 percent", "Exports of the valley"),
    ("Output of the mills is forecast to slow to 1.5 percent next year.", "1.5 percent", "Output of the mills"),
    # a reduced relative with a bare measure noun: the sentence's subject (xce3)
    ("Food inflation is forecast to ease to 4.0 percent this year, with the rate expected to decelerate further to "
     "3.5 percent in 2030.", "3.5 percent", "Food inflation"),
    # a verb before its object: a verb of attaining, or a word before a possessive (xce5)
    ("The region is on track to meet earlier projections of 6.1 percent.", "6.1 percent", "earlier projections"),
    ("The fund raised its export outlook for the islands to 2.9 percent.", "2.9 percent", "export outlook for the islands"),
])
def test_a_verb_of_reckoning_names_nothing(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_noun_before_forecast_is_no_participle():
    text = "Inflation is forecast to slow to 3.6 percent from its previous forecast of 4.2 percent."
    assert _named_en(text)["4.2 percent"] != "previous"            # `previous forecast`: a noun phrase, kept


@pytest.mark.parametrize("text, mention, expected", [
    # a name of connectives and times only measures what the value before it in the sentence does (xce3, xce5)
    ("Growth in the north is seen at 3.2 percent this year and 3.9 percent next year.", "3.9 percent",
     "Growth in the north"),
    ("The bank lifted its growth outlook for the coast from 2.7 percent to 2.9 percent in 2031 and from 2.7 percent "
     "to 3.0 percent for 2032.", "3.0 percent", "growth outlook for the coast"),
    # a possessive's reckoning points back to the measure the sentence named (xce3)
    ("The bank kept its growth forecast for the coast at 3.8 percent, but cut its estimate for next year to "
     "3.1 percent.", "3.1 percent", "growth forecast for the coast"),
])
def test_a_connective_name_takes_the_value_before(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_list_subject_before_an_expected_infinitive_is_distributed_and_repeated():
    text = ("The bank kept its outlook, with Peru and Chile still expected to expand 3.0 percent and 2.5 percent "
            "this year, respectively, and 3.2 percent and 2.6 percent in 2031.")
    named = _named_en(text)
    assert [named[m] for m in ("3.0 percent", "2.5 percent", "3.2 percent", "2.6 percent")] == \
        ["Peru", "Chile", "Peru", "Chile"]


def test_a_second_series_without_a_distributed_first_keeps_its_own_reading():
    text = "Rates rose to 3.0 percent and 2.5 percent, and 3.2 percent and 2.6 percent in 2031."
    named = _named_en(text)
    assert named["3.2 percent"] not in ("Peru", "")            # nothing to repeat: no list subject before


def test_a_list_of_shops_shares_retail_sales():
    named = indicators_of("1至6月，限额以上单位中超市、便利店、专卖店零售额同比分别增长3.1%、4.2%、2.3%。")
    assert named["4.2%"] == "便利店零售额" and named["2.3%"] == "专卖店零售额"
    assert named["3.1%"].endswith("超市零售额")


@pytest.mark.parametrize("text, mention, expected", [
    # check document xce6: values in brackets after their item (the English form of 农民（大约百分之二十五）)
    ("Exports should pick up, with Chile (3.1% growth in 2030 and 3.4% in 2031) and Peru (2.2% and 2.6%) leading.",
     "3.4%", "Chile growth"),
    ("Exports should pick up, with Chile (3.1% growth in 2030 and 3.4% in 2031) and Peru (2.2% and 2.6%) leading.",
     "2.6%", "Peru"),
    # values after a colon: the clause before it
    ("Food inflation is expected to be even higher: 4.5% in 2030 and 4.1% in 2031.", "4.5%", "Food inflation"),
    ("Food inflation is expected to be even higher: 4.5% in 2030 and 4.1% in 2031.", "4.1%", "Food inflation"),
    # a verb of pegging or expecting before its object
    ("The report pegged unemployment in the region to fall from 7.5% in 2030.", "7.5%", "unemployment"),
])
def test_brackets_colons_and_pegging(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_bracket_with_words_before_the_value_is_no_item_bracket():
    text = "Alberta's GDP per person was C$84,390 (compared to $60,270 in Canada as a whole)."
    assert _named_en(text)["$60,270"] != "Alberta"          # a comparison in brackets keeps its own rule


@pytest.mark.parametrize("text, mention, expected", [
    # check document xce7: a term in working days is a value and a deadline
    ("受理机关应当自收到申请之日起五个工作日内，作出答复。", "五个工作日", "受理机关作出答复的期限"),   # figures6: the party
    # a multiple stated by a copula and its base: the subject before the copula
    ("补偿的金额为实际损失的两倍。", "两倍", "补偿的金额"),
    # a multiple bounding the noun after 的: that noun
    ("受害人有权要求所受损失三倍以下的惩罚性赔偿。", "三倍", "惩罚性赔偿倍数"),
])
def test_working_days_and_multiples(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_each_stated_multiple_takes_its_own_clause_subject():
    named = indicators_of("今年粮食产量是上年的两倍，棉花产量为上年的三倍。")
    assert named == {"两倍": "今年粮食产量", "三倍": "棉花产量"}     # the clause after the comma: its own subject


@pytest.mark.parametrize("text, mention, expected", [
    # check document xce7: a term opened at an event (自…之日起) names the act inside it, never its start
    ("买受人自收到货物之日起三十日内发现缺陷，可以要求更换。", "三十日", "发现缺陷的期限"),
    # a two-character act joins 期限 as one compound; a longer one takes 的
    ("旅客可以自购票之日起十日内退票。", "十日", "旅客退票期限"),   # figures6: with the party bound
    ("公民应当自年满十六周岁之日起三个月内，申请领取居民身份证。", "三个月", "公民申请领取居民身份证的期限"),
])
def test_a_term_opened_at_an_event_names_its_act(text, mention, expected):
    assert indicators_of(text)[mention] == expected
