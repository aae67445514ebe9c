"""(round21zh) A year masked whole in capitals is a year; a multiple's base after a copula (`是2007年的2.3倍`)
names nothing; a growth rate in % after a share of a base (`为计划的98%`) is the amount's, not the share's."""
from __future__ import annotations

from .documents import indicators_of


def test_a_year_masked_whole_in_capitals_opens_a_clause_like_a_year():
    named = indicators_of("全县粮食总产量年均增长5%，XX年达到52万吨，比XX年增加8万吨。")
    assert named["52万吨"] == named["8万吨"] == "全县粮食总产量"   # as with `2005年达到…，比2000年增加…`
    assert indicators_of("××年全乡蔬菜种植面积4200亩。")["4200亩"] == "全乡蔬菜种植面积"
    assert indicators_of("XX公司全年销售收入12亿元。")["12亿元"].startswith("XX公司")   # no 年 after it: a masked name


def test_a_multiples_base_after_a_copula_is_no_name():
    named = indicators_of("2020年全市工业总产值达到850亿元，是2015年的1.8倍，年均增长12.5%。")
    assert not named["12.5%"].startswith("是")
    assert "工业总产值" in named["12.5%"]


def test_a_growth_rate_after_a_share_of_a_base_is_the_amounts():
    named = indicators_of("全县税收收入12.3亿元，为年度计划的101.2%，比上年增长6.5%。")
    assert "税收收入" in named["6.5%"]
    assert named["101.2%"] == "为年度计划"   # the share keeps its own name
