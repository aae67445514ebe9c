"""r25auditzh: the Chinese chrome issue #11 names, in forms no rule was written on (made-up pages):
Traditional labels, full-width bars, a label alone over its entry, letter sizes, a teaser's link,
a lossy `?` on a few headings; and what each rule must leave alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某县2022年政府工作报告"
OPENING = "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。"
PARA = "一年来，全县新建乡村公路八十公里，改造危房三百户，新建村级卫生室十二个，群众出行、就医更加方便。"


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines if line.strip()]


@pytest.mark.parametrize("line", ["字号：T|T", "字體：T | T", "【字号：T｜T】"])
def test_a_size_switch_drawn_as_letters_goes(line):
    kept, removed, _ = run_rule("font-size-widget", [HEADLINE, line, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and HEADLINE in kept


def test_a_sentence_naming_a_letter_t_stays():
    line = "字号：T型路口改造工程已经完工。"
    assert run_rule("font-size-widget", [HEADLINE, line, PROSE, PROSE2])[1] == []


@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_pager_whose_labels_stand_alone_with_their_colon_goes_with_its_entries(colon):
    tail = [f"上一篇{colon}", "某县2021年政府工作报告", f"下一篇{colon}", "关于做好防汛工作的通知"]
    kept = _kept("\n\n".join([HEADLINE, OPENING, PARA, PROSE, PROSE2] + tail))
    assert not set(tail) & set(kept) and PARA in kept


def test_a_bare_pager_label_pair_goes_with_its_entries_before_the_widget_rule_takes_the_labels():
    tail = ["上一篇", "某县2021年政府工作报告", "下一篇", "关于做好防汛工作的通知"]
    kept = _kept("\n\n".join([HEADLINE, OPENING, PARA, PROSE, PROSE2] + tail))
    assert not set(tail) & set(kept)


def test_one_label_with_a_colon_and_a_line_under_it_is_no_pager():
    lines = [HEADLINE, PROSE, "上一篇：", "这是上一篇文章的续写说明，请读者留意。", PROSE2]
    assert run_rule("split-pager", lines)[1] == []


def test_a_chinese_tool_bar_in_brackets_keeps_the_headline_over_it():
    lines = [HEADLINE, "字体：[大] [中] [小]   [打印]   [关闭]", PROSE, PROSE2]
    kept, removed, _ = run_rule("site-bars", lines)
    assert HEADLINE in kept


def test_an_english_link_bar_with_one_chinese_item_still_takes_the_sites_name():
    lines = ["PORTLII Harbour Laws", "[Index] [Table] [Search] [Notes] [繁體中文] [Help]", "Harbour Dues Ordinance", PROSE2]
    kept, removed, _ = run_rule("site-bars", lines)
    assert "PORTLII Harbour Laws" not in kept and "Harbour Dues Ordinance" in kept


@pytest.mark.parametrize("line", ["主辦單位：某縣人民政府　網站標識碼：1234000009", "承辦單位：某縣資訊中心", "某公網安備 12345602000999號"])
def test_traditional_sponsor_and_registration_lines_in_the_footer_go(line):
    kept = _kept("\n\n".join([HEADLINE, OPENING, PARA, PROSE, PROSE2, "網站地圖｜聯絡我們", line]))
    assert line not in kept and PARA in kept


@pytest.mark.parametrize("link", ["[详细]", "【详情】", "阅读全文>>", "[全文]"])
def test_a_teaser_ending_in_its_link_to_the_article_goes(link):
    teaser = OPENING[:40] + "……" + link
    kept, removed, _ = run_rule("teaser", [HEADLINE, teaser, HEADLINE, OPENING, PARA])
    assert [t for _, t in removed] == [teaser]


def test_a_line_ending_in_details_that_the_text_does_not_repeat_stays():
    line = "具体办法另行通知，请各单位关注详细安排【详情】"
    assert run_rule("teaser", [HEADLINE, line, OPENING, PARA])[1] == []


BODY_Q = [HEADLINE + "?", OPENING, "一、过去一年工作回顾?", PARA, "（一）交通条件明显改善", PARA,
          "（二）公共服务更加均衡?", PARA, "二、今年工作安排", PARA, "（一）抓好项目建设?", PARA]


def _lossy(lines):
    cleaned = clean_text("\n\n".join(lines), source_file="t.txt")
    return [line.strip() for line in cleaned.lines if line.strip()], [r.text for r in cleaned.removed if r.rule == "lossy-question-mark"]


def test_a_lossy_question_mark_on_a_few_headings_is_cut():
    kept, removed = _lossy(BODY_Q)
    assert kept[0] == HEADLINE and "一、过去一年工作回顾" in kept and "（一）抓好项目建设" in kept
    assert removed == ["?"] * 4


@pytest.mark.parametrize("line", ["我们靠什么赢得未来?", "群众满意了吗?", "How did we do?", "明年增长几个百分点?"])
def test_a_real_question_and_a_latin_line_keep_their_mark(line):
    kept, removed = _lossy(BODY_Q + [line])
    assert len(removed) == 4 and any(k.startswith(line[:-1]) and k[-1] in "?？" for k in kept)


def test_a_text_typing_its_marks_half_width_keeps_its_question_marks():
    lines = ["一、总体安排?", "全县要抓好项目,稳住投资.", "二、保障措施?", "加强组织领导,落实责任."] * 2
    assert _lossy(lines)[1] == []


@pytest.mark.parametrize("line", ["据来源于县统计局的数据，全县去年接待游客五百万人次。",
                                  "请各部门打印本报告并组织学习，关闭不必要的会议，集中精力抓落实。"])
def test_a_body_sentence_naming_a_source_or_printing_stays(line):
    text = "\n\n".join(["首页 > 政务公开 > 政府工作报告", HEADLINE, "来源 : 某县人民政府    发布时间 : 2022-03-05 10:00",
                       line, OPENING, PARA, PROSE, "【打印】 【关闭】"])
    kept = _kept(text)
    assert line in kept and "【打印】 【关闭】" not in kept


@pytest.mark.parametrize("line", ["本报告所列数据来源于县统计局年度快报，部分为初步核算数。",
                                  "请各部门打印本报告并组织学习，关闭不必要的会议，集中精力抓落实。"])
def test_a_last_paragraph_naming_a_source_or_printing_stays_over_the_print_bar(line):
    text = "\n\n".join([HEADLINE, OPENING, PARA, PROSE, PROSE2, line, "【打印】 【关闭】", "分享到: 微信 微博 QQ空间"])
    kept = _kept(text)
    assert line in kept and "【打印】 【关闭】" not in kept
