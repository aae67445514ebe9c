"""r28zhpdf (issue #11): Chinese reports as a PDF's TEXT LAYER or a document site's PREVIEW — made up in
several forms (a preview chunk whose paragraphs run together at two-space gaps, a text layer on one line
with the heads glued to the text on both sides, a letter-spaced title glued to its dateline, page numbers
alone or glued, a part head whose numeral was lost), through the real clean -> structure chain: the heads with their
levels, the run-in leads, the title, no character of the body lost; and what MUST STAY (a double space
inside a sentence, a metadata row, an agenda enumerated after `请予审议。`, a lone year that is a lost
fragment, a head opening with `年度`, a verb before `本届政府`)."""
from __future__ import annotations

import re
import unicodedata

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, all_sections, levels

OPENING = "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。"


def _doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


def _letters(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isalnum())


def _kept(text: str, doc) -> float:
    """The share of the source's letters the document holds somewhere (title, info, heads, leads,
    paragraphs), counted as a multiset: nothing of the body may go."""
    from collections import Counter
    parts = [doc.title or "", doc.subtitle or "", doc.date or ""] + [a.name + a.role for a in doc.authors]
    parts += [p.lead + p.text for p in all_paragraphs(doc)] + [s.title for s in all_sections(doc)]
    src, out = Counter(_letters(text)), Counter(_letters("".join(parts)))
    return 1 - sum((src - out).values()) / sum(src.values())


def _heads(doc) -> list[tuple[int, str]]:
    return [(lvl, re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))) for lvl, t in levels(doc)]


def _leads(doc) -> list[str]:
    return [p.lead for p in all_paragraphs(doc) if p.lead]


# ---- a preview's chunks: paragraphs run together at two-space gaps ---------------------------------

CHUNK_NUMBERED = ("某镇政府工作报告\n\n"
                  "1、某镇政府工作报告各位代表:  " + OPENING + "  一、2023年工作回顾  2023年，全镇上下在县委、县政府的坚强领导下，"
                  "坚持稳中求进工作总基调，经济社会保持平稳健康发展，地区生产总值增长6.1%，一般公共预算收入完成1.2亿元。"
                  "  二、2024年工作安排  2024年是实施“十四五”规划的关键一年，做好今年工作意义重大，我们将坚持以人民为中心，"
                  "扎实推进各项工作，确保全年目标任务圆满完成。\n")

CHUNK_UNNUMBERED = ("乡政府换届工作报告\n\n"
                    "1、乡政府换届工作报告各位代表：  现在，我受乡人民政府委托，向大会作政府工作报告，请予审议。  过去五年的工作回顾"
                    "  五年来，本届政府在县委、县政府和乡党委的领导下，团结依靠全乡人民，开拓进取，奋力拼搏，圆满完成了各项任务。"
                    "  一、农业农村经济稳步发展  五年来，我们紧紧围绕农民增收的目标，不断增加农业投入，调整产业结构，"
                    "全乡农民人均纯收入年均增长9%。\n")


def test_preview_chunk_numbered_heads_at_two_space_gaps():
    doc = _doc(CHUNK_NUMBERED)
    assert [t for _, t in _heads(doc)] == ["一、2023年工作回顾", "二、2024年工作安排"]
    assert _kept(CHUNK_NUMBERED, doc) > 0.99


def test_preview_chunk_unnumbered_head_between_gaps():
    doc = _doc(CHUNK_UNNUMBERED)
    heads = [t for _, t in _heads(doc)]
    assert "过去五年的工作回顾" in heads and "一、农业农村经济稳步发展" in heads
    assert _kept(CHUNK_UNNUMBERED, doc) > 0.99


# MUST STAY: a double space inside a sentence (a typist's slip) and a number set apart from its unit
SLIP = ("某县统计公报\n\n"
        "全年全县地区生产总值达到  125.6  亿元，比上年增长5.2%，其中第一产业增加值  20.1亿元，第二产业增加值48.3亿元，"
        "第三产业增加值57.2亿元，三次产业结构调整为16.0：38.5：45.5，经济运行总体平稳、稳中有进，发展质量不断提升，"
        "城乡居民收入稳步增长，民生保障有力有效。\n")


