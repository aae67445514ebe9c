"""r28notitle (issue #11 item 4): a page flattened onto one line whose LETTER-SPACED title has its last
character glued to the date opening its dateline ('… 报 告 全 文2015 年 2 月 3 日在…会议上', a document-sharing
site's preview): the lost line break stood after that character, so the title keeps it ('…报告全文') and
the dateline opens with its year; the title is then read off the text, never a title cut one character
short. Widens the r28zhpdf rule (rules_joined.SPACED_TAIL): a year in Chinese numerals too, and a figure
glued to a spaced phrase is no date. All texts are made up."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因和下一步的打算。"
REST = ("在某某市第九届人民代表大会第二次会议上 市长 张某 各位代表: 现在,我代表市人民政府向大会报告工作,请予审议。 "
        "一、过去一年的工作 " + LONG + " 二、今年的主要任务 " + LONG)


def _read(text: str):
    cleaned = clean_text(text, source_file="p.txt")
    return cleaned, structure_document(cleaned)


def test_a_chunked_preview_keeps_the_spaced_titles_last_character():
    cleaned, doc = _read("1、2031 年 某 某 市 政 府 工 作 报 告 全 文2031 年 1 月 5 日" + REST)
    assert "".join(doc.title.split()) == "2031年某某市政府工作报告全文"   # the chunk number off, '全文' whole
    assert cleaned.lines[1].startswith("2031 年 1 月 5 日在")
    assert doc.title_abbrev.startswith("1、")   # the line as written keeps the site's number: no letter lost


def test_the_kind_glued_to_the_dateline():
    cleaned, doc = _read("某 某 县 政 府 工 作 报 告2031 年 1 月 5 日" + REST)
    assert "".join(doc.title.split()) == "某某县政府工作报告"


def test_a_dateline_in_chinese_numerals():
    cleaned, doc = _read("某 某 区 政 府 工 作 报 告二〇三一年一月五日" + REST)
    assert "".join(doc.title.split()) == "某某区政府工作报告"
    assert cleaned.lines[1].startswith("二〇三一年一月五日在")


def test_must_stay_a_figure_glued_to_a_spaced_phrase_is_no_dateline():
    text = "某某市统计公报 全 年 实 现 生 产 总 值2031 亿元,比上年增长5%。 一、综合 " + LONG + " 二、农业 " + LONG + " 三、工业 " + LONG
    cleaned, _ = _read(text)
    assert not any(line.startswith("2031 亿元") for line in cleaned.lines)   # no break before the figure
    assert "".join("".join(cleaned.lines).split()).count("值2031亿元") == 1   # every character kept, in order
