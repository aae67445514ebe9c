"""Reports and speeches of older styles (issue #11): made-up variants, one rule each, and what
each rule must leave alone. The real documents are tests/corpus/extra/docs/xz*.txt."""
from __future__ import annotations

from pipeline.structure import signals as sg
from pipeline.structure.leads import find_leads
from structure.helpers import all_paragraphs
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


# -- a part headed by a bare numeral ('一' alone on its line) ----------------------------------

def test_bare_numerals_in_series_head_the_parts():
    doc = doc_of("某某会议上的报告\n一\n" + LONG + "\n二\n" + LONG + "\n三\n" + LONG)
    assert outline(doc) == [(1, "一"), (1, "二"), (1, "三")]


def test_bare_numerals_nest_like_their_numbered_peers():
    """A bare numeral ranks like '一、': '（一）' parts under it are one level down."""
    doc = doc_of("某某报告\n一\n（一）关于农业\n" + LONG + "\n（二）关于工业\n" + LONG + "\n二\n" + LONG)
    assert outline(doc) == [(1, "一"), (2, "（一）关于农业"), (2, "（二）关于工业"), (1, "二")]


def test_a_lone_or_out_of_order_numeral_is_not_a_heading():
    """'二' alone (a table cell, a fragment) or numerals that do not count up from 一 are text."""
    lone = doc_of("某某报告\n" + LONG + "\n二\n" + LONG)
    assert outline(lone) == []
    unordered = doc_of("某某报告\n" + LONG + "\n三\n" + LONG + "\n五\n" + LONG)
    assert outline(unordered) == []


def test_bare_series_counts_up_and_restarts_on_a_stray_one():
    from pipeline.structure.blocks import Block
    from pipeline.structure.headings import bare_series
    blocks = [Block(t, i + 1, 0, 1) for i, t in enumerate(["一", LONG, "一", LONG, "二", LONG, "三", LONG, "五"])]
    assert bare_series(blocks) == {2, 4, 6}
    assert sg.cn_value("十一") == 11 and sg.cn_value("二十") == 20 and sg.cn_value("百") is None


# -- a date alone in brackets ------------------------------------------------------------------

def test_a_bracketed_date_in_chinese_numerals_dates_the_text():
    doc = doc_of("在某某座谈会上的讲话\n（一九四二年五月二十三日）\n" + LONG + "\n" + LONG)
    assert doc.date == "1942-05-23"
    assert doc.subtitle == "（一九四二年五月二十三日）"
    assert outline(doc) == []


def test_a_bracketed_date_inside_the_text_is_not_a_heading():
    """A part delivered on another day carries its own date under its heading: still no heading."""
    doc = doc_of("某某讲话\n（一九四二年五月）\n引　　言\n（一九四二年五月二日）\n" + LONG
                 + "\n结　　论\n（一九四二年五月二十三日）\n" + LONG)
    titles = [t for _, t in outline(doc)]
    assert "（一九四二年五月二日）" not in titles and "（一九四二年五月二十三日）" not in titles
    assert sg.is_date_only("（一九四二年五月）") and sg.is_date_only("(2026年1月26日)")
    assert not sg.is_date_only("（一）关于二〇二六年工作") and not sg.is_date_only("（2026年1月26日在省人大会议上）")


# -- run-in ordinals: 第一，… 第二，… / 首先，… 其次，… --------------------------------------------

def test_ordinal_paragraphs_in_a_series_are_numbered_leads():
    texts = ["这就是说：",
             "第一，中国已经有了一部分现代性的工业经济，这是进步的。" + LONG,
             "第二，中国还有大量分散的个体的农业经济，这是落后的。" + LONG,
             "第三，这是第一个分句，" + "又是一个分句，" * 25 + "句子到这里才完。" + LONG]
    leads = find_leads(texts, "zh")
    assert leads[:3] == ["", "第一，中国已经有了一部分现代性的工业经济，这是进步的。", "第二，中国还有大量分散的个体的农业经济，这是落后的。"]
    assert leads[3] == "第三，这是第一个分句，"   # a sentence past MAX_ORDINAL: the ordinal's first clause


def test_enumeration_comma_ordinals_and_sequence_words():
    texts = ["第一、农业生产全面丰收，粮食产量创历史最高水平。" + LONG,
             "第二、工业生产稳定增长，能源和交通的紧张状况有所缓和。" + LONG,
             "首先，要继续抓好农业生产责任制。" + LONG,
             "其次，要切实加强能源和交通建设。" + LONG,
             "最后，要加快科学技术和教育的发展。" + LONG]
    leads = find_leads(texts, "zh")
    assert leads == ["第一、农业生产全面丰收，粮食产量创历史最高水平。", "第二、工业生产稳定增长，能源和交通的紧张状况有所缓和。",
                     "首先，要继续抓好农业生产责任制。", "其次，要切实加强能源和交通建设。", "最后，要加快科学技术和教育的发展。"]