def test_double_space_inside_a_sentence_stays_one_paragraph():
    doc = _doc(SLIP)
    body = [p.text for p in all_paragraphs(doc) if "地区生产总值" in p.text]
    assert len(body) == 1 and "民生保障有力有效" in body[0]
    assert not levels(doc)


# MUST STAY: a metadata box's row with double spaces between its fields (a short line, no sentence)
META_ROW = ("某某区人民政府关于印发2024年工作要点的通知\n"
            "索引号：11440300/2024-00012  主题分类：综合政务  发文机关：某某区人民政府  成文日期：2024年1月5日\n"
            "各街道办事处，区政府各部门：\n"
            "现将《2024年工作要点》印发给你们，请认真贯彻执行。\n")


def test_metadata_row_with_double_spaces_is_not_split_into_paragraphs():
    cleaned = clean_text(META_ROW, source_file="t.txt")
    assert not any(line.strip() == "主题分类：综合政务" for line in cleaned.lines)


# ---- a text layer on one line: the first part head glued to the opening formula and its text ------------

ONE_LINE = ("1政府工作报告——2024年1月10日在某某县第十八届人民代表大会第四次会议上某某县人民政府县长王某各位代表：" + OPENING +
            "一、过去五年工作回顾本届政府任期自2019年1月至本次大会届满。五年来，我们在县委的正确领导下，团结带领全县人民，"
            "经济社会发展取得新的重大成就。（一）经济实力稳步提升。全县地区生产总值年均增长6.5%，一般公共预算收入年均增长8.1%，"
            "规模以上工业增加值年均增长9.2%。（二）项目建设提速增效。五年累计实施重点项目312个，完成投资486亿元，"
            "一批打基础、利长远的重大项目建成投用。\n")

# the same, already split at its gaps (a joined text with spaces): the head opens its line
SPLIT_FIRST = ("某某市2023年政府工作报告\n"
               "各位代表：\n"
               "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
               "一、2022年工作回顾2022年是党的二十大胜利召开之年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，"
               "全力以赴稳经济、促发展、保民生，全市经济社会发展取得新成效。\n")


def test_one_line_text_layer_first_head_and_its_items():
    doc = _doc(ONE_LINE)
    assert _heads(doc) == [(1, "一、过去五年工作回顾")]
    assert _leads(doc)[:2] == ["（一）经济实力稳步提升。", "（二）项目建设提速增效。"] or \
        [re.sub(r"\s", "", unicodedata.normalize("NFKC", x)) for x in _leads(doc)][:2] == ["(一)经济实力稳步提升。", "(二)项目建设提速增效。"]
    assert _kept(ONE_LINE, doc) > 0.99


def test_first_head_opening_its_line_after_the_opening_formula():
    doc = _doc(SPLIT_FIRST)
    assert _heads(doc) == [(1, "一、2022年工作回顾")]
    assert any(p.text.startswith("2022年是") for p in all_paragraphs(doc))


# MUST STAY: an agenda enumerated after `请予审议。` (no opening word: not a part head glued to its text)
AGENDA = ("某某县人民代表大会常务委员会会议议程\n\n"
          "本次会议共有三项议程，现提请会议审议，请予审议。一、听取和审议县人民政府关于2023年国民经济和社会发展计划执行情况的报告；"
          "二、听取和审议县人民政府关于2023年财政预算执行情况的报告；三、审议人事任免事项。会议由常委会主任主持，"
          "请各位组成人员按时出席，因故不能出席的应当事先请假。\n")


def test_agenda_after_the_formula_stays():
    doc = _doc(AGENDA)
    assert not levels(doc)
    assert any("一、听取和审议县人民政府" in p.text for p in all_paragraphs(doc))


# ---- a letter-spaced title glued to its dateline ---------------------------------------------------

SPACED_TITLE = ("1、2024 年 某 某 县 政 府 工 作 报 告2024 年 1 月 8 日在某某县第十七届人民代表大会第三次会议上 县长 李某 各位代表: "
                "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。 一、2023 年工作回顾 "
                "2023 年是全面贯彻党的二十大精神的开局之年。一年来，我们坚持稳中求进，全县经济社会发展取得新成效，地区生产总值增长6%。\n")

