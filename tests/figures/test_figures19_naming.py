"""(figures19) Names that were no names: a verb carrying the value, a bracketed aside after a count."""
from __future__ import annotations

from pipeline.figures.indicator import noun_after, subject_before, term_before

from .documents import indicators_of


def test_a_verb_alone_is_no_name_the_term_before_it_is():
    named = indicators_of("全县粮食总产量再创历史新高，达到45.6万吨、增长3.1%。")
    assert named["45.6万吨"] == "全县粮食总产量"
    named = indicators_of("外贸进出口总额稳中有进，实现820亿元，比上年增长6%。")
    assert named["820亿元"] == "外贸进出口总额"
    assert term_before("城乡居民收入持续较快增长", 0, 12) == "城乡居民收入"


def test_a_verb_of_holding_after_a_counting_adverb_is_no_name():
    named = indicators_of("全年，招商推介会累计举行36场，签约项目12个。")
    assert named["36场"] == "招商推介会"
    assert subject_before("农民夜校共举办", 0, 7) == "农民夜校"
    assert subject_before("先后举办", 0, 4) == "先后举办"         # an adverb alone is kept for the next rule


def test_a_verb_alone_takes_its_object_after_the_count_first():
    named = indicators_of("全区文化事业稳步发展，先后举办五届龙舟文化节。")
    assert named["五届"] == "龙舟文化节"


def test_a_bracketed_aside_after_a_count_is_no_name():
    named = indicators_of("全年主动公开部门规章27件(含新制定9件)，办理群众来信410件。")
    assert named["27件"] == "主动公开部门规章"
    named = indicators_of("新建改建乡村公路桥梁45座（含危桥改造工程），惠及群众3万人。")
    assert named["45座"] == "新建改建乡村公路桥梁"


def test_a_gloss_of_the_measure_word_is_skipped():
    assert noun_after("建成40条（个）美丽河湖", 5) == "美丽河湖"
    assert noun_after("30個（gè）縣區", 3) == "縣區"
    assert noun_after("12个（其中民办5个）", 3).startswith("（")   # an aside stays (weak.py reads it)
