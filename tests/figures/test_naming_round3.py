"""Indicator naming rules of branch naming (issue 14, round 3: xq1, xq5, xr1, xr2): each names a
phenomenon; the made-up sentences below test it, and where it must not fire."""
from __future__ import annotations

import pytest

from pipeline.figures.numerals import scan_numerals
from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.documents import indicators_of


# --- Chinese ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # growing to a size: the verb is no part of the name
    ("全县的合作社已发展到了三百二十个。", "三百二十个", "合作社"),
    ("会员人数增长到3000人。", "3000人", "会员人数"),
    # a copular judgement before the clause is no headless relative (`X是…的，`)
    ("形势是好的，今年我们的队伍已发展到了四万人，民兵发展到了十二万人。", "四万人", "队伍"),
])
def test_a_verb_of_growing_to_a_size_and_a_judgement_name_nothing(text, mention, expected):
    assert indicators_of(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a hedge of size opening the clause is no part of the name
    ("东线所担负的，不过敌军的百分之三十。", "百分之三十", "敌军"),
    ("河西的新区，只有人口八十万，是最小的一个。", "八十万", "人口"),
    # an adverb of the past alone: the sentence's topic names what grew
    ("战争时期的地方部队，保存了自己的传统，曾经扩大到几十万人。", "几十万人", "地方部队人数"),
])
def test_hedges_and_adverbs_before_a_count_name_nothing(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_headless_relative_still_names_the_people_it_counts():
    assert indicators_of("参加这次会议的，包括二十三个单位，一百三十四人。")["一百三十四人"] == "参加会议的人数"


def test_a_body_counted_twice_and_its_share_are_named_by_the_body():
    named = indicators_of("在来犯的敌军三十个旅，四十万人中，东线抗击的是十八个旅，二十四万人，占了百分之六十；"
                   "西线抗击的，不过十二个旅，十六万人，仅占百分之四十。")
    assert named["四十万人"] == "来犯的敌军人数" or named["四十万人"] == "敌军人数"
    assert named["二十四万人"] == "东线抗击人数"
    assert named["百分之六十"] == "东线抗击人数比重"
    assert named["十六万人"] == "西线抗击人数"          # the clause before the count is only a hedge (不过)
    assert named["百分之四十"] == "西线抗击人数比重"


@pytest.mark.parametrize("text, mention, expected", [
    # two acts on one body joined by 和: the count is of the last act's object
    ("轰动一时的“改编”游击队和收编南方游击队部队三千余人的事件。", "三千余人", "收编南方游击队部队"),
    # two different nouns joined by 和: one list, kept whole
    ("表彰先进集体和先进个人300名。", "300名", "表彰先进集体和先进个人"),
])
def test_a_body_named_twice_in_a_coordination(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_second_count_with_its_own_noun_is_no_restatement():
    named = indicators_of("建成东湖路等4个菜市场,13个早点加工配送中心。")
    assert named["13个"] == "早点加工配送中心"


@pytest.mark.parametrize("text, display", [
    ("人民每年缴纳三千万至五千万市担的粮食。", "3000万至5000万"),   # the first end leaves its unit to the second
    ("全国有四万万五千万人口。", "4.5亿"),                        # 万万: the older 亿
    ("全区产粮一万万斤。", "1亿"),
])
def test_ten_thousand_ten_thousands_and_a_range_sharing_its_unit(text, display):
    assert [q.display for q in scan_numerals(text)] == [display]


def test_a_range_needs_its_joining_word_to_share_a_unit():
    assert [q.display for q in scan_numerals("七千万，一万万市担")] == ["7000万", "1亿"]      # two figures


# --- English ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # a comparative with its `than` phrase, never `higher` alone
    ("Wages there were 35% higher than the regional average of $41,000.", "35%", "higher than the regional average"),
    # a superlative: the sentence's subject
    ("In 2019 the county's median income rose fast and was the highest of any county at $91,250.", "$91,250",
     "county's median income"),
    ("Profits were the highest ever at $3 million in 2010.", "$3 million", "Profits"),
    ("Exports were 12% higher in 2019.", "12%", "Exports"),                    # no `than`: the subject
    # a reduced relative of estimating: the noun phrase before the comma
    ("The field has reserves roughly equal to the known reserves of the whole region, estimated to be 12 billion barrels.",
     "12 billion barrels", "known reserves of whole region"),
    # `X is <adjective>, with N% of …`: X
    ("Unemployment is very high, with 31% of young people out of work.", "31%", "Unemployment"),
    # shares in brackets after the items of `<whole> comes from …`
    ("Council income comes mainly from property taxes (41.5%), parking fees (12.5%), and grants from the state (30%).",
     "41.5%", "property taxes' share of council income"),
    ("Council income comes mainly from property taxes (41.5%), parking fees (12.5%), and grants from the state (30%).",
     "30%", "grants' share of council income"),
    # a share set off by commas between a subject and its copula
    ("The bulk of the island's imports, 71% in 2012, are fuels.", "71%", "fuels' share of the island's imports"),
    # a passive verb of estimating or a predicate adjective taken for the name: the clause's subject
    ("If exports are excluded, output has been estimated at 3.1% for the year.", "3.1%", "output"),
    ("At the end of June, gold holdings were put at US$12 billion.", "US$12 billion", "gold holdings"),
    ("The country's public debt is very low at about 4% of GDP.", "4%", "country's public debt"),
    # livestock by the head
    ("The ranches keep over 2,400 head of sheep and goats.", "2,400 head", "head of sheep"),
])
def test_english_names_a_weak_first_reading_leaves(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Exports rose 12% in 2019.", "12%", "Exports"),                                # no comparative, no rename
    ("Literacy rates vary, with 40% in the north.", "40%", "north"),               # `vary` is no adjective judged
])
def test_english_names_that_are_not_weak_stay(text, mention, expected):
    assert _named_en(text)[mention] == expected


