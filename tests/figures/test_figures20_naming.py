"""(figures20) A masked year is a year (a comparison base `比20xx年` is never a name); a count under a verb of
governing (`辖4个镇`) is named by its governor."""
from __future__ import annotations

from .documents import indicators_of


def test_a_comparison_base_with_a_masked_year_is_no_name():
    named = indicators_of("至20xx年，全乡粮食总产量3520吨，比20xx年增加410吨，增长13%。")
    assert named["410吨"] == "全乡粮食总产量"
    named = indicators_of("截至20××年底，全区户籍人口62万人，较201X年同期增加1.5万人。")
    assert named["1.5万人"] == "全区户籍人口"


def test_a_masked_year_opens_a_sentence_like_a_year():
    assert indicators_of("20XX年全乡蔬菜种植面积4200亩。")["4200亩"] == "全乡蔬菜种植面积"


def test_a_count_under_a_verb_of_governing_keeps_its_governor():
    named = indicators_of("该旗下辖7个苏木、2个镇，总面积1.2万平方公里。")
    assert named["7个"] == "该旗辖苏木数"
    assert named["2个"] == "该旗辖镇数"
    assert indicators_of("本分公司共辖有6个营业所。")["6个"] == "本分公司辖营业所数"


def test_a_count_with_no_verb_of_governing_or_a_clause_after_its_noun_is_left_alone():
    assert indicators_of("这项调查覆盖两省十七个县。")["十七个"] == "县数"
    assert indicators_of("该州所辖3个县均已摘帽。")["3个"] != "该州辖县均已摘帽数"
