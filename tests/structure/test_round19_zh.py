"""Structure rules the round19zh round (issue #11, check set 15's Chinese half, zs) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_year_and_comma_opening_broken_off_its_paragraph_is_no_heading():
    text = "\n".join(["某某县统计局2021年政府信息公开工作年度报告", "一、总体情况", "2021年，县统计局",
                      "认真落实政务公开各项部署，推进决策、执行、管理、服务、结果公开，全面完成各项任务。", P,
                      "二、主动公开政府信息情况", P])
    assert outline(doc_of(text)) == [(1, "一、总体情况"), (1, "二、主动公开政府信息情况")]


def test_a_topic_head_opening_with_a_word_for_the_time_still_stands():
    text = "\n".join(["某某县2022年政府工作报告", "2021年工作回顾", "这一年，我们真抓实干、攻坚克难，实现了经济平稳增长", P, P])
    heads = [t for _, t in outline(doc_of(text))]
    assert "这一年，我们真抓实干、攻坚克难，实现了经济平稳增长" in heads


def test_an_annex_tables_title_over_its_serial_header_heads_the_annex():
    cells = ["序号", "任务", "牵头单位", "责任单位", "1", "完成植树一万株。", "某某局", "某某镇", "2", "新建道路五公里。", "某某局", "某某镇"]
    text = "\n".join(["某某县人民政府关于分解落实2024年重点工作任务的通知", "各镇人民政府，县政府各部门：", P,
                      "附件：2024年重点工作任务分解表", "2024年1月5日", "附件", "2024年重点工作任务分解表"] + cells)
    doc = doc_of(text)
    assert (1, "2024年重点工作任务分解表") in outline(doc)
    assert not any(t in ("序号", "任务", "某某镇") for _, t in outline(doc))


def test_the_title_again_with_its_year_moved_out_is_no_heading():
    text = "\n".join(["2024年某某县政府工作报告(20240110)", "年某某县政府工作报告2024", "各位代表：", P, "一、过去一年工作回顾", P])
    heads = [t for _, t in outline(doc_of(text))]
    assert "年某某县政府工作报告2024" not in heads and "一、过去一年工作回顾" in heads


def test_a_part_head_sharing_the_titles_year_still_heads():
    text = "\n".join(["2024年某某县政府工作报告", "2023年工作回顾", P, P])
    assert [t for _, t in outline(doc_of(text))] == ["2023年工作回顾"]