SPACED_DASH = ("政 府 工 作 报 告——2023年2月15日在某某市第十五届人民代表大会第二次会议上 市长 赵某 各位代表： "
               "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。 一、过去五年工作回顾 "
               "五年来，我们团结带领全市人民，攻坚克难，经济实力迈上新台阶，地区生产总值年均增长7.2%。 二、今后五年的目标任务 "
               "今后五年，我们将坚持高质量发展，全面推进现代化建设。\n")


def test_letter_spaced_title_glued_to_its_dated_line():
    doc = _doc(SPACED_TITLE)
    assert re.sub(r"\s", "", doc.title) in ("2024年某某县政府工作报告",)
    assert [t for _, t in _heads(doc)] == ["一、2023年工作回顾"]


def test_letter_spaced_title_glued_to_a_dash_dateline():
    doc = _doc(SPACED_DASH)
    assert re.sub(r"\s", "", doc.title) == "政府工作报告"
    assert [t for _, t in _heads(doc)] == ["一、过去五年工作回顾", "二、今后五年的目标任务"]


# ---- a lone year line (a text layer's fragment) -------------------------------------------------

# MUST STAY: a lone year that is a fragment of lost text before a body line; a head opening with 年度
FRAGMENT_YEAR = ("某镇2023年政府工作报告\n"
                 "各位代表、同志们：\n"
                 "一、年度目标完成情况\n"
                 "全镇各项主要经济指标圆满完成，规模以上工业产值完成76.63亿元，同比增长12.1%。\n"
                 "2022\n"
                 "年全镇新引进企业10家，总投资超过5亿元，项目建设有序推进。\n"
                 "二、年度工作安排\n"
                 "今年，我们将继续坚持项目为王，推动经济高质量发展。\n")


def test_lone_year_fragment_and_year_words_stay():
    doc = _doc(FRAGMENT_YEAR)
    heads = [t for _, t in _heads(doc)]
    assert heads == ["一、年度目标完成情况", "二、年度工作安排"]
    texts = " ".join(p.text for p in all_paragraphs(doc))
    assert "2022" in texts and "2022年度" not in "".join(heads)


# ---- part heads glued to a first sentence opened by the report's year or by 本届政府 ---------------------

GLUED_YEAR_OPENER = ("某区政府工作报告\n"
                     "各位代表：\n"
                     "一、2023年工作回顾2023年是全面贯彻党的二十大精神的开局之年，全区上下团结奋斗，经济社会发展取得新成效。\n"
                     "二、2024年工作安排2024年是实现“十四五”规划目标任务的关键一年，做好今年工作至关重要。\n")

GLUED_TERM_OPENER = ("某县人民政府工作报告\n"
                     "各位代表：\n"
                     "一、过去五年工作回顾本届政府任期内，我们团结带领全县人民，攻坚克难，砥砺前行，圆满完成各项目标任务。\n"
                     "二、今后五年的目标任务今后五年，是全面建设社会主义现代化国家开局起步的关键时期。\n")


def test_glued_heads_opened_by_the_year():
    doc = _doc(GLUED_YEAR_OPENER)
    assert [t for _, t in _heads(doc)] == ["一、2023年工作回顾", "二、2024年工作安排"]


def test_glued_heads_opened_by_the_outgoing_government():
    doc = _doc(GLUED_TERM_OPENER)
    assert [t for _, t in _heads(doc)] == ["一、过去五年工作回顾", "二、今后五年的目标任务"]


# MUST STAY: a verb before 本届政府 inside an item's sentence (no head ends there)
TERM_INSIDE = ("某县政府2024年重点工作\n"
               "一、坚持本届政府确定的发展目标不动摇，持续推进产业转型升级，确保全年经济增长6%以上。\n"
               "二、落实本届政府作出的各项承诺，加快实施十大民生实事，让群众有更多获得感。\n")


def test_verb_before_the_outgoing_government_stays_in_its_item():
    doc = _doc(TERM_INSIDE)
    heads = [t for _, t in _heads(doc)]
    assert "一、坚持" not in heads and "二、落实" not in heads
    assert any("一、坚持本届政府确定的发展目标" in t for t in heads + [p.text for p in all_paragraphs(doc)])


