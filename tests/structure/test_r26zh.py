"""r26zh: title, headings and their levels, and leads on made-up pages of the Chinese kinds users
bring (tests/fixtures/r26zh, issue #11), through the real clean -> structure chain; and each
structure rule on made-up lines with what it must leave alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_sections, doc_of, levels, texts

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r26zh"
EXPECT = json.loads((PAGES / "expect.json").read_text(encoding="utf-8"))


def _doc(name: str):
    return structure_document(clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), source_file=f"{name}.txt"))


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_a_pages_title_headings_and_leads(name):
    want = EXPECT[name]
    doc = _doc(name)
    if not want.get("title_open"):
        assert doc.title in [want["title"]] + want.get("titles", [])
    assert levels(doc) == [tuple(h) for h in want["headings"]]
    leads = [p.lead for s in all_sections(doc) for p in s.paragraphs if p.lead]
    assert all(any(lead.startswith(w) for lead in leads) for w in want.get("leads", []))


HEAD = "某县2023年政府工作报告\n\n各位代表：\n\n"


def test_a_parallel_clause_alone_in_its_shape_is_body():
    doc = doc_of(HEAD + "一、过去一年工作回顾\n\n我们扎实推进项目建设，全年完成投资八十亿元。\n\n我们大力发展特色产业，茶叶产值增长一成。\n\n"
                 "二、今年工作安排\n\n我们要坚持以人民为中心，加快建设人民满意的政府。\n\n各位代表，让我们携手奋进，共创美好未来！")
    assert [t for _, t in levels(doc)] == ["一、过去一年工作回顾", "二、今年工作安排"]


def test_parallel_clause_heads_in_a_run_stay_heads():
    body = "".join(f"这五年，我们{w}，取得新成效。\n\n{w}方面，全县完成了大量工作，成绩显著，群众满意，发展后劲明显增强，各项指标全面完成。\n\n"
                   for w in ("抓项目", "抓产业", "抓民生"))
    doc = doc_of(HEAD + body)
    assert len(levels(doc)) == 3


@pytest.mark.parametrize("label", ["附：名词解释", "附:名词解释", "名词解释"])
def test_a_glossary_named_by_fu_and_a_colon_is_an_appendix(label):
    doc = doc_of(HEAD + "一、工作回顾\n\n全年经济增长百分之六。\n\n二、工作安排\n\n全年新建公路八十公里。\n\n"
                 f"{label}\n\n1.专精特新：指专业化、精细化、特色化、新颖化的中小企业。\n\n2.一网通办：指政务服务事项一网办理。")
    assert levels(doc)[-1] == (1, label) and len(levels(doc)) == 3


def test_a_plans_pian_holds_its_chapters():
    doc = doc_of("某县国民经济和社会发展第十四个五年规划纲要\n\n第一篇　总体要求\n\n第一章　发展基础\n\n全县经济总量稳步增长。\n\n"
                 "第二章　发展环境\n\n发展仍处于重要战略机遇期。\n\n第二篇　产业体系\n\n第三章　先进制造业\n\n做强主导产业。")
    assert levels(doc) == [(1, "第一篇　总体要求"), (2, "第一章　发展基础"), (2, "第二章　发展环境"),
                           (1, "第二篇　产业体系"), (2, "第三章　先进制造业")]


def test_a_law_with_chapters_only_keeps_them_at_the_top():
    doc = doc_of("某市公园条例\n\n第一章　总则\n\n第一条　为了加强公园管理，制定本条例。\n\n第二章　附则\n\n第二条　本条例自公布之日起施行。")
    assert levels(doc) == [(1, "第一章　总则"), (1, "第二章　附则")]


@pytest.mark.parametrize("office", ["国务院总理", "行政長官　某某某", "县长　张某某"])
def test_an_office_over_the_salutation_is_the_speakers_line(office):
    doc = doc_of(f"政府工作报告\n\n——2021年3月5日在某会议上\n\n{office}\n\n各位代表：\n\n一、工作回顾\n\n全年经济增长百分之六。\n\n"
                 "二、工作安排\n\n全年新建公路八十公里。")
    assert [t for _, t in levels(doc)] == ["一、工作回顾", "二、工作安排"]


def test_an_office_over_body_text_is_not_taken_for_a_speaker():
    doc = doc_of(HEAD + "一、工作回顾\n\n全年经济增长百分之六。\n\n二、工作安排\n\n新建公路八十公里。")
    assert len(levels(doc)) == 2


def test_a_headlines_copy_under_it_is_not_its_second_line():
    doc = doc_of("重磅！某县2023年政府工作报告全文\n\n某县2023年政府工作报告\n\n各位代表：\n\n一、工作回顾\n\n全年经济增长百分之六。\n\n二、工作安排\n\n新建公路八十公里。")
    assert not any("全文某县" in t for t in texts(doc) + [doc.title])


def test_a_title_wrapped_over_two_lines_is_still_joined():
    doc = doc_of("某县人民政府关于加快推进\n\n乡村振兴工作的实施意见\n\n各乡镇人民政府，县直各部门：\n\n一、总体要求\n\n坚持农业农村优先发展。\n\n二、重点任务\n\n发展特色产业。")
    assert doc.title == "某县人民政府关于加快推进乡村振兴工作的实施意见"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("name", sorted(EXPECT))
def test_a_page_copied_with_or_without_blank_lines_reads_the_same(name, sep):
    """Each page in the two spacings copies take: every line next to the other, or a blank line after each
    (the pages mix both), so a page of 20 lines is also read as one of 40."""
    lines = [line for line in (PAGES / f"{name}.txt").read_text(encoding="utf-8").split("\n") if line.strip()]
    doc = structure_document(clean_text(sep.join(lines) + "\n", source_file=f"{name}.txt"))
    want = EXPECT[name]
    assert levels(doc) == [tuple(h) for h in want["headings"]]
    if not want.get("title_open"):
        assert doc.title in [want["title"]] + want.get("titles", [])
