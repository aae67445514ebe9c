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
    assert [line for line in lines if line] == [
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


# -- flat2 round: a Chinese text's own marks, read through what a converter or a page did to them

def flat(lines: list[str]) -> str:
    """The lines joined by spaces, with enough prose after them to be a joined text (≥ 300 characters)."""
    return " ".join(lines + [PROSE2, PROSE, PROSE2, PROSE])

def test_half_width_marks_after_a_chinese_word_end_its_piece():
    lines, _ = run(flat(["某某县工作报告(摘要)", "2022-03-09 09:51:00", "摘要如下:", "2021年工作回顾", PROSE,
                             "一、总体情况", PROSE2, "二、主要做法", PROSE]))
    assert lines[:4] == ["某某县工作报告(摘要)", "2022-03-09 09:51:00", "摘要如下:", "2021年工作回顾"]


def test_a_widget_bracket_that_never_closes_does_not_hold_the_rest_of_the_page():
    lines, _ = run(flat(["某某市关于做好年度工作的通知", "字号:【", "护眼模式:", "各区人民政府：", PROSE,
                             "一、提高认识", PROSE2, "二、加强领导", PROSE]))
    assert "一、提高认识" in lines and "各区人民政府：" in lines


def test_a_dateline_in_parentheses_over_two_lines_stays_one_passage():
    dateline = "(2001年5月8日某某市第三届人民代表大会常务委员会第九次会议通过 2001年7月1日起施行)"
    lines, _ = run(flat(["某某市政府规章管理规定", dateline, PROSE, "一、总则", PROSE2, "二、附则", PROSE]))
    assert dateline in lines


def test_a_print_header_clock_time_and_footer_address_are_lines_of_their_own():
    lines, _ = run(flat(["5/4/26, 9:15 AM 某某大学关于做好年度总结的通知", "各单位：", PROSE,
                             "一、认真总结", PROSE2, "https://www.example.edu.cn/info/12.htm", "1/2", "二、按时报送", PROSE]))
    assert lines[:2] == ["5/4/26, 9:15 AM", "某某大学关于做好年度总结的通知"]
    assert "https://www.example.edu.cn/info/12.htm" in lines and "1/2" in lines


def test_a_number_alone_and_a_spaced_heading_after_it_stay_with_their_title():
    lines, _ = run(flat(["某县统计公报", PROSE, "一、综 合", PROSE2, "（二） 主要指标", PROSE, "三、农 业", PROSE2]))
    assert "一、综 合" in lines and "（二） 主要指标" in lines and "三、农 业" in lines


def test_an_office_and_a_name_stay_one_speaker_line():
    lines, _ = run(flat(["某某市2026年政府工作报告", "某某市人民政府市长 张某某", "各位代表：", PROSE,
                             "一、过去一年", PROSE2, "二、今年任务", PROSE, "市长 王 某", PROSE2]))
    assert "某某市人民政府市长 张某某" in lines and "市长 王 某" in lines and "各位代表：" in lines


def test_a_field_label_keeps_its_short_value_but_not_the_next_label_or_a_paragraph():
    lines, _ = run(flat(["某某局年度工作报告", "时间: 王某某", "浏览次数:", "字体:【大】", "作者:", PROSE,
                             "一、工作回顾", PROSE2, "二、工作打算", PROSE]))
    assert "时间: 王某某" in lines and "浏览次数:" in lines and "作者:" in lines


def test_a_catalogue_row_whose_labels_lost_their_colons_stays_one_line():
    row = "索引号 000014/2020-00052 主题分类 综合政务 发布机构 某某市人民政府办公厅"
    lines, _ = run(flat(["某某条例", row, "某某市人民政府办公厅关于印发某某方案的通知", PROSE,
                             "一、总体要求", PROSE2, "二、主要任务", PROSE]))
    assert lines[:3] == ["某某条例", row, "某某市人民政府办公厅关于印发某某方案的通知"]


def test_a_note_number_alone_keeps_its_note_and_a_photo_credit_keeps_its_name():
    lines, _ = run(flat(["某某讲话", PROSE, "注　　释", "〔1〕 见本书第一篇注〔3〕。", "〔2〕 某某会议，于某年召开。",
                         PROSE2, "新华社记者 张某某/摄", PROSE]))
    assert "〔1〕 见本书第一篇注〔3〕。" in lines and "〔2〕 某某会议，于某年召开。" in lines
    assert "新华社记者 张某某/摄" in lines


def test_a_template_date_left_blank_stays_in_its_dateline():
    lines, _ = run(flat(["某某县政府工作报告", "20xx年 月 日在某某县第十届人民代表大会第四次会议上", "各位代表：", PROSE,
                         "一、工作回顾", PROSE2, "二、今年任务", PROSE]))
    assert "20xx年 月 日在某某县第十届人民代表大会第四次会议上" in lines


def test_a_dash_dateline_leaves_the_title_and_a_spaced_office_keeps_its_name():
    lines, _ = run(flat(["某 某 工 作 报 告", "——2026年1月5日在某某县第九届人民代表大会第三次会议上", "县 长 张某某", "各位代表：",
                         PROSE, "一、工作回顾", PROSE2, "二、今年任务", PROSE]))
    assert lines[:3] == ["某 某 工 作 报 告", "——2026年1月5日在某某县第九届人民代表大会第三次会议上", "县 长 张某某"]


def test_a_dash_led_item_after_a_sentence_and_a_dateline_after_a_widget_start_their_lines():
    lines, _ = run(flat(["某某审计工作报告", "【打印】", "——2026年7月1日在某某市人民代表大会常务委员会会议上", PROSE,
                         "——财政运行总体平稳，收入增长5%。", "——民生支出持续加大。", PROSE2]))
    assert "【打印】" in lines and "——财政运行总体平稳，收入增长5%。" in lines and "——民生支出持续加大。" in lines


def test_an_english_joined_text_gets_blank_lines_between_its_pieces_and_numbered_paragraphs_stay_whole():
    text = ("Example Act 2026 ============== 1. Short Title This Act may be cited as the Example Act. "
            "2. Sir, I am the bearer of a message from the Governor on the estimates for the year. "
            "3. The Bill shall be committed to a Standing Committee of the House before the recess. "
            "4. Mr Speaker, today is a day of some note for this House and for the whole country.")
    lines, _ = run(text)
    assert lines[:2] == ["Example Act 2026", "=============="]   # an underline stays under its heading
    assert lines[2:6] == ["", "1. Short Title", "", "This Act may be cited as the Example Act."]
    assert "3. The Bill shall be committed to a Standing Committee of the House before the recess." in lines
    assert "2. Sir, I am the bearer of a message from the Governor on the estimates for the year." in lines
    assert "4. Mr Speaker, today is a day of some note for this House and for the whole country." in lines


def test_a_bullet_alone_stays_with_its_item():
    lines, _ = run(flat(["某某县人民政府工作规则", "• 索引号：", "0001/2024-001", "• 发文机构：", "县政府网站",
                         "某某县人民政府工作规则", "第一章总则", PROSE, PROSE2, PROSE]))
    assert "• 索引号： 0001/2024-001" in lines and "• 发文机构： 县政府网站" in lines and "•" not in lines


def test_a_catalogue_field_with_its_colon_keeps_a_short_value():
    lines, _ = run(flat(["发布机构： 某某市人民政府", "某某市人民政府关于做好就业工作的实施意见", "某府〔2026〕5号", PROSE,
                         "一、稳定就业", PROSE2, "二、强化保障", PROSE]))
    assert lines[:2] == ["发布机构： 某某市人民政府", "某某市人民政府关于做好就业工作的实施意见"]


def test_a_dash_led_item_after_a_heading_and_a_dash_subtitle_after_a_title_start_their_lines():
    lines, _ = run(flat(["某某委员会工作报告", "——在某某会议上", "二、基本原则", "——权责一致。有权必有责。",
                         "——减少层级。赋予基层更大自主权。", PROSE, PROSE2]))
    assert lines[:4] == ["某某委员会工作报告", "——在某某会议上", "二、基本原则", "——权责一致。有权必有责。"]


def test_a_site_domain_after_the_headline_is_a_line_of_its_own():
    lines, _ = run(flat(["某某市政府工作报告", "EXAMPLE.com 2026年03月19日", "各位代表：", PROSE, "一、工作回顾", PROSE2]))
    assert lines[:2] == ["某某市政府工作报告", "EXAMPLE.com"] and "2026年03月19日" in lines[2]
