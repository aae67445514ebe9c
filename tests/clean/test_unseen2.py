"""Cleaning rules the fourth round of unseen documents prompted (issue #11, unseen2, xm1-xm8):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule

BODY = "The council shall meet at least four times a year and shall keep a record of its meetings."


def test_legislation_database_labels_go_and_the_provision_titles_stay():
    lines = ["WATER BOARDS ACT 1999 (NO. 12, 1999)", "- SECT 1", "Name of Act", "", BODY,
             "WATER BOARDS ACT 1999 (NO. 12, 1999)", "- SECT 2A", "Meetings", "", BODY, "- LONG TITLE"]
    kept, removed, _ = run_rule("provision-label", lines)
    assert [t for _, t in removed] == ["- SECT 1", "- SECT 2A", "- LONG TITLE"]
    assert "Name of Act" in kept and "Meetings" in kept
    # one capitals list item alone is no database label
    lines = ["Things to bring:", "- NOTES", BODY]
    assert run_rule("provision-label", lines)[0] == lines


def test_a_printers_catalogue_lines_at_the_top_go():
    lines = ["[Assembly Bills 41st Session]", "[From the State Printing Office]", "", "<DOC>", "A BILL", BODY]
    kept, removed, _ = run_rule("archive-header", lines)
    assert [n for n, _ in removed] == [1, 2] and kept[-2:] == ["A BILL", BODY]
    # one bracketed line, or bracketed lines inside the text, stay
    for lines in (["[Draft]", BODY], [BODY, "[Illustration]", "[Map of the river]", BODY]):
        assert run_rule("archive-header", lines)[0] == lines


def test_wrapper_markers_and_underscore_rules_go():
    lines = ["<DOC>", "A BILL", "____________________", BODY, "Name: __________", "</DOC>"]
    assert run_rule("sgml-marker", lines)[0] == ["A BILL", "____________________", BODY, "Name: __________"]
    assert run_rule("underscore-rule", lines)[0] == ["<DOC>", "A BILL", BODY, "Name: __________", "</DOC>"]
    # a tag quoted in the middle of a long text stays
    long = [BODY] * 15 + ["<DOC>"] + [BODY] * 15
    assert run_rule("sgml-marker", long)[0] == long


def test_a_table_of_provisions_is_a_contents_box():
    lines = ["- TABLE OF PROVISIONS", "", "PART 1--PRELIMINARY", "1. Name of Act  ", "2. Start  ",
             "3. Definitions of the words used in this Act and in the rules made under it  ", "",
             "PART 2--BOARDS", "", "Division 1--General", "4. Boards  ", "", "An Act about water boards",
             "- SECT 1", "Name of Act", BODY, "Start", BODY, "Definitions of the words used in this Act and in the rules made under it", BODY]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == [1, 3, 4, 5, 6, 8, 10, 11]
    assert kept[kept.index("An Act about water boards"):] == lines[12:]
    # a numbered list the text does not take up again is no contents
    lines = ["TABLE OF PROVISIONS", "1. Apples", "2. Pears", "3. Plums", BODY]
    assert run_rule("contents-box", lines)[0] == lines


def test_a_column_name_echoed_under_a_one_line_breadcrumb_goes():
    lines = ["您的位置：首页 > 机构概况 > 工作动态", "工作动态", "关于开展春季植树活动的通知", PROSE]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [n for n, _ in removed] == [1, 2] and kept[0] == "关于开展春季植树活动的通知"
    # the headline right under the trail is not its last item: it stays
    lines = ["您的位置：首页 > 机构概况 > 工作动态", "关于开展春季植树活动的通知", PROSE]
    assert run_rule("breadcrumb", lines)[0] == lines[1:]


def test_a_reprinted_items_byline_inside_the_page_goes():
    lines = [PROSE] * 3 + ["发稿时间：2019年03月02日 10:05 来源：某某日报 责任编辑：某某", "某校召开春季运动会", PROSE2] + [PROSE] * 3
    kept, removed, _ = run_rule("page-meta", lines)
    assert [t for _, t in removed] == [lines[3]]
    # one label inside the text, or labels in a sentence, stay
    lines = [PROSE] * 3 + ["来源：某某日报", PROSE2, "据来源：某某日报报道，编辑：某某说，会议于2019年3月2日召开。", PROSE] + [PROSE] * 3
    assert run_rule("page-meta", lines)[0] == lines


def test_a_photo_credit_with_a_slash_marks_a_caption():
    caption = "3月2日，某校学生在操场上参加春季运动会。 某某日报记者 王某/摄"
    kept, removed, _ = run_rule("photo-caption", [PROSE, caption, PROSE2])
    assert kept == [PROSE, PROSE2]


def test_a_footer_contact_line_between_removed_footer_lines_goes():
    from dataclasses import replace
    from pipeline.clean.page import Page
    from pipeline.clean import BOILERPLATE_RULES
    lines = [PROSE, PROSE2, "某某中学 版权所有", "地址：某市某路88号 电话：0571-1234567", "某ICP备12345678号"]
    page = replace(Page.from_text("\n".join(lines)), rule="x").drop([2, 4])
    page = dict(BOILERPLATE_RULES)["footer-island"](replace(page, rule="footer-island"))
    assert page.texts() == [PROSE, PROSE2]
    # a contact sentence that is the text's own closing line stays
    page = replace(Page.from_text("\n".join([PROSE, "联系电话：0571-1234567。欢迎来电咨询。"])), rule="footer-island")
    assert dict(BOILERPLATE_RULES)["footer-island"](page).texts() == [PROSE, "联系电话：0571-1234567。欢迎来电咨询。"]
