"""Issue #11, the unseen measure (branch unseen): made-up variants of what the eight new documents
xu1-xu8 showed (tests/corpus/extra/README.md). The texts are written for the tests; they share the
phenomenon, never the words, of the documents."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

P1 = "全年某项产值一百二十亿元，比上年增长百分之五，其中第一部分增长较快，第二部分保持平稳。"
P2 = "全年另一项收入八十亿元，比上年增长百分之三，结构继续优化，质量效益稳步提高。"


def test_a_table_flattened_one_cell_a_line_is_no_heading():
    text = "\n".join(["某县某年统计公报", "", "一、综合", P1, "二、工业", P2,
                      "主要产品产量", "产品名称", "计量单位", "产量", "饮料", "千升1234567.89",
                      "三、服务业", P1])
    assert outline(doc_of(text)) == [(1, "一、综合"), (1, "二、工业"), (1, "三、服务业")]


def test_figures_run_needs_twice_as_many_digits_as_letters():
    assert sg.is_figures_run("千升1576718.64")
    assert not sg.is_figures_run("2009年工作回顾")
    assert not sg.is_figures_run("一、2025年工作回顾")
    assert not sg.is_figures_run("PM2.5")
