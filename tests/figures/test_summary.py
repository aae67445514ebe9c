"""key_figures: the summary table's rows — headline indicators, actual beside target, at most 20."""
from __future__ import annotations

from pipeline.figures.summary import LIMIT, key_figures
from pipeline.figures import extract_figures
from pipeline.model import Document, FigureRecord, Paragraph, Section

from .documents import load_document
from pipeline.figures import find_figures


def rec(n: int, indicator: str, value: float, unit: str, *, change: str = "", target: bool = False) -> FigureRecord:
    return FigureRecord(id=f"p1-1-v{n}", paragraph="p1-1", part="text", start=0, end=1, mention="x",
                        indicator=indicator, value=value, unit=unit, display=f"{value:g}", change=change,
                        target=target)


def test_actual_beside_target_and_document_order():
    records = (rec(1, "地区生产总值", 4.5e10, "元", change="+6%"), rec(2, "植树", 300, "棵"),
               rec(3, "地区生产总值", 6, "%", change="+6%", target=True))
    rows = key_figures(records)
    assert [(r.indicator, r.actual and r.actual.id, r.target and r.target.id) for r in rows] == [
        ("地区生产总值", "p1-1-v1", "p1-1-v3"), ("植树", "p1-1-v2", None)]


def test_short_indicators_are_never_rows():
    assert key_figures((rec(1, "", 5, "个"), rec(2, "车", 3, "辆"))) == ()


def test_weak_indicators_are_never_rows():
    """An adverb, a pronoun, a place or a linking word alone names no measure (weak.weak)."""
    weak_rows = (rec(1, "业已", 3, "年"), rec(2, "我们", 90, "%"), rec(3, "全区", 90, "%"), rec(4, "以便", 2, "年"))
    assert key_figures(weak_rows + (rec(5, "全区粮食产量", 3e6, "吨"),)) == key_figures((rec(5, "全区粮食产量", 3e6, "吨"),))
    assert [r.indicator for r in key_figures(weak_rows + (rec(5, "全区粮食产量", 3e6, "吨"),))] == ["全区粮食产量"]


def test_at_most_twenty_headline_rows_win():
    plain = tuple(rec(n, f"项目{n:02d}号", n, "个") for n in range(1, 31))
    headline = (rec(31, "一般公共预算收入", 3e9, "元", change="+5%"), rec(32, "城镇新增就业", 4e4, "人"))
    rows = key_figures(plain + headline)
    assert len(rows) == LIMIT
    assert {"一般公共预算收入", "城镇新增就业"} <= {r.indicator for r in rows}
    ids = [int(r.actual.id.rsplit("v", 1)[1]) for r in rows]
    assert ids == sorted(ids)                      # shown in document order


def test_real_report_summary_leads_with_headline_figures():
    figures = find_figures(load_document("ningxia-2026"))
    assert 10 <= len(figures.key) <= LIMIT
    names = [r.indicator for r in figures.key]
    assert any("生产总值" in n for n in names), names
    assert all(len(n) >= 2 for n in names)
    assert any(r.actual and r.target for r in figures.key), "a report has targets beside outcomes"


def test_a_change_start_is_never_a_row_the_end_shows_with_it():
    """`已由1949年的不到1%上升到19.1%`: the row shows 19.1% (with 1% before it), never the 1% alone."""
    from dataclasses import replace
    start = replace(rec(1, "油气比重", 1, "%"), starts_change=True)
    end = replace(rec(2, "油气比重", 19.1, "%"), change_from="1%")
    (row,) = key_figures((start, end))
    assert row.actual.id == "p1-1-v2" and row.actual.change_from == "1%"


