"""Round 16 (zh) chrome: made-up variants of what check set 14's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某镇2024年政府信息公开工作年度报告"


@pytest.mark.parametrize("line", ["点击收听年报语音朗读", "收听本文语音播报", "点击播放全文语音朗读"])
def test_a_read_aloud_button_naming_what_it_reads_goes(line):
    kept, removed, _ = run_rule("widget", [HEADLINE, line, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and HEADLINE in kept


def test_a_sentence_about_a_read_aloud_service_stays():
    line = "我们开通了年报语音朗读服务，方便视障群众收听。"
    assert run_rule("widget", [HEADLINE, line, PROSE, PROSE2])[1] == []


def test_a_follow_buttons_label_alone_goes_but_a_sentence_naming_it_stays():
    kept, removed, _ = run_rule("widget", [HEADLINE, "公众号", PROSE, PROSE2])
    assert [t for _, t in removed] == ["公众号"]
    line = "镇政府开通了政务公众号，及时发布信息。"
    assert run_rule("widget", [HEADLINE, line, PROSE, PROSE2])[1] == []


@pytest.mark.parametrize("line", ["某某网总结频道为大家整理的某局年度工作总结，供大家阅读参考。更多阅读请查看本站总结频道。",
                                  "本栏目为大家收集了几篇工作计划，供大家参考。",
                                  "更多精彩请查看本站工作计划频道。"])
def test_a_channels_offer_for_everyones_reference_goes(line):
    kept, removed, _ = run_rule("editor-blurb", [HEADLINE, line, PROSE, PROSE2])
    assert [t for _, t in removed] == [line]


def test_a_speakers_for_your_reference_stays():
    line = "以上意见，供大家参考。"
    assert run_rule("editor-blurb", [HEADLINE, PROSE, line, PROSE2])[1] == []


def _kept(lines):
    from pipeline.clean import clean_text
    return [t.strip() for t in clean_text("\n".join(lines)).lines if t.strip()]


def test_the_trails_last_item_under_the_headline_and_its_date_is_the_channel_tag():
    head = "某某局2024年度工作总结"
    kept = _kept(["当前位置>>首页 > 范文 > 年度总结", "", head, "", "2024-12-30 10:20:30", "", "年度总结", "", PROSE, "", PROSE2])
    assert kept[0] == head and "年度总结" not in kept


def test_the_trails_last_item_right_under_the_headline_stays():
    kept = _kept(["当前位置>>首页 > 范文 > 年度总结", "", "某某局2024年度工作总结", "", "年度总结", "", PROSE, "", PROSE2])
    assert "年度总结" in kept   # no date or meta line between: not told from a part's heading