# --- the topic a defining sentence sets (topic.py) -----------------------------------------------

def test_a_defined_topic_fills_the_object_and_the_subject_its_clauses_leave_out():
    named = indicators_of("新办法是除房租由公家负担之外，其余如米（每人每日二斤）、炭（每人每日三斤）等，一律自己解决，"
                   "约占全部开支的百分之四十，可以在三年内逐步做到。")
    assert named["三斤"] == "炭的供给量（每人每日）"
    assert named["百分之四十"] == "新办法解决占全部开支"
    assert named["三年"] == "做到新办法的期限"


@pytest.mark.parametrize("text, mention, expected", [
    # a demonstrative topic points back, it defines nothing: the name stays
    ("这是一个难题，我们可以在三年内逐步做到。", "三年", "做到的期限"),
    # a sentence defining no topic: the name stays
    ("我们可以在三年内逐步做到。", "三年", "做到的期限"),
])
def test_no_defined_topic_leaves_the_name(text, mention, expected):
    assert indicators_of(text)[mention] == expected


# --- a fact sheet's bare list item (extract.py `_fact_row`) ----------------------------------

def _section_figures(title: str, *texts: str) -> list[tuple[str, str, str]]:
    from pipeline.figures import extract_figures
    from pipeline.model import Document, Paragraph, Section

    paragraphs = [Paragraph(f"p1-{i}", t) for i, t in enumerate(texts, 1)]
    doc = Document("t", "en", sections=[Section("s1", title, 2, paragraphs)])
    return [(r.mention, r.indicator, r.when) for r in extract_figures(doc)]


def test_a_bare_value_item_under_a_heading_is_named_by_the_heading():
    assert _section_figures("Population", "- 7,512,000 (July 2011 est.)") == [("7,512,000", "Population", "2011")]
    assert _section_figures("Area", "- 28748.5") == [("28748.5", "Area", "")]