def test_from_to_change_marked_by_extraction_and_shown_in_the_summary_cell():
    from pipeline.docbook.write import _cell, labels_for
    doc = Document(title="t", lang="zh-CN", sections=[Section(id="s1", title="概况", level=1, paragraphs=[
        Paragraph(id="p1", text="油气在能源生产构成中的比重，已由1949年的不到1%上升到19.1%。"
                                "全市人口由2010年的300万人增加到2015年的350万人。地区生产总值增长8%。")])])
    records = extract_figures(doc)
    by = {r.mention: r for r in records}
    assert by["1%"].starts_change and not by["19.1%"].starts_change and by["19.1%"].change_from == "1%"
    assert by["300万人"].starts_change and by["350万人"].change_from == "300万人"
    assert not by["8%"].starts_change and not by["8%"].change_from       # a plain change has no start
    rows = {r.indicator: r for r in key_figures(records)}
    share = rows["油气在能源生产构成中的比重"]
    assert share.actual is by["19.1%"]
    assert _cell(share.actual, share.unit, labels_for("zh-CN")) == "1% → 19.1%"


def _key_names(text: str, lang: str = "en") -> tuple[list[str], list[str]]:
    """(indicators of all records, indicators of the summary rows) of a one-paragraph document."""
    doc = Document(title="t", lang=lang, sections=[Section(id="s1", title="Geography", level=1, paragraphs=[
        Paragraph(id="p1", text=text)])])
    records = extract_figures(doc)
    return [r.indicator for r in records], [r.indicator for r in key_figures(records)]


def test_a_coordinate_is_never_a_row_an_amount_in_degrees_is():
    """A position in degrees says where, not how much: latitude, meridian, parallel (any language)."""
    rows = key_figures((rec(1, "latitude", 58, "°"), rec(2, "meridian", 20, "°"), rec(3, "parallel", 60, "°"),
                        rec(4, "北纬", 40, "度"), rec(5, "经度", 116, "°"), rec(6, "temperature rise", 42, "°"),
                        rec(7, "total area", 1.064e8, "km²")))
    assert [r.indicator for r in rows] == ["temperature rise", "total area"]


def test_coordinates_in_an_article_are_figures_but_no_summary_rows():
    found, key = _key_names("In the southeast the 20° East meridian defines its border, and others show it "
                            "bounded at the 60° parallel. With its adjacent seas, it occupies an area of about "
                            "106,400,000 km². The ridge reaches 58° South latitude.")
    assert {"meridian", "parallel", "latitude", "area"} <= set(found)
    assert key == ["area"]


def test_an_end_of_a_range_is_never_a_row_the_range_as_one_value_is():
    found, key = _key_names("Surface water temperatures, which vary with latitude, range from below −2 °C to "
                            "over 30 °C. Surface water salinity ranges from 33 to 37 parts per thousand.")
    assert {"lowest surface water temperatures", "highest surface water temperatures"} <= set(found)
    assert key == ["surface water salinity"]


def test_an_everyday_count_of_a_plain_noun_is_never_a_row():
    """`two large troughs` names what there is; `sixty members` (a unit) and a qualified noun stay."""
    rows = key_figures((
        FigureRecord(id="p1-1-v1", paragraph="p1-1", part="text", start=0, end=1, mention="two large troughs",
                     indicator="large troughs", value=2, unit="troughs", display="2"),
        FigureRecord(id="p1-1-v2", paragraph="p1-1", part="text", start=0, end=1, mention="sixty members",
                     indicator="members of Seanad Éireann", value=60, unit="members", display="60"),
        FigureRecord(id="p1-1-v3", paragraph="p1-1", part="text", start=0, end=1, mention="two Senators",
                     indicator="Senators from each State", value=2, unit="Senators", display="2"),
        FigureRecord(id="p1-1-v4", paragraph="p1-1", part="text", start=0, end=1, mention="2 troughs",
                     indicator="troughs", value=2, unit="troughs", display="2"),
        FigureRecord(id="p1-1-v5", paragraph="p1-1", part="text", start=0, end=1, mention="五个",
                     indicator="产业推进办公室", value=5, unit="个", display="5")))
    assert [r.actual.id for r in rows] == ["p1-1-v2", "p1-1-v3", "p1-1-v4", "p1-1-v5"]


