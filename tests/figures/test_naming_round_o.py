"""Figures rules of branch figures, round o (issue 14): the misses of xq4, xr5, xr9 and the first-sight
documents xo1-xo4 sorted by phenomenon (tests/figures/corpus/README.md); each rule below is tested on
made-up sentences, and where it must not fire."""
from __future__ import annotations

import pytest

from pipeline.figures.english import scan_english
from pipeline.figures.numerals import scan_numerals
from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


# --- what is a value -------------------------------------------------------------------------

@pytest.mark.parametrize("text, values", [
    # the bare ends of a change of a measured subject (xr9, xo3)
    ("The number of idle mills has fallen from 48 to 31 this year.", [48, 31]),
    ("The average shift of the crews has declined from 12 to 9 a day.", [12, 9]),
])
def test_the_bare_ends_of_a_measured_change_are_values(text, values):
    assert [q.value for q in scan_english(text) if not q.unit] == values


@pytest.mark.parametrize("text", [
    "Prices have risen from 1950 to 1960.",                     # years
    "The team has grown from 4 to 6 and moved twice.",          # no measured subject
])
def test_bare_numbers_of_other_changes_stay_out(text):
    assert [q for q in scan_english(text) if not q.unit] == []


@pytest.mark.parametrize("text, mention, value", [
    # `a million` after a bound or a hedge (xr5, xo3)
    ("Farm output rose by more than a million tons.", "a million tons", 1e6),
    ("The port will cost nearly a billion dollars more.", "a billion dollars", 1e9),
])
def test_a_million_after_a_bound_is_one_million(text, mention, value):
    got = {text[q.start:q.end]: q.value for q in scan_english(text)}
    assert got[mention] == value


def test_a_million_without_a_bound_stays_an_article():
    assert scan_english("A million thanks to all of you.") == []


@pytest.mark.parametrize("text, mention, unit, value", [
    ("那次围困坚持了两年零三个月，终于解围。", "两年零三个月", "个月", 27),       # years and months (xo2)
    ("工程历时一年又五个多月。", "一年又五个多月", "个月", 17),
    ("会场外有近万人等候。", "万人", "人", 1e4),                                 # 万 after 近 (xo2)
    ("谈判坚持了六个星期。", "六个星期", "个星期", 6),                          # weeks
])
def test_chinese_spans_and_near_magnitudes(text, mention, unit, value):
    got = {text[q.start:q.end]: (q.unit, q.value) for q in scan_numerals(text)}
    assert got[mention] == (unit, value)


def test_a_vague_magnitude_and_gong_before_ren_stay_what_they_are():
    got = {text: q for text, q in ((("有上万人", q)) for q in scan_numerals("有上万人参加。"))}
    assert got == {}                                            # 上万: vague, like 几万
    counted = {"三十多万工人参加了罢工。"[q.start:q.end]: q.unit for q in scan_numerals("三十多万工人参加了罢工。")}
    assert counted == {"三十多万": ""}                          # 工 opens 工人: no labour-days


