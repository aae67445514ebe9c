"""r33zhprint (issue #11): the head of a web page printed on ONE page by a browser (default header
and footer: the print stamp, the page's title, its address and `1/1`), text extracted with pdftotext.

1. A PAGE WITHOUT A <title> prints the stamp alone, right over the text's own first line. That line
   is the text's (a report's dateline wrapped over two lines, a news item's first wrapped line), not
   the header's page title: the header's title is a block of its own in a raw extraction (a blank line
   under it) and stands on the stamp's line in a layout extraction. A title bar printed right under
   the header may close the gap; a title's shape (headline, separator, site name) still marks it.
2. The page's TITLE BAR PRINTED AGAIN AS TEXT (a saved page keeps `site-headline` over the article,
   the print wraps it over two lines): a copy of the header's title that joins the site's name and a
   headline standing lower goes; the headline itself stays.

All texts are made up, in several printers' and sites' forms, with what must stay and what must go."""
from __future__ import annotations

import unicodedata

from pipeline.clean import clean_text

P1 = "过去一年,在市委的坚强领导下,我们坚持稳中求进工作总基调,全县经济社会发展取得新成绩。实现地区生"
P2 = "产总值137.2亿元,同比增长5.6%。一般公共预算收入9.1亿元,增长6.2%。城乡居民收入稳步增长。"
P3 = "全年新增城镇就业4210人,城镇登记失业率控制在3.5%以内。民生支出占一般公共预算支出的比重达"
P4 = "到80.3%,教育、卫生、社保等各项民生事业全面进步,人民群众获得感不断增强。"
FOOT = ["", "http://www.example.gov.cn/art/2031/3/1/art_1_2.html", "", "1/1", ""]


