"""Cleaning rules the unseen6 round (issue #11, xy1-xy8: Chinese portal pages, reports of other
years, policy texts, a speech, a notice printed to PDF) prompted: made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule


def test_a_label_before_the_headline_is_the_sites_line():
    lines = ["某某县委书记在全县工作会议上的讲话", "", "3-15 | 手机版:某某县委书记在全县工作会议上的讲话", "同志们:", PROSE]
    kept, removed, _ = run_rule("headline-echo", lines)
    assert [t for _, t in removed] == ["3-15 | 手机版:某某县委书记在全县工作会议上的讲话"]
    assert kept[0] == "某某县委书记在全县工作会议上的讲话"


def test_a_line_that_goes_on_after_the_headline_or_a_sentence_before_it_stays():
    headline = "某某县委书记在全县工作会议上的讲话"
    for line in ("转载:" + headline + "(摘要)",
                 "会上,县委书记作了重要讲话。题为:" + headline,
                 "本报讯 据悉,近日县里召开了全县工作会议。会议由县长主持,题目是:" + headline):
        kept, removed, _ = run_rule("headline-echo", [headline, "", line, PROSE])
        assert removed == [], line


def test_a_font_switch_whose_sizes_were_lost_goes():
    lines = ["某某网首页", "某某市2001年政府工作报告", "  字号:(    ) 打印本页 关闭窗口", "", PROSE]
    kept, removed, _ = run_rule("font-size-widget", lines)
    assert [t.strip() for _, t in removed] == ["字号:(    ) 打印本页 关闭窗口"]


def test_brackets_with_words_in_them_are_no_lost_switch():
    lines = ["某某市2001年政府工作报告", "字体:(宋体) 关于本文", "", PROSE]
    assert run_rule("font-size-widget", lines)[1] == []


def test_address_lines_go_at_the_head_and_tail():
    lines = ["某某市政府工作报告(摘要)", "", "原文链接: https://archive.example.cn/item?id=7&page=2", "", PROSE, PROSE,
             "", "下载链接: 点击下载"]
    kept, removed, _ = run_rule("address-line", lines)
    assert [n for n, _ in removed] == [3, 8]
    assert kept[0] == "某某市政府工作报告(摘要)"


def test_an_address_inside_a_sentence_stays():
    lines = ["某某市政府工作报告", "", "原文链接请见 https://archive.example.cn/item?id=7 ,欢迎查阅。", PROSE]
    assert run_rule("address-line", lines)[1] == []


def test_a_registration_code_alone_in_the_head_goes():
    lines = ["某某市人民政府办公室关于印发某某办法的通知", "", "ABCR-2024-00017", "", "某政办发〔2024〕3号", "", PROSE]
    kept, removed, _ = run_rule("register-code", lines)
    assert [t for _, t in removed] == ["ABCR-2024-00017"] and "某政办发〔2024〕3号" in kept


def test_a_code_in_the_text_or_a_lowercase_one_stays():
    for line in ("abcr-2024-00017", "ABCR-2024-00017 号文件已废止", "GB-2024"):
        assert run_rule("register-code", ["某某办法", line, PROSE])[1] == [], line
    # in the body (after prose) it is no head-zone line
    assert run_rule("register-code", ["某某办法", PROSE, "ABCR-2024-00017", PROSE])[1] == []


def test_a_bar_of_sister_sites_and_browser_links_is_a_menu():
    lines = ["推荐站点| 某某资料网 | 某某商务网 | 某某网论坛", "收藏本站| 设为首页| 首页", "", "某某市某某管理办法", "", PROSE]
    kept, removed, _ = run_rule("nav-menu", lines)
    assert [n for n, _ in removed] == [1, 2] and "某某市某某管理办法" in kept


def test_site_names_in_a_sentence_or_a_short_list_stay():
    for line in ("某某网 | 某某日报", "本文由某某网、某某资料网和某某网论坛联合发布。"):
        assert run_rule("nav-menu", [line, "", "某某市某某管理办法", PROSE])[1] == [], line
