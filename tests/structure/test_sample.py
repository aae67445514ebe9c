"""What must hold on the sample (hexi-2010): title, 2 parts, 10 sections, 40 leads, every Han character."""
from __future__ import annotations

import re

import pytest

from pipeline.structure import structure_document
from common import SAMPLE_HEADINGS, SAMPLE_TITLE
from structure.helpers import all_paragraphs, all_sections, cleaned_for

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")
BOILERPLATE = ("请输入", "词条", "释义", "随便看", "Copyright", "百科全书收录", "更新时间")


@pytest.fixture(scope="module")
def sample():
    cleaned = cleaned_for("hexi-2010")
    return cleaned, structure_document(cleaned)


def test_title_and_language(sample):
    _, doc = sample
    assert doc.title == SAMPLE_TITLE
    assert doc.lang == "zh-CN"


def test_two_parts_with_ten_sections(sample):
    _, doc = sample
    assert [s.title for s in doc.sections] == ["2009年主要工作回顾", "2010年主要工作任务"]
    assert [len(s.sections) for s in doc.sections] == [5, 5]
    assert [(s.level, s.title) for s in all_sections(doc)] == SAMPLE_HEADINGS


def test_forty_leads(sample):
    _, doc = sample
    leads = [p.lead for p in all_paragraphs(doc) if p.lead]
    assert len(leads) == 40
    assert "服务业主体地位更加凸显。" in leads
    assert leads[-1] == "抓好公务员队伍建设。"
    assert all(lead.endswith("。") and len(lead) <= 30 for lead in leads)


def test_no_boilerplate(sample):
    _, doc = sample
    texts = [doc.title] + [s.title for s in all_sections(doc)] + [p.lead + p.text for p in all_paragraphs(doc)]
    assert not [t for t in texts for word in BOILERPLATE if word in t]


def test_every_han_character_kept_in_order(sample):
    cleaned, doc = sample
    body_lines = [line for line in cleaned.lines if line.strip() != doc.title]
    expected = HAN.findall("".join(body_lines))
    pieces = []

    def walk(sections):
        for section in sections:
            pieces.append(section.title)
            pieces.extend(p.lead + p.text for p in section.paragraphs)
            walk(section.sections)

    pieces.extend(p.lead + p.text for p in doc.front)
    walk(doc.sections)
    assert HAN.findall("".join(pieces)) == expected


def test_ids_follow_position(sample):
    _, doc = sample
    first = doc.sections[0]
    assert first.id == "s1" and first.sections[1].id == "s1-2"
    assert first.sections[0].paragraphs[2].id == "p1-1-3"
    assert first.paragraphs[0].id == "p1-1"


def test_same_input_same_document():
    a = structure_document(cleaned_for("hexi-2010"))
    b = structure_document(cleaned_for("hexi-2010"))
    assert a == b
