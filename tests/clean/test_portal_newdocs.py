"""Portal chrome the unseen documents showed (issue #11, newdocs, xn6): made-up variants, and what
each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某市推进公共服务建设三年行动计划"


def test_site_greeting_as_first_line_is_the_banner():
    for greeting in ["某某资料库欢迎您！", "欢迎访问某某网!", "您好！欢迎光临某某信息网"]:
        kept, removed, _ = run_rule("site-name", [greeting, HEADLINE, PROSE])
        assert [t for _, t in removed] == [greeting] and kept[0] == HEADLINE


def test_a_greeting_inside_the_text_stays():
    lines = [HEADLINE, PROSE, "欢迎您！", PROSE2]
    assert run_rule("site-name", lines)[1] == []


def test_breadcrumb_of_column_names_separated_by_spaces():
    kept, removed, _ = run_rule("breadcrumb", ["首页 文章 公共服务 城市建设", "", HEADLINE, PROSE])
    assert [t for _, t in removed] == ["首页 文章 公共服务 城市建设"]


def test_home_page_word_opening_a_sentence_is_no_trail():
    line = "首页 上的通知已经撤下，请各单位注意查收新的文件。"
    assert run_rule("breadcrumb", [line, HEADLINE, PROSE])[1] == []


def test_byline_of_time_and_source_without_labels():
    kept, removed, _ = run_rule("bare-timestamp", [HEADLINE, "", "2015-03-02 10:40 互联网", "", PROSE])
    assert [t for _, t in removed] == ["2015-03-02 10:40 互联网"]


def test_date_with_a_name_and_no_time_stays():
    lines = [HEADLINE, PROSE, "2015-03-02 某某局"]
    assert run_rule("bare-timestamp", lines)[1] == []


def test_labelled_summary_box_repeating_the_first_paragraph():
    summary = "摘要：" + PROSE
    kept, removed, _ = run_rule("teaser", [HEADLINE, summary, PROSE, PROSE2])
    assert [t for _, t in removed] == [summary]


def test_a_copyright_template_with_blanks_is_text_the_reader_copies():
    lines = ["To apply these terms, put this notice at the top of each file:", "",
             "    <one line with the program's name>", "    Copyright (C) <year>  <name of author>", "", PROSE2]
    assert run_rule("copyright", lines)[1] == []
    assert len(run_rule("copyright", ["Copyright (C) 2011 Some Foundation, Inc.", PROSE2])[1]) == 1


def test_forum_thread_widgets_over_a_reposted_article():
    chrome = ["• 120阅读", "  • 3回复", "", "某某同志的讲话 [复制链接]", "", "上一主题 下一主题", "离线editor", " ", "",
              "只看楼主 倒序阅读 0 发表于: 1956-05-01", "第2版()", "专栏:", ""]
    kept, removed, _ = run_rule("forum-chrome", chrome + [PROSE, PROSE2])
    assert [t for _, t in removed] == [c for c in chrome if c.strip()]
    assert kept[-2:] == [PROSE, PROSE2]


def test_forum_words_inside_the_text_stay():
    lines = [HEADLINE, PROSE, "上一主题 下一主题", "专栏:", PROSE2]
    assert run_rule("forum-chrome", lines)[1] == []
