"""Cleaning rules the sixth round of unseen documents prompted (issue #11, unseen4, xt1-xt10):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

LINE = "某某学院各部门要按照学校部署认真梳理本年度各项工作任务并按期完成"


def _printed_two_pages(first: str = "1/2", second: str = "2/2") -> list[str]:
    """A page printed over two sheets: the browser's head (date, page title) and foot (address,
    counter) on each, 25 lines of text on the first page and 12 on the second."""
    head = ["5/6/25, 9:30 AM", "", "关于做好某某工作的通知-某某学院", ""]
    foot = ["https://www.example.edu.cn/info/12/345.htm", "", None, "", ""]
    page1 = head + [LINE] * 25 + [first if t is None else t for t in foot]
    page2 = head + [LINE] * 12 + [second if t is None else t for t in foot]
    return page1 + page2


def test_a_page_printed_over_two_sheets_loses_every_running_line():
    lines = _printed_two_pages()
    found = running_lines(lines)
    assert sorted(lines[i] for i in found) == sorted(
        ["5/6/25, 9:30 AM", "关于做好某某工作的通知-某某学院", "https://www.example.edu.cn/info/12/345.htm", "1/2"] * 1
        + ["5/6/25, 9:30 AM", "关于做好某某工作的通知-某某学院", "https://www.example.edu.cn/info/12/345.htm", "2/2"])
    assert not any(lines[i] == LINE for i in found)


def test_two_counters_that_are_not_the_whole_set_find_nothing():
    # '1/3' and '2/3' without '3/3' (a cut copy), or a fraction in a table, are no proof of pages
    for first, second in (("1/3", "2/3"), ("2/2", "1/2")):
        assert running_lines(_printed_two_pages(first, second)) == set()


def test_the_sites_words_to_the_reader_go_from_the_top():
    from .helpers import PROSE, run_rule
    for hint in ("收藏本站Ctrl+D，把本页加入书签，方便下次阅读。", "按 CTRL + D 收藏本页",
                 "导语：某某讲话一文来源于网友上传，不代表本站观点，欢迎参考。", "簡介：本文來源于網友上傳，不代表本網站觀點。"):
        kept, removed, _ = run_rule("editor-blurb", ["某某讲话", hint, "各位代表：", PROSE])
        assert [t for _, t in removed] == [hint]
    # a report that names a key combination or quotes a viewpoint in its text stays
    for line in ("本系统支持Ctrl+C复制，Ctrl+V粘贴等操作，方便群众办事。", "代表们认为，报告不代表本站之外的任何观点，" + PROSE):
        assert run_rule("editor-blurb", ["某某讲话", PROSE, PROSE, line])[1] == []


def test_a_catalogue_record_with_a_button_and_a_summary_goes_with_its_text_label():
    from .helpers import PROSE, PROSE2, run_rule
    lines = ["某某会议闭幕词", "", "资源类型: 报纸文章", "阅读原文", "出处: 《某某报》", "编号: 0000123",
             "分类号: D000.00", "摘要: 这是一篇闭幕讲话。讲话回顾了会议的主要成果。", "关键词: 闭幕 倡议", "", "内容", "",
             "各位代表：", PROSE, PROSE2]
    kept, removed, _ = run_rule("meta-box", lines)
    assert [n for n, t in removed if t.strip()] == [3, 4, 5, 6, 7, 8, 9, 11]
    # without a field box above it, '内容' is the text's own line, and a summary alone is prose
    lines = ["某某会议闭幕词", "摘要: 这是一篇闭幕讲话。讲话回顾了会议的主要成果。", "内容", PROSE]
    assert run_rule("meta-box", lines)[1] == []