def test_ordinals_that_are_not_a_series_stay_prose():
    """A lone '第一，', a series that skips ('第一' then '第三'), mixed marks ('第一，' then '第二、'),
    '最后，' without '首先', and '第一是…' inside a sentence are not leads."""
    cases = [["第一，我们要看到成绩，这是主要的。" + LONG, LONG],
             ["第一，我们要看到成绩，这是主要的。" + LONG, "第三，也要看到问题，这是次要的。" + LONG],
             ["第一，我们要看到成绩，这是主要的。" + LONG, "第二、也要看到问题，这是次要的。" + LONG],
             [LONG, "最后，让我们团结一致，为完成今年的任务而奋斗。" + LONG],
             ["必须确定：第一是国营工业的生产，第二是私营工业的生产。" + LONG, "第二是什么呢？" + LONG]]
    for texts in cases:
        assert find_leads(texts, "zh") == [""] * len(texts), texts


def test_a_one_sentence_ordinal_paragraph_keeps_its_first_clause_as_lead():
    texts = ["第一、农业生产全面丰收，粮食产量创历史最高水平。", "第二、工业生产稳定增长，能源紧张状况有所缓和。"]
    assert find_leads(texts, "zh") == ["第一、农业生产全面丰收，", "第二、工业生产稳定增长，"]


# -- a scraped page of the 1980s: headline, in-body title, thematic subtitle, dateline, speaker --

ESC = "<U+00A0>"
PAGE_1984 = f"""1984年政府工作报告
{ESC * 2}
政府工作报告
——当前的经济形势和今后的主要任务
1984年5月15日在第六届全国人民代表大会第二次会议上
{ESC * 36}
国务院总理某某某
各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
（一）关于过去一年的工作
过去的一年，我国国民经济继续稳步增长，工农业总产值比上年增长１０．２％，超过了原定计划。
第一、农业生产全面丰收，粮食产量达到三亿八千多万吨，创历史最高水平。{LONG}
第二、工业生产稳定增长，轻工业和重工业都有较大发展。{LONG}
（二）关于今年的主要任务
{LONG}
（三）关于经济体制改革
{LONG}"""


def test_a_scraped_1980s_report_page_end_to_end():
    """Through the real clean + structure chain: the escape lines are chrome, the thematic
    subtitle is no heading, the （一） parts are level 1 (the top numbering the text uses), and the
    '第一、' paragraphs run in."""
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    doc = structure_document(clean_text(PAGE_1984, source_file="t.txt"), structure="rules")
    assert doc.title == "1984年政府工作报告"
    assert doc.date == "1984-05-15"
    assert [a.name for a in doc.authors] == ["某某某"]
    assert outline(doc) == [(1, "（一）关于过去一年的工作"), (1, "（二）关于今年的主要任务"), (1, "（三）关于经济体制改革")]
    leads = [p.lead for p in all_paragraphs(doc) if p.lead]
    assert leads == ["第一、农业生产全面丰收，粮食产量达到三亿八千多万吨，创历史最高水平。", "第二、工业生产稳定增长，轻工业和重工业都有较大发展。"]
    assert not any("U+00A0" in p.text for p in all_paragraphs(doc))


# -- an unnumbered closing part is the peer of the opening one -----------------------------------

def test_a_closing_part_stands_beside_the_opening_part():
    doc = doc_of("某某讲话\n引　　言\n" + LONG + "\n" + LONG + "\n结　　论\n" + LONG + "\n一\n" + LONG + "\n二\n" + LONG)
    assert outline(doc) == [(1, "引　　言"), (1, "结　　论"), (2, "一"), (2, "二")]


def test_closing_words_inside_a_sentence_or_a_longer_title_are_not_parts():
    assert sg.is_preamble("结　　论") and sg.is_preamble("后记") and sg.is_preamble("结束语")
    assert not sg.is_preamble("结论和建议") and not sg.is_preamble("总之，结论是明确的。")


# -- a speech's narrative two-clause sentences are not directive leads --------------------------

def test_narrative_two_clause_sentences_are_no_leads_directives_still_are():
    narrative = ["全国人民拥护自己的人民解放军，取得了战争的胜利。" + LONG, "这是全中国人民的胜利，也是全世界人民的胜利。" + LONG]
    assert find_leads(narrative, "zh") == ["", ""]
    directive = ["统筹解决人口问题，继续落实现行生育政策。" + LONG, "为了发展老龄事业，积极应对人口老龄化。" + LONG,
                 "深入了解群众需求，切实改进工作作风。" + LONG]
    assert find_leads(directive, "zh") == ["统筹解决人口问题，继续落实现行生育政策。", "为了发展老龄事业，积极应对人口老龄化。",
                                           "深入了解群众需求，切实改进工作作风。"]


