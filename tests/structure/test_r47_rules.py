"""(r47, issue 11) Structure rules of round r47, each on made-up texts of its phenomenon.

- A title page's credit line (`Translated by …`) over the translator's `INTRODUCTION` is no part's name.
- A Chinese page printed with its headline only in the browser's running head takes its title from
  the head, not from the file name.
- A Chinese encyclopedia article with no title line names its subject in bold in its first sentence
  (`**港口费**（…）是…`), also under the article's picture link.
- Questions answered by one speaker named at each answer (`GPT-3: …`) are an interview's turns, no heads.
- A page whose front matter states its title made safe for a file name (`_咬住_`) prints it as written
  in its first line: the title is the line.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.common import outline


def _doc(text: str, name: str = "t.txt", lang: str = ""):
    return structure_document(clean_text(text, source_file=name), lang=lang, structure="rules")


PARA = ("The harbour grew in those years, and he kept a record of each boat that came in and of each that "
        "went out, in a hand the clerks could still read a century later.")

BOOK = f"""The Harbour

by Ann Example

Translated by B. Example


INTRODUCTION

{PARA}

EARLY YEARS

{PARA}

LATER YEARS

{PARA}
"""


def test_a_credit_line_over_the_introduction_is_no_part():
    doc = _doc(BOOK, "harbour.txt")
    assert doc.title == "The Harbour"
    assert [title for _, title in outline(doc.sections)][:1] == ["INTRODUCTION"]
    assert not any("Translated" in title for _, title in outline(doc.sections))


PRINTED = ["迈入四季度，各个港区全年目标任务攻坚力度加码，为下一年的发展做足准备。\n"
           "在当前形势下，如何进一步提高港口效率？如何推动更高水平开放？围绕这些社会关注热点，记者近\n"
           "日采访了三位港口负责人。\n东港区负责人：\n"
           "建设高标准港口体系，是今后五年港口发展的一项重大任务。要通过多式联运促进形成更加便捷的集疏\n"
           "运网络。这其中包括，完善港口设施；规范作业流程；加强安全管理；提高服务水平。\n",
           "西港区负责人：\n今年以来，西港区吞吐量稳步增长，集装箱航线新增三条，港区作业效率明显提高，服务\n"
           "水平持续提升，船东满意度不断上升。下一步将加快码头改造，力争明年完成泊位升级。\n"
           "南港区负责人：\n南港区将继续推进绿色港口建设，今年新增岸电设施十二套，靠港船舶使用岸电比例达\n"
           "到百分之四十，港区空气质量明显改善。\n",
           "北港区负责人：\n北港区冬季作业面临冰情考验，我们提前制定了破冰预案，储备了足够的物资，确保航道\n"
           "畅通、作业安全。同时，加强与气象部门联系，及时发布预警信息。\n"]


def _zh_print(pages: int = 3) -> str:
    """A bare page printed by a browser with its default head and foot (the date, the page's title; its
    address, the page's counter), read by pdftotext: the headline stands only in the heads."""
    return "".join(f"12/3/31, 7:56 AM\n\n冲刺四季度 看港口负责人谈发展\n\n{PRINTED[n - 1]}http://127.0.0.1:8751/post.html\n\n"
                   f"{n}/{pages}\n\n\f" for n in range(1, pages + 1))


def test_a_chinese_print_takes_its_title_from_the_running_head():
    doc = _doc(_zh_print(), "post_print.txt")
    assert doc.title == "冲刺四季度 看港口负责人谈发展"


ARTICLE = """[Harbour_dues.jpg](https://zh.wikipedia.org/wiki/File:Harbour_dues.jpg "fig:Harbour_dues.jpg")
**港口费**（）是[港务局](https://zh.wikipedia.org/wiki/港务局 "wikilink")向进港船舶收取的费用，按吨位计算。

## 背景

港务局于2031年调整港口费，船舶进港须按吨位缴纳。调整后，港务局每月公布收费标准，船东可在网上查询。

## 标准

港务局按船舶吨位分档收费，港口费每年调整一次，由船东缴纳。
"""


def test_a_chinese_articles_subject_in_bold_is_its_title():
    doc = _doc(ARTICLE, "dues.txt")
    assert doc.title == "港口费"
    assert [title for _, title in outline(doc.sections)] == ["背景", "标准"]


ANSWER = ("That is a hard question to answer, and there are several ways to look at it, each of which "
          "leads to a somewhat different conclusion about the matter.")
INTERVIEW = f"""Interviewing a model on harbours

I asked a language model some questions on harbours and their history.

How did the first harbours come about?

MODEL: {ANSWER}

Why were harbours built where they are?

MODEL: {ANSWER}

What will harbours look like in a hundred years?

MODEL: {ANSWER}
"""


def test_questions_answered_by_one_named_speaker_are_turns_not_heads():
    doc = _doc(INTERVIEW, "interview.txt")
    assert outline(doc.sections) == []


def test_questions_heading_their_answers_stay_heads():
    faq = INTERVIEW.replace("MODEL: ", "")
    doc = _doc(faq, "faq.txt")
    assert len(outline(doc.sections)) == 3


STATED = """---
title: 港口负责人:未来5年是港口发展关键时点,拼谁能_咬住_
date: 2031-04-04
---

　　港口负责人：未来5年是港口发展关键时点，拼谁能“咬住”

　　来源：港口官方账号

""" + "".join(PRINTED)


def test_a_front_matter_title_made_safe_for_a_file_name_gives_way_to_the_line():
    doc = _doc(STATED, "post.md")
    assert doc.title == "港口负责人：未来5年是港口发展关键时点，拼谁能“咬住”"


TALK_PARA = ("今天很高兴跟大家分享我们对港口发展的研究，核心内容有几个层面，下面分别作简要的介绍，请大家批评指正，"
             "也欢迎会后继续交流，共同把港口的事情办好。")
TALK = f"""港口负责人谈未来五年的港口发展

{TALK_PARA}

“十四五”港口规划第一次把多式联运放到核心位置。

{TALK_PARA}

“十四五”港口规划把绿色港口列为单独的一章。

{TALK_PARA}

“十四五”港口规划提出了智慧港口建设的路线图。

{TALK_PARA}

第一次把港城融合写进规划，成为整个规划的总纲。

{TALK_PARA}

第一次提出建设国际航运中心的目标和步骤。

{TALK_PARA}

第一次将岸电设施纳入港口考核，列为约束性指标。

{TALK_PARA}
"""


def test_sentences_opening_alike_with_a_quotation_or_a_count_are_no_parallel_heads():
    """A talk's one-sentence paragraphs that open with the plan's quoted name or with 第一次 ('for the first
    time') share their opening as any sentences about one subject do: no parallel run of heads."""
    doc = _doc(TALK, "talk.txt")
    assert outline(doc.sections) == []
