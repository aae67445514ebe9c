"""Indicator naming rules of pipeline/figures/indicator.py, each with the shapes it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.figures import extract_figures
from pipeline.figures.indicator import drop_action_verb, drop_rate_qualifier, noun_after
from pipeline.model import Document, Paragraph, Section


def _named(text: str) -> dict[str, str]:
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph("p1-1", text)])])
    return {r.mention: r.indicator for r in extract_figures(doc)}


@pytest.mark.parametrize("words, expected", [
    ("企业退休人员养老金人均每月新增", "企业退休人员养老金"),   # after the noun: qualifies the value
    ("稻谷最低收购价平均每斤", "稻谷最低收购价"),
    ("新标准提高到人均", "新标准"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),        # before the noun: part of its name
    ("人均公共卫生服务经费", "人均公共卫生服务经费"),
    ("农民人均纯收入", "农民人均纯收入"),
    ("每人每年", ""),                                            # only a rate: no subject at all
])
def test_a_rate_qualifier_after_the_measured_noun_is_dropped(words, expected):
    assert drop_rate_qualifier(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("实施重点项目", "重点项目"),
    ("引进和落地科技成果", "科技成果"),
    ("受理办复代表建议", "代表建议"),
    ("降低各类实体经济成本", "实体经济成本"),
    ("可减轻企业和居民负担", "企业和居民负担"),
    ("开工项目", "开工项目"),                  # a two-character object: the verb is part of the name
    ("实施率", "实施率"),
    ("安置退市企业职工", "安置退市企业职工"),  # the act is what is counted: not an action verb of the list
    ("重点项目", "重点项目"),
])
def test_a_leading_action_verb_gives_way_to_its_object(words, expected):
    assert drop_action_verb(words) == expected


def test_a_clause_of_only_a_rate_is_about_what_the_clause_before_gives():
    named = _named("向中等职业学校中来自农村的学生提供助学金，每人每年1500元，惠及90%的在校生。"
                   "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。")
    assert named["1500元"] == "助学金"
    assert named["90%"] == "在校生"                 # 在 opening a noun is not a stop
    assert named["10%"] == "企业退休人员基本养老金"


def test_rate_and_action_rules_in_context():
    named = _named("企业退休人员养老金人均每月新增110元。实施重点项目2800多个，引进和落地科技成果600余项。"
                   "城镇居民人均可支配收入15781元。区市县主要领导开展集中办公69场次。开工项目120个。")
    assert named == {"110元": "企业退休人员养老金", "2800多个": "重点项目", "600余项": "科技成果",
                     "15781元": "城镇居民人均可支配收入", "69场次": "集中办公", "120个": "开工项目"}


def test_a_counted_noun_may_open_with_a_stop_word():
    assert noun_after("名在校生参加", 1) == "在校生"
    assert noun_after("个的学生都能在永久性校舍中学习", 1) == "学生"
    assert noun_after("个在", 1) == ""


def test_a_rate_clause_is_about_its_own_clause_before_not_an_earlier_figure():
    named = _named("资助学生超过2000万人；向农村的学生提供助学金，每人每年1500元。")
    assert named["1500元"] == "助学金"
