"""(r39, issue #11) What check sets 36 and 37 got wrong at first sight, each phenomenon in made-up
documents of its kind (never the sets' own words), with what must stay. Each text goes through the
real decode -> clean -> structure chain."""
from __future__ import annotations

import textwrap

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels


def read(text: str):
    return structure_document(clean_text(text, source_file="t.txt"), structure="rules")


PARA = ("The harbour was dredged in the spring, and by midsummer the larger boats could come in on any tide; "
        "the town had waited a generation for it, and the quay was crowded on the day the first of them tied up.")
PARA2 = ("Trade followed within the year. The fish market was rebuilt on the old rope-walk, a school was opened "
         "for the children of the families who came with the boats, and the chapel was enlarged twice.")


# -- a transcribed book's front: the title page, its parts --------------------------------------------

# a transcription's 70-column lines, three paragraphs a part (the measure is read off a text's lines)
WRAPPED = textwrap.wrap(PARA, 70) + [""] + textwrap.wrap(PARA2, 70) + [""] + textwrap.wrap(PARA, 70)
WRAPPED2 = textwrap.wrap(PARA2, 70) + [""] + textwrap.wrap(PARA, 70) + [""] + textwrap.wrap(PARA2, 70)


def gutenberg(title_field: str, body: list[str]) -> str:
    head = ["The Project Gutenberg eBook of " + title_field, "", f"Title: {title_field}", "", "Author: Anne Example",
            "", "Release date: March 3, 2015 [eBook #99999]", "", "Language: English", "", "",
            f"*** START OF THE PROJECT GUTENBERG EBOOK {title_field.upper()} ***", "", "", ""]
    return "\n".join(head + body) + "\n"


def test_centred_book_parts_in_capitals_closed_by_a_period_and_in_italic_marks_are_peers():
    body = [" " * 26 + "THE HARBOUR TOWN", "", "", " " * 24 + "_A CHRONICLE_", "", "", " " * 30 + "PREFACE.", ""] + WRAPPED + ["",
            "", " " * 28 + "_INTRODUCTION._", ""] + WRAPPED2
    doc = read(gutenberg("The Harbour Town: A Chronicle", body))
    assert doc.title.casefold() == "the harbour town"
    assert levels(doc) == [(1, "PREFACE."), (1, "_INTRODUCTION._")]


def test_a_title_page_centred_in_groups_gives_no_headings():
    body = [" " * 26 + "THE HARBOUR TOWN", "", "", " " * 32 + "BY", " " * 28 + "ANNE EXAMPLE", "", "",
            " " * 31 + "LONDON", " " * 25 + "EXAMPLE & SONS, LTD.", " " * 33 + "1901", "", "", "",
            " " * 24 + "PRINTED BY THE EXAMPLE PRESS,", " " * 30 + "NORWICH.", "", "", "",
            " " * 30 + "PREFACE.", ""] + WRAPPED + [""] + WRAPPED2
    doc = read(gutenberg("The Harbour Town", body))
    assert levels(doc) == [(1, "PREFACE.")]


def test_the_header_names_the_title_under_the_transcribers_notes():
    notes = ["TRANSCRIBER'S NOTE", "", "Italic text is shown between _underscores_.", "",
             "[Map] marks where the printed book has a folding map.", "",
             "Spelling is as printed; two obvious misprints were corrected.", "", "", "", ""]
    body = notes + ["THE HARBOUR TOWN & ITS PEOPLE", "", "BY ANNE EXAMPLE", "", "", "PREFACE", ""] + WRAPPED + [""] + WRAPPED2
    doc = read(gutenberg("The Harbour Town and Its People", body))
    assert doc.title.casefold() == "the harbour town & its people"
    assert levels(doc) == [(1, "PREFACE")]


def test_a_flush_title_page_under_the_title_gives_no_headings():
    body = ["THE HARBOUR TOWN", "", "A Chronicle of Forty Years", "", "BY ANNE EXAMPLE", "", "EDITED BY J. SAMPLE", "",
            "LONDON", "", "  EXAMPLE & SONS, LTD.,", "  12 QUAY STREET, W.", "", "NEW YORK", "", "  SAMPLE BROTHERS", "",
            "Harbour Press", "", "", "PREFACE", ""] + WRAPPED + [""] + WRAPPED2
    doc = read(gutenberg("The Harbour Town", body))
    assert levels(doc) == [(1, "PREFACE")]


