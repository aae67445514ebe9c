"""Round 17 (zh) chrome: made-up variants of what check set 11's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某县2020年政府工作报告"
LONG_PROSE = "为了规范某某设施的管理，保障公共安全，根据有关法律、法规，结合本县实际，制定本办法。本办法适用于本县行政区域内的管理活动。"


@pytest.mark.parametrize("line", ["快捷搜索:范文 总结 讲话 计划", "热门搜索：述职报告 工作总结"])
def test_a_quick_search_bar_goes(line):
    kept, removed, _ = run_rule("search-prompt", [line, HEADLINE, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and HEADLINE in kept


def test_a_sentence_about_searching_stays():
    line = "热门搜索：群众最关心的是就业、教育和医疗问题。"
    assert run_rule("search-prompt", [line, HEADLINE, PROSE, PROSE2])[1] == []


@pytest.mark.parametrize("line", ["试读已结束，开通会员免费下载全文", "开通VIP无限下载"])
def test_a_document_sites_end_of_preview_goes(line):
    kept, removed, _ = run_rule("paywall-notice", [HEADLINE, PROSE, line, PROSE2])
    assert [t for _, t in removed] == [line]


def test_a_sentence_about_membership_stays():
    line = "成为会员的企业可以享受培训服务。"
    assert run_rule("paywall-notice", [HEADLINE, PROSE, line, PROSE2])[1] == []


@pytest.mark.parametrize("line", ["本词条是多义词，共3个义项", "这是一个多义词，请在下列义项上选择浏览", "次浏览", "2.5万次浏览", "收起", "VLoG"])
def test_an_encyclopedia_pages_apparatus_goes(line):
    kept, removed, _ = run_rule("widget", ["某某镇", line, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and "某某镇" in kept


def test_a_sentence_on_polysemy_stays():
    line = "“县”是一个多义词，在不同时代含义不同，本词条是多义词的一种解释。"
    assert run_rule("widget", ["某某镇", line, PROSE, PROSE2])[1] == []


def test_an_empty_contents_label_over_the_first_heading_goes_alone():
    lines = ["目录", "第一章 总则", LONG_PROSE, PROSE, PROSE2]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed] == ["目录"] and "第一章 总则" in kept


def test_a_contents_label_over_a_list_is_not_read_as_empty():
    lines = ["目录", "第一章 总则", "第二章 管理", "第三章 附则", LONG_PROSE, PROSE, PROSE2]
    kept, removed, _ = run_rule("contents-box", lines)
    assert "第二章 管理" in kept


def test_a_trails_last_item_over_a_byline_is_the_articles_headline_and_stays():
    lines = ["首页 > 文章频道 > 开幕致辞", "开幕致辞", "2019-03-02 10:20:11   来源:   点击:", PROSE, PROSE2]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == [lines[0]] and "开幕致辞" in kept


def test_a_columns_name_under_its_trail_still_goes():
    lines = ["当前位置：首页 > 党建引领 > 学习专栏", "学习专栏", PROSE, PROSE2]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == lines[:2]
