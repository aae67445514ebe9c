"""Figures rules of branch figures3, round c (issue 14): the misses of the first-sight documents xc1-xc4
and of xr5 sorted by phenomenon (tests/figures/corpus/README.md); each rule is tested on made-up
sentences, and where it must not fire."""
from __future__ import annotations

import pytest

from pipeline.figures.english import scan_english
from pipeline.figures.weak_en import _bounded
from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


# --- what is a value -------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, value", [
    ("The penalty is a fine of three lakh rupees.", "three lakh rupees", 3e5),       # lakh (xc3)
    ("The scheme cost five crore rupees in all.", "five crore rupees", 5e7),         # crore
    ("A grant of 4 lakh rupees was paid.", "4 lakh rupees", 4e5),
])
def test_lakh_and_crore_are_scale_words(text, mention, value):
    got = {text[q.start:q.end]: q.value for q in scan_english(text)}
    assert got[mention] == value


@pytest.mark.parametrize("text, mention", [
    ("The council kept the water levy at three cents per gallon.", "three cents per gallon"),   # xr5
    ("Pay in the mills rose to 80 cents an hour.", "80 cents an hour"),
])
def test_money_per_unit_is_one_rate(text, mention):
    assert mention in {text[q.start:q.end] for q in scan_english(text)}


def test_money_before_other_words_keeps_its_end():
    text = "They paid 80 cents a piece and left."                  # `a piece`: no unit of a rate
    assert "80 cents" in {text[q.start:q.end] for q in scan_english(text)}


# --- how a value is named --------------------------------------------------------------------

@pytest.mark.parametrize("before, expected", [
    # a relative clause of bound names its noun's minimum or maximum (xc3)
    ("punishable with imprisonment for a term which shall not be less than ", "minimum term of imprisonment"),
    ("imprisonment for a term which shall not be less than two years but which may extend to ", "maximum term of imprisonment"),
    ("and with fine which may extend to ", "maximum fine"),
    ("liable to a penalty not exceeding ", "maximum penalty"),         # a reduced relative
    ("a deposit which shall not be more than ", "maximum deposit"),
    ("impose a sentence of imprisonment for a term of less than ", "term of imprisonment"),   # a proviso's bound
    ("or a penalty of less than ", "penalty"),
])
def test_a_relative_clause_of_bound_names_its_noun(before, expected):
    assert _bounded(before, measure=True) == expected


@pytest.mark.parametrize("before", [
    "a bench consisting of not less than ",       # the count has its own noun (judges): no antecedent
    "a sum which is less than ",                  # no bound of a limit: a comparison
    "with a total national budget of less than ",  # a modified noun: the first reading keeps its words
    "a further reduction in expenditures of more than ",
    "the crowd grew to ",
])
def test_other_bounds_name_no_antecedent(before):
    assert _bounded(before, measure=True) == ""


def test_of_a_bound_names_only_terms_and_sums():
    assert _bounded("a town of more than ") == ""          # a count (people) keeps its own noun


@pytest.mark.parametrize("text, mention, expected", [
    ("Offenders shall be punishable with a fine which may extend to two thousand rupees.",
     "two thousand rupees", "maximum fine"),
    # a verb of change alone: the clause's subject (xc4)
    ("Investment is expected to pick up to 4.5 percent next year.", "4.5 percent", "Investment"),
    # a share as a group (xc4)
    ("The reform aims to raise the incomes of the poorest 20 percent.", "20 percent", "the poorest"),
    # check document xc6: a hedge or adverb alone (`still`, `after`), a passive of expecting with an infinitive
    ("Imports from Europe are still down about 12 percent from their peak.", "12 percent", "Imports from Europe"),
    ("Output will rise by 2.1 percent in 2011, after shrinking about 3 percent in 2010.", "3 percent", "Output"),
    ("In the region, demand is expected to reach six percent next year.", "six percent", "demand"),
    ("Brazil - the largest economy in the region - is projected to grow 2.9 percent.", "2.9 percent", "Brazil"),
    ("By contrast, Peru - a copper exporter - will grow 3.3 percent.", "3.3 percent", "Peru"),
    ("Output in Chile will rise 4.2 percent, followed by Peru at 3.8 percent.", "3.8 percent", "Peru"),
    ("In June the survey predicted growth of 1.9 percent.", "1.9 percent", "growth"),
    # unit words alone after `<noun phrase> at` (xr5)
    ("The state will hold the diesel duty at four cents per gallon.", "four cents per gallon", "diesel duty"),
])
def test_english_round_c_names(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, first, second", [
    # a reckoning of the same measure: the value before's name, not the reckoning's (xc4)
    ("Exports will grow 3.1 percent this year, down from the April forecast of 3.6 percent.", "3.1 percent", "3.6 percent"),
    ("Output will rise 2.2 percent, slightly up from its earlier estimate of 2.0 percent.", "2.2 percent", "2.0 percent"),
])
def test_a_reckoning_of_the_same_measure_takes_its_name(text, first, second):
    named = _named_en(text)
    assert named[second] == named[first] and "forecast" not in named[second] and "estimate" not in named[second]


@pytest.mark.parametrize("text, mention, expected", [
    # 环比 is a word like 同比 (xc2)
    ("3月份，本市鲜果价格环比上涨2.5%。", "2.5%", "本市鲜果价格"),
    # a predicate of state closing the clause before the value (xc2)
    ("一季度，牛肉价格保持低位，同比下降12.4%。", "12.4%", "牛肉价格"),
    ("今年以来，蔬菜价格运行平稳，同比上涨0.6%。", "0.6%", "蔬菜价格"),
    # a span named by its events opening a name (xc2)
    ("国庆期间旅游收入同比增长8.5%。", "8.5%", "旅游收入"),
])
def test_chinese_round_c_names(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_after_a_time_is_no_hedge():
    """`After two weeks, …` is a time: the `after` of a change (`after contracting about 1 percent`) only."""
    assert _named_en("After two weeks, the folds of skin disappear.").get("two weeks") != "weeks"