# -- front matter, print headers --------------------------------------------------------------------

def test_a_commented_key_in_yaml_front_matter_keeps_the_block_metadata():
    text = "\n".join(["---", "title: Harbour Byelaws", "weight: 3", "# draft: true", "menu: main", "---", "",
                      "## Part 1: General", "", PARA, "", "## Part 2: Moorings", "", PARA2]) + "\n"
    doc = read(text)
    assert doc.title == "Harbour Byelaws"
    assert levels(doc) == [(1, "Part 1: General"), (1, "Part 2: Moorings")]
    assert not any("weight" in p.text or "draft" in p.text for p in doc.front)


def test_a_print_header_names_the_headline_without_its_article_and_the_site_by_its_host():
    text = "\n".join(["3/4/26, 10:00 AM                Harbour Act 1998 - Harbour-Law.org", "", "",
                      "     Harbour-Law.org", "     Laws of the Harbour Board", "", "     Home | Acts | Contact", "",
                      "     THE HARBOUR ACT 1998", "          Updated with the amendments of 2004 and 2019", "",
                      "     PART I", "     Moorings", "", "     " + PARA, "", "     PART II", "     Dues", "",
                      "     " + PARA2, "", "https://harbour-law.org/act-1998                               1/1"]) + "\n"
    doc = read(text)
    assert doc.title.casefold() == "the harbour act 1998"


def test_half_width_brackets_in_the_print_header_name_a_title_set_over_two_lines():
    text = "\n".join(["3/4/26, 10:00 AM     关于印发某某市港口建设三年行动计划(2024—2026年)的通知", "",
                      "关于印发某某市港口建设三年行动计划", "(2024—2026年)的通知", "", "各区人民政府，市政府各部门：",
                      "《某某市港口建设三年行动计划(2024—2026年)》已经市政府同意，现印发给你们，请认真贯彻执行。",
                      "某某市人民政府办公室", "2024年1月5日", "", "某某市港口建设三年行动计划(2024—2026年)",
                      "为加快港口建设，提升港口服务能力，结合本市实际，制定本行动计划。", "一、总体要求",
                      "坚持规划引领，统筹推进港口、航道和集疏运体系建设，提升港口综合服务能力。", "二、主要任务",
                      "加快码头改造，完善集疏运通道，推进港口数字化建设，提升通关效率。",
                      "http://www.example.gov.cn/art/2024/1/5/art_1.html                                    1/1"]) + "\n"
    doc = read(text)
    assert doc.title == "关于印发某某市港口建设三年行动计划（2024—2026年）的通知"
    assert levels(doc) == [(1, "某某市港口建设三年行动计划（2024—2026年）"), (2, "一、总体要求"), (2, "二、主要任务")]


def test_a_category_label_glued_before_the_headline_is_no_part_of_the_title():
    text = "\n".join(["3/4/26, 10:00 AM     某某区人民政府办公室关于印发某某区港口服务提升行动方案的通…", "",
                      "【政策文件】 某某区人民政府办公室关于印发某某区港口服务提升行动方案的通知", "",
                      "各街道办事处，区政府各部门：", "现将《某某区港口服务提升行动方案》印发给你们，请认真贯彻执行。",
                      "某某区人民政府办公室", "2024年3月1日", "", "某某区港口服务提升", "行动方案",
                      "为提升港口服务水平，制定本方案。", "一、工作目标", "到2025年，港口服务能力明显提升，通关时间进一步压缩。",
                      "二、重点任务", "优化服务流程，推进数字化改造，完善配套设施建设。",
                      "http://www.example.gov.cn/zwgk/2024/art_2.html                                    1/1"]) + "\n"
    doc = read(text)
    assert doc.title == "某某区人民政府办公室关于印发某某区港口服务提升行动方案的通知"
    assert levels(doc)[0] == (1, "某某区港口服务提升行动方案")
    assert levels(doc)[1:] == [(2, "一、工作目标"), (2, "二、重点任务")]


