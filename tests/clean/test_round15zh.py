"""Round 15 (zh) chrome: made-up variants of what check set 13's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某市二〇二二年經濟運行情況分析"


@pytest.mark.parametrize("line", ["跳過導航", "跳過主選單"])
def test_a_traditional_skip_link_to_the_navigation_goes(line):
    kept, removed, _ = run_rule("site-bars", [line, "", HEADLINE, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and HEADLINE in kept


def test_a_sentence_about_skipping_the_navigation_stays():
    line = "跳過導航的設計讓讀者更快找到內容。"
    assert run_rule("site-bars", [HEADLINE, line, PROSE, PROSE2])[1] == []


def test_sidebar_boxes_between_a_heading_and_its_text_go():
    box = ["相關新聞", "某某市施政報告—", "前言", "某某市長出席記者會", "熱門服務", "網上繳費", "政府招聘"]
    kept, removed, _ = run_rule("sidebar-box", [HEADLINE, "(一)穩步推進經濟發展", *box, "", PROSE, PROSE2])
    assert [t for _, t in removed] == box and "(一)穩步推進經濟發展" in kept


def test_simplified_label_over_links_goes_too():
    box = ["热门服务", "社保查询", "公积金查询"]
    assert [t for _, t in run_rule("sidebar-box", [HEADLINE, PROSE, *box, PROSE2])[1]] == box


@pytest.mark.parametrize("under", [[PROSE], ["本市今日舉辦新聞發佈會。", "前言"], ["前言"]])
def test_a_label_over_prose_or_one_line_stays(under):
    assert run_rule("sidebar-box", [HEADLINE, PROSE, "相關新聞", *under, "", PROSE2])[1] == []


def test_traditional_footer_links_at_the_tail_go():
    foot = ["私隱政策", "使用條款", "網站地圖", "聯絡我們：info@example.gov.mo"]
    kept, removed, _ = run_rule("footer-links", [HEADLINE, PROSE, PROSE2, "", *foot])
    assert [t for _, t in removed] == foot


def test_a_sentence_naming_the_policy_in_the_text_stays():
    line = "本局已修訂私隱政策，並於下月起實施新的個人資料保護措施，市民可到各服務中心查詢詳情。"
    assert run_rule("footer-links", [HEADLINE, line, PROSE, PROSE2])[1] == []


def test_a_share_row_with_its_colon_and_services_goes():
    row = "分享：微信 Facebook 電郵"
    assert [t for _, t in run_rule("share-link", [HEADLINE, PROSE, PROSE2, row])[1]] == [row]


def test_a_sentence_about_sharing_stays():
    line = "分享：我們與市民分享發展成果，是施政的出發點。"
    assert run_rule("share-link", [HEADLINE, PROSE, PROSE2, line])[1] == []


@pytest.mark.parametrize("button", ["列印", "返回頂部"])
def test_the_traditional_print_and_top_buttons_go(button):
    kept, removed, _ = run_rule("widget", [HEADLINE, "", button, "", PROSE, PROSE2])
    assert [t for _, t in removed] == [button]
