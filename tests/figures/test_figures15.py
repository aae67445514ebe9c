"""Figures rules of branch figures15 (issue 11's check sets: figures gold on new documents), each on made-up
text: amounts after a currency code with space-grouped thousands, an OCR'd decimal point read as a hyphen,
a Traditional-script text's units (an anniversary in 周年 is no figure), pinyin glosses in brackets inside a term."""
from __future__ import annotations

import pytest

from pipeline.figures.extract import without_glosses
from pipeline.figures.scan import scan_quantities


def _read(text):
    return [(q.display, q.value, q.unit) for q in scan_quantities(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("The authority may impose fines of up to EUR 2 500 000 on a supplier.", 2_500_000, "EUR"),
    ("a penalty not exceeding GBP 40 000, whichever is lower", 40_000, "GBP"),
    ("The levy came to Rs 2,340-7 million in the last year.", 2_340.7e6, "rupees"),
    ("a net receipt of Rs 18-2 million was recorded", 18.2e6, "rupees"),
])
def test_an_amount_after_a_currency_code_is_read_whole(text, value, unit):
    (display, got, got_unit), = _read(text)
    assert got == pytest.approx(value) and got_unit == unit


def test_a_rising_hyphen_after_a_currency_stays_a_range_not_a_decimal():
    assert all(v != pytest.approx(1.2e6) for _, v, _ in _read("grants of $1-2 million each"))


def test_space_grouped_digits_without_a_currency_are_not_joined():
    assert all(v != 12_345 for _, v, _ in _read("Rooms 12 345 and 346 are closed."))


@pytest.mark.parametrize("text, display, unit", [
    ("全年完成地區生產總值318.45億元", "318.45亿", "元"),
    ("累計確診病例73例", "73", "例"),
    ("新增就業崗位2.4萬個", "2.4万", "个"),
    ("撥出55億澳門元", "55亿", "澳门元"),
])
def test_traditional_units_are_read(text, display, unit):
    assert (display, unit) in [(d, u) for d, _, u in _read(text)]


def test_an_anniversary_is_no_figure():
    """`建党105周年`: the year's occasion, not a measure of what the report reports (the samples' goldens)."""
    assert not [u for _, _, u in _read("今年是大橋通車的35周年。") if u == "周年"]


def test_pinyin_glosses_leave_a_term():
    assert without_glosses("全市工業(yè)增加值(GDP)") == "全市工業增加值(GDP)"
    assert without_glosses("城鎮(zhèn)居民") == "城鎮居民"
    assert without_glosses("項目(a)") == "項目(a)"


def test_a_traditional_change_after_its_amount_is_the_amount_s_change():
    """Naming reads Traditional cue words (增長, 總產值) as their Simplified forms; the indicator keeps the script."""
    from pipeline.figures import extract_figures
    from pipeline.model import Document, Paragraph, Section
    doc = Document("t", "zh-TW", sections=[Section("s1", "一", 1, [Paragraph(
        "p1-1", "全市工業總產值(gōng)512.6億元,比上年增長(zhǎng)4.2%。")])])
    named = {r.mention: r.indicator for r in extract_figures(doc)}
    assert named["512.6億元"] == "全市工業總產值"
    assert named.get("4.2%", "全市工業總產值") == "全市工業總產值"   # the amount's change, not `比上年增長`
