"""r26zh: Chinese chrome in forms no rule was written on (issue #11), on made-up pages of the kinds
users bring (tests/fixtures/r26zh: law databases, county portals, messaging-app copies, document-
sharing previews, Traditional-script pages); each rule also with what it must leave alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text

from .helpers import PROSE, PROSE2, run_rule

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r26zh"
EXPECT = json.loads((PAGES / "expect.json").read_text(encoding="utf-8"))
HEADLINE = "某县2023年政府工作报告"
OPENING = "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。"


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines if line.strip()]


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_a_pages_chrome_goes_and_its_body_stays(name):
    kept = _kept((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    flat = "".join(kept).replace("\u3000", "").replace(" ", "")
    assert not [c for c in EXPECT[name]["chrome"] if c.strip() in kept]
    assert not [k for k in EXPECT[name]["keep"] if k.replace("\u3000", "").replace(" ", "") not in flat]


# -- a law database's record of a statute ---------------------------------------------------------
RECORD = ["【标题】某市公园条例", "【发布部门】某市人大常委会", "【效力级别】地方性法规", "【时效性】现行有效",
          "某市公园条例", "第一条　为了加强公园管理，制定本条例。", "第二条　本条例自2024年1月1日起施行。"]


@pytest.mark.parametrize("form", ["{}", "- {}", "* {}"])
def test_a_record_in_lenticular_brackets_goes(form):
    lines = [form.format(line) for line in RECORD[:4]] + RECORD[4:]
    kept = _kept("\n".join(lines))
    assert kept[0] == "某市公园条例" and not any("效力级别" in k for k in kept)


def test_a_record_as_table_rows_goes():
    rows = ["| 发布部门 | 某市人大常委会 |", "| 效力级别 | 地方性法规 |", "| 时效性 | 现行有效 |"]
    kept = _kept("\n".join(rows + RECORD[4:]))
    assert kept[0] == "某市公园条例" and not set(rows) & set(kept)


def test_a_button_row_in_brackets_is_no_field():
    page = run_rule("meta-box", ["【打印】 【关闭】", "【收藏】 【分享】", "【纠错】 【返回】", HEADLINE, PROSE, PROSE2])
    assert page[1] == []


def test_one_bracketed_tag_over_the_headline_stays():
    assert run_rule("meta-box", ["【专题】" + HEADLINE, OPENING, PROSE, PROSE2])[1] == []


def test_the_name_printed_again_under_a_removed_record_stays():
    kept = _kept("\n".join(RECORD[:4] + ["某市公园条例"] + RECORD[4:]))
    assert kept.count("某市公园条例") == 2


# -- a part head glued to its first sentence ------------------------------------------------------
def _heads(lines):
    return run_rule("glued-part-heads", lines)[0]


def test_a_part_head_glued_to_its_sentence_is_set_apart():
    kept = _heads(["一、过去五年工作回顾五年来，全县经济总量翻了一番。", PROSE, "二、今年工作安排今年是关键之年。", PROSE2])
    assert kept[:2] == ["一、过去五年工作回顾", "五年来，全县经济总量翻了一番。"]
    assert "二、今年工作安排" in kept and "今年是关键之年。" in kept


def test_the_last_opening_word_before_the_mark_ends_the_head():
    kept = _heads(["一、推动当前经济企稳回升当前，外部环境依然复杂。", "二、今年工作安排今年是关键之年。", PROSE])
    assert kept[:2] == ["一、推动当前经济企稳回升", "当前，外部环境依然复杂。"]


def test_one_glued_line_among_heads_on_lines_of_their_own_stays():
    line = "二、深化改革开放我们要坚持改革不停步，开放不止步。"
    assert _heads(["一、过去一年工作回顾", PROSE, line, PROSE2, "三、加强自身建设", PROSE])[2] == line


@pytest.mark.parametrize("line", ["一、坚持稳中求进，今年全县经济增长百分之六。", "一、我们的目标是建成美丽县城。"])
def test_a_numbered_sentence_stays_whole(line):
    assert _heads([line, PROSE, "二、今年工作安排", PROSE2])[0] == line


def test_a_single_numbered_line_stays():
    line = "一、过去一年工作回顾过去一年，全县经济增长百分之六。"
    assert _heads([line, PROSE, PROSE2])[0] == line


# -- messaging app, document-sharing and law-database furniture -----------------------------------
@pytest.mark.parametrize("line", ["点击蓝字 关注我们", "▲点击上方蓝字关注我们", "- END -", "—完—", "#两会 12个", "在看",
                                  "预览时标签不可点", "原创 某县发布 某县发布 2024-01-02 18:00 某省", "VIP免费下载",
                                  "免费下载这篇文档", "该文档为用户上传，如有侵权请联系客服删除", "本篇法规有2个历史版本",
                                  "法规全文下载：TXT | PDF", "附件下载："])
def test_furniture_at_the_edges_goes(line):
    kept = _kept("\n".join([HEADLINE, line, OPENING, PROSE, PROSE2, line]))
    assert line not in kept and HEADLINE in kept


@pytest.mark.parametrize("line", ["全县上下紧密团结，共同关注我们的发展大计。", "今年将完成下载中心建设。",
                                  "本办法有2个附件。", "截至年末，全县共有2024个行政村完成改造。"])
def test_sentences_near_the_furniture_stay(line):
    kept = _kept("\n".join([HEADLINE, OPENING, PROSE, line, PROSE2]))
    assert line in kept


def test_a_repost_card_goes_with_its_account():
    card = ["以下文章来源于某县发布，作者某县发布", "某县发布", "某县人民政府新闻办公室官方账号"]
    kept = _kept("\n".join(["重磅！某县2023年政府工作报告全文"] + card + [HEADLINE, OPENING, PROSE, PROSE2]))
    assert not set(card) & set(kept)


def test_a_line_under_the_card_that_is_not_the_account_stays():
    kept = _kept("\n".join(["以下文章来源于某县发布，作者某县发布", HEADLINE, OPENING, PROSE, PROSE2]))
    assert HEADLINE in kept


# -- a viewer's page counters ---------------------------------------------------------------------
def test_counters_over_an_excerpt_go():
    lines = ["第1页/共12页", PROSE, "第2页/共12页", PROSE2, "第3页/共12页", OPENING]
    kept, removed, _ = run_rule("preview-counters", lines)
    assert [t for _, t in removed] == ["第1页/共12页", "第2页/共12页", "第3页/共12页"]


@pytest.mark.parametrize("lines", [["3 / 9", PROSE, "7 / 9", PROSE2], ["60/19", PROSE, "61/19", PROSE2], ["1 / 9", PROSE, PROSE2]])
def test_fractions_that_do_not_count_pages_stay(lines):
    assert run_rule("preview-counters", lines)[1] == []


# -- a cut summary, a pointer to the full text, a year tag -----------------------------------------
def test_a_summary_cut_with_an_ellipsis_between_headline_and_copy_goes():
    summary = "某市公园条例经市人大常委会表决通过，共五章三十条……"
    kept = _kept("\n".join(["某市公园条例", summary, "发布时间：2024-01-02 10:00", "某市公园条例", "第一章　总则",
                            RECORD[5], RECORD[6], "第二章　附则", RECORD[6]]))
    assert summary not in kept and "某市公园条例" in kept


def test_a_sentence_ending_in_an_ellipsis_without_the_headline_again_stays():
    line = "某市公园条例的制定，历时三年，数易其稿……"
    kept = _kept("\n".join(["某市公园条例", line, RECORD[5], RECORD[6], PROSE]))
    assert line in kept


def test_an_intro_pointing_to_the_full_text_over_the_name_goes():
    intro = "1月5日，某县第十八届人民代表大会第三次会议开幕，县长作政府工作报告。全文如下："
    kept = _kept("\n".join(["权威发布｜" + HEADLINE + "全文", intro, HEADLINE, OPENING, PROSE, PROSE2]))
    assert intro not in kept


def test_a_sentence_announcing_what_follows_stays():
    line = "现将有关事项通知如下："
    kept = _kept("\n".join([HEADLINE, OPENING, line, "一、总体要求", PROSE, PROSE2]))
    assert line in kept


@pytest.mark.parametrize("line, out", [("2022年某县统计公报 2022", "2022年某县统计公报"),
                                       ("某县统计公报 2022", "某县统计公报 2022"),
                                       ("2022年某县统计公报 2021", "2022年某县统计公报 2021")])
def test_a_year_tag_the_headline_names_already_is_cut(line, out):
    assert run_rule("year-tag", [line, PROSE, PROSE2])[0][0] == out


# -- labels and lists in Traditional and other forms ----------------------------------------------
@pytest.mark.parametrize("line", ["上一則：某某施政報告", "責任編輯：陳某", "本網站所刊載信息，不代表本網觀點。",
                                  "某县教育局版权所有　地址：某县人民路1号"])
def test_traditional_and_footer_forms_go(line):
    kept = _kept("\n".join([HEADLINE, OPENING, PROSE, PROSE2, line]))
    assert line not in kept


def test_a_related_list_with_article_ids_goes():
    box = ["相关新闻", "某县召开常务会议（ID：202301051234）", "两会数说：一组数据看过去一年（ID：202301061122）"]
    kept = _kept("\n".join([HEADLINE, OPENING, PROSE, PROSE2] + box))
    assert not set(box) & set(kept)


def test_a_browser_title_ending_in_a_portals_name_loses_it():
    kept = _kept("\n".join([HEADLINE + "_某县人民政府门户网站", OPENING, PROSE, PROSE2]))
    assert kept[0] == HEADLINE


# -- a speech's first part head run into the paragraph that announces the parts -------------------
ANNOUNCED = "同志们：今天召开全县工作会议。下面，我讲三点意见。一、提高站位，压实责任今年以来，全县防汛形势严峻，各部门要高度重视。"


def test_a_first_head_after_the_announcement_of_the_parts_is_set_apart():
    kept = _heads([HEADLINE, ANNOUNCED, PROSE])
    assert "一、提高站位，压实责任" in kept and "同志们：今天召开全县工作会议。下面，我讲三点意见。" in kept
    assert "今年以来，全县防汛形势严峻，各部门要高度重视。" in kept


@pytest.mark.parametrize("line", ["今天召开全县工作会议。一、提高站位，压实责任今年以来，全县防汛形势严峻。",
                                  "下面，我讲三点意见。一、要提高认识，全县各部门都要高度重视防汛工作。"])
def test_a_numbered_clause_without_the_announcement_or_the_opening_word_stays(line):
    assert _heads([HEADLINE, line, PROSE])[1] == line


def test_a_preview_end_notice_goes():
    line = "预览已结束，下载完整版请开通会员"
    kept = _kept("\n".join([HEADLINE, OPENING, PROSE, PROSE2, line]))
    assert line not in kept
