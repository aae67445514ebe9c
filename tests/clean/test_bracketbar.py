"""bracketbar (issue #11): a portal byline behind a row of bracketed buttons whose words no list
knows, and the outlet recorded without the counter and buttons after it. Made-up lines."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某县2021年政府工作报告"


def test_a_byline_behind_unknown_bracketed_buttons_goes():
    bar = "【我要投稿】【收藏本文】 作者: 佚名 来源: 某某日报 阅读 次 【小 中 大】【加入会员】"
    kept, removed, prov = run_rule("page-meta", [HEADLINE, bar, PROSE, PROSE2])
    assert [t for _, t in removed] == [bar] and kept[0] == HEADLINE
    assert prov.origin == "某某日报"   # the outlet ends before the empty counter and the buttons


def test_one_bracketed_tag_before_labels_is_no_button_row():
    from pipeline.clean.rules_meta import BUTTON_ROW
    assert not BUTTON_ROW.match("【要闻】")
    assert BUTTON_ROW.match("【投稿】【收藏】")
    assert not BUTTON_ROW.match("【关于某某工作的通知，请各单位】【收藏】")   # a sentence in brackets is no button


def test_a_line_of_text_with_brackets_and_a_label_stays():
    line = "【经验交流】某某镇推进乡村振兴的做法，作者：某某，来源：某某日报。"
    assert run_rule("page-meta", [HEADLINE, line, PROSE, PROSE2])[1] == []
