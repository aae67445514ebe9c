"""(r42, issue 11) Title-block forms of Chinese reprints. The texts are made up.

- a column page's dated headline over the item's own name in title marks (`front.NAME_IN_MARKS`);
- a plan's cover month under its title block is no heading (`signals.is_cover_month`);
- a journal's reprint of a speech: the speaker's name under the date, no salutation
  (`front._reprint_speaker`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document


def _doc(text: str):
    return structure_document(clean_text(text, source_file="doc.txt"))


def test_a_name_in_title_marks_under_a_columns_dated_headline_is_the_title():
    doc = _doc("""理论学习（2025年3月3日—9日）
《某某省社区矫正工作实施细则》
第一章 总则
第一条 为了规范社区矫正工作，根据有关法律法规，结合本省实际，制定本细则。
第二条 本细则适用于本省行政区域内的社区矫正工作。
第二章 机构和职责
第三条 县级以上人民政府应当加强对社区矫正工作的领导。
""")
    assert doc.title.strip("《》") == "某某省社区矫正工作实施细则"
    assert [s.title for s in doc.sections] == ["第一章 总则", "第二章 机构和职责"]


def test_a_cover_month_under_a_plans_title_is_no_heading():
    doc = _doc("""某某市人民政府关于印发《某某市国民经济和社会发展第十五个五年规划纲要》的通知

各区人民政府，市政府各部门：

《某某市国民经济和社会发展第十五个五年规划纲要》已经市十七届人大五次会议审查批准，现印发给你们，请认真组织实施。

某某市人民政府

2026年3月2日

某某市国民经济和社会发展

第十五个五年规划纲要

（2026年1月20日市十七届人大五次会议审查批准）

2026年2月

本纲要主要阐明全市发展的指导思想、主要目标和重点任务，是今后五年的行动纲领。

第一章 发展基础

第一节 主要成就

过去五年，全市经济总量持续扩大，发展质量稳步提升。

第二节 发展环境

当前，外部环境复杂多变，机遇和挑战并存。
""")
    titles = [t for s in doc.sections for t in [s.title] + [c.title for c in s.sections] + [g.title for c in s.sections for g in c.sections]]
    assert "2026年2月" not in titles


def test_a_reprinted_speakers_name_under_the_date_is_the_speaker():
    doc = _doc("""在全省科技创新大会上的讲话

（2025年5月12日）

王某某

今天，我们召开全省科技创新大会，总结成绩，分析形势，部署下一步工作。刚才，几位同志作了发言，讲得很好。

下面，我讲几点意见。

第一，深刻认识科技创新的重要意义。科技创新是发展的第一动力，必须摆在全局的核心位置。

第二，扎实推进科技创新重点工作。要加强基础研究，加快关键核心技术攻关。
""")
    assert [a.name for a in doc.authors] == ["王某某"]
    assert not any(s.title == "王某某" for s in doc.sections)


def test_a_section_word_under_the_date_is_no_speaker():
    doc = _doc("""某某县农业发展报告

（2025年5月12日）

前言

本报告回顾了全县农业发展的基本情况，分析了存在的问题，提出了下一步工作建议，供有关部门参考。
""")
    assert not any(a.name == "前言" for a in doc.authors)
