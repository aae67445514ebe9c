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


def test_an_issued_regulations_title_over_two_lines_is_one_heading():
    intro = "为进一步深化改革，特制定以下规定：\n"
    doc = doc_of("国务院办公厅关于印发某某两个规定的通知\n国办发〔2018〕2号\n各省：\n" + LONG + "\n（此件公开发布）\n"
                 "文化体制改革中某某事业单位\n转制为企业的规定\n" + intro + "一、关于改革\n" + LONG + "\n二、关于管理\n" + LONG
                 + "\n进一步支持某某企业发展的规定\n" + intro + "一、关于财政\n" + LONG)
    assert outline(doc) == [(1, "文化体制改革中某某事业单位转制为企业的规定"), (2, "一、关于改革"), (2, "二、关于管理"),
                            (1, "进一步支持某某企业发展的规定"), (2, "一、关于财政")]
    assert "（此件公开发布）" in [p.text for p in all_paragraphs(doc)]     # a bracketed note is not a title line


def test_two_short_lines_that_do_not_end_with_a_kind_of_document_stay_apart():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n主要预期目标\n城乡区域发展\n" + LONG)
    assert "主要预期目标城乡区域发展" not in [t for _, t in outline(doc)]


def test_one_sentence_items_of_a_list_are_not_headings():
    items = "".join(f"（{n}）推进第{n}项工作，减少管理层级。\n" for n in "一二三四")
    doc = doc_of("某某规定\n一、关于改革\n" + items + "二、关于管理\n" + LONG)
    assert outline(doc) == [(1, "一、关于改革"), (1, "二、关于管理")]


def test_the_last_item_of_a_list_before_a_closing_paragraph_is_not_a_heading():
    doc = doc_of("某某规定\n一、关于改革\n（一）推进改革工作。" + BODY + "\n（二）完善管理制度，减少管理层级。\n"
                 + "上述政策自2019年1月1日起执行。\n")
    assert outline(doc) == [(1, "一、关于改革")]


def test_provisions_numbered_through_the_parts_are_not_headings():
    doc = doc_of("某某规定\n一、关于财政\n（一）加大财政支持。" + BODY + "\n（二）落实税收优惠。" + BODY
                 + "\n二、关于工商管理\n（三）允许投资人以无形资产作价出资组建企业，具体按规定执行。\n上述政策适用于所有企业。\n")
    assert outline(doc) == [(1, "一、关于财政"), (1, "二、关于工商管理")]


def test_sub_headings_that_restart_in_each_part_stay_headings():
    doc = doc_of("意见\n一、总体要求\n（一）指导思想。\n" + LONG + "\n（二）工作目标。\n" + LONG
                 + "\n二、保障措施\n（一）加强组织领导。\n" + LONG)
    assert outline(doc) == [(1, "一、总体要求"), (2, "（一）指导思想。"), (2, "（二）工作目标。"),
                            (1, "二、保障措施"), (2, "（一）加强组织领导。")]


def test_a_stray_question_mark_after_the_end_mark_keeps_the_siblings_shape():
    doc = doc_of("报告\n一、回顾\n（一）经济稳中向好。?\n" + LONG + "\n（二）改革持续深化。\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2]


def test_a_real_question_is_not_a_stray_mark():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n为什么要坚持改革？\n" + LONG)
    assert outline(doc)[0] == (1, "一、回顾")
    assert "为什么要坚持改革？" not in [t for _, t in outline(doc)][:1]


def test_glossary_terms_on_their_own_lines_are_entries():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n名词解释\n1.“两重”\n是指重大战略实施和重点领域安全能力建设。\n"
                 "2.“两新”\n是指大规模设备更新和消费品以旧换新。\n")
    assert outline(doc) == [(1, "一、回顾"), (1, "名词解释")]


def test_numbered_headings_outside_a_glossary_stay_headings():
    doc = doc_of("报告\n一、任务\n1.扩大内需\n" + LONG + "\n2.稳定就业\n" + LONG)
    assert outline(doc) == [(1, "一、任务"), (2, "1.扩大内需"), (2, "2.稳定就业")]


def test_a_highlighted_term_before_the_rest_of_its_sentence_rejoins_it():
    doc = doc_of("报告\n一、回顾\n" + LONG + "\n全面推行\n揭榜挂帅\n，加快科技攻关。\n" + LONG)
    assert outline(doc) == [(1, "一、回顾")]
    assert "全面推行揭榜挂帅，加快科技攻关。" in [p.text for p in all_paragraphs(doc)]


def test_short_menu_lines_above_a_title_are_not_joined_into_it():
    doc = doc_of("网站首页\n通知公告\n某某工作方案\n" + HEAD)
    # (the cleaner's menu rules drop such lines; here they reach the structure): the line that names
    # a kind of document under them is the title (titlepick), the column's name '通知公告' is too short
    assert doc.title == "某某工作方案"
