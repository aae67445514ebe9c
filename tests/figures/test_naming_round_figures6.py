"""Figures rules of branch figures6 (issue 14): the documents still below the indicator floor (xr5, xr9, and the
shared b1 and d5, opened for figures only), each rule tested on made-up sentences and where it must not fire
(tests/figures/corpus/README.md, round figures6)."""
from __future__ import annotations

import pytest

from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


@pytest.mark.parametrize("text, mention, expected", [
    # a scope opening the value's clause, the noun after it past a phrase of manner and the verb (b1)
    ("全省以多种方式引进的社会资本达三百二十亿元，比上年增长8%。", "三百二十亿元", "引进的社会资本"),
    # only a rate and the verb after the scope: the topic clause before names it (b1)
    ("城镇职工的平均工资，全市平均每人达到四万二千元，比上年增长6%。", "四万二千元", "城镇职工的平均工资"),
    # a scope before its own noun stays one name (not cut to the noun alone)
    ("去年，全县进出口总额达到十二亿元。", "十二亿元", "全县进出口总额"),
])
def test_a_scope_alone_is_no_name(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_scope_with_a_figure_before_it_names_nothing_from_that_clause():
    named = indicators_of("粮食产量达到五百万吨，全省平均每亩达到四百公斤。")
    assert named["四百公斤"] != "粮食产量达到五百万吨"


@pytest.mark.parametrize("text, mention, expected", [
    # one word between a copula and the value is an adverb, however spelt (xr9's typo `ahout`)
    ("It means that the real wage of the average worker would be abuot three times what it is today.", "three times",
     "real wage of the average worker"),
    ("Officials said that the share of renewable power in the grid will be approx 40 percent.", "40 percent",
     "share of renewable power in the grid"),
])
def test_one_word_between_a_copula_and_the_value_is_an_adverb(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence():
    named = _named_en("The cost of the program in the year 1990 A.D. was circa 5 percent of the budget.")
    assert named["5 percent"] == "cost of the program in the year 1990 A.D."


@pytest.mark.parametrize("text, mention, expected", [
    # a count after a verb of including: the counted noun, in the whole that takes it in (xr5)
    ("Last year the board proposed expansion of the state pension plan to include more than 2,000,000 new members.",
     "2,000,000 new members", "new members in the state pension plan"),
    ("The law was changed to cover about 40,000 farm workers.", "40,000 farm workers", "farm workers"),
])
def test_a_count_after_a_verb_of_including_counts_its_noun(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_underscored_link_titles_are_spaces_in_a_name():
    named = _named_en("In 1974 the agency required employers to provide a noise_reduction_plan to workers exposed to 90 "
                      "dBA during a shift.")
    assert "_" not in named["90 dBA"] and "noise reduction plan" in named["90 dBA"]


@pytest.mark.parametrize("text, mention, expected", [
    # a term a law sets for a party: the party, a demonstrative resolved to the body named before (xce7)
    ("第九条 申请人向有关主管部门提出申请的，该部门应当自收到申请之日起二十个工作日内，予以审查并书面答复。", "二十个工作日",
     "有关主管部门审查申请并书面答复的期限"),
    ("第十条 承运人应当自收到货物之日起五日内签发提单。", "五日", "承运人签发提单的期限"),
    # no party before the modal: the act alone, its light verb dropped and its object the received filing
    ("当场不能答复的，应当自收到申请之日起十五个工作日内予以答复。", "十五个工作日", "答复申请的期限"),
])
def test_a_term_for_a_party_names_the_party_and_its_act(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_party_that_is_only_one_side_is_left_out():
    named = indicators_of("第十一条 提出要求的一方应当自争议发生之日起三十日内向仲裁委员会提出书面申请。")
    assert named["三十日"] == "提出书面申请的期限"


def test_a_level_held_for_a_time_names_both_values():
    """d5's shape, made up: the time is the sentence's duration measure at the level, the level (first named by
    the time alone) the quantity its unit measures for that time."""
    named = _named_en("The standard limits the exposure time of divers to 3 hours at that depth, and allows "
                      "(i.e. 90 dBA for 6 hours, 93 dBA for 3 hours) shorter shifts.")
    assert named["6 hours"] == "exposure time at 90 dBA" and named["3 hours"] != "for"
    assert named["90 dBA"] == "level for 6 hours"
    named = _named_en("The furnace was held at 900 °C for 40 minutes.")
    assert named["40 minutes"] == "duration at 900 °C"


def test_money_for_a_time_is_no_level():
    named = _named_en("The bank lent the city $5 million for 10 years at a fixed rate of 3 percent.")
    assert "at $5 million" not in named.get("10 years", "")


@pytest.mark.parametrize("text, mention, expected", [
    # a span counted from an end of something: the thing's span, its possessive the clause's subject (xr9)
    ("The new plan has shown good results in the first 3 years of its operation, but it is not finished.", "3 years",
     "operation of the new plan"),
    ("Prices rose sharply during the last 6 months of the war.", "6 months", "war"),
])
def test_a_span_from_an_end_of_something_is_that_things_span(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_body_named_by_its_head_alone_takes_its_full_name():
    """xr5's shape, made up: `the Bank's` after `the Federal Land Bank` in the same paragraph."""
    named = _named_en("The loans of the Federal Land Bank grew last year; and the Bank's present lending "
                      "authority--$2,500,000,000--is nearly used up.")
    assert named["$2,500,000,000"].startswith("Federal Land Bank's")
    alone = _named_en("The Bank's reserves were $5 billion.")          # no full name before: left as it is
    assert "Federal" not in alone["$5 billion"]
