"""`joined-lines` (flat, issue #11): a text joined onto one line is split back where its lines were,
and only there: made-up texts, and texts that must NOT be split."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean import clean_text
from pipeline.clean.page import Page
from pipeline.clean.rules_joined import joined_lines

from clean.helpers import PROSE, PROSE2


def run(text: str) -> tuple[list[str], list[str]]:
    page = joined_lines(replace(Page.from_text(text), rule="joined-lines"))
    assert all(r.rule == "joined-lines" for r in page.removed)
    return page.texts(), [r.text for r in page.removed]


ZH_LINES = ["某某市2026年政府工作报告", "一、过去一年的工作", PROSE, "（一）经济平稳运行", PROSE2,
            "二、今年的主要任务", PROSE, "（二）改革持续深化", PROSE2, "第一章 总则", "第一条 为了规范管理，制定本办法。", PROSE2]


def test_a_chinese_text_joined_by_spaces_gets_its_lines_back():
    lines, removed = run(" ".join(ZH_LINES))
    assert lines == ZH_LINES
    assert removed == [" "] * (len(ZH_LINES) - 1)   # every break recorded as the space it replaced


def test_the_split_is_in_the_cleaning_report_and_the_title_stands_alone():
    cleaned = clean_text(" ".join(ZH_LINES) + "\n")
    assert cleaned.lines[0] == "某某市2026年政府工作报告"
    assert "二、今年的主要任务" in cleaned.lines
    assert sum(r.rule == "joined-lines" for r in cleaned.removed) == len(ZH_LINES) - 1


def test_letter_spaced_words_and_a_part_label_stay_whole():
    text = " ".join(["目\u3000录", PROSE, "第一章\u3000总\u3000\u3000则", PROSE2, PROSE, PROSE2, "注\u3000\u3000释", PROSE, PROSE2])
    lines, _ = run(text)
    assert "目\u3000录" in lines and "第一章\u3000总\u3000\u3000则" in lines and "注\u3000\u3000释" in lines


EN = ("Example Licence Version 1.0 ====================== 1. Definitions -------------- "
      "1.1. \"Work\" means the text licensed here, as it stood in 1.2 seconds of writing. "
      "2. Grant of Rights The Licensor grants you a licence under Section 3 of this Licence to copy the Work. "
      "Section 3. Conditions Each copy must carry this notice. You may not remove it. "
      "CHAPTER II. The Second Part It was a quiet morning when the work began.")


def test_an_english_text_breaks_at_numbering_after_a_sentence_end_and_sets_headings_apart():
    lines, _ = run(EN)
    assert lines == [
        "Example Licence Version 1.0", "======================", "1. Definitions", "--------------",
        "1.1. \"Work\" means the text licensed here, as it stood in 1.2 seconds of writing.",
        "2. Grant of Rights", "The Licensor grants you a licence under Section 3 of this Licence to copy the Work.",
        "Section 3. Conditions", "Each copy must carry this notice. You may not remove it.",
        "CHAPTER II. The Second Part", "It was a quiet morning when the work began.",
    ]


def test_a_normal_file_with_long_paragraph_lines_is_left_alone():
    text = "\n".join(["Title", "", "Intro. " + "A long paragraph line. " * 30, "", "Section 2. " + "More text. " * 40,
                      "", "3. Another part " + "words words. " * 40, "", "End."])
    lines, removed = run(text)
    assert lines == text.split("\n") and not removed


def test_an_english_paragraph_mentioning_a_section_is_not_split():
    para = ("The applicant must file the form within 1.2 days, as set out under Section 3 of the Act and "
            "in Article 4 of the rules, and the fee rose by 6.5 per cent in 2024 while the board met "
            "in Chapter 2 hearings. ") * 4
    lines, removed = run(para.strip())
    assert lines == [para.strip()] and not removed


def test_a_chinese_paragraph_with_yi_shi_er_shi_is_not_split():
    para = ("今年重点抓好三项工作：一是稳增长，全市经济增长6.5%左右；二是调结构，第二产业增长1.2个百分点；"
            "三是惠民生，城镇新增就业5万人。") * 5
    lines, removed = run(para)
    assert lines == [para] and not removed


def test_a_part_heading_run_into_its_paragraph_is_set_apart_in_a_joined_text():
    text = " ".join(["某某市政府工作报告", "各位代表：", "一、过去一年工作回顾。" + PROSE + PROSE2, "（一）稳增长取得成效。" + PROSE,
                     "二、今年主要任务。" + PROSE2 + PROSE + PROSE])
    lines, _ = run(text)
    assert "一、过去一年工作回顾。" in lines and "二、今年主要任务。" in lines
    assert any(line.startswith("（一）稳增长取得成效。2009年") for line in lines)   # a run-in lead stays


def test_a_part_heading_glued_to_a_sentence_in_a_normal_file_is_left():
    lines = ["某某市政府工作报告", "", "一、过去一年工作回顾。" + PROSE, "", PROSE2, "", PROSE, "", PROSE2]
    assert run("\n".join(lines))[0] == lines
