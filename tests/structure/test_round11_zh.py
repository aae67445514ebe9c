"""Check set 8, Chinese (round11zh, issue #11): a news page's deck under its headline. Made-up words;
every rule with the case it must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P1 = "上午九时，某某县第八届人民代表大会第三次会议在县会堂隆重开幕，全体代表出席会议。"
P2 = "县长某某作政府工作报告，回顾过去一年的工作，部署今年的主要任务。"


def test_a_news_decks_display_lines_are_no_heading():
    text = "\n".join(["某某县八届人大三次会议隆重开幕", "", "  坚持稳中求进 推动高质量发展 为建设美丽县城而奋斗", "",
                      "  某某某出席会议 某某主持 某某作政府工作报", "", P1, "", P2, "", P1])
    assert outline(doc_of(text)) == []


def test_a_single_short_section_head_under_the_title_stays():
    text = "\n".join(["某某县二〇二〇年工作总结", "", "坚持稳中求进推动发展", "", "过去一年工作回顾", "", P1, "", P2])
    assert outline(doc_of(text)) == [(1, "过去一年工作回顾")]
