"""Cleaning rules the fifth round of unseen documents prompted (issue #11, unseen3, xj1-xj6):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule


def test_a_catalogue_box_exported_as_a_bulleted_list_goes():
    lines = ["某某区人民政府工作细则", "", "  • 索引号:", "", "    0000001/2023-00012", "  • 主题分类:", "",
             "  • 发文机构:", "", "    区政府办公室", "  • 内容概述:", "", "某某区人民政府工作细则", "", PROSE]
    kept, removed, _ = run_rule("meta-box", lines)
    assert [n for n, t in removed if t.strip()] == [3, 5, 6, 8, 10, 11]
    assert kept.count("某某区人民政府工作细则") == 2   # the in-body title is no field's value
    # an unbulleted label keeps its value only on the very next line: a headline after a blank stays
    lines = ["索 引 号：\t0001/2018-1", "主题分类：\t综合", "主 题 词：", "", "某某办公厅关于推进", PROSE]
    assert "某某办公厅关于推进" in run_rule("meta-box", lines)[0]


def test_a_traditional_byline_with_glued_labels_goes():
    lines = ["某縣2021年統計公報", "", "發布時間:2022-04-11 15:09信息來源:某縣統計局", "", PROSE]
    kept, removed, prov = run_rule("page-meta", lines)
    assert [n for n, _ in removed] == [3] and prov.origin == "某縣統計局"


def test_glued_buttons_and_a_selector_without_options_go():
    lines = ["正文复制", "选择区域:>>", "打印关闭", "某某讲话", PROSE]
    kept, removed, _ = run_rule("widget", lines)
    assert [n for n, _ in removed] == [1, 2, 3]
    # words that only contain a button's label, or a label with a real value, stay
    for line in ("正文说明", "复制粘贴的要求", "选择区域：城区"):
        assert line in run_rule("widget", [line, PROSE])[0]


def test_the_page_text_twice_loses_its_second_copy():
    lines = ["正文复制", "在某某动员大会上的讲话", "同志们：" + PROSE, PROSE2, "下面，我讲三点意见。",
             "在某某动员大会上的讲话", "同志们：" + PROSE, PROSE2, "下面，我讲三点意见。"]
    kept, removed, _ = run_rule("page-twice", lines)
    assert [n for n, _ in removed] == [6, 7, 8, 9]
    # one paragraph repeated under the headline (a teaser), or a title page's names, stay for other rules
    for lines in (["某某讲话", PROSE, "某某讲话", PROSE, PROSE2],
                  ["# Guideline", "Jane Roe", "John Doe", "# Guideline", "Jane Roe", "John Doe", "Some text."]):
        assert run_rule("page-twice", lines)[0] == lines


def test_a_named_contents_label_goes_with_its_list():
    entries = ["1.总则", "1.1编制目的", "1.2编制依据", "2.组织机构", "2.1指挥机构", "3.预警", "3.1监测", "4.附则"]
    lines = ["某某应急预案目录", ""] + [e for x in entries for e in (x, "")] + \
            ["1.总则", "", "1.1编制目的", "", PROSE, "", "1.2编制依据", "", PROSE2]
    kept, removed, _ = run_rule("unpaged-contents", lines)
    assert [t for _, t in removed if t.strip()] == ["某某应急预案目录"] + entries
    # a short line over the list that is no label (a date) stays
    lines[0] = "2014年12月25日"
    assert "2014年12月25日" in run_rule("unpaged-contents", lines)[0]