# -- a notice issuing documents ------------------------------------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("某某区人民政府办公室关于印发2024年区《政府工作报告》确定的重点任务分解方案的通知",
     "2024年区《政府工作报告》确定的重点任务分解方案"),
    ("某某市交通运输局关于印发2023年某某市交通运输工作总结和2024年某某市交通运输工作要点的通知 |",
     "2023年某某市交通运输工作总结"),
])
def test_the_issued_documents_title_heads_its_parts(title, name):
    text = "\n".join([title, "", "各区交通运输局，局属各单位：", "现将有关文件印发给你们，请结合实际认真贯彻执行。",
                      "某某市交通运输局", "2024年2月1日", "", name,
                      "过去一年，全市交通运输系统认真贯彻落实各项决策部署，各项工作取得新成效。", "一、基础设施建设取得新进展",
                      "全年完成交通固定资产投资一百二十亿元，新改建农村公路三百公里。", "二、运输服务水平持续提升",
                      "新开通公交线路十二条，城乡公交一体化水平进一步提高。"]) + "\n"
    doc = read(text)
    assert levels(doc) == [(1, name), (2, "一、基础设施建设取得新进展"), (2, "二、运输服务水平持续提升")]


def test_an_announcements_serial_number_heads_nothing():
    text = "\n".join(["某某市港口管理条例", "", "某某市人民代表大会常务委员会", "公告", "〔十六届〕第十二号",
                      "《某某市港口管理条例》已于2024年6月20日经某某市人民代表大会常务委员会会议通过，现予公布，自2024年10月1日起施行。",
                      "某某市人民代表大会常务委员会", "2024年7月1日", "", "第一章 总则",
                      "第一条 为了加强港口管理，维护港口经营秩序，根据有关法律、法规，结合本市实际，制定本条例。",
                      "第二章 港口规划", "第二条 港口规划应当符合国土空间规划。"]) + "\n"
    assert "〔十六届〕第十二号" not in [t for _, t in levels(read(text))]


# -- a statistical bulletin's tables and charts -------------------------------------------------------

def test_a_tables_title_over_its_unit_line_and_a_charts_units_are_no_headings():
    text = "\n".join(["2023年某某县国民经济和社会发展统计公报", "", "一、综合",
                      "年末全县户籍人口52.3万人，比上年减少0.2万人；常住人口45.1万人。",
                      "2023年末全县人口及其构成", "单位：万人", "指标 | 年末数 | 比重（%）|", "户籍人口 | 52.3 | |",
                      "初步核算，全年地区生产总值210.5亿元，比上年增长6.1%。",
                      "“十四五”以来全县地区生产总值及增速", "亿元、%", "二、农业",
                      "全年粮食种植面积60.2万亩，比上年增加0.5万亩。"]) + "\n"
    assert levels(read(text)) == [(1, "一、综合"), (1, "二、农业")]


# -- a speech's opening on a news site ----------------------------------------------------------------

def test_a_news_sections_dated_line_is_no_title_and_the_salutation_run_heads_nothing():
    text = "\n".join(["You are here: Home > News > 2019 > 05", "", "Business News of Tuesday, 14 May 2019", "",
                      "Speech by the Harbour Master", "", "‘A PORT FOR THE NEXT CENTURY’", "",
                      "AT THE HARBOUR HALL, EXAMPLETOWN ON MONDAY, MAY 13, 2019", "", "Chairman", "",
                      "Members of the Harbour Board", "", "Ministers of State", "", "Colleagues & Friends", "",
                      "Ladies & Gentlemen", "", PARA, "", "THE YEARS OF WAITING", "", PARA2, "", PARA]) + "\n"
    doc = read(text)
    assert doc.title == "Speech by the Harbour Master"
    assert levels(doc) == [(1, "THE YEARS OF WAITING")]


def test_a_heading_that_names_the_members_stays_outside_a_salutation_run():
    text = "\n".join(["Annual Report of the Harbour Board", "", "Members of the Board", "", PARA, "",
                      "Finance", "", PARA2]) + "\n"
    assert [t for _, t in levels(read(text))] == ["Members of the Board", "Finance"]
