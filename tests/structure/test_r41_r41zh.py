"""(r41, issue #11) Chinese documents' structure made up in the forms many of their kind take: a town's or
a department's summary whose unnumbered part names the year's work with what it brought
(`2022年主要工作措施、成效及亮点`, `2022年工作开展情况`) over its `一、` sections; a street office's notice whose
title the page split over the issuer's line and the `关于印发《…》和《…》的通知` line, then the first issued
plan under its own name over its `1、` heads. What must stay: a topic line before a numbered series (its
peer), a notice that issues nothing, a plan named by no notice."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from structure.helpers import all_sections


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


def _outline(doc) -> list[tuple[int, str]]:
    out = []

    def walk(sections, depth):
        for s in sections:
            out.append((depth, s.title))
            walk(s.sections, depth + 1)
    walk(doc.sections, 1)
    return out


OPENING = ("2022年,全乡在县委、县政府的正确领导下,坚持稳中求进工作总基调,统筹推进各项工作,全乡经济保持平稳增长,"
           "社会大局和谐稳定。现将全年工作总结如下:")
SECTION_ONE = "一是狠抓产业发展,新建标准化茶园500亩;二是狠抓项目建设,完成村道硬化12公里;"
SECTION_TWO = "全年新增城镇就业120人,发放创业担保贷款300万元,城乡居民医保参保率达到98%。"


def test_a_part_naming_the_years_work_and_what_it_brought_holds_the_numbered_sections():
    for part in ("2022年主要工作措施、成效及亮点", "2022年工作开展情况及成效"):
        doc = _doc(["某乡2022年工作总结", OPENING, part, "一、聚焦产业发展", SECTION_ONE,
                    "二、聚焦民生保障", SECTION_TWO])
        assert _outline(doc) == [(1, part), (2, "一、聚焦产业发展"), (2, "二、聚焦民生保障")], part


def test_a_topic_line_before_the_numbered_series_stays_its_peer():
    doc = _doc(["某乡2022年工作总结", OPENING, "当前形势和任务", "一、聚焦产业发展", SECTION_ONE,
                "二、聚焦民生保障", SECTION_TWO])
    assert [d for d, _ in _outline(doc) if _ != "当前形势和任务"] == [1, 1]


NOTICE = ["某办〔2031〕12号", "某市某区人民政府某某街道办事处",
          "关于印发《某某街道防汛抗旱应急预案》和《某某街道村(社区)防汛抗旱应急预案》的通知",
          "各村(社区),街道各办、站、所:",
          "现将《某某街道防汛抗旱应急预案》和《某某街道村(社区)防汛抗旱应急预案》印发给你们,请认真贯彻执行。",
          "某市某区人民政府某某街道办事处", "2031年5月6日"]
PLAN = ["某某街道防汛抗旱应急预案", "1、总则", "1.1 编制目的",
        "为做好防汛抗旱工作,最大限度减少灾害损失,保障人民群众生命财产安全,制定本预案。",
        "1.2 适用范围", "本预案适用于本街道行政区域内水旱灾害的预防和应急处置工作。",
        "2、组织体系", "2.1 指挥机构", "街道成立防汛抗旱指挥部,由街道主任任指挥长。"]


def test_the_first_issued_plan_under_a_notice_split_over_its_issuer_heads_the_plan():
    outline = _outline(_doc(NOTICE + PLAN))
    assert outline[:3] == [(1, "某某街道防汛抗旱应急预案"), (2, "1、总则"), (3, "1.1 编制目的")]
    assert (2, "2、组织体系") in outline


def test_a_notice_that_issues_nothing_sets_no_plan_heading():
    notice = [line.replace("关于印发《某某街道防汛抗旱应急预案》和《某某街道村(社区)防汛抗旱应急预案》的通知",
                           "关于做好防汛抗旱工作的通知") for line in NOTICE]
    outline = _outline(_doc(notice + PLAN))
    assert (1, "1、总则") in outline and (1, "某某街道防汛抗旱应急预案") not in outline


# -- a regulation whose title lines a PDF's text layer gave as an unmapped font's glyph numbers ------------

GARBLED = ["ϴߡസಭսіԓ߶ӈༀႻ߶", "ܲႿሙ࿆Ӭ൧໓ૼྛູ՜ࣉ่২֥थ",
           "(2031年3月1日某省第九届人民代表大会常务委员会第三次会议通过)",
           "某省第九届人民代表大会常务委员会第三次会议审查了《某某市养犬管理条例》,决定予以批准,由某某市人民代表大会常务委员会公布施行。",
           "第一章 总 则",
           "第一条 为了规范养犬行为,保障公民健康和人身安全,维护市容环境和社会秩序,制定本条例。",
           "第二条 本条例适用于本市行政区域内的养犬及其相关管理活动。"]


def test_a_title_in_an_unmapped_font_is_the_act_the_approval_names():
    doc = _doc(GARBLED)
    assert doc.title == "某某市养犬管理条例"
    front = [p.text for p in doc.front]
    assert front[:2] == GARBLED[:2]   # the garbled lines stay, in their order, as front matter
    assert doc.subtitle == ""


def test_a_readable_title_or_no_approval_sentence_keeps_the_title_read():
    readable = ["某某市养犬管理条例"] + GARBLED[2:]
    assert _doc(readable).title == "某某市养犬管理条例"
    unapproved = GARBLED[:3] + GARBLED[4:]
    assert _doc(unapproved).title == GARBLED[0]


# -- an anthology's item number over a law's name, its chapters under it ---------------------------------

ITEM = ["㈡ 某某市养犬管理条例", "第一章 总 则", "第一条 为了规范养犬行为,保障公民健康和人身安全,制定本条例。",
        "第二条 本条例适用于本市行政区域内的养犬及其相关管理活动。", "第二章 登记与免疫",
        "第三条 本市实行养犬登记制度。未经登记,任何单位和个人不得养犬。"]


def test_an_items_numbered_law_name_over_its_chapters_is_the_title_not_a_part():
    doc = _doc(ITEM)
    assert doc.title.endswith("某某市养犬管理条例")
    assert [(d, t) for d, t in _outline(doc)] == [(1, "第一章 总 则"), (1, "第二章 登记与免疫")]


def test_a_numbered_head_over_paragraphs_stays_a_heading():
    lines = ["某区2031年工作要点", "(一)加快产业发展", "全年新建标准化厂房10万平方米,引进项目20个以上。",
             "(二)加强生态保护", "全年完成植树造林3000亩,水质达标率保持100%。"]
    outline = _outline(_doc(lines))
    assert outline[0][1] in ("(一)加快产业发展", "（一）加快产业发展")
