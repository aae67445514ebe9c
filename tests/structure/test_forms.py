"""Numbering typed in the other width (perturb, issue #11): '一.' for '一、' heads a part as '一、' does."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


def test_half_width_point_after_a_chinese_numeral_is_part_numbering():
    assert sg.numbering("一.总体要求") == sg.numbering("一、总体要求") == "一、"
    assert sg.numbering("三.2026年重点工作") == "一、"


def test_parts_numbered_with_a_half_width_point_nest_like_their_full_width_peers():
    half = doc_of("某某报告\n一.过去一年的工作\n(一)经济平稳运行\n" + LONG + "\n(二)民生持续改善\n" + LONG
                  + "\n二.今年的主要任务\n" + LONG)
    full = doc_of("某某报告\n一、过去一年的工作\n（一）经济平稳运行\n" + LONG + "\n（二）民生持续改善\n" + LONG
                  + "\n二、今年的主要任务\n" + LONG)
    assert [level for level, _ in outline(half)] == [level for level, _ in outline(full)] == [1, 2, 2, 1]
