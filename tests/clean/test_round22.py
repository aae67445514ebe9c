"""Cleaning rules the lead's round22 (issue #11) wrote after check set 18's first-sight score: a
news page's widgets between its headline and the report, a channel name under the breadcrumb, a
byline time's value, and a table's header row printed again. Made-up lines; every rule with cases it
must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某省政府工作报告"


@pytest.mark.parametrize("line", ["更多 热点专题", "更多  要闻推荐", "一周点击排行 更多"])
def test_a_sidebar_box_header_with_its_more_button_goes(line):
    assert run_rule("more-link", [PROSE, line, PROSE2])[0] == [PROSE, PROSE2]


@pytest.mark.parametrize("line", ["更多精彩内容请关注后续报道。", "更多内容", "要把更多 资源投向基层"])
def test_more_in_a_sentence_or_glued_to_its_word_stays(line):
    assert run_rule("more-link", [PROSE, line, PROSE2])[0] == [PROSE, line, PROSE2]


def test_rating_and_vote_buttons_at_the_head_go():
    lines = [HEADLINE, "评分", "意见反馈 顶 踩 收藏", PROSE, PROSE2]
    assert run_rule("widget", lines)[0] == [HEADLINE, PROSE, PROSE2]


def test_a_byline_time_ends_before_the_buttons_on_its_line():
    from pipeline.clean import clean_text
    text = "\n".join([HEADLINE, "", "来源:某某人大网   时间:2013-01-31 01:05   [收藏] [打印] [关闭]", "", PROSE, "", PROSE2])
    cleaned = clean_text(text, source_file="t.txt")
    assert cleaned.provenance.published == "2013-01-31 01:05"
    assert cleaned.provenance.origin == "某某人大网"


NOTICE = "某某市人民政府关于印发某某市人民政府工作规则的通知"


def _kept(lines: list[str]) -> list[str]:
    from pipeline.clean import clean_text
    return [line.strip() for line in clean_text("\n".join(lines), source_file="t.txt").lines if line.strip()]


def test_a_channel_name_between_the_breadcrumb_and_the_headline_goes():
    kept = _kept(["您的位置: 首页  >>  政务公开  >>  正文", "", "政府文件", "", NOTICE, "", PROSE, "", PROSE2])
    assert "政府文件" not in kept and kept[0] == NOTICE


def test_a_channel_name_opening_the_text_with_no_chrome_above_stays():
    assert _kept(["政府文件", "", NOTICE, "", PROSE, "", PROSE2])[0] == "政府文件"


def test_a_tables_header_row_printed_again_over_the_next_table_is_no_contents_list():
    # a page printed to PDF: one cell a line; the second table repeats the first one's header row
    first = ["Name", "Purpose", "Expires", "session", "Keeps the page's state", "When you close it",
             "consent", "Keeps your answer", "1 year"]
    second = ["Name", "Purpose", "Expires", "_ga", "Counts the visits", "2 years"]
    lines = ["Essential cookies", *first, "The service also uses these cookies when you let it do so today.",
             *second, "The service never shares what it counts with anyone outside the team."]
    assert run_rule("unpaged-contents", lines)[1] == []


def test_a_paragraph_said_again_under_a_later_numbered_part_is_no_teaser():
    # a notice of two parallel programmes repeats its eligibility paragraph under each
    rule = "企业在本区登记注册，具有独立法人资格，守法经营、诚实守信，近三年内无严重失信行为。"
    lines = ["区内各有关单位：", "", "现将有关事项通知如下。", "", "一、科技信贷", "", "1.申报对象", "", rule, "",
             PROSE, "", "二、科技保险", "", "1.申报对象", "", rule, "", PROSE2]
    assert run_rule("teaser", lines)[1] == []


def test_a_summary_over_the_salutation_is_still_a_teaser():
    opening = "现在，我代表县人民政府，向大会报告政府工作，请予审议，并请各位政协委员提出意见。"
    lines = [HEADLINE, "", opening + "…", "", "各位代表：", "", opening, "", PROSE]
    assert [t for _, t in run_rule("teaser", lines)[1]] == [opening + "…"]


@pytest.mark.parametrize("line, site", [
    ("版权所有：某某市人民政府办公室  ICP备案号：某ICP备12345678号", "某某市人民政府办公室"),
    ("Copyright © 2024 某某大学 地址：某某市某某路1号 电话：0000-1234567", "某某大学"),
    ("版权所有：某某县人民政府", "某某县人民政府"),
])
def test_the_site_named_by_a_copyright_line_is_its_holder_alone(line, site):
    from pipeline.clean import clean_text
    cleaned = clean_text("\n".join([HEADLINE, "", PROSE, "", PROSE2, "", line]), source_file="t.txt")
    assert cleaned.provenance.site == site