# MUST STAY: a typist's two spaces after every full stop inside one paragraph: a short sentence among
# them is no head (its paragraph's words run on after it)
TYPEWRITER = ("某某公司2023年工作总结\n\n"
              "一、主要工作\n"
              "今年以来，公司上下齐心协力，圆满完成了各项目标任务。  生产经营稳中有进。  全年实现营业收入12.5亿元，同比增长8.3%，"
              "利润总额1.6亿元，同比增长5.1%，安全生产形势总体平稳。  改革创新持续深化。  公司完成了三项制度改革，"
              "管理效率进一步提升，职工满意度明显提高。\n"
              "二、存在的问题\n"
              "一是市场开拓力度不够；二是创新能力有待提升。\n")


def test_two_spaces_after_each_full_stop_make_no_heads():
    doc = _doc(TYPEWRITER)
    assert [t for _, t in _heads(doc)] == ["一、主要工作", "二、存在的问题"]
    assert _kept(TYPEWRITER, doc) > 0.99


# a letter-spaced title glued to a bracketed date (a site's delivery date)
SPACED_BRACKET = ("述 职 报 告(2023年12月) 各位领导、同志们: 根据组织安排，现将本人一年来的工作情况报告如下，请予评议。 "
                  "一、加强学习，提升素质 一年来，我始终把学习放在首位，认真学习党的二十大精神，不断提高政治站位和业务能力。 "
                  "二、履职尽责，狠抓落实 我们坚持以问题为导向，扎实推进各项工作落实，全年完成重点任务28项。\n")


def test_letter_spaced_title_glued_to_a_bracketed_date():
    doc = _doc(SPACED_BRACKET)
    assert re.sub(r"\s", "", doc.title) == "述职报告"
    assert _kept(SPACED_BRACKET, doc) > 0.99


# ---- a model-text site's page title: the file's title with the site's column glued on ---------------

CATEGORY_GLUED = ("某某开发区2023年度工作总结工作总结范文大全\n"
                  "某某开发区2023年度工作总结\n"
                  "2023 年，在区委、区政府的正确领导下，开发区坚持以项目建设为中心，全年实现地区生产总值 42 亿元，\n"
                  "财政收入 6 亿元，圆满完成了年初确定的各项目标任务。\n")

# MUST STAY: a first line that adds words of the document itself to the title under it
SUMMARY_OVER = ("2024年某市政府工作报告（摘要）\n"
                "2024年某市政府工作报告\n"
                "各位代表：\n"
                "现在，我代表市人民政府向大会报告工作，请予审议。\n")


def test_site_column_glued_to_the_page_title_goes():
    cleaned = clean_text(CATEGORY_GLUED, source_file="t.txt")
    assert cleaned.lines[0] == "某某开发区2023年度工作总结"
    assert _doc(CATEGORY_GLUED).title == "某某开发区2023年度工作总结"


def test_title_with_its_own_words_over_the_title_stays():
    cleaned = clean_text(SUMMARY_OVER, source_file="t.txt")
    assert any("（摘要）" in line or "(摘要)" in line for line in cleaned.lines)


# ---- a gazette page printed: the font switch with its sizes gone, the issue fields --------------------

GAZETTE_PRINT = ("政府工作报告——2004年2月17日在某某市第十三届人民代表大会第二次会议上\n\n"
                 "字体大小: 打印\n\n"
                 "年度期数 第四期\n"
                 "总期刊数 总第六十七期\n"
                 "成文日期 2004-03-01\n"
                 "发布日期 2004-03-01\n"
                 "发文字号 1\n\n"
                 "各位代表:\n"
                 "现在,我代表市人民政府向大会做工作报告,请予审议。\n"
                 "一、2003年政府工作的回顾\n"
                 "2003年是本届政府施政的第一年。全年实现生产总值1780亿元,增长15.9%。\n")


def test_gazette_issue_fields_and_a_sizeless_font_switch_go():
    cleaned = clean_text(GAZETTE_PRINT, source_file="t.txt")
    kept = "\n".join(cleaned.lines)
    assert "年度期数" not in kept and "总期刊数" not in kept and "字体大小" not in kept
    assert "一、2003年政府工作的回顾" in kept


