"""r30zhpdf (issue #11): Chinese text out of PDFs (portal pages printed by a browser, printed reports,
issued files). Two phenomena of a page printed on one page:

1. A TABLE READ ONE CELL A LINE at the text's end (a browser print or a PDF text layer reads a
   two-column table cell by cell: `粮食` / `143972` / `#稻谷` / `118787` …): a six-digit figure alone on
   its line there is a table's cell, not a CMS's bare article id (`15074286` under the article).
   The id stands alone; a cell has other figures in its column a line or two away.
2. A PRINT STAMP ALONE with no page title (a page without <title>: the browser's header holds only
   the date) over the text's first OUTLINE HEAD (`一、综合`, later `二、农业`): the head is the text's,
   not the page title the stamp's next line usually is.

All texts are made up; each phenomenon in several printers' and sites' forms, with what must stay
and what must still go."""
from __future__ import annotations

from pipeline.clean import clean_text

P1 = "全年全区农林牧渔业总产值31.7亿元,按可比价格计算,比上年增长0.9%。全年粮食种植面积22.46千公顷。"
P2 = "全年生猪出栏18.92万头,牛出栏4403头。全年水产品产量2.25万吨,其中养殖水产品产量1.99万吨。"
P3 = "初步核算,全年全县完成生产总值256.31亿元,比上年增长5.2%。第一产业增加值18.4亿元,增长3.1%。"


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="p.txt").lines if line.strip()]


# ---- 1. a table read one cell a line at the text's end

def test_a_two_column_table_read_cell_by_cell_keeps_its_six_digit_figures():
    cells = ["表1:2031年全区主要农产品产量", "单位:吨", "产品名称", "产量", "粮食", "143972", "#稻谷", "118787",
             "小麦", "11200", "蔬菜及食用菌", "161419", "水产品", "22540"]
    text = "\n".join(["二、农业", "", P1, P2] + cells) + "\n"
    kept = _kept(text)
    for cell in ("143972", "118787", "161419", "22540"):
        assert cell in kept


def test_a_table_read_column_by_column_keeps_its_figures():
    # pdftotext of a print whose table came out a column at a time: the names, then the figures
    names = ["指标", "地区生产总值", "第一产业", "第二产业", "第三产业"]
    figures = ["绝对数(万元)", "2563100", "184000", "1032400", "1346700"]
    text = "\n".join(["一、综合", P3, "表1 2031年全县生产总值"] + names + figures) + "\n"
    kept = _kept(text)
    for cell in figures[1:]:
        assert cell in kept


def test_a_layout_print_with_the_browser_foot_keeps_the_table():
    text = "\n".join(["12/1/31, 9:05 AM", "某某县2031年国民经济和社会发展统计公报", "", "一、综合", P3,
                      "二、农业", P1, "主要农产品产量", "粮食", "205617", "油料", "28762", "棉花", "58",
                      "http://www.example.gov.cn/art/2031/3/1/art_1_2.html", "", "1/1"]) + "\n"
    kept = _kept(text)
    for cell in ("205617", "28762", "58"):
        assert cell in kept
    assert "1/1" not in kept


def test_must_go_a_bare_article_id_under_the_article():
    text = "\n".join(["某某区召开安全生产工作会议", "", P1, P2, "", "15074286"]) + "\n"
    assert "15074286" not in _kept(text)
    # an id next to a date line and a view counter is still alone: no other figure in a column with it
    text = "\n".join(["某某区召开安全生产工作会议", "", P1, P2, "", "2031-05-06", "15074286", "浏览次数:"]) + "\n"
    assert "15074286" not in _kept(text)


# ---- 2. a print stamp alone over the text's first outline head

def test_a_print_stamp_alone_over_the_first_part_head_keeps_the_head():
    text = "\n".join(["12/1/31, 1:53 PM", "", "一、综合", "", P3, P3, "", "二、农 业", "", P1, P2,
                      "http://jmdbq.example.gov.cn/art/2031/7/7/art_1_2.html", "", "1/1"]) + "\n"
    kept = _kept(text)
    assert kept[0] == "一、综合"
    assert "12/1/31, 1:53 PM" not in kept


def test_an_english_print_stamp_over_a_numbered_section_keeps_it():
    prose = ("The harbour board met four times during the year and approved the dredging programme "
             "for the northern channel, which was completed on schedule.")
    text = "\n".join(["1/5/31, 10:12 AM", "1. Overview", prose, prose, "2. Finances", prose,
                      "https://harbour.example.org/reports/2031.html", "1/1"]) + "\n"
    kept = _kept(text)
    assert kept[0] == "1. Overview"


def test_a_print_stamp_over_an_arabic_numbered_chinese_head_keeps_it():
    text = "\n".join(["3/4/31, 3:20 PM", "1.总体要求", P3, P3, "2.主要任务", P1,
                      "http://www.example.gov.cn/a/1.html", "1/1"]) + "\n"
    kept = _kept(text)
    assert kept[0] == "1.总体要求"


def test_must_go_the_page_title_under_a_print_stamp():
    text = "\n".join(["12/1/31, 1:53 PM", "某某区2031年统计公报_某某区人民政府", "", "某某区2031年统计公报",
                      "一、综合", P3, "二、农业", P1, "http://www.example.gov.cn/art/1.html", "", "1/1"]) + "\n"
    kept = _kept(text)
    assert "某某区2031年统计公报_某某区人民政府" not in kept
    assert kept[0] == "某某区2031年统计公报"


