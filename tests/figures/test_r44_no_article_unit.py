"""(r44, issue 11) A number followed by `the` has no unit after it. The text is made up.

`up from 28,100 the year before` compares with last year; it counts no years (`english._NO_ADJ`: `the`,
`than`, `from` … never stand between a number and its unit). `12 full years` keeps its unit.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.figures import extract_figures
from pipeline.structure import structure_document

TEXT = """Visitors to the Harbour

Visitors

The visitor hut welcomed 32,400 people, up from 28,100 the year before. The lease runs for 12 full years.
"""


def test_a_number_before_the_year_counts_no_years():
    doc = structure_document(clean_text(TEXT, source_file="visitors.txt"))
    found = {f.mention: f.unit for f in extract_figures(doc)}
    assert "28,100 the year" not in found
    assert found.get("32,400 people") == "people"
    assert found.get("12 full years") == "years"
