"""(r30enweb) A speech's title block in capitals at the body's top, its occasion line long and its date
line last over the salutations (headings._caps_stack, TITLE_STACK_LINE, the closing date): front
matter, no headings; and the caps heads that stay."""
from __future__ import annotations

import pytest

from .helpers import doc_of, levels

PARAS = ["Today marks a milestone for the Government and for the people of this country, as we take stock of "
         "the progress made over the past fifteen years.",
         "We are here to examine our achievements, the challenges we met along the way and the strategies we "
         "need for the years ahead."]

BLOCKS = {
    "statement": ["STATEMENT BY THE HON. MINISTER OF HEALTH,", "", "DR. A.B. MOYO", "",
                  "AT THE LAUNCH OF THE NATIONAL HEALTH SECTOR STRATEGIC PLAN AND THE ANNUAL JOINT REVIEW WITH HEALTH PARTNERS",
                  "", "AT THE CITY HALL", "", "TUESDAY 9 APRIL 2019", "",
                  "Honourable Ministers", "Members of Parliament", "Ladies and Gentlemen", ""],
    "remarks": ["REMARKS BY THE MINISTER OF FINANCE", "", "HON. JANE DOE", "",
                "ON THE OCCASION OF THE OPENING OF THE NATIONAL BUDGET CONFERENCE AND THE LAUNCH OF THE FISCAL STRATEGY 2024-2028",
                "", "MONDAY, 4 MARCH 2024", "", "Mr Speaker,", ""],
    "keynote": ["KEYNOTE ADDRESS", "", "BY HIS EXCELLENCY THE PRESIDENT", "",
                "AT THE OFFICIAL OPENING OF THE SECOND SESSION OF THE ELEVENTH PARLIAMENT OF THE REPUBLIC", "",
                "FRIDAY, 2 FEBRUARY 2018", "", "Madam Speaker,", ""],
}


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_the_caps_title_block_heads_nothing(name):
    doc = doc_of("\n".join([*BLOCKS[name], PARAS[0], "", PARAS[1]]))
    assert levels(doc) == []


def test_a_caps_head_under_the_block_over_its_text_stays():
    lines = ["ANNUAL REPORT", "", "MINISTRY OF WORKS", "", "FINANCIAL YEAR 2019", "", PARAS[0], "",
             "INTRODUCTION", "", PARAS[1], "", "OUR PERFORMANCE", "", PARAS[0]]
    heads = [t for _, t in levels(doc_of("\n".join(lines)))]
    assert heads[-2:] == ["INTRODUCTION", "OUR PERFORMANCE"]


def test_caps_heads_between_paragraphs_stay():
    lines = ["Speech at the Harbour Opening", "", PARAS[0], "", "THE WORK AHEAD OF US", "", PARAS[1], "",
             "OUR THANKS", "", PARAS[0]]
    assert [t for _, t in levels(doc_of("\n".join(lines)))] == ["THE WORK AHEAD OF US", "OUR THANKS"]