# --- naming, English ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # a hedge, a bound or a particle of change alone names nothing (xo3, xo4, xr5): the clause's subject
    ("Sales slowed in May; and the average shop week has risen to well over 50 hours.", "50 hours", "average shop week"),
    ("Exports held, and rail freight last year, net rail freight, was up more than 12 percent.", "12 percent",
     "net rail freight"),
    ("The vacancy rate has gone down 30 percent.", "30 percent", "vacancy rate"),
])
def test_a_hedge_alone_is_named_by_its_clauses_subject(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("The number of idle mills has fallen from 48 to 31 this year.", "48", "number of idle mills"),
    ("The number of idle mills has fallen from 48 to 31 this year.", "31", "number of idle mills"),
    # a value named by its unit only in a change (xr9)
    ("Average fares, allowing for fuel costs, have increased from about 30 cents a mile to $1.10 a mile.",
     "30 cents a mile", "Average fares"),     # a rate, one value (round c)
    # a count by which something changed (xo3)
    ("Factory employment has increased by more than a million jobs.", "a million jobs", "Factory employment increase"),
])
def test_a_change_names_what_changed(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # an amount a verb of costing, spending, saving or earning takes (xo3, xo4, xr5)
    ("The old rules cost us $3 billion a year in storage fees alone.", "$3 billion", "storage fees"),
    ("The reform will save farmers a total of $40 billion.", "$40 billion", "savings"),
    ("Next year we shall spend nearly $2 billion more for ports.", "$2 billion", "spending"),
    ("Most families earn less than $4,000.", "$4,000", "families' earnings"),
])
def test_an_amount_a_money_verb_takes(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_cost_without_in_is_still_named_by_what_costs_it():
    assert _named_en("Noise pollution costs the EU about 40 billion euros a year.")["40 billion euros"] == "Noise pollution"


@pytest.mark.parametrize("text, mention, expected", [
    # a span in which something doubles (xo3, xo4)
    ("Enrollments are going to double in our schools in the short space of 8 years.", "8 years",
     "time for Enrollments to double"),
    ("We must act on fuel costs that are rising fast, doubling every 6 years.", "6 years", "time for fuel costs to double"),
])
def test_a_doubling_time(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a share governed by a preposition or a participle, before `of <whole>` (xo4)
    ("We are opening ties with one-third of the world's farmers who live in Asia.", "one-third",
     "share of world's farmers who live in Asia"),
    ("One tanker--comprising less than 3 percent of our total fleet of ships--carries enough fuel.", "3 percent",
     "share of total fleet"),
])
def test_a_governed_share_is_a_share_of_the_whole_after_it(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_share_after_accounts_for_keeps_its_subject():
    assert _named_en("Traffic noise accounts for 30 per cent of complaints.")["30 per cent"] == "Traffic noise"


def test_and_or_to_inside_a_word_split_no_list():
    named = _named_en("The number of major labor areas has declined from 90 to 70.")
    assert named["90"] == named["70"] == "number of major labor areas"


# --- naming, Chinese ---------------------------------------------------------------------------

def test_a_modal_alone_takes_the_limit_before_it():
    # 不得 of `但是每月不得超过…` (xo1): the limit of the same unit before it in the sentence
    named = indicators_of("加班每日不得超过两小时，但是每月不得超过二十小时。")
    assert named["二十小时"] == named["两小时"] and named["二十小时"] != "不得"


def test_an_award_with_a_bound_and_a_base_is_named_by_what_is_paid():
    # 支付不低于工资的百分之一百五十的工资报酬 (xo1)
    assert indicators_of("夜间值班的，支付不低于工资的百分之一百二十的夜班津贴。")["百分之一百二十"] == "夜班津贴"


def test_a_leading_month_names_nothing():
    # 十月、十一月间矿工三万余人 (xo2): the month says when
    assert indicators_of("该矿十月、十一月间矿工三万余人举行罢工。")["三万余人"] == "矿工"


@pytest.mark.parametrize("text, mention", [
    ("值班每日不得超过一小时。", "一小时"),                   # 一 as a limit's value (xo1)
    ("试用期不超过一个月。", "一个月"),
])
def test_one_under_a_bound_is_a_limit(text, mention):
    assert mention in {text[q.start:q.end] for q in scan_numerals(text)}


def test_one_without_a_bound_is_still_no_figure():
    assert [text for text in ("他等了一天。",) if any(q for q in scan_numerals(text))] == []


def test_an_amount_between_double_dashes_is_found_and_named_without_them():
    # `the Corporation's … borrowing authority--$6,750,000,000--is nearly exhausted` (xr5)
    text = "The agency's lending authority--$4,500,000,000--is nearly used up."
    assert [(text[q.start:q.end], q.unit) for q in scan_english(text)] == [("$4,500,000,000", "dollars")]
    assert _named_en(text)["$4,500,000,000"] == "agency's lending authority"


def test_two_cents_per_gallon_is_a_rate_and_my_two_cents_an_idiom():
    assert [q.unit for q in scan_english("The fuel tax stays at two cents per gallon.")] == ["cents"]
    assert scan_english("That is my two cents on the matter.") == []


def test_a_limit_whose_subject_is_only_an_adverb_of_generality():
    # 可以延长工作时间，一般每日不得超过一小时 (xo1): what the clause before allows is limited
    assert indicators_of("经协商后可以延长值班时间，一般每日不得超过两小时。")["两小时"] == "延长值班时间上限"