# ---- page numbers of a PDF's text layer: a page or two of a longer file, too few for a chain ----------

PAGE_FEET = ("某县人民政府关于2023年工作情况的报告\n"
             "县人大常委会：\n"
             "2023年，县政府认真贯彻落实党的二十大精神，坚持稳中求进工作总基调，全县经济社会发展取得新成效。\n"
             "一、主要工作成效\n"
             "（一）经济运行稳中向好。全年实现地区生产总值 128.6 亿元，同比增长 6.2%。\n"
             "— 2 —\n"
             "（二）项目建设提速增效。全年实施重点项目 56 个，完成投资 48 亿元。\n"
             "第 3 页 共 12 页\n"
             "二、存在的问题\n"
             "一是经济总量偏小；二是产业结构不优。\n")

PAGE_GLUED = ("某镇2023年工作总结\n"
              "一、主要成效\n"
              "全镇实现地区生产总值12.6亿元，增长6.2%；— 3 —一般公共预算收入9800万元，增长7.1%。规模以上工业增加值增长8.5%，"
              "第 4 页 共 9 页固定资产投资增长10.2%。\n"
              "二、下步打算\n"
              "持续抓好项目建设。\n")

# MUST STAY: a sentence naming pages and a range of years with a dash
PAGE_WORDS = ("某县“十四五”规划中期评估报告\n"
              "一、总体情况\n"
              "本报告共12页，第3页为附表。2021—2025年，全县地区生产总值年均增长6%以上，详见第 3 页。\n")


def test_lone_page_numbers_of_a_text_layer_go():
    cleaned = clean_text(PAGE_FEET, source_file="t.txt")
    assert "— 2 —" not in cleaned.lines and not any("共 12 页" in line for line in cleaned.lines)
    doc = _doc(PAGE_FEET)
    assert [t for _, t in _heads(doc)] == ["一、主要工作成效", "二、存在的问题"]


def test_glued_page_numbers_are_cut():
    kept = "\n".join(clean_text(PAGE_GLUED, source_file="t.txt").lines)
    assert "— 3 —" not in kept and "第 4 页" not in kept
    assert "增长6.2%；一般公共预算收入" in kept and "增长8.5%，固定资产投资" in kept


def test_pages_named_in_a_sentence_stay():
    kept = "\n".join(clean_text(PAGE_WORDS, source_file="t.txt").lines)
    assert "本报告共12页，第3页为附表。2021—2025年" in kept and "详见第 3 页" in kept


# a part head whose numeral the text layer lost ('、经济建设…'), among its peers
LOST_NUMERAL = ("某开发区年度述职报告\n"
                "2023 年，开发区坚持以项目建设为中心，经济社会发展取得新突破，为建设一流开发区奠定了坚实基础。\n"
                "一、主要经济指标圆满完成\n"
                "全年实现地区生产总值 42 亿元，财政收入 6 亿元，比上年分别增长 36. 8%、25%。\n"
                "、园区建设和社会事业取得新成绩\n"
                "园区基础设施不断完善，新建道路 12 公里，社会事业全面进步。\n"
                "三、存在的问题和下步打算\n"
                "一是项目储备不足；二是服务效率有待提高。\n")


def test_lost_numeral_head_stays_a_peer():
    doc = _doc(LOST_NUMERAL)
    assert [lvl for lvl, _ in _heads(doc)] == [1, 1, 1]
    assert _kept(LOST_NUMERAL, doc) > 0.99


# MUST STAY: a line a copy broke before an enumeration's '、' (it goes on with more of the list)
BROKEN_LIST = ("某市2023年经济运行情况\n"
               "一、产业发展\n"
               "全市重点培育新一代信息技术、高端装备\n"
               "、中小企业、节能环保等战略性新兴产业，全年新增规模以上工业企业120家。\n"
               "二、民生保障\n"
               "全年城镇新增就业5.2万人。\n")


def test_line_opening_with_an_enumeration_comma_is_no_head():
    doc = _doc(BROKEN_LIST)
    assert [t for _, t in _heads(doc)] == ["一、产业发展", "二、民生保障"]
