"""(r42, issue 11) A report's title whose subject opens with `Home` is no listing's trail.

A made-up council review titled `Home Repair Grants Review 2024` lost its title: the line read
as a site's trail with its separators lost (`Home Some Laws 2002 Page 10`, every word capitalised,
ending in a listing's page number), because a year ends it. A trail ends on a page's number, not on
a year (title_evidence.EN_LISTING_TRAIL). Found by probing English page kinds with made-up text;
no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.title_evidence import EN_LISTING_TRAIL

BODY = """

1. Introduction

The service is open to every resident of the borough who is over eighteen and has lived here for at least a year before applying.

2. Findings

Applications are read by a panel of three officers, who meet once a month and write to each applicant within ten working days.
"""


@pytest.mark.parametrize("title", ["Home Repair Grants Review 2024", "Home Energy Efficiency Annual Report 2023",
                                   "Home Office Migration Statistics 1998"])
def test_a_title_about_homes_ending_in_a_year_is_the_title(title):
    assert structure_document(clean_text(title + BODY, source_file="review.txt")).title == title


@pytest.mark.parametrize("trail", ["Home Some Laws 2002 Page 10", "Home Acts 1999 12", "Home Regulations Index 3"])
def test_a_listing_trail_still_reads_as_one(trail):
    assert EN_LISTING_TRAIL.match(trail)
