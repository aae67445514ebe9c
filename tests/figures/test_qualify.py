"""qualified: a bare generic noun (增加值, 贡献率, 总额 ...) takes its qualifier from the sentence."""
from __future__ import annotations

import pytest

from pipeline.figures.qualify import qualified
from pipeline.figures.summary import key_figures
from pipeline.model import FigureRecord


def _q(name: str, text: str, mention: str) -> str:
    return qualified(name, text, text.index(mention))


@pytest.mark.parametrize("name, text, mention, want", [
    # the nearest noun before it in its clause, past a verb that reports it
    ("增加值", "非公有制经济实现增加值2189.90亿元，增长6.1%。", "2189", "非公有制经济增加值"),
    # past 的 and a preposition: what it contributes to
    ("贡献率", "三次产业对GDP增长的贡献率分别为8.3%、53.9%和37.9%。", "8.3%", "GDP增长贡献率"),
    # the clause opens with it: the topic an earlier clause of the sentence opens with
    ("增加值", "规模以上工业企业达7.6万家、增加值增长3%，一批重大项目建成投产。", "3%", "规模以上工业企业增加值"),
    ("总量", "新登记经营主体320万户、增长13%，总量达2037.7万户。", "2037", "新登记经营主体总量"),
    # a share is named by the topic with its whole
    ("占GDP的比重", "非公有制经济实现增加值2189.90亿元，增长6.1%，占GDP的比重为63.1%。", "63.1", "非公有制经济占GDP比重"),
    ("比重", "非公有制经济实现增加值2189.90亿元，占GDP的比重为63.1%。", "63.1", "非公有制经济占GDP比重"),
])
def test_a_bare_generic_noun_takes_the_noun_of_its_sentence(name, text, mention, want):
    assert _q(name, text, mention) == want


def test_a_named_measure_or_a_sentence_without_a_noun_stays():
    assert _q("地区生产总值", "全年实现地区生产总值3473.12亿元。", "3473") == "地区生产总值"
    assert _q("总额", "总额达到5亿元。", "5亿") == "总额"                   # nothing before it
    assert _q("增加值", "去年很好。增加值增长3%。", "3%") == "增加值"         # not across a sentence
    assert _q("增加值", "增长5%、增加值增长3%。", "3%") == "增加值"          # a verb opens the clause before


def test_the_summary_row_takes_the_qualified_name_and_keeps_apart_from_others():
    text = "第一产业增加值351.34亿元，增长3.9%。非公有制经济实现增加值2189.90亿元，增长6.1%。"

    def rec(n, name, mention):
        at = text.index(mention)
        return FigureRecord(id=f"p1-v{n}", paragraph="p1", part="text", start=at, end=at + len(mention),
                            mention=mention, indicator=name, value=1.0, unit="元", display=mention)
    records = (rec(1, "第一产业增加值", "351.34亿元"), rec(2, "增加值", "2189.90亿元"))
    assert [r.indicator for r in key_figures(records, texts={("p1", "text"): text})] == [
        "第一产业增加值", "非公有制经济增加值"]
    assert [r.indicator for r in key_figures(records)] == ["第一产业增加值", "增加值"]   # no texts: as named
