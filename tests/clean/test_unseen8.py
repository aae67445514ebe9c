"""Cleaning rules the unseen8 round (issue #11, xl1-xl8: Chinese work reports of standing
committees, a call for comments with its draft, transcripts, essay-site samples) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text

from .helpers import PROSE, run_rule


def _kept(lines: list[str]) -> list[str]:
    return [t for t in clean_text("\n".join(lines)).lines if t.strip()]


def test_a_traditional_breadcrumb_goes_with_what_stands_above_it_and_the_column_echo():
    lines = ["某某部網站橫幅圖片", "當前位置: 首頁 > 專題專欄 > 工作動態", "工作動態", "某某委員會年度工作報告", PROSE]
    kept = _kept(lines)
    assert kept[0] == "某某委員會年度工作報告"
    kept, removed, _ = run_rule("breadcrumb", ["首頁 > 專題 > 新聞", "某某縣召開年度工作會議", PROSE])
    assert [t for _, t in removed] == ["首頁 > 專題 > 新聞"]


def test_a_trail_ending_in_the_headline_keeps_the_headline_under_it():
    crumb = "您当前的位置: 首页 > 通知公告 > 关于《某某市物业管理条例(草案)》公开征求意见的公告"
    kept, removed, _ = run_rule("breadcrumb", [crumb, "关于《某某市物业管理条例(草案)》公开征求意见的公告", PROSE])
    assert [t for _, t in removed] == [crumb]
    # a column's name (short) under the trail still goes
    kept, removed, _ = run_rule("breadcrumb", ["当前位置：首页 > 信息公开 > 通知公告", "通知公告", "某某市召开会议", PROSE])
    assert [t for _, t in removed] == ["当前位置：首页 > 信息公开 > 通知公告", "通知公告"]


def test_the_headlines_short_form_goes_and_the_full_name_under_it_stays():
    lines = ["工商联执行委员会工作报告", "中华全国工商业联合会执行委员会工作报告", "——在某某代表大会上", PROSE]
    kept, removed, _ = run_rule("repeated-title", lines)
    assert [t for _, t in removed] == ["工商联执行委员会工作报告"] and kept[0] == lines[1]
    # a line that adds words after the headline (a subtitle) is no full name of it
    kept, removed, _ = run_rule("repeated-title", ["某某市政府工作报告", "某某市政府工作报告解读要点", PROSE])
    assert removed == []
    # two titles that end alike in a few words only stay
    kept, removed, _ = run_rule("repeated-title", ["某县统计公报", "某某市国民经济和社会发展统计公报", PROSE])
    assert removed == []


def test_a_wikisource_header_under_the_page_title_goes():
    title = "2009年某某协会理事会工作报告"
    lines = [title, "", "2008年某某协会理事会工作报告 " + title, "2009年2月1日", "2010年某某协会理事会工作报告",
             "本作品收錄於《某某协会理事会工作报告", "", PROSE]
    kept, removed, _ = run_rule("zh-wiki-header", lines)
    assert [t for _, t in removed] == [lines[2], lines[4], lines[5]]
    assert "2009年2月1日" in kept   # the work's date stays: front matter


def test_a_mobile_wiki_edit_link_glued_after_a_space_is_cut_from_its_heading():
    lines = ["某某协会章程", "本作品收錄於《某某协会文件", "", "第一部分 总则 編輯", "", PROSE, "", "他说：请编辑 編輯", PROSE]
    kept, removed, _ = run_rule("zh-wiki-header", lines)
    assert "第一部分 总则" in kept and " 編輯" in [t for _, t in removed]
    assert "他说：请编辑 編輯" in kept   # a line with a sentence's mark keeps its words


def test_a_bare_counter_under_the_byline_goes_not_a_number_elsewhere():
    lines = ["某某市召开年度工作会议", "", "发布时间：2020-01-02 10:00", "120345", "", PROSE]
    kept = _kept(lines)
    assert "120345" not in kept and kept[0] == "某某市召开年度工作会议"
    lines = ["某某市召开年度工作会议", "", PROSE, "120345", PROSE]
    assert "120345" in _kept(lines)


def test_a_contents_list_of_parts_renumbered_after_it_goes():
    lines = ["某某条例", "", "第一章", "", "第二章 管理", "", "第三章 罚则", "", "第一章 总则", "",
             "第一条 为了规范某某管理，制定本条例。"]
    kept, removed, _ = run_rule("restarting-contents", lines)
    assert [t for _, t in removed] == ["第一章", "第二章 管理", "第三章 罚则"]
    # chapters with their text between them are the text's own
    lines = ["第一章 总则", "第一条 为了规范某某管理，制定本条例。", "第二章 管理", "第二条 某某负责管理。",
             "第三章 罚则", "第三条 违反本条例的，依法处理。"]
    assert run_rule("restarting-contents", lines)[1] == []
    # a run that never starts again is not taken either (an excerpt of bare chapter lines)
    assert run_rule("restarting-contents", ["第一章 总则", "第二章 管理", "第三章 罚则", PROSE])[1] == []


def test_a_slogan_couplet_under_the_site_name_goes_a_headline_stays():
    lines = ["某某资讯网", "", "传播身边好事", "记录城乡变化", "", "某某县召开年度工作会议", PROSE]
    kept, removed, _ = run_rule("site-name", lines)
    assert [t for _, t in removed] == ["某某资讯网", "传播身边好事", "记录城乡变化"]
    # a two-line headline of unequal lengths under the name stays
    lines = ["某某资讯网", "", "某某县召开年度", "工作会议暨表彰大会", PROSE]
    assert [t for _, t in run_rule("site-name", lines)[1]] == ["某某资讯网"]


def test_a_one_page_prints_address_over_its_counter_goes():
    lines = ["某某县召开年度工作会议", "", PROSE, "", "https://www.example.gov.cn/a/1.html", "", "1/1", ""]
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed] == ["https://www.example.gov.cn/a/1.html", "1/1"]
    # a line of text over the counter stays
    lines = ["某某县召开年度工作会议", "", PROSE, "", "详见某某网站。", "", "1/1", ""]
    assert [t for _, t in run_rule("running-head", lines)[1]] == ["1/1"]
