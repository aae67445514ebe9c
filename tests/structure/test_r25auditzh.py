"""r25auditzh: an inline-highlighted phrase a page printed in bold or as links, extracted onto lines of
its own, word by word (issue #11): made-up texts, and the lines that must stay apart."""
from __future__ import annotations

from .helpers import doc_of, levels, texts

HEAD = "某县2022年政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n"
TAIL = "\n\n二、今年工作安排\n\n全年新建公路八十公里，改造危房三百户。"


def test_a_phrase_cut_into_two_terms_joins_its_sentence():
    doc = doc_of(HEAD + "全面推行重点攻关项目\n\n揭榜\n\n挂帅\n\n制度，面向全国征集解决方案，签约项目十二个。" + TAIL)
    assert [t for _, t in levels(doc)] == ["一、过去一年工作回顾", "二、今年工作安排"]
    assert "全面推行重点攻关项目揭榜挂帅制度，面向全国征集解决方案，签约项目十二个。" in texts(doc)


def test_a_term_after_a_clause_joins_the_rest_ending_the_sentence():
    doc = doc_of(HEAD + "全年完成投资一百亿元，持续推进\n\n一网通办\n\n改革。" + TAIL)
    assert "全年完成投资一百亿元，持续推进一网通办改革。" in texts(doc)
    assert len(levels(doc)) == 2


def test_terms_over_a_punctuation_line_join_after_a_clause():
    doc = doc_of(HEAD + "新建厂房二十万平方米，重点培育\n\n专精特新\n\n企业二十家\n\n。" + TAIL)
    assert "新建厂房二十万平方米，重点培育专精特新企业二十家。" in texts(doc)


def test_a_headline_wrapped_over_its_next_line_over_the_opening_stays_the_title():
    doc = doc_of("某市2022年施政报告—2021年施政\n工作回顾与总结\n\n现在，我简要回顾一年来的工作。\n\n（一）稳住经济大盘\n\n全年经济增长百分之五。")
    assert doc.title.startswith("某市2022年施政报告")
    assert not any("总结现在" in t for t in texts(doc)) and "现在，我简要回顾一年来的工作。" in texts(doc)


def test_a_chapter_label_over_its_name_over_an_article_stays_apart():
    doc = doc_of("某县物业管理办法\n\n第一章\n\n总则\n\n第一条　为了规范物业管理，制定本办法。\n\n第二章\n\n管理\n\n第二条　本办法由县住建局负责实施。")
    assert not any("总则第一条" in t for t in texts(doc))


def test_a_heading_under_a_list_item_stays_a_heading():
    doc = doc_of("某词条\n\n基本信息\n\n  • 类别：道路、桥梁、隧道等\n  • 长度：十二公里\n\n建设过程\n\n该工程于2019年开工，2021年建成通车。")
    assert "建设过程" in [t for _, t in levels(doc)]
