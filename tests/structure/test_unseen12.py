"""Structure rules the unseen12 round (issue #11, xxp1-xxp8: Chinese government portal pages with
their chrome) prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_an_issued_opinion_heads_its_parts_when_the_notice_title_ends_in_its_number():
    text = "\n\n".join(["某某市委办公室印发《关于推进某某工作的实施意见》的通知(某办发〔2020〕3号)", "各单位：",
                        "《关于推进某某工作的实施意见》已经同意，现印发给你们。", "某某市委办公室", "2020年1月6日",
                        "关于推进某某工作的实施意见", "为推进某某工作，现提出如下意见。", "一、总体要求", P, "二、主要任务", P])
    assert outline(doc_of(text)) == [(1, "关于推进某某工作的实施意见"), (2, "一、总体要求"), (2, "二、主要任务")]


def test_a_line_restating_the_headline_under_it_is_no_section():
    text = "\n\n".join(["部長出席某某論壇 盼深化區域合作", "部長出席「2023某某論壇」開幕式", P, P])
    assert outline(doc_of(text)) == []
    # a heading that shares only a year with the title stays
    text = "\n\n".join(["2024年某某县政府工作报告", "2024年工作回顾", P, "2025年工作安排", P])
    assert (1, "2024年工作回顾") in outline(doc_of(text))


def test_the_in_body_title_with_the_headlines_stray_space_is_the_title_again():
    text = "\n\n".join(["某某局2020年度整体支出 绩效评价报告", "某某局2020年度整体支出", "绩效评价报告", P, "一、部门概况", P])
    doc = doc_of(text)
    assert outline(doc) == [(1, "一、部门概况")]


def test_a_headline_less_notice_takes_its_name_from_the_catalogue_box():
    box = ["索 引 号: | XX-2024-001 | 主题分类: | 区政府 |", "名 称: | 某某区人民政府办公室关于转发《某某区推进某某工作的实施方案》的通知 | ||",
           "文 号: | 某府办发〔2024〕5号 | 公开类型: | 主动公开 |", "公开属性: | 全部公开 | 公开期限: | 长期公开 |"]
    text = "\n".join(box + ["各镇人民政府：", "《某某区推进某某工作的实施方案》已经区政府同意，现转发给你们。", "某某区人民政府办公室",
                            "2024年3月1日", "某某区推进某某工作的实施方案", P, "一、工作目标", P, "二、主要任务", P])
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    doc = structure_document(clean_text(text, source_file="t.txt"), structure="rules")
    assert doc.title == "某某区人民政府办公室关于转发《某某区推进某某工作的实施方案》的通知"
    assert outline(doc) == [(1, "某某区推进某某工作的实施方案"), (2, "一、工作目标"), (2, "二、主要任务")]
    # a box whose name field names no kind of document gives no title
    from pipeline.model import Removal
    from pipeline.structure import catalogue_name
    assert catalogue_name([Removal(line=1, text="名称: 某某县人民政府网站", rule="meta-box")]) == ""
