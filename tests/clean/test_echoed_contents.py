"""A contents list of any form, recognised by its entries standing again below as headings
(issue 11, `echoed-contents`): made-up texts, and what the rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN_TEXT = ("The committee met four times during the year and reviewed every proposal that reached it "
           "before the closing date set by the board.")
ZH_TEXT = "本年度全市经济运行总体平稳，主要指标好于预期，各项改革有序推进，民生保障不断加强，社会大局和谐稳定。"


def _removed(lines):
    kept, removed, _ = run_rule("echoed-contents", lines)
    return kept, [text for _, text in removed]


def test_english_contents_with_page_numbers_and_leaders_goes():
    lines = ["Annual Review of the Harbour Board", "", "Table of Contents", "",
             "1. Scope of the review ........ 1", "2. Membership ........ 3", "3. Finances ........ 5",
             "4. Outlook ........ 9", "",
             "SCOPE OF THE REVIEW", EN_TEXT, "", "MEMBERSHIP", EN_TEXT, "", "FINANCES", EN_TEXT, "",
             "OUTLOOK", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == ["Table of Contents", "1. Scope of the review ........ 1", "2. Membership ........ 3",
                       "3. Finances ........ 5", "4. Outlook ........ 9"]
    assert "SCOPE OF THE REVIEW" in kept and "Annual Review of the Harbour Board" in kept


def test_english_contents_without_page_numbers_and_chapter_numbers_on_their_own_line():
    lines = ["A Short Manual", "", "Contents", "Chapter 1: Getting Started", "Chapter 2: Daily Care",
             "Chapter 3: Repairs", "", "CHAPTER I", "Getting Started", EN_TEXT, "", "CHAPTER II", "Daily Care",
             EN_TEXT, "", "CHAPTER III", "Repairs", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == ["Contents", "Chapter 1: Getting Started", "Chapter 2: Daily Care", "Chapter 3: Repairs"]
    assert kept.count("Getting Started") == 1 and "CHAPTER I" in kept


def test_chinese_contents_with_page_numbers_goes_and_a_cut_off_entry_between_goes_too():
    lines = ["某某市水务发展规划", "", "目  录", "第一章　总则……1", "第二章　发展目标……4",
             "第三章　资金保障……7", "第四章　组织实施……9", "",
             "一、总则", ZH_TEXT, "二、发展目标", ZH_TEXT, "四、组织实施", ZH_TEXT]
    kept, removed = _removed(lines)
    assert removed == ["目  录", "第一章　总则……1", "第二章　发展目标……4", "第三章　资金保障……7", "第四章　组织实施……9"]
    assert "一、总则" in kept and "某某市水务发展规划" in kept


def test_chinese_contents_without_page_numbers_wrapped_entry():
    lines = ["目录", "一、总体要求", "二、加快推进城乡基础设施建设和公共服", "务均等化", "三、保障措施", "",
             "（一）总体要求", ZH_TEXT, "（二）加快推进城乡基础设施建设和公共服务均等化", ZH_TEXT, "（三）保障措施", ZH_TEXT]
    kept, removed = _removed(lines)
    assert removed == ["目录", "一、总体要求", "二、加快推进城乡基础设施建设和公共服", "务均等化", "三、保障措施"]


def test_headings_repeated_in_a_summary_paragraph_stay():
    summary = "This report covers Scope of the review, Membership, Finances and Outlook in turn."
    lines = ["Annual Review", summary, "", "Scope of the review", EN_TEXT, "", "Membership", EN_TEXT, "",
             "Finances", EN_TEXT, "", "Outlook", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == []


def test_a_document_whose_every_heading_is_followed_by_text_stays():
    lines = ["Annual Review", "", "Scope of the review", EN_TEXT, "Membership", EN_TEXT, "Finances", EN_TEXT,
             "Outlook", EN_TEXT, "", "Scope of the review", EN_TEXT, "Membership", EN_TEXT, "Finances", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == []


def test_a_one_heading_document_stays():
    lines = ["Notice of Closure", "", "Opening Hours", EN_TEXT, "", "Opening Hours", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == []


def test_a_block_printed_twice_is_no_contents_list():
    block = ["Blue Bag", "Clear Bag", "Food Waste", "Black Bag"]
    lines = ["Collections"] + block + [EN_TEXT] + block + [EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == []


def test_a_list_the_text_does_not_take_up_again_stays():
    lines = ["Contents", "Scope", "Members", "Money", "Outlook", "", "BACKGROUND", EN_TEXT, "", "Scope", EN_TEXT]
    kept, removed = _removed(lines)
    assert removed == []


FORMS = {
    # a Markdown list of links over Markdown headings that carry numbers the list lacks
    "markdown links": (["# Guide", "", "## Contents", "", "- [Scope](#scope)", "- [Terms](#terms)",
                        "- [Duties](#duties)", "", "## 1. Scope", EN_TEXT, "", "## 2. Terms", EN_TEXT, "",
                        "## 3. Duties", EN_TEXT], [3, 5, 6, 7]),
    # spelled-out part numbers in the list, roman ones over the parts, names on the next line
    "spelled vs roman": (["Guide", "CONTENTS", "Part One: Origins", "Part Two: Growth", "Part Three: Decline", "",
                          "PART I", "ORIGINS", EN_TEXT, "PART II", "GROWTH", EN_TEXT, "PART III", "DECLINE", EN_TEXT],
                         [2, 3, 4, 5]),
    # full-width digits and spacing in the list, Chinese numbering in the text
    "full width": (["某某规划", "目　录", "１．总　则", "２．发展目标", "３．保障措施", "",
                    "一、总则", ZH_TEXT, "二、发展目标", ZH_TEXT, "三、保障措施", ZH_TEXT], [2, 3, 4, 5]),
    # '第N页' page numbers
    "page words": (["某某规划", "目录", "总则　第1页", "发展目标　第4页", "保障措施　第9页", "",
                    "第一章 总则", ZH_TEXT, "第二章 发展目标", ZH_TEXT, "第三章 保障措施", ZH_TEXT], [2, 3, 4, 5]),
    # a wrapped entry, each page number on a line of its own
    "page on next line": (["Report", "Contents", "Introduction and background to the", "review of harbour operations",
                           "3", "Findings", "7", "Recommendations", "12", "",
                           "1 Introduction and background to the review of harbour operations", EN_TEXT,
                           "2 Findings", EN_TEXT, "3 Recommendations", EN_TEXT], [2, 3, 4, 5, 6, 7, 8, 9]),
    # tab-separated page numbers
    "tabs": (["Report", "Table of Contents", "Introduction\t1", "Findings\t4", "Recommendations\t9", "",
              "INTRODUCTION", EN_TEXT, "FINDINGS", EN_TEXT, "RECOMMENDATIONS", EN_TEXT], [2, 3, 4, 5]),
    # a compilation's labelled, paged list over the excerpt's first piece: one echo is enough
    "paged excerpt": (["某某工作总结汇编", "目录", "1.甲局2022年工作总结 3", "2.乙局2022年工作总结 9",
                       "3.丙局2022年工作总结 15", "4.丁局2022年工作总结 21", "甲局2022年工作总结", ZH_TEXT, ZH_TEXT],
                      [2, 3, 4, 5, 6]),
    # no label: the outline printed over the text it outlines
    "no label": (["关于做好某某工作的通知", "一、总体要求", "二、重点任务", "三、保障措施", "",
                  "一、总体要求", ZH_TEXT, "二、重点任务", ZH_TEXT, "三、保障措施", ZH_TEXT], [2, 3, 4]),
}


def test_contents_lists_in_other_forms_go():
    for name, (lines, gone) in FORMS.items():
        _, removed, _ = run_rule("echoed-contents", lines)
        assert [n for n, _ in removed] == gone, name


def test_an_unpaged_list_over_the_first_piece_alone_stays():
    lines = ["某某工作总结汇编", "目录", "1.甲局2022年工作总结", "2.乙局2022年工作总结", "3.丙局2022年工作总结",
             "甲局2022年工作总结", ZH_TEXT, ZH_TEXT]
    assert run_rule("echoed-contents", lines)[1] == []
