"""(r27) Thousand hectares, the unit statistical bulletins give sown and planted areas in, is read whole."""
from __future__ import annotations

from pipeline.figures import extract_figures
from pipeline.figures.scan import scan_quantities
from pipeline.model import Document, Paragraph, Section


def _read(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quantities(text)]


def test_thousand_hectares_is_a_unit():
    assert _read("粮食作物播种面积135.5千公顷，增加0.3千公顷。") == ["135.5千公顷", "0.3千公顷"]
    assert _read("造林面积2.4万公顷") == ["2.4万公顷"]       # the magnitude before the plain unit as before
    assert _read("新建公园3个，绿地1200公顷") == ["3个", "1200公顷"]


def test_an_area_in_thousand_hectares_is_named_by_its_clause():
    doc = Document("t", "zh-CN", sections=[Section("s1", "一", 1, [Paragraph("p1-1", "经济作物播种面积23.1千公顷，增加2.3千公顷。")])])
    named = {r.mention: r.indicator for r in extract_figures(doc)}
    assert named["23.1千公顷"] == "经济作物播种面积"