def test_totals_areas_and_volumes_are_headline_measures():
    """With more candidates than rows, an article's area and volume outrank counts of things."""
    plain = tuple(rec(n, f"islands group {n:02d}", n, "islands") for n in range(1, 25))
    facts = (rec(25, "total area", 1.064e8, "km²"), rec(26, "volume", 3.547e8, "km³"),
             rec(27, "population", 5e6, "people"))
    names = {r.indicator for r in key_figures(plain + facts)}
    assert {"total area", "volume", "population"} <= names


def test_a_countrys_indices_are_headline_measures():
    """Gini, HDI and the fertility rate outrank counts of things in a country's article."""
    plain = tuple(rec(n, f"ports group {n:02d}", n, "ports") for n in range(1, 25))
    indices = (rec(25, "Gini", 34.5, ""), rec(26, "HDI", 0.733, ""), rec(27, "low Fertility rate", 1.49, ""))
    names = {r.indicator for r in key_figures(plain + indices)}
    assert {"Gini", "HDI", "low Fertility rate"} <= names


def _rec(n: int, indicator: str, value: float, unit: str, *, change: str = "", paragraph: str = "p1-1",
         target: bool = False) -> FigureRecord:
    return FigureRecord(id=f"{paragraph}-v{n}", paragraph=paragraph, part="text", start=0, end=1, mention="x",
                        indicator=indicator, value=value, unit=unit, display=f"{value:g}", change=change,
                        target=target)


def test_an_amount_shows_the_growth_its_next_clause_gives():
    """全年实现地区生产总值3473.12亿元，按可比价计算，同比增长5.3%: two records of one indicator."""
    rows = key_figures((_rec(1, "地区生产总值", 3.47e11, "元"), _rec(2, "地区生产总值", 5.3, "%", change="+5.3%")))
    assert [(r.indicator, r.actual.id, r.actual.change) for r in rows] == [("地区生产总值", "p1-1-v1", "+5.3%")]


def test_a_growth_not_next_to_its_amount_or_for_a_duration_stays_apart():
    apart = key_figures((_rec(1, "地区生产总值", 3.47e11, "元"), _rec(2, "植树", 300, "棵"),
                         _rec(3, "地区生产总值", 5.3, "%", change="+5.3%")))
    assert apart[0].actual.change == ""                    # another figure between: not its clause
    duration = key_figures((_rec(1, "单位国内生产总值能耗", 3, "年"), _rec(2, "单位国内生产总值能耗", 4.9, "%", change="-4.9%")))
    assert duration[0].actual.change == ""                 # 三年 is when, never what grew
    other_paragraph = key_figures((_rec(1, "粮食总产量", 7e9, "斤"),
                                   _rec(2, "粮食总产量", 2.2, "%", change="-2.2%", paragraph="p2-1")))
    assert other_paragraph[0].actual.change == ""
    second_amount = key_figures((_rec(1, "投入", 5.955e11, "元"), _rec(2, "投入", 1.637e11, "元", change="+37.9%")))
    assert second_amount[0].actual.change == ""            # 1637亿元 grew 37.9%, not the 5955亿元


def test_a_paragraphs_breakdown_does_not_crowd_out_other_headlines():
    """A price index's categories after the first fifth: from the paragraph's third row on each ranks lower."""
    opening = tuple(_rec(n, f"开篇收入{n}", n, "个", paragraph="p1-1") for n in range(1, 11))       # first fifth
    prices = tuple(_rec(10 + n, f"类别{n}价格", 1 + n / 10, "%", change=f"+{1 + n / 10}%", paragraph="p3-1")
                   for n in range(1, 13))
    people = (_rec(40, "年末常住人口", 4.97e6, "人", paragraph="p4-1"),)
    filler = tuple(_rec(50 + n, f"其他事项{n}", n, "个", paragraph=f"p5-{n}") for n in range(1, 31))
    rows = [r.indicator for r in key_figures(opening + prices + people + filler)]
    assert "年末常住人口" in rows
    assert sum(r.startswith("类别") for r in rows) < 12