def test_must_go_a_page_title_that_is_numbered_but_has_no_sibling():
    # a headline that opens with a number ('1.…') and nothing numbered after it is still the page title
    text = "\n".join(["12/1/31, 1:53 PM", "1.某某区召开防汛工作会议", "", "某某区召开防汛工作会议", P1, P2,
                      "http://www.example.gov.cn/art/2.html", "", "1/1"]) + "\n"
    kept = _kept(text)
    assert "1.某某区召开防汛工作会议" not in kept


# ---- 3. a record box's button row between its fields (a disclosure page printed with -layout)

from .helpers import run_rule   # noqa: E402


def test_a_layout_printed_record_box_with_its_download_row_goes_whole():
    lines = ["       索引号 MB0000001/2031-00001            生成日期 2031-01-17       公开日期 2031-01-17",
             "       文件编号                                发布机构 某某街道办事处          效力状况 有效",
             "       文件下载",
             "       内容概述 某某街道2031年工作总结",
             "         2031年是某某街道发展的关键之年,各项工作取得了显著成效。"]
    kept, _, _ = run_rule("catalogue-run", lines)
    assert [t.strip() for t in kept if t.strip()] == ["2031年是某某街道发展的关键之年,各项工作取得了显著成效。"]


def test_a_plain_printed_record_box_with_an_attachment_row_goes_whole():
    lines = ["某某县2031年工作要点", "索引号 001/2031-02 发布机构 某某县人民政府", "附件下载", "成文日期 2031-02-03",
             "有效性 有效", "", "一、总体要求"]
    kept, _, _ = run_rule("catalogue-run", lines)
    assert [t for t in kept if t] == ["某某县2031年工作要点", "一、总体要求"]


def test_must_stay_a_button_row_does_not_make_a_box_of_two_fields():
    lines = ["文号 某政发〔2031〕1号", "文件下载", "名称 某某方案", "", "某某方案", "为做好某某工作,制定本方案。"]
    kept, _, _ = run_rule("catalogue-run", lines)
    assert kept == lines


def test_must_stay_a_button_word_with_no_box_above():
    lines = ["某某县2031年工作要点", "文件下载", "内容概述 某某县2031年工作要点", "为做好某某工作,制定本要点。"]
    kept, _, _ = run_rule("catalogue-run", lines)
    assert kept == lines


# ---- 4. a document library's back arrow alone over the text (an English report's PDF text)

def test_a_library_back_arrow_at_the_top_goes():
    text = "\n".join(["<<", "", "REPORT", "", "SELECT COMMITTEE ON THE HARBOUR BILL", "",
                      "The Committee met on six occasions and took evidence from the Harbour Board."]) + "\n"
    kept = _kept(text)
    assert "<<" not in kept and kept[0] == "REPORT"
    text = "\n".join(["»", "Annual Report 2031", "The Board met four times during the year."]) + "\n"
    assert "»" not in _kept(text)


def test_must_stay_a_quoted_line_at_the_top():
    text = "\n".join(["« Le port est fermé »", "Annual Report 2031", "The Board met four times during the year."]) + "\n"
    assert "« Le port est fermé »" in _kept(text)


# ---- 5. a contents list joined by a PDF text layer, each page number glued to the next entry's number

def _doc(text: str):
    from pipeline.structure import structure_document
    return structure_document(clean_text(text, source_file="p.txt"))


def _heads(doc) -> list[str]:
    def walk(sections):
        for s in sections:
            yield s.title
            yield from walk(s.sections)
    return list(walk(doc.sections))


def test_a_standards_preview_with_its_contents_glued_to_page_numbers_gives_no_headings():
    blob = ("DB9999/T 001—2031某某服务规范 2031-01-01发布 2031-02-01实施 某某市市场监督管理局发布 Ⅰ 12规范性引用文件 "
            "13术语和定义 14基本要求 14.1人员 14.2设施 25服务流程 25.1受理 25.2办理 3 36评价与改进 4 "
            "附录A（资料性附录）服务记录表 前言 本标准按照GB/T 1.1—2020给出的规则起草。本标准由某某市某某局提出并归口。")
    doc = _doc("文档简介\n" + blob + "\n")
    assert not any(h.startswith(("14基本要求", "14.1", "25服务流程")) for h in _heads(doc))


def test_a_reports_preview_with_its_contents_glued_to_page_numbers_gives_no_headings():
    blob = ("某某县2031年度财政决算报告 目 录 1决算概况 12收入情况 23支出情况 34结转结余 45政府债务 56绩效管理 6 "
            "各位委员：受县人民政府委托，现将全县2031年财政决算情况报告如下，请予审议。一、决算概况 全县一般公共预算收入完成12.3亿元，增长5.1%。")
    doc = _doc(blob + "\n")
    heads = _heads(doc)
    assert not any(h.startswith(("12收入情况", "23支出情况", "34结转结余")) for h in heads)


def test_must_stay_a_flattened_portal_page_still_splits():
    line = ("首页 | 政务公开 当前位置：首页 > 政务公开 > 规划计划 2031年某某市政府工作报告 发布时间：2031-01-20 来源：某某市政府办公室 "
            "各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
            "一、2031年工作回顾 过去一年，全市经济运行稳中有进，地区生产总值增长6.1%。")
    kept = _kept(line + "\n")
    assert len(kept) > 2


def test_must_stay_a_short_numbered_list_and_a_flattened_table_are_not_a_contents_list():
    from pipeline.clean.rules_flattened import paged_contents, _GAP
    text = "主要产品 1粮食 2油料 3棉花 4蔬菜 5水果 产量 粮食 143972 稻谷 118787 小麦 11200 棉花 58 油料 28762"
    assert paged_contents(text, list(_GAP.finditer(text))) == []