def test_salutation_and_slogan_lines_of_a_speech_are_not_headings():
    doc = doc_of("某某会上的讲话\n（一九四九年六月十五日）\n诸位代表先生：\n" + LONG + "\n" + LONG
                 + "\n中华人民共和国万岁！\n全国人民大团结万岁！")
    assert outline(doc) == []
    assert doc.date == "1949-06-15"


# -- a thematic subtitle after the dateline -----------------------------------------------------

def test_a_thematic_subtitle_after_the_dateline_before_the_speaker_is_the_subtitle():
    doc = doc_of("政府工作报告\n——1985年3月27日在第六届全国人民代表大会第三次会议上\n当前的经济形势和经济体制改革\n"
                 "国务院总理　某某某\n各位代表：\n（一）关于当前的经济形势\n" + LONG + "\n（二）关于经济体制改革\n" + LONG)
    assert doc.subtitle == "当前的经济形势和经济体制改革"
    assert doc.date == "1985-03-27" and [a.name for a in doc.authors] == ["某某某"]
    assert doc.front[0].text == "——1985年3月27日在第六届全国人民代表大会第三次会议上"
    assert outline(doc) == [(1, "（一）关于当前的经济形势"), (1, "（二）关于经济体制改革")]


def test_a_part_title_after_the_dateline_stays_a_heading():
    """Only a line between the dateline and the speaker is a subtitle: a part title that follows
    the dateline (no speaker after it) heads its part."""
    doc = doc_of("政府工作报告\n——2010年1月8日在某区第十五届人民代表大会第五次会议上\n2009年工作回顾\n" + LONG
                 + "\n2010年工作任务\n" + LONG)
    assert outline(doc) == [(1, "2009年工作回顾"), (1, "2010年工作任务")]


def test_a_column_of_numerals_is_not_a_series_of_parts():
    doc = doc_of("某某报告\n" + LONG + "\n一\n二\n三\n" + LONG)
    assert outline(doc) == []


def test_sequence_items_far_apart_are_not_one_series():
    far = ["首先，我代表省政府向大家表示感谢。" + LONG] + [LONG] * 8 + ["最后，让我们团结一致，共同奋斗。" + LONG]
    assert find_leads(far, "zh") == [""] * len(far)
    near = ["首先，要抓好农业。" + LONG, LONG, "其次，要抓好工业。" + LONG]
    assert find_leads(near, "zh") == ["首先，要抓好农业。", "", "其次，要抓好工业。"]


# -- a speech's title block: thematic title, occasion line, speaker, date -----------------------

SPEECH_BODY = "同志们：\n今天召开全省经济工作会议。\n一、今年经济工作的基本情况\n" + LONG + "\n二、明年经济工作的总体要求\n" + LONG


def test_a_speech_occasion_line_is_the_subtitle_then_speaker_and_date():
    doc = doc_of("坚定信心　真抓实干　奋力推进高质量发展\n——在全省经济工作会议上的讲话\n省长　张某某\n（2023年12月20日）\n" + SPEECH_BODY)
    assert doc.subtitle == "——在全省经济工作会议上的讲话"
    assert doc.date == "2023-12-20" and [(a.name, a.role) for a in doc.authors] == [("张某某", "省长")]
    assert outline(doc) == [(1, "一、今年经济工作的基本情况"), (1, "二、明年经济工作的总体要求")]


def test_an_occasion_line_naming_a_year_is_whole_and_a_later_date_refines_it():
    doc = doc_of("凝心聚力　开拓进取\n——在2024年全县工作会议上的讲话\n（2024年2月1日）\n县长　王某某\n" + SPEECH_BODY)
    assert doc.subtitle == "——在2024年全县工作会议上的讲话"
    assert doc.date == "2024-02-01" and [a.name for a in doc.authors] == ["王某某"]
    assert outline(doc) == [(1, "一、今年经济工作的基本情况"), (1, "二、明年经济工作的总体要求")]


def test_a_bare_name_before_the_salutation_is_the_speaker_but_not_elsewhere():
    doc = doc_of("在全省经济工作会议上的讲话\n（2023年12月20日）\n张某某\n" + SPEECH_BODY)
    assert [(a.name, a.role) for a in doc.authors] == [("张某某", "")]
    assert outline(doc) == [(1, "一、今年经济工作的基本情况"), (1, "二、明年经济工作的总体要求")]
    # a short part title after the date, followed by text rather than a salutation, heads its part
    doc = doc_of("在全省经济工作会议上的讲话\n（2023年12月20日）\n工作回顾\n" + LONG + "\n工作安排\n" + LONG)
    assert not doc.authors and outline(doc) == [(1, "工作回顾"), (1, "工作安排")]
