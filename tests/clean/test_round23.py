"""Cleaning rules of the lead's round23 (issue #11): the `?` a lossy save writes for a no-break
space inside a line. Made-up lines; every case the rule must leave alone too."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean import clean_text
from pipeline.clean.page import Page
from pipeline.clean.rules_form import lossy_space

from .helpers import PROSE, PROSE2

RULES = ["某某市人民政府工作规则", "第一章?总?则", "第一条?为了规范市政府工作，制定本规则。",
         "第二条?市政府工作的总体要求是依法行政。", "第二章?职?责", "第三条?市政府履行经济调节职责。"]


def lines_of(lines: list[str]) -> list[str]:
    """The lines after the rule alone (the whole cleaning also makes punctuation full-width)."""
    return lossy_space(replace(Page.from_text("\n".join(lines)), rule="lossy-space")).texts()


def test_a_question_mark_after_a_label_is_the_space_it_lost():
    assert lines_of(RULES) == ["某某市人民政府工作规则", "第一章\u3000总\u3000则", "第一条\u3000为了规范市政府工作，制定本规则。",
                               "第二条\u3000市政府工作的总体要求是依法行政。", "第二章\u3000职\u3000责",
                               "第三条\u3000市政府履行经济调节职责。"]


def test_the_whole_cleaning_reads_the_chapter_heads_with_their_spaces():
    assert clean_text("\n".join(RULES) + "\n").lines[1] == "第一章\u3000总\u3000则"


def test_the_cuts_are_recorded_under_the_rule():
    removed = [r for r in clean_text("\n".join(RULES) + "\n").removed if r.rule == "lossy-space"]
    assert [r.line for r in removed] == [2, 2, 3, 4, 5, 5, 6] and {r.text for r in removed} == {"?"}


def test_a_part_label_and_a_bracketed_label_too():
    assert lines_of(["一、?总体要求", PROSE, "（一）?指导思想", PROSE2])[::2] == ["一、\u3000总体要求", "（一）\u3000指导思想"]


def test_padding_after_a_signature_goes_when_the_form_shows_twice():
    got = lines_of([PROSE, "某某市人民政府????????", "2023年1月19日????????", PROSE2])
    assert got == [PROSE, "某某市人民政府", "2023年1月19日", PROSE2]


def test_questions_are_left():
    """A question written half-width ends or stands inside a sentence, never after a bare label;
    one line ending in `??` is no form; `?` in the sentence after a label's head stays."""
    lines = ["真的是这样吗?我们认为不是。", PROSE, "他问：为什么??", PROSE2,
             "第三条?谁负责?由市政府负责。"]
    got = lines_of(lines)
    assert got[:4] == lines[:4]
    assert got[4] == "第三条\u3000谁负责?由市政府负责。"


def test_english_text_is_left():
    lines = ["Section 1?Why", "What is this?Nothing", "The end."] * 3
    assert lines_of(lines) == lines


def test_a_members_quota_notice_and_a_read_on_button_go():
    from .helpers import run_rule
    notice = "消耗 2 篇某某文库配额,会员有效期内无限次查看"
    assert run_rule("paywall-notice", [PROSE, notice, PROSE2])[0] == [PROSE, PROSE2]
    assert "【阅读全文】" not in clean_text("\n".join(["某某县人民政府关于做好防汛工作的通知", "【阅读全文】", PROSE, PROSE2]) + "\n").lines


def test_a_sentence_about_quotas_or_reading_stays():
    from .helpers import run_rule
    lines = [PROSE, "消耗2个百分点的增长空间。", "全市扣除3个百分点后仍增长。", "请认真阅读全文并抓好落实。", PROSE2]
    assert run_rule("paywall-notice", lines)[0] == lines
    assert run_rule("widget", lines)[0] == lines