@pytest.mark.parametrize("title, text", [
    ("History", "- 1998"),                   # a year, not a value
    ("Steps", "- 3"),                        # a short number: an item's label
    ("Release 2.0", "- 12,000"),             # a heading with digits names no measure
    ("Population", "About 7,512,000 people live here (2011)."),    # prose: the general reading names it
])
def test_items_that_are_no_fact_rows(title, text):
    assert all(indicator != title for _, indicator, _ in _section_figures(title, text))


@pytest.mark.parametrize("text, mention, expected", [
    # a clause's verb or an infinitive cut off the name's end
    ("In total, the region's 2019 output amassed $88.2 Billion in 2010 dollars.", "$88.2 Billion", "region's 2019 output"),
    ("Analysts expect the bank's loan growth to only average 1.5% next year.", "1.5%", "bank's loan growth"),
    # an existential: what the value is in
    ("By mid-2010 there were over $40 billion in wind farm projects under review.", "$40 billion", "wind farm projects"),
    # a bracketed comparison: the value before it, in the other place
    ("The median rent was $1,250 in Dunmore (compared to $980 in the state as a whole).", "$980",
     "median rent (the state as a whole)"),
    # a percentage before a compound noun
    ("The town ran a 2.5% budget surplus over the period.", "2.5%", "budget surplus"),
    # a `that` clause: the subject after `that`
    ("The survey found that rents in the city were 12% above the national level.", "12%", "rents in the city"),
])
def test_english_names_tidied(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, expected", [
    # ten or more in words, two modifiers before the plural noun: a report's count (generic alone)
    ("In fourteen recent test launchings, at ranges of over 5,000 miles, it struck its target.",
     [("fourteen recent test launchings", 14, "launchings", False), ("5,000 miles", 5000, "miles", False)]),
    ("They ran twenty small pilot schemes.", [("twenty small pilot schemes", 20, "schemes", True)]),
    # under ten, or a function word among the modifiers: not a figure
    ("He had three little gray kittens.", []),
    ("the first of the twelve and only copies", []),
])
def test_a_count_in_words_with_two_modifiers(text, expected):
    from pipeline.figures.english import scan_english
    assert [(text[q.start:q.end], q.value, q.unit, q.generic) for q in scan_english(text)] == expected


# --- round 3b: rules after xr4's first sight (a 1948 commentary in Chinese numerals) ----------------

@pytest.mark.parametrize("text, mention, expected", [
    # a measure noun alone, with no owner in its clause: the sentence topic's
    ("守备部队在战役的第一年底，即今年五月底，总数约计尚有四十二万人。", "四十二万人", "守备部队总数"),
    # `其数量` points at the clause before, not at the topic: the rule stays out
    ("此外，则调集大批民工修路，其数量达到了十二万人之多。", "十二万人", "数量"),
    # a counted noun after 有 with no owner in its clause: the topic owns it
    ("地方的民兵，因为大量扩编，至今年五月底，尚有一百二十个团的番号。", "一百二十个", "民兵团数"),
    # `X包括…在内` is an aside of the topic
    ("这样对方的全部兵力包括海空军、后勤机关在内，现在只有八十万左右的人数。", "八十万", "全部兵力人数"),
    # a connective, a supposition or a time span opening the clause
    ("但在此期内又补充了约三十四万人。", "三十四万人", "补充"),
    ("假定它能补充二十万人，亏短数为十万人。", "二十万人", "补充"),
])
def test_topic_measures_owners_and_openers(text, mention, expected):
    assert indicators_of(text)[mention] == expected


def test_a_from_to_chain_across_clauses_keeps_one_name():
    named = indicators_of("地方部队，则由一九四六年六月的二十万人，增至一九四八年六月的四十五万人，现在又增至五十余万人。")
    assert named["二十万人"] == named["四十五万人"] == named["五十余万人"] == "地方部队"


def test_a_value_nothing_names_still_gets_a_name_of_two_characters():
    named = indicators_of("四个月内，即被歼灭了营以上部队合计共八十三个师。")
    assert len(named["四个月"]) >= 2
