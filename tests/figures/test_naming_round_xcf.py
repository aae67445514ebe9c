"""Figures rules of branch figures5, round xcf (issue 14): the misses of the first-sight documents xcf1-xcf4 and of
the check document xcf5, sorted by phenomenon (tests/figures/corpus/README.md); each rule is tested on made-up
sentences, and where it must not fire."""
from __future__ import annotations

import pytest

from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


@pytest.mark.parametrize("text, mention, expected", [
    # a change in brackets after a list item, the item in lower case (xcf4; widens xce6's capitalised items)
    ("By region, the main rises came from: coastal towns and ports (up 4.1 percent), river valleys (down 1.2 "
     "percent) and mountain farms and pastures (up 0.7 percent).", "0.7 percent", "mountain farms and pastures"),
    ("By region, the main rises came from: coastal towns and ports (up 4.1 percent), river valleys (down 1.2 "
     "percent) and mountain farms and pastures (up 0.7 percent).", "1.2 percent", "river valleys"),
    ("Individually, the largest rise came from higher charges for ferry tickets (up 9 percent).", "9 percent",
     "ferry tickets"),
    # a value bracket after a list item, read last (xcf5)
    ("The largest contributions to the index came from rents and fees (0.8 percentage points, mainly from water) "
     "and fuel (0.6 percentage points, mainly from diesel).", "0.6 percentage points", "fuel"),
])
def test_a_bracket_after_a_list_item_is_named_by_the_item(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a noun of change after `after` or `compared with` measures what the first value does (xcf4, xcf5)
    ("The wage index increased 1.4 percent in the year to March, after increases of 1.1 percent and 1.3 percent in "
     "the years before.", "1.3 percent", "wage index"),
    ("On a monthly basis, the WPI rose by 0.7% in May, compared with a rise of 0.4% in May 2020.", "0.4%", "WPI"),
    # the period a rate is reckoned over holds a number, and is no figure (xcf5, xcf1)
    ("The WPI rose by 5.1% in the 12 months to May 2021, up from 4.4% in April.", "4.4%", "WPI"),
])
def test_the_same_measure_at_another_time(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_reckoning_period_is_no_figure():
    named = _named_en("The WPI rose by 5.1% in the 12 months to May 2021, and the 3-month average rate fell.")
    assert "12 months" not in named and "5.1%" in named
    assert "12 months" in _named_en("The bridge took 12 months to build and cost $5 million.")   # a duration stays


@pytest.mark.parametrize("text, mention, expected", [
    # a bare change after a value of its clause (xcf1): found, and named as the change of that value's measure
    ("The vacancy rate for those aged from 20 to 40 was 3.5 per cent, up 0.6 on the quarter.", "0.6",
     "change in vacancy rate"),
    ("There were 1.25 million people in training, down 12,000 on the year.", "12,000", "change in people in training"),
])
def test_a_bare_change_after_its_value(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_bare_number_after_up_without_a_value_is_no_figure():
    assert "2" not in _named_en("Turn the dial, up 2 on the scale, and wait for 10 minutes.")


def test_an_abbreviation_names_its_subject():
    named = _named_en("The Wholesale Price Index for inland freight (WPIF) rose by 2.2% in June.")
    assert named["2.2%"] == "WPIF"


@pytest.mark.parametrize("text, mention, expected", [
    # 一 with a span before 内 is a term (xcf3); a negated act after the term names it
    ("违反本条例的，一年内不予登记其申请；情节严重的，三年内不予登记。", "一年", "不予登记其申请的期限"),
    ("提供虚假材料的，两年内不受理该单位的申请。", "两年", "不受理该单位的期限"),
    # a ban on an agent's hiring under an age: the least age it may hire (xo1, the shape of xcf3's 利用)
    ("禁止矿山企业招用未满十八周岁的未成年人下井作业。", "十八周岁", "矿山企业招用的最低年龄"),
])
def test_chinese_terms_bounds_and_ages(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_bound_not_reached_is_cut_off_a_name():
    """xcf3: `受到行政处罚未满三年的` was named `…受到行政处罚未满`; the bound goes (the leading 对 is another matter)."""
    assert indicators_of("对受到处分未满两年的人员，不得提名。")["两年"].endswith("受到处分")


def test_one_year_without_within_is_no_figure():
    assert "一年" not in indicators_of("一年来，全县工作取得新进展，完成投资二十亿元。")


def test_a_year_after_a_month_is_a_date_not_a_fraction():
    """xcf4: `the December 2012 quarter` was read as 2012 quarters = 503 (an appendix row `503`)."""
    named = _named_en("Prices rose 0.9 percent in the year to the December 2012 quarter, and 0.8 percent in the "
                      "September 2012 and June 2012 quarters.")
    assert "2012 quarter" not in named and "2012 quarters" not in named
    assert "three quarters" in _named_en("About three quarters of the 40 schools reopened, and 12 percent closed.")