def _n(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


class _Kept(list):
    """The kept lines, compared as the cleaner writes them (full-width marks, no spaces)."""
    def __contains__(self, text) -> bool:
        return any(_n(text) == _n(line) for line in self)


def _kept(text: str) -> _Kept:
    return _Kept(line.strip() for line in clean_text(text, source_file="p.txt").lines if line.strip())


# ---- 1. no <title>: the stamp over the text's own first line

def test_a_dateline_under_a_bare_stamp_stays():
    text = "\n".join(["12/1/31, 9:05 AM", "", "——2031年1月8日在某某县第十九届", "人民代表大会第三次会议上",
                      "某某县人民政府县长 某某某", "各位代表:", "现在,我代表县人民政府,向大会报告工作,请予审议。",
                      "一、2030年工作回顾", P1, P2, P3, P4] + FOOT) + "\n"
    kept = _kept(text)
    assert "——2031年1月8日在某某县第十九届" in kept
    assert "12/1/31, 9:05 AM" not in kept and "1/1" not in kept


def test_a_news_items_first_wrapped_line_under_a_bare_stamp_stays():
    first = "本报讯(记者 某某)3月2日上午,某某市召开全市优化营商环境工作推进会,总结去年工作,安排部署"
    text = "\n".join(["3/2/31, 10:12 AM", "", first, "今年重点任务。" + P1, P2, P3, P4] + FOOT) + "\n"
    assert first in _kept(text)


def test_an_english_paragraphs_first_line_under_a_bare_stamp_stays():
    first = "The council met on Tuesday evening to consider the draft budget for the coming year and"
    text = "\n".join(["12/1/31, 9:05 AM", "", first, "agreed to put it out for consultation before the end of the month.",
                      "Members asked officers to report back on the cost of the new depot.",
                      "The consultation closes on 30 January and the final budget goes to full council in February."]
                     + FOOT) + "\n"
    assert first in _kept(text)


def test_a_layout_print_with_a_bare_stamp_keeps_its_first_line():
    # layout mode prints the page title on the stamp's own line: a stamp alone had no title to print
    text = "\n".join(["12/1/31, 9:05 AM", "", "", "       朗读", "       各乡镇人民政府、街道办事处,县府各部门:",
                      "       《某某县森林火灾应急预案》已经县政府同意,现予印发,请认真贯彻执行。",
                      "       二○三一年十一月一日", "       某某县森林火灾应急预案", "       1 总则", "       1.1 编制目的",
                      "http://www.example.com/a/county/20310603/241456.html   1/1", ""]) + "\n"
    kept = _kept(text)
    assert "朗读" in kept or "各乡镇人民政府、街道办事处,县府各部门:" in kept
    assert "各乡镇人民政府、街道办事处,县府各部门:" in kept


def test_must_go_a_page_title_standing_apart_under_the_stamp():
    title = "某某县人民政府关于印发某某县河湖长制工作方案的通知"
    text = "\n".join(["12/1/31, 9:05 AM", "", title, "", "各乡镇人民政府,县政府各部门:", P1, P2, P3, P4]
                     + FOOT) + "\n"
    kept = _kept(text)
    assert "12/1/31, 9:05 AM" not in kept
    assert _n(kept[0]) != _n(title)   # the header's title goes (the notice's own title is not printed again here)


def test_must_go_a_title_bar_printed_right_under_the_header():
    text = "\n".join(["11/30/31, 3:51 AM", "", "2030-31 Annual Report | Example Accountability Office",
                      "Français | Contact | Subscribe", "", "Example Accountability Office",
                      "The office reports to the assembly on the state of the province's finances every year.",
                      "This report covers the twelve months to 31 March and sets out what the office did.",
                      "It published eleven reports and answered forty requests from members."] + FOOT) + "\n"
    assert "2030-31 Annual Report | Example Accountability Office" not in _kept(text)


# ---- 2. the title bar printed again as the text's first lines

HEADLINE = "关于《某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明"
BAR = "某某县政府门户网站-" + HEADLINE


def test_a_title_bar_copy_wrapped_over_two_lines_goes_and_the_headline_stays():
    text = "\n".join(["12/1/31, 9:05 AM", "", BAR, "", BAR[:41], BAR[41:], HEADLINE,
                      "2031-07-18 来源:某某县人民政府 【字体:", "一、规划纲要的基本框架", P1, P2, P3, P4] + FOOT) + "\n"
    kept = _kept(text)
    assert BAR[:41] not in kept and BAR[41:] not in kept
    assert HEADLINE in kept


def test_a_title_bar_copy_with_the_site_after_an_underscore_goes():
    headline = "某某市人民政府办公室关于做好2031年春季森林防火工作的通知"
    bar = headline + "_某某市人民政府"
    text = "\n".join(["3/2/31, 10:12 AM", "", bar, "", bar, headline, "各区县人民政府,市政府各部门:",
                      P1, P2, P3, P4] + FOOT) + "\n"
    kept = _kept(text)
    assert bar not in kept
    assert headline in kept


def test_must_stay_the_headline_when_the_page_title_is_the_headline_alone():
    headline = "某某市人民政府办公室关于做好2031年春季森林防火工作的通知"
    text = "\n".join(["3/2/31, 10:12 AM", "", headline, "", headline, "各区县人民政府,市政府各部门:",
                      P1, P2, P3, P4] + FOOT) + "\n"
    assert headline in _kept(text)


def test_must_stay_a_first_line_that_only_begins_like_the_title_bar():
    headline = "某某市人民政府办公室关于做好2031年春季森林防火工作的通知"
    bar = "某某市人民政府-" + headline
    first = "某某市人民政府-某某市应急管理局联合发布:今春全市森林防火形势严峻,各地要严防死守,确保不发"
    text = "\n".join(["3/2/31, 10:12 AM", "", bar, "", first, "生重大森林火灾。" + P1, P2, P3, P4]
                     + FOOT) + "\n"
    assert first in _kept(text)


# ---- 3. a counted print of two pages: a table's heads printed again are the page's own

ROW = "  {:<16}{:>6} {:<5}{:>30} {:>9} {:>9} {:>9}"
TABLE_HEAD = ["  类别              企业 工业                               工业       工业       资产合计",
              "  单位数             #亏",
              "                  损",
              "  (个)             企业 总 值"]


def _rows(names: list[str], base: int) -> list[str]:
    return [ROW.format(n, base + 7 * k, 3 + k, 4500000 + 1301 * k, 4400000 + 977 * k, 1200000 + 313 * k,
                       3500000 + 1777 * k) for k, n in enumerate(names)]


def test_a_tables_heads_repeated_on_page_two_stay_and_the_browsers_margins_go():
    foot = "http://tjj.example.gov.cn/tjnj/nj2031/12/12-11.htm                                     {}/2"
    page1 = ["12/1/31, 9:05 AM", "", "", "  12-11 规模以上非公有工业主要经济指标", "  (2030年) 单位:万元"] + TABLE_HEAD \
        + _rows(["总计", "亏损企业", "农村工业", "轻工业", "以农产品为原料", "重工业", "采掘工业", "原料工业",
                 "加工工业", "大型企业", "中型企业"], 300) + [foot.format(1)]
    page2 = ["\f12/1/31, 9:05 AM", "", ""] + _rows(["小型企业"], 900) + ["  12-11续表1 (2030年) 单位:万元"] + TABLE_HEAD \
        + ["", "  三、按行业大类分"] + _rows(["采掘业", "煤炭采选业", "石油和天然气开采业", "黑色金属矿采选业"], 40) \
        + ["", "", foot.format(2), "\f"]
    kept = _kept("\n".join(page1 + page2) + "\n")
    assert sum(1 for line in kept if _n(line) == _n(TABLE_HEAD[1])) == 2     # both copies of the broken head
    assert sum(1 for line in kept if _n(line) == _n(TABLE_HEAD[0])) == 2
    assert "12/1/31, 9:05 AM" not in kept
    assert not any("tjj.example.gov.cn" in line for line in kept)


def test_must_go_a_layout_prints_head_of_date_and_title_on_both_pages():
    head = "12/1/31, 9:05 AM                某某市人民政府办公室关于印发某某工作方案的通知"
    foot = "http://www.example.gov.cn/art/2031/3/1/art_1_2.html                          {}/2"
    body1 = ["  " + P1, "  " + P2, "  " + P3, "  " + P4] * 3
    text = "\n".join([head, ""] + body1 + [foot.format(1), "\f" + head, ""] + body1[:6] + [foot.format(2), "\f"]) + "\n"
    kept = _kept(text)
    assert not any("12/1/31" in line for line in kept)
    assert not any("www.example.gov.cn" in line for line in kept)


# ---- 4. a contents box whose label is printed twice

ARTICLE = "第一条 为了规范本市突发事件的应对工作,保障人民群众生命财产安全,根据有关法律、行政法规,结合本市实际,制定本条例。"


def test_a_contents_label_printed_twice_goes_with_its_box():
    text = "\n".join(["某某市突发事件应对条例", "", "目录", "", "目录", "", "第一章总则", "", "第二章应急准备", "",
                      "第三章监测预警", "", "第四章法律责任", "", "第一章总则", "", ARTICLE, "", "第二章应急准备", "",
                      "第二条 本条例适用于本市行政区域内突发事件的预防和应急准备。", "", "第三章监测预警", "",
                      "第三条 市人民政府建立健全监测预警制度。", "", "第四章法律责任", "", "第四条 违反本条例规定的,依法追究责任。"]) + "\n"
    kept = _kept(text)
    assert "目录" not in kept
    assert sum(1 for line in kept if _n(line) == "第一章总则") == 1


def test_a_contents_label_in_two_forms_over_its_box():
    text = "\n".join(["某某县人民政府工作规则", "", "目 录", "目　　录", "第一章 总则", "第二章 工作原则",
                      "第三章 会议制度", "", "第一章 总则", ARTICLE, "第二章 工作原则",
                      "第二条 县政府工作人员要坚持依法行政,严格遵守宪法和法律。", "第三章 会议制度",
                      "第三条 县政府实行县政府全体会议和常务会议制度。"]) + "\n"
    kept = _kept(text)
    assert "目录" not in kept
    assert "某某县人民政府工作规则" in kept


def test_must_stay_a_line_over_a_contents_label_that_is_not_the_label():
    text = "\n".join(["某某市突发事件应对条例", "目录", "第一章总则", "第二章应急准备", "第三章监测预警", "",
                      "第一章总则", ARTICLE, "第二章应急准备", "第二条 本条例适用于本市行政区域内突发事件的预防和应急准备。",
                      "第三章监测预警", "第三条 市人民政府建立健全监测预警制度。"]) + "\n"
    kept = _kept(text)
    assert "某某市突发事件应对条例" in kept
    assert "目录" not in kept
