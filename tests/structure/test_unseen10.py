"""Structure rules the unseen10 round (issue #11, xx1-xx8: court, procuratorate and audit reports)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

ZH = "一年来，全县法院共受理各类案件一万二千件，审结一万一千件，审判质量和效率稳步提高，群众满意度持续上升。"


def test_a_period_part_names_a_year_or_years_and_the_work_reviewed_or_planned():
    for text in ("2018年工作回顾", "2018年法院工作回顧", "20*年的主要工作", "过去五年工作回顾", "2019年工作安排",
                 "今后五年的主要任务"):
        assert sg.is_period_part(text), text
    for text in ("当前形势和任务", "加强审判工作", "一年来工作回顾的几点体会和今后努力的方向与具体措施", "工作回顾"):
        assert not sg.is_period_part(text), text


def test_a_lone_period_part_holds_the_numbered_parts_after_it():
    text = "\n".join(["某某县人民法院工作报告", "各位代表:", ZH, "2018年工作回顾", ZH,
                      "一、依法履行审判职能，服务全县发展大局", ZH, "（一）加强刑事审判工作", ZH,
                      "二、深化司法改革，提升司法公信力", ZH])
    assert outline(doc_of(text)) == [(1, "2018年工作回顾"), (2, "一、依法履行审判职能，服务全县发展大局"),
                                     (3, "（一）加强刑事审判工作"), (2, "二、深化司法改革，提升司法公信力")]


def test_a_lone_topic_line_before_the_numbered_parts_stays_their_peer():
    text = "\n".join(["某某县人民法院工作报告", "各位代表:", ZH, "当前形势和任务", ZH,
                      "一、依法履行审判职能，服务全县发展大局", ZH, "二、深化司法改革，提升司法公信力", ZH])
    assert outline(doc_of(text)) == [(1, "当前形势和任务"), (1, "一、依法履行审判职能，服务全县发展大局"),
                                     (1, "二、深化司法改革，提升司法公信力")]


def test_omission_marks_and_a_hosts_directions_are_no_headings():
    assert sg.is_omitted_item("……………………（完）") and sg.is_omitted_item("……（略）") and sg.is_omitted_item("......")
    assert not sg.is_omitted_item("……这些成绩来之不易")
    assert sg.is_host_direction("下面，进行第二项议程：表彰大会") and sg.is_host_direction("现在，请某某同志讲话")
    assert not sg.is_host_direction("下面的工作重点") and not sg.is_host_direction("加强审判工作")
    text = "\n".join(["同志们:", ZH, "下面，进行第一项议程：", "请某某同志通报全年工作情况。", "……………………（完）",
                      "下面，进行第二项议程：某某会议主持词", "请某某同志讲话。", "……………………（完）",
                      "下面，进行第三项议程：", "请获奖代表发言。", "……………………（完）"])
    assert outline(doc_of(text)) == []
