"""Indicator naming rules of branch naming2 (issue 14, round 4): each names a phenomenon seen in at
least two documents of the corpus (tests/figures/corpus/README.md lists them); the made-up sentences
below test it, and where it must not fire."""
from __future__ import annotations

import pytest

from tests.figures.test_clauses_en import _named as _named_en
from tests.figures.test_indicator import _named


# --- English ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, expected", [
    # a preposition after a percentage opens a phrase of time or place: never the name
    ("Core inflation was 3.1 per cent over the year to March.", "3.1 per cent", "Core inflation"),
    ("Joblessness reached 18% among the under-25s.", "18%", "Joblessness"),
])
def test_a_preposition_after_a_percentage_names_nothing(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_a_noun_after_a_percentage_still_names_it():
    assert _named_en("It is still far from the 3 per cent ceiling of the treaty.")["3 per cent"] == "ceiling"


@pytest.mark.parametrize("text, mention, expected", [
    # the same measure at another time, after `, down from` / `, up from the trough of` / `, rising to`
    ("Wage growth was 4.2 per cent in June, down from 4.6 per cent a year earlier.", "4.6 per cent", "Wage growth"),
    ("The vacancy rate was 6.1% in May, up from the trough of 4.9% in 2021.", "4.9%", "trough of vacancy rate"),
    ("Output growth of 2% is expected in 2025, rising to 2.4% in 2026.", "2.4%", "Output growth"),
])
def test_a_value_reached_from_or_compared_with_the_one_before_measures_the_same(text, mention, expected):
    assert _named_en(text)[mention] == expected


def test_two_measures_with_their_own_names_are_not_joined():
    named = _named_en("Exports were 12% of output, while imports rose 3% in 2019.")
    assert named["3%"] != named["12%"]


@pytest.mark.parametrize("text, mention, expected", [
    # a measure noun alone (rate, average) measures the clause's subject
    ("The sales tax should be kept at the current rate of 7% next year.", "7%", "sales tax rate"),
    ("Exports grew steadily over the year, by an average of 0.6 per cent per month.", "0.6 per cent", "Exports growth"),
    ("Should the deficit remain at an average of 3% for the next years, debt would rise.", "3%", "deficit"),
])
def test_a_bare_measure_noun_is_the_subjects(text, mention, expected):
    assert _named_en(text)[mention] == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a value after a verb of change and `by`: what changed, with the change
    ("The payroll of the agency has been cut by about $4,000,000.", "$4,000,000", "reduction of payroll of the agency"),
    ("The plan will reduce the tax burden over three years by more than $9,000,000.", "$9,000,000", "tax burden reduction"),
    ("Household saving has increased by 14% annually since 2019.", "14%", "Household saving increase"),
])
def test_a_change_by_an_amount_is_named_by_what_changed(text, mention, expected):
    assert _named_en(text)[mention] == expected
