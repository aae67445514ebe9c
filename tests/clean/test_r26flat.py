"""r26flat (issue #11): a text whose line breaks were lost, made-up texts. A short notice joined
whole, a statute's marginal notes, a numbered heading over its first clause, a Chinese text joined
with no gap at all; and what must stay as it was."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean.page import Page
from pipeline.clean.rules_joined import joined_lines


def run(text: str) -> list[str]:
    page = joined_lines(replace(Page.from_text(text), rule="joined-lines"))
    assert all(r.rule == "joined-lines" and r.text for r in page.removed)   # no empty cut recorded
    return [t for t in page.texts() if t.strip()]


SHORT_NOTICE = ["关于开展秋季卫生检查的通知", "各村（社区）：", "为改善人居环境，现就有关事项通知如下。",
                "一、检查时间", "十月上旬。", "二、检查内容", "村容村貌和公共场所卫生。", "镇人民政府办公室"]


def test_a_short_notice_joined_whole_is_split_back():
    text = " ".join(SHORT_NOTICE)
    assert 120 <= len(text) < 300 or len(text) < 120
    lines = run(text if len(text) >= 120 else text + " " + "三、工作要求 各村要高度重视，认真组织自查，及时整改发现的问题，确保检查取得实效。")
    assert lines[:len(SHORT_NOTICE) - 1] == SHORT_NOTICE[:-1]


def test_a_long_paragraph_that_is_one_line_in_the_original_stays():
    para = ("某某镇图书室建于一九八二年，是镇政府设立的公益性文化场所，现有藏书两万余册，设有阅览区、少儿区、"
            "电子阅览区等功能区域，常年开展读书分享、科普讲座、假期托管等活动，多次被评为先进基层图书室，"
            "在丰富群众文化生活方面发挥了积极作用。")
    assert run("某某镇图书室简介\n" + para) == ["某某镇图书室简介", para]


def test_a_markdown_table_row_stays_one_line():
    row = "| 年份 | 到访人次 | 借阅册次 | 活动场次 | | 2023 | 38000 | 85000 | 120 | | 2024 | 41000 | 89000 | 132 | | 合计 | 79000 | 174000 | 252 |"
    assert run(row) == [row]


def test_marginal_notes_of_an_act_stand_apart_from_their_sections():
    text = ("Example Parks Act 2030 BE IT ENACTED by the Legislature as follows— Citation 1 This Act may be "
            "cited as the Example Parks Act 2030. Interpretation 2 In this Act a park means land kept open "
            "for the public. Duty to maintain parks 3.—(1) Every council shall keep its parks in good repair. "
            "(2) A council may close a park for repairs.")
    lines = run(text)
    for note in ("Citation", "Interpretation", "Duty to maintain parks"):
        assert note in lines
    assert "1 This Act may be cited as the Example Parks Act 2030." in lines
    assert any(line.startswith("3.—(1) Every council") for line in lines)


def test_a_contents_list_of_titles_and_numbers_gets_no_marginal_notes():
    text = ("ARRANGEMENT OF SECTIONS 1. Opening words 2. Meaning of terms 3. Board of visitors "
            "4. Meetings of the board 5. Repeal ") * 3 + "The Board shall meet at least twice each year in the town hall."
    lines = run(text)
    assert "Meaning of terms" not in lines and "Board of visitors" not in lines


def test_a_year_or_a_count_inside_a_sentence_is_no_section_number():
    text = ("The rules were first made in 1999. Fees paid 12 Days after the notice are late. Rooms booked "
            "3 Months ahead are cheaper. The office opens at nine. ") * 3
    lines = run(text)
    assert "Fees paid" not in lines and "Rooms booked" not in lines


def test_a_numbered_heading_ends_before_its_first_clause():
    text = ("Example Complaints Policy\n1. Purpose 1.1 This policy explains how residents may complain. "
            "1.2 It covers every service. 2. How to complain 2.1 You may complain online or by letter. "
            "2.2 We reply within ten days. 3. Review 3.1 The policy is reviewed each year.")
    lines = run(text)
    for head in ("1. Purpose", "2. How to complain", "3. Review"):
        assert head in lines
    assert "2.1 You may complain online or by letter." in lines


def test_a_chinese_text_joined_with_no_gap_breaks_before_its_markers():
    text = ("某某县政府工作报告各位代表：现在，我代表县人民政府报告工作，请予审议。一、过去一年工作回顾过去一年，"
            "全县经济平稳运行。（一）工业稳步增长。全年工业增加值增长6%。（二）农业基础巩固。粮食产量保持稳定。"
            "二、今年主要任务今年要着力扩大内需。（一）抓好项目建设。全年实施重点项目五十个。")
    lines = run(text)
    assert lines[1].startswith("一、过去一年工作回顾") and lines[2] == "（一）工业稳步增长。全年工业增加值增长6%。"
    assert any(line.startswith("二、今年主要任务") for line in lines)


def test_a_glued_statute_breaks_before_each_article_and_keeps_a_quoted_article():
    text = ("某某市养犬管理办法第一章总则第一条为了规范养犬行为，制定本办法。第二条本市行政区域内的养犬活动适用本办法。"
            "第三条违反本办法第二条规定的，由公安机关责令改正；拒不改正的，依法予以处罚。第四条养犬人应当遵守社会公德，"
            "不得干扰他人正常生活。第五条本办法自公布之日起施行。")
    lines = run(text)
    assert "第二条本市行政区域内的养犬活动适用本办法。" in lines
    assert any(line.startswith("第三条违反本办法第二条规定的") for line in lines)


def test_an_enumeration_inside_a_sentence_stays():
    text = ("某某村今年重点抓好三件事，一是修路，二是治水，三是建校。全村上下齐心协力，各项工作有序推进，"
            "群众满意度明显提高。下一步将继续加大投入力度，确保各项任务按期完成，让村民得到更多实惠。") * 2
    assert run(text) == [text]


def test_a_sentence_case_heading_between_two_sentences_stands_alone():
    text = ("Winter Heating in Schools The department has received many questions about heating. "
            "This note sets out what schools should do. Closing a school A school should close only as a "
            "last resort. Keeping records The head teacher keeps a record of each day's temperatures. "
            "Contact Write to the schools team with any question.")
    lines = run(text)
    assert "Closing a school" in lines
    assert "A school should close only as a last resort." in lines


def test_a_sentence_with_a_proper_name_or_a_clause_is_not_a_heading():
    text = ("The trust met in March. Funding from the council was agreed In principle the grant is fixed. "
            "Members thanked the staff. The chair said The Times had reported the opening. "
            "Visitors rose by a tenth. Loans of new books rose too. ") * 2
    lines = run(text)
    assert not any(line in ("Funding from the council was agreed", "The chair said") for line in lines)
