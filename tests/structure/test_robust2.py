"""Structure rules that held on a document but not on its Markdown export or its printed copy
(issue #11, robust2). Made-up texts, each rule in both forms, and what each must leave alone."""
from __future__ import annotations

from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"
EN = ("The Minister moved that the Bill be read a second time, and the House agreed to the motion "
      "after a short debate on the provisions that the Bill repeals.")


def test_a_first_part_under_a_marked_title_is_no_second_title():
    plain = doc_of("某某工作报告\n\n2021年工作回顾\n\n" + LONG + "\n\n一、服务大局\n\n" + LONG)
    marked = doc_of("# 某某工作报告\n\n## 2021年工作回顾\n\n" + LONG + "\n\n### 一、服务大局\n\n" + LONG)
    assert plain.title == marked.title == "某某工作报告"
    assert [t for _, t in outline(marked)] == ["2021年工作回顾", "一、服务大局"]
    # what stays: the page's title written as the first '##' under an unmarked site name
    doc = doc_of("某某网\n\n## 某某工作报告\n\n" + LONG + "\n\n### 一、服务大局\n\n" + LONG)
    assert "某某工作报告" not in [t for _, t in outline(doc)]


def test_a_marked_title_after_a_dateline_or_a_lead_in_is_the_title():
    doc = doc_of("Thursday, 21 Jun 2012\n\nVol. 769 No. 3\n\n# Statute Law Revision Bill 2012\n\n" + EN + "\n\n" + EN)
    assert doc.title == "Statute Law Revision Bill 2012" and outline(doc) == []
    lead = ("据某某网综合报道，某某会议召开在即。北京时间某日下午，会议举行新闻发布会，某某回答了记者的提问，"
            "以下为发布会的文字实录，供读者参阅。")
    for head in ("某某会议新闻发布会某某答记者问", "# 某某会议新闻发布会某某答记者问"):
        doc = doc_of(lead + "\n\n" + head + "\n\n" + LONG + "\n\n" + LONG)
        assert doc.title == "某某会议新闻发布会某某答记者问" and outline(doc) == [], head


def test_a_lone_hash_heading_under_site_chrome_is_the_title():
    chrome = "The Code of Federal Regulations is the official legal print publication containing the codification of rules."
    doc = doc_of("Displaying title 1, up to date as of 6/10/2026.\n\n" + chrome + "\n\n# § 21.11 Standard organization of the Code.\n\n" + EN + "\n\n" + EN)
    assert doc.title == "§ 21.11 Standard organization of the Code" and outline(doc) == []
    # what stays: a second '#' section under a marked title (an underlined release name)
    doc = doc_of("Release 2.0\n==========\n\n" + EN + "\n\nRelease 1.0\n==========\n\n" + EN)
    assert doc.title == "Release 2.0" and [t for _, t in outline(doc)] == ["Release 1.0"]


def test_a_long_numbered_heading_in_printed_text_stays_a_heading():
    line = "这是一段印刷出来的正文内容，每一行都排满了版心的宽度，直到段落结"   # 38 characters: full
    body = "\n".join([line] * 14) + "束。"
    head = "一、充分发挥审判职能，为首都科学发展、为奥运会和残奥会成功举办提供有力司法保障"
    doc = doc_of("某某法院工作报告\n\n" + body + "\n\n" + head + "\n\n" + body)
    assert head in [t for _, t in outline(doc)]
    # what stays: the same line running on where no blank line parts it from the next
    doc = doc_of("某某法院工作报告\n\n" + body + "\n\n" + head + "\n" + body)
    assert head not in [t for _, t in outline(doc)]


def test_outline_labels_and_notes_labels_read_through_hash_marks():
    for mark in ("", "## "):
        doc = doc_of(f"# 某某工作报告\n\n{mark}1、导语\n\n" + LONG + f"\n\n{mark}2、工作回顾\n\n" + LONG
                     + f"\n\n{mark}一、过去一年的回顾\n\n" + LONG + f"\n\n{mark}二、今年的主要任务\n\n" + LONG)
        assert [t for _, t in outline(doc)] == ["一、过去一年的回顾", "二、今年的主要任务"], mark
        doc = doc_of(f"# 某某统计公报\n\n{mark}一、综合\n\n" + LONG + f"\n\n{mark}注释：\n\n1.本公报数据为初步统计数。")
        assert [t for _, t in outline(doc)][-1] == "注释：", mark
