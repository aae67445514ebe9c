"""A portal's catalogue box written without colons, with its labels glued to their values, in
Traditional script, or as dash bullets (issue #11, second check set): the whole box is front
matter. Made-up words; each rule with cases it must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, run_rule

HEADLINE = "某某市人民政府办公室关于印发某某工作方案的通知"

CASES = [
    # label/value pairs run together on one line, space-separated
    (["索引号 001/2011-204477 主题分类 综合类", "文号 某政办〔2011〕1号 发布机构 某某局", "成文日期 2011-09-01 有效性",
      HEADLINE, PROSE], [HEADLINE, PROSE]),
    # labels glued to their values, no colon
    (["发文机关中共某某厅党组", "发文日期2021年12月21日", "时效性现行有效", "主送各单位：", PROSE], ["主送各单位：", PROSE]),
    # Traditional script, two glued pairs on a line
    (["索引號 0001/2020-00052 主題分類 綜合政務", "發文機構某某市辦公廳發文字號某辦〔2020〕1號", "", HEADLINE, PROSE],
     ["", HEADLINE, PROSE]),
    # dash bullets with colons, letter-spaced label
    (["- 索引号:abc/2021-00016", "- 发文字号:某发〔2021〕42号", "- 名 称:" + HEADLINE, HEADLINE, PROSE], [HEADLINE, PROSE]),
    # must not fire: two fields are a byline
    (["发布日期 2021-12-22 浏览次数 3", HEADLINE, PROSE], ["发布日期 2021-12-22 浏览次数 3", HEADLINE, PROSE]),
    # must not fire: a headline opening with a two-character field name glued to words
    (["名称变更工作方案", "文号管理办法", "分类指导意见", PROSE], ["名称变更工作方案", "文号管理办法", "分类指导意见", PROSE]),
    # must not fire: in the body
    ([PROSE, "索引号 001/2011 主题分类 综合类", "成文日期 2011-09-01 有效性", PROSE],
     [PROSE, "索引号 001/2011 主题分类 综合类", "成文日期 2011-09-01 有效性", PROSE]),
    # must not fire: a sentence that opens with a field name
    (["发布日期由市政府确定。主题分类另行通知。文号统一编排。", PROSE], ["发布日期由市政府确定。主题分类另行通知。文号统一编排。", PROSE]),
]


@pytest.mark.parametrize("lines, kept", CASES)
def test_catalogue_run(lines, kept):
    assert run_rule("catalogue-run", lines)[0] == kept


EN_PROSE = "The Minister may make regulations for the purposes of this Act, and shall publish them."


def _en_removed(lines):
    return [t for _, t in run_rule("en-chrome", lines)[1]]


def test_a_bar_separated_menu_goes_without_a_link_word():
    lines = ["Lawlib Home | Databases | Worldlib | Search | Feedback", "", "Island Consolidated Legislation", "",
             "Database Search | Name Search | Noteup | Download | Help", "", "  Download original PDF", "",
             "Harbour Authority Act 1990", "", EN_PROSE]
    assert _en_removed(lines) == ["Lawlib Home | Databases | Worldlib | Search | Feedback", "Island Consolidated Legislation",
                                  "Database Search | Name Search | Noteup | Download | Help", "  Download original PDF"]


def test_bars_between_fewer_items_numbers_or_sentences_stay():
    for row in ("Tables | Figures | Maps | Notes",                      # four items: a heading may hold bars
                "Part 1 | Part 2 | Part 3 | Part 4 | Part 5",           # numbered: a contents row
                "Apples | Pears | Plums | Figs are sweet. | Dates"):     # an end mark
        assert _en_removed([row, "", "Harbour Authority Act 1990", "", EN_PROSE]) == [], row


def test_a_name_under_one_menu_bar_only_stays():
    lines = ["Lawlib Home | Databases | Worldlib | Search | Feedback", "", "Harbour Authority Act 1990", "", EN_PROSE]
    assert _en_removed(lines) == ["Lawlib Home | Databases | Worldlib | Search | Feedback"]


NEWS = "某某縣議會今日進行大會，由縣長進行施政總報告，他表示今年外銷成績再度創下新高。"


def test_ad_box_between_two_labels_and_an_icon_bar_go():
    lines = ["Advertisting", "某某廣播公司", "某某基金會FB", "交通部", "Advertisting", "某某記事簿",
             "IMAGES 公益活動 IMAGES 志願服務 IMAGES 其他", "某某縣長施政報告", NEWS]
    assert run_rule("ad-box", lines)[0] == ["某某記事簿", "某某縣長施政報告", NEWS]


def test_one_ad_label_a_sentence_between_or_two_icon_words_stay():
    for lines in (["廣告", "某某廣播公司", "某某縣長施政報告", NEWS],
                  ["廣告", "某某廣播公司", "本台今日開播。", "廣告", "某某縣長施政報告", NEWS],
                  ["IMAGES 公益活動 IMAGES 其他", "某某縣長施政報告", NEWS]):
        assert run_rule("ad-box", lines)[0] == lines, lines


@pytest.mark.parametrize("line, gone", [
    ("↖回到列表", True), ("« 返回列表", True), ("返回列表頁", True),
    ("你的瀏覽器不支援此物件", True), ("您的浏览器不支持video标签", True),
    ("嚙踝蕭嚙緬嚙踝蕭嚙踝蕭", True),
    ("返回列表中的第三项数据，并说明理由。", False),        # a sentence
    ("浏览器不支持的问题由厂商在三个月内解决并向社会公布结果。", False),
    ("某某縣長施政報告嚙", False),                           # one garbled character in a headline
])
def test_back_link_browser_notice_and_big5_garble(line, gone):
    kept = run_rule("widget", [line, "某某縣長施政報告", NEWS])[0]
    assert (line not in kept) is gone


def test_an_on_this_page_box_of_the_page_own_sections_goes():
    lines = ["Regional Water Plan", "On this page", "- Minister's note", "- 1. Introduction", "- 2. Rivers",
             "Minister's note", EN_PROSE, "1. Introduction", EN_PROSE, "2. Rivers", EN_PROSE]
    assert run_rule("contents-box", lines)[0] == ["Regional Water Plan", "Minister's note", EN_PROSE,
                                                  "1. Introduction", EN_PROSE, "2. Rivers", EN_PROSE]


def test_on_this_page_in_a_sentence_stays():
    lines = ["Regional Water Plan", "On this page you will find the plan.", EN_PROSE]
    assert run_rule("contents-box", lines)[0] == lines


@pytest.mark.parametrize("line, gone", [("(单词翻译:双击或拖选)", True), ("（划词翻译）", True),
                                        ("单词翻译是学习的重要一环。", False)])
def test_a_learner_site_glossary_hint(line, gone):
    kept = run_rule("widget", [line, "某某縣長施政報告", NEWS])[0]
    assert (line not in kept) is gone


def test_a_bulleted_date_under_the_headline_goes_a_signature_date_stays():
    assert run_rule("bare-timestamp", [HEADLINE, "  • 2020年01月23日", PROSE])[0] == [HEADLINE, PROSE]
    tail = [HEADLINE, PROSE, "某某市人民政府办公室", "2020年01月23日"]
    assert run_rule("bare-timestamp", tail)[0] == tail
