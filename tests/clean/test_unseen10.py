"""Cleaning rules the unseen10 round (issue #11, xx1-xx8: court, procuratorate and audit reports,
an amending decision, a paywalled speech) prompted: made-up variants of each phenomenon, and what
each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule

SPEAKER = "某某县人民法院院长 李四"
DATELINE = "——2019年2月20日在某某县第五届人民代表大会第三次会议上"


def test_a_dash_dateline_and_speaker_printed_twice_lose_their_second_copy():
    lines = ["某某县人民法院工作报告", DATELINE, SPEAKER, DATELINE, SPEAKER, "各位代表:", PROSE, PROSE2]
    kept, removed, _ = run_rule("title-block-copy", lines)
    assert [(n, t) for n, t in removed] == [(4, DATELINE), (5, SPEAKER)]
    assert kept.count(DATELINE) == 1 and kept.count(SPEAKER) == 1


def test_a_repeat_after_the_text_began_or_without_a_dateline_stays():
    # the dateline again after the first sentence: the text quotes it, the head is over
    lines = ["某某县人民法院工作报告", DATELINE, SPEAKER, PROSE, DATELINE, SPEAKER]
    assert run_rule("title-block-copy", lines)[1] == []
    # an issuer's name under each copy of a law site's title: not a dateline, left alone
    lines = ["某某条例", "某某县人大常委会", "某某条例", "某某县人大常委会", PROSE]
    assert run_rule("title-block-copy", lines)[1] == []


def test_a_mobile_edition_link_with_a_bullet_goes():
    lines = ["• 某某网移動版", "", "某某网手机版", "某某县人民法院工作报告", PROSE, PROSE2]
    kept, removed, _ = run_rule("mobile-link", lines)
    assert [t for _, t in removed] == ["• 某某网移動版", "某某网手机版"]
    # a sentence that goes on after the words stays
    lines = ["某某县人民法院工作报告", "某某网推出移动版后，访问量明显上升。", PROSE, PROSE2]
    assert run_rule("mobile-link", lines)[1] == []


def test_a_paywall_notice_and_an_empty_comment_counter_go_anywhere():
    lines = ["在全县经济工作会议上的讲话", "同志们:", PROSE, "此处隐藏3200个字。VIP会员可见", PROSE2,
             "登录后阅读全文", "上一篇:甲 下一篇:乙", "网友评论(共 条)", "发表评论"]
    kept, removed, _ = run_rule("paywall-notice", lines)
    assert [t for _, t in removed] == ["此处隐藏3200个字。VIP会员可见", "登录后阅读全文", "网友评论(共 条)", "发表评论"]
    assert PROSE2 in kept


def test_words_about_members_or_comments_in_a_sentence_stay():
    lines = ["某某协会工作报告", "会员代表大会审议通过了章程修正案。", "网友评论认为，这项措施切实可行。", PROSE]
    assert run_rule("paywall-notice", lines)[1] == []


def test_a_traditional_font_switch_label_alone_goes():
    lines = ["某某院工作報告(摘要)", "2022-03-09 09:51:00", "字號", PROSE, PROSE2]
    kept, removed, _ = run_rule("widget", lines)
    assert [t for _, t in removed] == ["字號"]


def test_a_chapter_list_over_a_text_with_no_chapters_goes():
    lines = ["某某县人大常委会关于修改《某某条例》的决定", "第一章 总则", "第二章 管理", "第三章 监督",
             "第四章 附则", "", "某某县人大常委会决定对《某某条例》作如下修改:",
             "  一、第三条修改为:\"县人民政府负责本条例的实施。\"", PROSE]
    kept, removed, _ = run_rule("restarting-contents", lines)
    assert [t for _, t in removed] == ["第一章 总则", "第二章 管理", "第三章 监督", "第四章 附则"]


def test_a_chapter_list_over_other_chapters_of_the_unit_stays():
    # the text goes on with 第五章 (a later chapter of the same unit, not 第一章): not proven a list
    lines = ["某某条例", "第一章 总则", "第二章 管理", "第三章 监督", PROSE, "第五章 附则", PROSE2]
    assert run_rule("restarting-contents", lines)[1] == []


def test_bare_chapter_lines_over_prose_that_amends_nothing_stay():
    lines = ["某某条例", "第一章 总则", "第二章 管理", "第三章 监督", PROSE, PROSE2]
    assert run_rule("restarting-contents", lines)[1] == []
