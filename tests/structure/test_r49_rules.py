"""(r49, issue 11) Structure rules of round r49, each on made-up texts of its phenomenon.

- A news page's title as the browser names it: the headline, the picture mark and the site's name after
  '_' (title_evidence.SITE_SUFFIX).
- A Markdown table whose rows open without a pipe is cells, no headings (blocks._pipe_rows).
- A statistics table read one cell a line: its values alone on their lines are its evidence
  (blocks.FIGURE_CELL).
- A numbered head over a paragraph whose indented first line a plain pdftotext lost its indent
  (blocks._indented_first_after).
- A name's initials stay in capitals when a title is title-cased; a speech named by its speaker in
  capitals goes on into its occasion in the line under it (front.INITIALS, SPEECH_OF).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.common import outline

PARA = "2023年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，各项社会事业全面发展，人民生活水平持续提高。"


def _doc(text: str, lang: str = ""):
    return structure_document(clean_text(text, source_file="t.txt"), lang=lang, structure="rules")


def _heads(text: str, lang: str = "") -> list[str]:
    return [t for _, t in outline(_doc(text, lang).sections)]


def test_a_browsers_page_title_gives_the_headline():
    text = f"某区第八届人民代表大会第三次会议开幕[图]_天天快资讯\n\n{PARA}\n\n{PARA}\n"
    assert _doc(text).title == "某区第八届人民代表大会第三次会议开幕"


def test_a_pipe_tables_rows_without_a_leading_pipe_are_no_headings():
    rows = "\n".join(["某县 | |", "---|---|", "国家 | 中华人民共和国 |", "面积 | |", "• 县 | 1,318 平方公里 |",
                      "邮政编码 | 238200 |", "网站 | 某县人民政府 |"])
    text = f"某县\n{rows}\n某县位于中国某省东部，是某市下辖的一个县，区域总面积为一千三百平方公里。\n历史\n{PARA}\n"
    assert _heads(text) == ["历史"]


def test_a_statistics_table_one_cell_a_line():
    cells = "\n\n".join(["主要产品产量", "", "2023年", "较上年增长(%)", "粮食总产量", "162817吨", "0.5", "其中:谷物", "97658吨",
                         "-9.7", "          豆类", "26084吨", "49.1", "油料总产量", "3959吨", "5.9"])
    farms = "2023年，全县完成农林牧渔业总产值三十七亿元，较上年增长百分之四点五，全年农作物播种面积稳中有增。"
    works = "2023年，全县规模以上工业增加值较上年增长百分之六，其中能源工业增长百分之八，非能源工业平稳发展。"
    text = f"某县2023年统计公报\n\n一、综合\n\n{PARA}\n\n二、农业\n\n{farms}\n\n{cells}\n\n三、工业\n\n{works}\n"
    assert _heads(text) == ["一、综合", "二、农业", "三、工业"]


def _printed(paragraph: str, width: int = 29, indent: int = 2) -> list[str]:
    """A paragraph as a print sets it, 2em first-line indent, read back by plain pdftotext (the indent lost)."""
    lines, rest = [paragraph[:width - indent]], paragraph[width - indent:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


P1 = "今天召开区委经济工作务虚会，主要任务是深入分析当前经济形势，全面总结全年全区经济工作，系统谋划未来一个时期特别是明年的发展思路与关键举措，旨在统一思想、凝聚共识、明确方向。下面，我讲两个方面的意见。"
P2 = "这一年是全面贯彻落实党的二十大精神的关键之年，面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务，全区上下坚持稳中求进工作总基调，积极服务和融入新发展格局，推动经济社会发展取得了来之不易的新成绩。"
P3 = "经济运行稳中有进，发展基础更加坚实。一年来，全区始终将稳增长摆在突出位置，精准施策、靶向发力，经济发展的压舱石作用得到充分显现，全年地区生产总值突破六百亿元大关，增速位居全市前列。"
HEAD = "一、客观总结全年经济工作，在把握大势中坚定发展信心"


def test_a_numbered_head_over_a_paragraph_whose_indent_the_print_lost():
    lines = ["区委在区委经济工作务虚会上的讲话", "", "同志们：", *_printed(P1), "", HEAD, *_printed(P2), *_printed(P3), *_printed(P2[::-1])]
    assert _heads("\n".join(lines) + "\n") == [HEAD]


LETTER = ("I rise to present a statement of the estimated receipts and expenditure of the Government for the year, "
          "and I propose to take the House back briefly over the main changes in the last twelve months.")


def test_initials_stay_and_a_speech_goes_on_into_its_occasion():
    text = f" SPEECH OF SHRI C.D. EXAMPLE MINISTER OF FINANCE\n INTRODUCING THE BUDGET FOR THE YEAR 1951-52\n\n Sir,\n {LETTER}\n"
    title = _doc(text, "en").title
    assert title.startswith("Speech of Shri C.D. Example")
    assert title.endswith("the Budget for the Year 1951-52")


def test_a_letters_signature_under_its_closing_is_no_heading():
    text = (f"STATEMENT OF EXPECTATIONS\n\n{LETTER}\n\n**Statement of Intent 2023/24**\n\n{LETTER}\n\n"
            f"**Important Dates 2023**\n\n{LETTER}\n\nNgā mihi\n\n\nJane Example\n\n**Mayor of Example**\n\n**Te Koromatua o Example**\n")
    assert _heads(text, "en") == ["Statement of Intent 2023/24", "Important Dates 2023"]


def test_a_motion_under_its_lead_in_is_no_heading():
    text = "\n".join([
        "PRAYER", "MR SPEAKER took the Chair at 1.00 p.m.",
        "MR SPEAKER: Please be seated Honourable Members. I trust the Message from",
        "the Pastor will enlighten us in our deliberations today. I would like to welcome you all",
        "Honourable Members into our Parliament this afternoon. May I call upon the Deputy",
        "Prime Minister who is the Leader of the House to move his motion.",
        "HON. A. EXAMPLE: Thank you Mr Speaker. This is a housekeeping Motion to cover",
        "the hours of sitting of this House from this point onwards. But before I do so may I",
        "extend my greetings to you Mr Speaker, to the Clerk and staff of this Parliament.",
        "Mr Speaker, I move:", "That this House observes the following sitting days and hours",
        "MR SPEAKER: Excuse me Honourable Deputy Prime Minister, would you move the",
        "Postponement of the Orders of the Day first."]) + "\n"
    assert _heads(text, "en") == []
