"""Chrome of older portals and content sites reprinting a 1980s report (issue #11): a site's name
as a text banner, a breadcrumb with a mark after every item, an editor's blurb, a byline whose time
label carries no date. Made-up variants beside what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

TITLE = "某某年政府工作报告"


@pytest.mark.parametrize("rule, lines, kept", [
    # the site's name over the headline: with its description after a separator, or short alone
    ("site-name", ["某某网--中国法律信息搜索网", TITLE, PROSE], [TITLE, PROSE]),
    ("site-name", ["某某网 | 新闻门户", TITLE, PROSE], [TITLE, PROSE]),
    ("site-name", ["中国政府网", "", TITLE, PROSE], ["", TITLE, PROSE]),
    # a headline ending in 网 (no separator, longer than a bare name), a lone line, a later line stay
    ("site-name", ["关于加快农村电网", "改造升级的意见", PROSE], ["关于加快农村电网", "改造升级的意见", PROSE]),
    ("site-name", ["中国政府网"], ["中国政府网"]),
    ("site-name", [TITLE, "某某网--中国法律信息搜索网", PROSE], [TITLE, "某某网--中国法律信息搜索网", PROSE]),
    # a breadcrumb that prints its mark after every item, the last one too
    ("breadcrumb", ["某某啦>实用范文>报告总结>工作报告>", "", TITLE, PROSE], ["", TITLE, PROSE]),
    ("breadcrumb", ["收入>支出>", TITLE, PROSE], ["收入>支出>", TITLE, PROSE]),
    # an editor's blurb over the reposted text
    ("editor-blurb", ["想知道某某年的政府工作报告吗?下面某某小编给大家分享,一起看一下吧!", TITLE, PROSE],
     [TITLE, PROSE]),
    ("editor-blurb", [TITLE, "以下是本站为大家整理的某某年政府工作报告,欢迎阅读。", PROSE], [TITLE, PROSE]),
    # the same words deeper than the head, or a long paragraph, stay
    ("editor-blurb", [TITLE] + [PROSE] * 20 + ["下面小编给大家分享一些经验。"],
     [TITLE] + [PROSE] * 20 + ["下面小编给大家分享一些经验。"]),
    ("editor-blurb", [TITLE, PROSE2 + "我们要为大家带来更多实惠。" + PROSE * 2], [TITLE, PROSE2 + "我们要为大家带来更多实惠。" + PROSE * 2]),
])
def test_rule(rule, lines, kept):
    assert run_rule(rule, lines)[0] == kept


def test_a_time_label_without_a_date_records_no_publication_date():
    kept, removed, prov = run_rule("page-meta", [TITLE, "时间: 某某916 分享", PROSE])
    assert prov.published == ""
    kept, removed, prov = run_rule("page-meta", [TITLE, "时间: 2019-03-07", PROSE])
    assert prov.published == "2019-03-07"


# -- a Chinese wiki's tagline and a Wikisource work's header box ---------------------------------

WORK = "1984年某某政府工作報告"


def test_the_wikisource_header_box_goes_and_the_author_and_date_stay():
    lines = [WORK, "", "維基文庫,自由的圖書館", "1983年某某政府工作報告 " + WORK, "國務院總理 某某某", "1984年5月15日",
             "1985年某某政府工作報告", "本作品收錄於《某某報告集》", "各位代表:", PROSE]
    kept = run_rule("zh-wiki-header", lines)[0]
    assert kept == [WORK, "", "國務院總理 某某某", "1984年5月15日", "各位代表:", PROSE]


def test_a_section_headings_edit_link_is_cut_on_a_wiki_page_only():
    wiki = run_rule("zh-wiki-header", [WORK, "维基文库，自由的图书馆", "关于国内建设[编辑]", PROSE])[0]
    assert wiki == [WORK, "关于国内建设", PROSE]
    plain = [WORK, "关于国内建设[编辑]", PROSE]   # no tagline: not known to be a wiki page
    assert run_rule("zh-wiki-header", plain)[0] == plain


def test_lines_far_below_the_tagline_or_unlike_a_sibling_title_stay():
    body = [WORK, "維基文庫,自由的圖書館", "國務院總理 某某某"] + [PROSE] * 10 + ["1985年某某政府工作報告"]
    assert run_rule("zh-wiki-header", body)[0] == body[:1] + body[2:]
    other = [WORK, "維基文庫,自由的圖書館", "關於國內建設", PROSE]
    assert run_rule("zh-wiki-header", other)[0] == [WORK, "關於國內建設", PROSE]


# -- digits letter-spaced by a conversion ---------------------------------------------------------

@pytest.mark.parametrize("text, out", [
    ("——1 9 9 8 年3 月5 日在某某會議上", "——1998年3月5日在某某會議上"),
    ("1 9 9 7 年總產值達到7 4 7 7 2億元,平均增長1 1 %,漲幅為0 .8 %。", "1997年總產值達到74772億元,平均增長11%,漲幅為0.8%。"),
    # no run of three spaced digits: the line keeps its spaces
    ("共 3 个项目，见第 1 2 章。", "共 3 个项目，见第 1 2 章。"),
    ("增长1 1 %。", "增长1 1 %。"),
    # no Chinese in the line
    ("pages 1 2 3 of the book", "pages 1 2 3 of the book"),
])
def test_spaced_digits(text, out):
    from pipeline.clean.typography import spaced_digits
    assert spaced_digits(text)[0] == out
