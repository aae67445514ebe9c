"""(r43, issue 11) A cover's line under the title naming the edition's kind and year is its subtitle.

A made-up report's cover: the issuer, the title, then `Annual Report 2024` (or `Progress Report
2022-23`, `Strategy 2024–2029`) over unnumbered sections. The kind-and-year line was read as a
level-1 heading holding every section. Right under the title, a line of a few capitalised words
ending in a kind of document and a year (front.KIND_YEAR_LINE) is the subtitle. Found by probing
English report layouts with made-up text; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

BODY = """
Introduction

The council adopted its first climate plan in 2015, and since then the number of homes heated by renewable sources has grown every year.

Transport

Residents told the consultation that transport was their main concern, and that buses in the outer districts ran too rarely.

Next steps

This section sets out what the council will do over the next five years and how it will pay for the work.
"""


@pytest.mark.parametrize("edition", ["Annual Report 2024", "Progress Report 2022-23", "Strategy 2024–2029",
                                     "Annual Review for 2019"])
def test_the_kind_and_year_under_the_title_is_the_subtitle(edition):
    text = f"Northfield Borough Council\n\nClimate Action Plan\n\n{edition}\n\f{BODY}"
    doc = structure_document(clean_text(text, source_file="report.txt"))
    assert doc.title == "Climate Action Plan"
    assert doc.subtitle == edition
    assert [s.title for s in doc.sections] == ["Introduction", "Transport", "Next steps"]


def test_a_title_that_is_itself_a_kind_and_year_keeps_the_line_under_it():
    text = f"Annual Report 2024\n\nAnnual Review for 2023\n\nThe board met four times in the year, and its report follows.\n{BODY}"
    doc = structure_document(clean_text(text, source_file="report.txt"))
    assert doc.title == "Annual Report 2024"
    assert doc.subtitle != "Annual Review for 2023"
