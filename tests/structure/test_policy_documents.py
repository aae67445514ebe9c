"""公文 (policy documents) and statistical bulletins as portals print them (issue #11): a title
centred over two lines, the document number, a notes section labelled '注释：' whose numbered
notes are entries. Made-up words, one phenomenon a case, with what each rule must leave alone."""
from __future__ import annotations

from structure.helpers import all_paragraphs
from structure.test_rules import BODY, doc_of, outline

LONG = BODY * 2
HEAD = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" + LONG + "\n一、总体要求\n" + LONG + "\n二、主要任务\n" + LONG


def test_a_red_header_title_over_two_lines_is_one_title():
    doc = doc_of("国务院办公厅关于推进\n某某工作健康有序发展的意见\n国办发〔2018〕1号\n" + HEAD)
    assert doc.title == "国务院办公厅关于推进某某工作健康有序发展的意见"
    assert outline(doc) == [(1, "一、总体要求"), (1, "二、主要任务")]


def test_a_title_over_three_lines():
    doc = doc_of("国务院关于印发\n某某地区某某工作\n三年行动方案的通知\n国发〔2021〕3号\n" + HEAD)
    assert doc.title == "国务院关于印发某某地区某某工作三年行动方案的通知"


def test_the_document_number_is_front_matter_not_a_heading():
    doc = doc_of("国务院关于某某工作的意见\n国发〔2021〕3号\n" + HEAD)
    assert doc.title == "国务院关于某某工作的意见"
    assert "国发〔2021〕3号" in [p.text for p in doc.front]
    assert all("国发" not in title for _, title in outline(doc))


def test_a_whole_title_is_not_extended_by_the_next_line():
    doc = doc_of("国务院关于某某工作的意见\n某某工作领导小组\n" + HEAD)
    assert doc.title == "国务院关于某某工作的意见"


def test_a_title_without_guanyu_is_not_joined():
    doc = doc_of("2026年政府工作报告\n政府工作的通知\n" + HEAD)
    assert doc.title == "2026年政府工作报告"


def test_a_notes_label_opens_a_section_and_its_numbered_notes_are_entries():
    notes = "".join(f"{n}.本公报中第{n}类数据按现价计算，增长速度按不变价格计算。\n" for n in "123")
    doc = doc_of("某某县统计公报\n一、综合\n" + LONG + "\n二、农业\n" + LONG + "\n注释：\n" + notes
                 + "资料来源：\n本公报中财政数据来自县财政局；其他数据来自县统计局。")
    assert outline(doc) == [(1, "一、综合"), (1, "二、农业"), (1, "注释："), (1, "资料来源：")]
    assert "1.本公报中第1类数据按现价计算，增长速度按不变价格计算。" in [p.text for p in all_paragraphs(doc)]


def test_numbered_sentences_outside_notes_stay_headings():
    items = "".join(f"（{n}）加强第{n}项工作。\n{LONG}\n" for n in "一二三")
    doc = doc_of("报告\n一、任务\n" + items)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2, 2]


def test_a_salutation_with_a_colon_is_still_not_a_heading():
    doc = doc_of("报告\n各位代表：\n" + LONG + "\n一、回顾\n" + LONG)
    assert outline(doc) == [(1, "一、回顾")]
