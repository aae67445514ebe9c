"""The title written again under it is kept as the title's abbreviation (<titleabbrev>), not dropped.

Issue #11 (body kept): a page's headline and then the text's own, shorter title ('2030年某县政府工作
报告' / '政府工作报告'), or a marked short title under a marked title, lost their letters: the clean
stage took the short title out (`repeated-title`) or the title block took it in, and nothing wrote
it. Made-up texts only.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from pipeline.clean import clean_text
from pipeline.docbook import build_docbook, load_docbook
from pipeline.model import Figures
from pipeline.structure import structure_document
from pipeline.model import Overrides

DB = "{http://docbook.org/ns/docbook}"
REPORT = ("2030年某县政府工作报告\n政府工作报告\n——2030年1月5日在某县第一届人民代表大会第一次会议上\n"
          "县长　某某\n各位代表：\n现在，我代表县人民政府作报告。\n一、过去一年的工作\n各项事业稳步发展。\n")


def _doc(text: str, **kw):
    return structure_document(clean_text(text, source_file="t.txt"), **kw)


def _info(document) -> list[tuple[str, str]]:
    data = build_docbook(document, Figures((), ()), chart_dir="t.charts")
    load_docbook(data, base=Path("."), name="t")   # valid against the shipped schema
    info = etree.fromstring(data).find(DB + "info")
    return [(el.tag.replace(DB, ""), "".join(el.itertext())) for el in info]


def test_the_short_title_under_a_headline_is_the_titles_abbreviation_in_source_order():
    doc = _doc(REPORT)
    assert (doc.title, doc.title_abbrev) == ("2030年某县政府工作报告", "政府工作报告")
    assert [tag for tag, _ in _info(doc)][:3] == ["title", "titleabbrev", "subtitle"]
    assert ("titleabbrev", "政府工作报告") in _info(doc)


def test_a_marked_short_title_is_kept_without_its_marks():
    doc = _doc("# 某市物业管理条例\n\n## 物业管理条例\n\n第一条 为了规范物业管理活动，制定本条例。\n\n"
               "第二条 本条例适用于本市行政区域内的物业管理活动。\n")
    assert (doc.title, doc.title_abbrev) == ("某市物业管理条例", "物业管理条例")


def test_no_repeat_no_abbreviation():
    doc = _doc(REPORT.replace("政府工作报告\n——", "——", 1))
    assert doc.title_abbrev == ""
    assert "titleabbrev" not in [tag for tag, _ in _info(doc)]


def test_a_title_the_user_sets_keeps_the_title_lines_as_text_and_no_abbreviation():
    doc = _doc(REPORT, overrides=Overrides(title="另一个标题"))
    assert doc.title == "另一个标题" and doc.title_abbrev == ""
