"""(figures19) A number a PDF's text layer set apart with spaces in Chinese text is read with its unit."""
from __future__ import annotations

from pipeline.figures import extract_figures
from pipeline.figures.scan import scan_quantities
from pipeline.model import Document, Paragraph, Section


def _read(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quantities(text)]


def test_a_spaced_number_is_read_with_its_unit_across_the_space():
    assert _read("全镇农业总产值完成 12.34 亿元，同比增长5%") == ["12.34 亿元", "5%"]
    assert _read("社会消费品零售总额345.6 万元。") == ["345.6 万元"]     # cleaning closed the space before it
    assert _read("新建 8 所学校") == ["8 所"]


def test_no_spaced_reading_for_ordinals_years_or_english():
    assert _read("依照第 3 条规定") == []
    assert _read("2019 年工作回顾") == []
    assert _read("Rooms 12 345") == [] and _read("型号 A 3 台") == []   # not after a Chinese word


def test_tenths_take_a_number_up_to_ten():
    assert _read("粮食增产三成，农户7成参保") != []
    assert _read("2021\n成交额") == [] and _read("2021成近") == []


def test_the_spaced_amount_is_named_by_its_clause():
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph("p1-1", "全镇农业总产值完成 12.34 亿元，同比增长5%。")])])
    named = {r.mention: r.indicator for r in extract_figures(doc)}
    assert named["12.34 亿元"] == "全镇农业总产值"
