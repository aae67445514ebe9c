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
