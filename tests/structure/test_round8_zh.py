"""Check set 5, Chinese (round8zh, issue #11): notices that issue a decimal-numbered plan, with the
plan's contents list. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

NOTICE = "某某县人民政府办公室关于印发《某某县防汛应急预案》的通知"
PLAN = "某某县防汛应急预案"
PARA = "为提高全县防汛工作的应急处置能力，最大程度减少灾害损失，保障人民群众生命财产安全，制定本预案。"
PARA2 = "各有关部门要按照职责分工，加强协调配合，确保各项应急措施落实到位，切实做好防汛工作。"
PARA3 = "本预案适用于本县行政区域内发生的各类洪涝灾害的预防和应急处置工作，由县防汛办负责解释。"
HEAD = [NOTICE, "", "某政办发〔2020〕3号", "", "各乡镇人民政府，县政府有关部门：",
        "《某某县防汛应急预案》已经县政府同意，现印发给你们，请认真遵照执行。", "某某县人民政府办公室", "2020年5月6日", ""]


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="x.txt"))


def test_the_issued_plans_contents_count_from_under_its_name():
    contents = ["目  录", "1 总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "2 组织机构", "2.1 指挥部",
                "2.2 办公室", "3 预警监测", "3.1 市场监测", "4 附则"]
    body = ["1 总则", "1.1 编制目的", PARA, "1.2 编制依据", PARA2, "1.3 适用范围", PARA3]
    doc = _doc(HEAD + [PLAN] + contents + body)
    assert doc.title == NOTICE
    assert levels(doc) == [(1, PLAN), (2, "1 总则"), (3, "1.1 编制目的"), (3, "1.2 编制依据"), (3, "1.3 适用范围")]


@pytest.mark.parametrize("space", ["", " "])
def test_decimal_parts_over_glued_sections_on_four_levels(space):
    body = [f"1{space}总则", "1.1编制目的", PARA, "1.2分级标准", "1.2.1一般事件", PARA2, "1.2.1.1局部险情", PARA,
            "1.2.2较大事件", PARA2, f"2{space}组织机构", "2.1指挥部", PARA3]
    doc = _doc(HEAD + [PLAN] + body)
    assert levels(doc) == [(1, PLAN), (2, f"1{space}总则"), (3, "1.1编制目的"), (3, "1.2分级标准"),
                           (4, "1.2.1一般事件"), (5, "1.2.1.1局部险情"), (4, "1.2.2较大事件"),
                           (2, f"2{space}组织机构"), (3, "2.1指挥部")]


def test_a_numbered_line_without_its_sections_is_no_part():
    # must not fire: '3 人员' opens a row; no '3.1' section follows it
    body = ["1 总则", "1.1 编制目的", PARA, "3 人员 5 车辆", "1.2 编制依据", PARA2, "2 组织机构", PARA3]
    doc = _doc(HEAD + [PLAN] + body)
    assert (2, "3 人员 5 车辆") not in levels(doc)
    assert (2, "2 组织机构") not in levels(doc)   # no '2.1' section under it
