"""Structure rules the round14zh round (issue #11, check set 12's Chinese half, yu) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_series_name_in_the_first_part_heading_is_the_title():
    text = "\n\n".join(["某某市工作报告学习要点之一：过去一年工作回顾", P, P,
                        "某某市工作报告学习要点之二：今年工作安排", P, P])
    doc = doc_of(text)
    assert doc.title == "某某市工作报告学习要点"
    assert [t for _, t in outline(doc)][:2] == ["某某市工作报告学习要点之一：过去一年工作回顾",
                                               "某某市工作报告学习要点之二：今年工作安排"]


def test_a_lone_first_of_a_series_keeps_its_whole_line_as_title():
    # no second part anywhere (in the text or a removed contents box): the line is the title as read
    doc = doc_of("\n\n".join(["某某市工作报告学习要点之一：过去一年工作回顾", P, P]))
    assert doc.title != "某某市工作报告学习要点"
