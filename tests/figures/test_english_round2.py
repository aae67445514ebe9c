"""English figures rules from the round-2 documents (issue 14, branch figures: xq5 a country's
demographics, xq7 the budget part of an annual message). Each rule names a phenomenon; the made-up
sentences below test it, and where it must not fire."""
from __future__ import annotations

import pytest

from pipeline.figures.english import scan_english
from tests.figures.test_clauses_en import _named


def found(text: str) -> list[tuple[str, float, str]]:
    return [(text[q.start:q.end], pytest.approx(q.value), q.unit) for q in scan_english(text)]


@pytest.mark.parametrize("text, expected", [
    # digits and scale words in turn, a fraction before a scale, a plural scale: one amount
    ("Outlays will be 61 billion 3 hundred million this year.", [("61 billion 3 hundred million", 61.3e9, "")]),
    ("a saving of 4 hundred million dollars a year", [("4 hundred million dollars", 4e8, "dollars")]),
    ("the bill came to about $7 1/2 billions, it is said", [("$7 1/2 billions", 7.5e9, "dollars")]),
    ("8 hundred people came", [("8 hundred people", 800, "people")]),
    ("3.5 million people", [("3.5 million people", 3.5e6, "people")]),                  # unchanged
    # a bare count after a noun of population, thousands grouped by commas or spaces
    ("Ruritania has a Greek population of over 150,000, mostly in the south.", [("150,000", 150000, "")]),
    ("the total population was 7 512 000 in 2011.", [("7 512 000", 7512000, "")]),
])
def test_amounts_with_scale_words_and_population_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Section 5 hundred",                       # a label's number stays a label's
    "half of the 1/2 inch pipes",              # a fraction with no scale word after it is no amount
    "The population was 1990 strong",          # a year after a population noun is no count
    "the population of 12 villages",           # a count with its own noun is that noun's
])
def test_scale_and_population_rules_do_not_fire_elsewhere(text):
    got = [t for t, _, _ in found(text)]
    assert "1/2" not in " ".join(got) and "1990" not in got and "12" not in got and "5 hundred" not in got


@pytest.mark.parametrize("text, mention, expected", [
    # a measure as the subject of a copula or before `of`, right before the value
    ("The maternal mortality rate is 530.2 deaths for every 100,000 live births.", "530.2 deaths",
     "maternal mortality rate"),
    ("Elbonia had a population of 4.2 million inhabitants in 2010.", "4.2 million inhabitants", "population"),
    ("The deficit with which the ministry is now faced is about 12 billion dollars.", "12 billion dollars", "deficit"),
    # `as many as` is a bound, its `many` no noun
    ("The Dutch community might include as many as 20,000 persons by now.", "20,000 persons",
     "Dutch community might include"),
    # a duration before `ago`: the time since the event
    ("The old harbour walls were built 90 years ago by convicts.", "90 years", "time since old harbour walls were built"),
    # a subject named in an aside
    ("The money left over, known as the reserve, is about 3 billion dollars.", "3 billion dollars", "reserve"),
])
def test_measure_subjects_time_since_and_names_in_asides(text, mention, expected):
    assert _named(text)[mention] == expected


@pytest.mark.parametrize("text, mention, not_expected", [
    ("The rate of inflation rose by 4 percent.", "4 percent", "inflation rate"),        # a change: no copula, no `of`
    ("The farm laws were written over 27 years.", "27 years", "time since"),             # no `ago`
    ("The fund, which the state set up, is 5 billion dollars.", "5 billion dollars", "state set up"),   # no name given
    ("Exports, described in detail below, rose by 3 billion dollars.", "3 billion dollars", "detail"),  # no copula
])
def test_round2_rules_leave_other_shapes_alone(text, mention, not_expected):
    assert not_expected not in _named(text).get(mention, "")


def test_no_english_indicator_ends_in_a_comma():
    named = _named("The amount of income over outgo, to be applied against our debt, is 4 billion dollars.")
    assert not named["4 billion dollars"].endswith(",")


@pytest.mark.parametrize("text, kept", [
    ("Prices fell. 1960 promises to be the most prosperous year.", []),      # a year opening a sentence, its verb after
    ("In all, 1960 workers went on strike.", ["1960 workers"]),              # inside a sentence: a count
    ("Yes. 1980 workers that were laid off came back.", ["1980 workers"]),   # no verb after the noun: a count
])
def test_a_year_opening_a_sentence_before_its_verb_is_no_count(text, kept):
    assert [t for t, _, _ in found(text)] == kept
