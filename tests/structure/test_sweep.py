"""What a sanity sweep of real Chinese texts nobody annotates showed (issue #11): notices, speeches,
a revision decision, Markdown laws. Made-up variants, one rule each, and what each must leave alone."""
from __future__ import annotations

from structure.helpers import all_paragraphs
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


def test_a_lone_marked_first_line_is_the_title():
    doc = doc_of("# 某某管理办法\n\n" + LONG + "\n\n" + LONG)
    assert doc.title == "某某管理办法" and outline(doc) == []


def test_a_numbered_first_marked_heading_is_a_part_not_the_title():
    doc = doc_of("某某法\n\n## 第一编 总则\n\n### 第一章 任务\n\n" + LONG + "\n\n### 第二章 原则\n\n" + LONG)
    assert doc.title == "某某法"
    assert outline(doc) == [(1, "第一编 总则"), (2, "第一章 任务"), (2, "第二章 原则")]


def test_document_number_and_meeting_labels_under_the_title_are_front_matter():
    doc = doc_of("关于某某问题的通报\n某某发〔2020〕14号\n主持： 某某支队支队长\n一、有关情况\n" + LONG + "\n二、下一步工作\n" + LONG)
    assert doc.title == "关于某某问题的通报"
    assert outline(doc) == [(1, "一、有关情况"), (1, "二、下一步工作")]
    assert [p.text for p in doc.front][:2] == ["某某发〔2020〕14号", "主持： 某某支队支队长"]


def test_an_issuing_body_over_a_notice_title_is_its_author():
    doc = doc_of("某某市教育局\n关于组织某某考核的通知\n各县（市、区）教育局：\n" + LONG + "\n一、考核方式\n" + LONG)
    assert doc.title == "关于组织某某考核的通知"
    assert [(a.name, a.kind) for a in doc.authors] == [("某某市教育局", "org")]
    plain = doc_of("某某市教育局\n" + LONG)     # a name over prose: still the title line
    assert plain.title == "某某市教育局" and not plain.authors


def test_a_speaker_line_with_the_date_in_brackets_is_the_speaker():
    doc = doc_of("# 在某某会议上的讲话\n·某某市委书记王某某（2024年10 月23 日下午）\n各位专家：大家好！\n" + LONG)
    assert [a.name for a in doc.authors] == ["王某某"]
    assert doc.date == "2024-10-23" and outline(doc) == []


def test_a_promulgation_order_block_before_the_repeated_title_is_front_matter():
    doc = doc_of("某某委员会关于修改《某某法》的决定(2011)\n中华人民共和国主席令\n（第四十八号）\n"
                 "《某某委员会关于修改〈某某法〉的决定》已由某某会议于2011年6月30日通过，现予公布，自2011年9月1日起施行。\n"
                 "中华人民共和国主席　某某某\n2011年6月30日\n某某委员会关于修改《某某法》的决定\n"
                 "（2011年6月30日某某会议通过）\n某某会议决定对《某某法》作如下修改：\n" + LONG)
    assert outline(doc) == []
    assert doc.date == "2011-06-30"


def test_an_adoption_note_and_table_rows_are_not_headings():
    rows = "级数 全月应纳税所得额　　　税率（%）\n\n1 不超过1500元的 　　　　　　3\n\n2 超过1500元的部分　 10\n\n3 超过4500元的部分　 20\n"
    doc = doc_of("某某报告\n一、税率\n" + LONG + "\n（2011年6月30日某某会议通过）\n" + LONG + "\n" + rows + LONG)
    assert outline(doc) == [(1, "一、税率")]
    assert "1 不超过1500元的 　　　　　　3" in [p.text for p in all_paragraphs(doc)]


def test_a_letter_spaced_heading_is_not_a_table_row():
    doc = doc_of("某某讲话\n引　　言\n" + LONG + "\n结　　论\n" + LONG)
    assert outline(doc) == [(1, "引　　言"), (1, "结　　论")]


def test_a_short_item_among_body_items_of_its_series_is_no_heading():
    """A revision decision's amendments: '三、…修改为“…”。' is short, its siblings are long items."""
    long = "，以每月收入额减除费用三千五百元后的余额，为应纳税所得额，具体办法由国务院另行规定"
    items = (f"一、第三条第一项修改为：“某某所得，适用超额累进税率{long}。”\n"
             "二、第九条中的“七日内”修改为“十五日内”。\n"
             f"三、第十条修改为：“某某所得{long}。”\n")
    doc = doc_of("某某决定\n某某会议决定对《某某法》作如下修改：\n" + items + "本决定自公布之日起施行。")
    assert outline(doc) == []


def test_a_series_of_numbered_sentence_headings_stays():
    doc = doc_of("某某报告\n一、回顾\n（一）经济运行稳中有进。\n" + LONG + "\n（二）产业结构持续优化。\n" + LONG
                 + "\n（三）民生福祉不断增进。\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2, 2]