def test_an_opening_summary_and_a_plans_targets_are_not_crowded():
    """A report's first fifth (its summary paragraph) and a plan's targets keep all their headline rows."""
    opening = tuple(_rec(n, f"生产总值{n}", 1e10 * n, "元", change="+5%", paragraph="p1-1") for n in range(1, 8))
    rest = tuple(_rec(10 + n, f"事项收入{n}", n, "元", paragraph=f"p2-{n}") for n in range(1, 31))    # each scores 4
    targets = tuple(_rec(50 + n, f"预期收入{n}", n, "%", change=f"+{n}%", paragraph="p9-1", target=True) for n in range(1, 6))
    rows = [r.indicator for r in key_figures(opening + rest + targets)]
    assert all(f"生产总值{n}" in rows for n in range(1, 8)) and all(f"预期收入{n}" in rows for n in range(1, 6))


def test_an_english_name_opening_with_a_conjunction_is_never_a_row():
    rows = key_figures((_rec(1, "while", 2.5, "%"), _rec(2, "but do not make", 2, "%"), _rec(3, "with a small", 1, "%"),
                        _rec(4, "fertility rate", 5.97, "")))
    assert [r.indicator for r in rows] == ["fertility rate"]


def test_the_measures_an_editor_puts_first_outrank_a_breakdown():
    """Population, new jobs, fiscal revenue, the deficit: ahead of twenty named outputs with changes."""
    from pipeline.figures.summary import core_measure
    outputs = tuple(_rec(n, f"品种{n}产量", 1e4 * n, "吨", change="+3%", paragraph=f"p{n}-1") for n in range(1, 21))
    core = (_rec(30, "年末全市常住人口", 4.97e6, "人", paragraph="p30-1"), _rec(31, "城镇新增就业人口", 4.3e4, "人", paragraph="p31-1"),
            _rec(32, "全国财政赤字占国内生产总值比重", 3, "%", paragraph="p32-1", target=True))
    filler = tuple(_rec(40 + n, f"其他事项{n}", n, "个", paragraph=f"p4{n}-1") for n in range(1, 9))
    names = [r.indicator for r in key_figures(filler + outputs + core)]
    assert {"年末全市常住人口", "城镇新增就业人口", "全国财政赤字占国内生产总值比重"} <= set(names)
    assert core_measure("人均地区生产总值") and core_measure("居民消费价格涨幅") and core_measure("CPI")
    assert core_measure("budget deficit") and core_measure("population") and core_measure("GDP per capita")
    assert not core_measure("share of the population") and not core_measure("share of GDP")
    assert not core_measure("单位国内生产总值能耗") and not core_measure("出生人口数量比") and not core_measure("猪肉产量")


def test_a_proposing_verb_at_the_end_of_a_name_is_dropped_from_the_row():
    rows = key_figures((_rec(1, "中央财政赤字拟安排", 2.45e11, "元", target=True), _rec(2, "中央财政安排", 2.7e9, "元")))
    assert [r.indicator for r in rows] == ["中央财政赤字", "中央财政安排"]   # 安排 alone says what was allocated


def test_a_change_from_last_years_value_marks_its_start():
    """`由上年729万人增加到732万人`, `从5.6万元增至7.8万元`: the row shows the end with its start."""
    doc = Document(title="t", lang="zh-CN", sections=[Section(id="s1", title="概况", level=1, paragraphs=[
        Paragraph(id="p1", text="常住人口由上年729万人增加到732万人。人均地区生产总值从5.6万元增至7.8万元。")])])
    by = {r.mention: r for r in extract_figures(doc)}
    assert by["729万人"].starts_change and by["732万人"].change_from == "729万人"
    assert by["5.6万元"].starts_change and by["7.8万元"].change_from == "5.6万元"
