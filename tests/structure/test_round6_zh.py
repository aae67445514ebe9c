"""Check set 3, Chinese (round6, issue #11): structure rules WIDENED to the general form of a
phenomenon (a bracket that dates nothing, a salutation as a list of bodies, a table's values as
words). Made-up words; every rule with cases it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure import signals as sg
from pipeline.structure.front import not_a_title

PROSE = "为进一步规范行政执法行为，依法保障行政相对人合法权益，县政府决定在全县推行说理性文书，请认真贯彻执行。"
PROSE2 = "去年，县政府在县委的正确领导下，坚持稳中求进工作总基调，全县经济社会发展取得新的重大进展，人民生活持续改善。"


def _doc(text: str):
    return structure_document(clean_text(text, source_file="x.txt"))


def _headings(doc) -> list[str]:
    out, stack = [], list(doc.sections)
    while stack:
        section = stack.pop(0)
        out.append(section.title)
        stack[:0] = section.sections
    return out


# ---- a bracket that closes before the year dates nothing --------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("（某省）2020年某某县人民政府工作报告（全文）", ""),                      # a region tag: the title's own year
    ("（2020年6月22日在某某县第十五届人民代表大会第五次会议上）", "a dateline"),   # the date inside the bracket
    ("——2020年6月22日在某某县第十五届人民代表大会第五次会议上", "a dateline"),
])
def test_a_bracketed_dateline_holds_its_date(text, kind):
    assert not_a_title(text, english=False) == kind


def test_a_headline_with_a_region_tag_is_the_title():
    doc = _doc("（某省）2020年某某县人民政府工作报告（全文）\n政府工作报告\n2020年6月22日在某某县第十五届人民代表大会第五次会议上\n"
               "某某县县长某某某\n各位代表：\n" + PROSE + "\n")
    assert doc.title == "（某省）2020年某某县人民政府工作报告（全文）"


# ---- a notice's recipients: a salutation as a list of bodies ----------------------------------

@pytest.mark.parametrize("text", [
    "各街道办事处，区级各部门，某某新区管委会",          # its colon lost
    "市政府各部门，各区、县（市）人民政府：",
    "各乡镇人民政府，县直各单位",
])
def test_recipients_lines(text):
    assert sg.is_recipients(text)


@pytest.mark.parametrize("text", [
    "各地区、各部门要加强组织领导",        # a sentence: the last item names no body
    "坚持稳中求进，推动高质量发展",        # a heading with a comma: no '各'
    "各位代表：",                          # one item: the salutation's own rule
    "各部门，各单位。",                    # a sentence mark
])
def test_not_recipients(text):
    assert not sg.is_recipients(text)


def test_a_recipients_line_without_its_colon_is_no_heading():
    doc = _doc("某某县人民政府办公室关于印发某某管理办法的通知\n\n各乡镇人民政府，县直各单位\n\n" + PROSE + "\n\n"
               "某某县人民政府办公室\n\n2020年10月28日\n")
    assert _headings(doc) == []


# ---- a table flattened one cell a line --------------------------------------------------------

HEADER = ["序号", "分类", "一级目录", "二级目录", "公开依据", "公开事项", "公开方式", "公开主体"]


def _table(row_numbers: bool, repeats: bool, serial: bool = True) -> list[str]:
    rows = []
    for n, (name, basis) in enumerate([("信息公开指南", "1.《某某信息公开条例》"), ("信息公开制度", "2.《某某省信息公开办法》")], 1):
        rows += ([str(n)] if row_numbers else []) + [name, basis, "应当包括信息的分类、编排体系、获取方式等内容。"] \
            + (["政府网站", "文字", "县政府办"] if repeats else [f"方式{n}", f"形式{n}", f"主体{n}"])
    return (HEADER if serial else HEADER[1:]) + rows


@pytest.mark.parametrize("row_numbers, repeats, serial", [(True, True, False), (True, False, False), (False, True, False),
                                                          (False, False, True)])
def test_a_table_one_cell_a_line_has_no_headings(row_numbers, repeats, serial):
    cells = _table(row_numbers, repeats, serial)
    doc = _doc("某某县政务公开清单目录\n\n" + "\n\n".join(cells) + "\n")
    assert _headings(doc) == []
    texts = [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs]
    assert "1.《某某信息公开条例》" in texts   # each cell its own paragraph, not glued to the next


def test_short_lines_with_no_table_evidence_keep_their_headings():
    # short heads between paragraphs: a report's sections, never a table's run of cells
    third = "各级各部门要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处、取得实效。"
    doc = _doc("某某县政府工作报告\n\n" + "\n\n".join(["工作回顾", PROSE2, "主要任务", PROSE, "保障措施", third]) + "\n")
    assert _headings(doc) == ["工作回顾", "主要任务", "保障措施"]


def test_a_run_of_short_lines_without_numbers_or_repeats_is_no_table():
    cells = _table(row_numbers=False, repeats=False, serial=False)
    assert len(cells) >= 10
    from pipeline.structure.blocks import table_cells, make_blocks
    lines = "\n\n".join(cells).split("\n")
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh-CN")
    assert table_cells(blocks) == set()


# ---- a byline with its time is never the title --------------------------------------------------

from pipeline.structure.title_evidence import chrome_reason  # noqa: E402


@pytest.mark.parametrize("text, reason", [
    ("某某网 2021-07-27 17:49:30 政府报告", "a byline with its time"),
    ("2021年07月27日 17:49 某某网", "a byline with its time"),
    ("2021年7月27日某某县第十五届人民代表大会", ""),              # a date without a time of day
    ("某某县人民政府关于2021-07-27 17:49发生的事件的通报", ""),   # one piece: a title naming a time
])
def test_a_byline_with_its_time(text, reason):
    assert chrome_reason(text, english=False) == reason


# ---- a document number is never a heading -----------------------------------------------------

def test_a_document_number_under_the_in_body_title_is_no_heading():
    doc = _doc("政务服务丨某某市人民政府关于深化某某改革的实施意见\n- 发布日期：2021-07-19\n- 浏览次数：\n某某市人民政府\n"
               "关于深化某某改革的实施意见\n某政字〔2021〕30号\n各县（市、区）人民政府，某某高新区、某某新区：\n"
               + PROSE + "\n一、目标要求\n" + PROSE2 + "\n")
    assert _headings(doc) == ["一、目标要求"]


@pytest.mark.parametrize("text, heading", [
    ("某政字〔2021〕30号", False),
    ("某政办发〔202026", False),          # its bracket and 号 lost
    ("2021年工作要点", True),             # a year in a heading's words
    ("关于〔2021〕30号文件的说明", True),  # a heading naming a number inside its words
])
def test_a_document_number_heads_nothing(text, heading):
    from collections import Counter
    from pipeline.structure.headings import _chinese_kind
    assert (_chinese_kind(text, Counter(), after=PROSE) is not None) == heading


# ---- the headline's copy with a full-text tag is the title again ----------------------------------

def test_the_headline_again_with_a_full_text_tag_is_no_heading():
    doc = _doc("某某市政府全球資訊網\n\n2015年某某市長對市府同仁歲末廣播\n\n2015年某某市長對市府同仁歲末廣播全文\n\n"
               + PROSE + "\n\n" + PROSE2 + "\n")   # the site's name over the headline
    assert doc.title == "2015年某某市長對市府同仁歲末廣播" and _headings(doc) == []


def test_a_heading_after_body_text_stays_whatever_it_repeats():
    doc = _doc("某某县政府工作报告\n\n" + PROSE + "\n\n某某县政府工作报告（全文）\n\n" + PROSE2 + "\n")
    assert _headings(doc) == ["某某县政府工作报告（全文）"]


# ---- the red header's issuer and the title again; a letter-spaced kind ends a title ---------------

FORWARD = "转发某某市推行说理性行政处罚文书指导意见的通知"


def test_the_issuer_and_the_title_again_under_the_headline_is_no_heading():
    doc = _doc("某政办（2011）129号" + FORWARD + "\n\n某政办〔2011〕129号\n\n某某市人民政府办公室\n\n转发某某市推行说理性行政处罚文书\n\n"
               "指导意见的通知\n\n市政府直属各单位：\n\n" + PROSE + "\n\n一、总体要求\n\n" + PROSE2 + "\n")
    assert doc.title == FORWARD and _headings(doc) == ["一、总体要求"]


@pytest.mark.parametrize("text, same", [
    ("某某市人民政府办公室" + FORWARD, True),
    ("关于某某工作的补充说明" + FORWARD, False),   # no body's name before it
    (FORWARD, False),                               # the title alone: the plain repeat's rule
])
def test_issuer_and_title(text, same):
    from pipeline.structure import _issuer_and_title
    assert _issuer_and_title(text, FORWARD) is same


def test_a_letter_spaced_kind_ends_a_two_line_title():
    doc = _doc("某某县人民政府关于印发某某办法的通知\n\n" + PROSE + "\n\n某某县推行说理性行政处罚文书的\n\n指  导  意  见\n\n"
               + PROSE2 + "\n\n一、总体要求\n\n" + PROSE + "\n")
    heads = _headings(doc)
    assert heads[0].replace(" ", "") == "某某县推行说理性行政处罚文书的指导意见"   # the body not glued to it
