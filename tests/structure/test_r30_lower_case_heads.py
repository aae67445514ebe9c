"""(r30enweb) Section heads copied in their author's case where the site's style sheet sets them in
capitals (english._lower_case_heads): `fiscal years 2024-25 Work plan`; and what stays body."""
from __future__ import annotations

import pytest

from .helpers import doc_of, levels, texts

P1 = ("The council adopted its plan on 4 March after a planning process that ran for six months and "
      "drew on the views of residents, businesses and staff.")
P2 = ("The plan sets out the projects that the council will deliver over the next two years, with the "
      "budget for each and the department that leads it.")
P3 = ("Residents can comment on the plan at any time through the council's website or at the public "
      "meetings held each quarter in the town hall.")

PAGES = {
    "city_strategy": ["Council Strategic Plan", "", P1, "", "fiscal years 2024-25 and 2025-26 Work plan", "", P2, "",
                      "planning and engagement process Overview", "", P3],
    "agency_guidance": ["Grants for Small Farms", "", P1, "", "who can apply for a Grant", "", P2, "",
                        "how to apply Online", "", P3],
    "county_report": ["Annual Report 2023", "", P1, "", "our year in Numbers", "", P2, "",
                      "looking ahead to 2024 and the New Plan", "", P3],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_heads_typed_in_small_letters_under_a_capitals_style_are_heads(name):
    lines = PAGES[name]
    doc = doc_of("\n".join(lines))
    heads = [t for _, t in levels(doc)]
    assert heads == [lines[4], lines[8]]
    assert all(p in texts(doc) for p in (P1, P2, P3))


def test_one_such_line_beside_a_found_head():
    lines = ["Library Services", "", P1, "", "Opening Hours", "", P2, "", "borrowing e-books From home", "", P3]
    assert [t for _, t in levels(doc_of("\n".join(lines)))] == ["Opening Hours", "borrowing e-books From home"]


@pytest.mark.parametrize("lines", [
    # a sentence going on over a blank line: the block before ends on no stop
    ["Council Strategic Plan", "", "The council adopted its plan on 4 March after a process run by the", "",
     "city manager and the Council Office", "", P2, "", "as agreed with the Mayor", "", P3],
    # small-letter lines with no capital inside: clauses or items, not heads
    ["Council Strategic Plan", "", P1, "", "research to ensure best practices", "", P2, "",
     "consultation with stakeholders", "", P3],
    # one alone with no other head: a stray line
    ["Council Strategic Plan", "", P1, "", "fiscal years 2024-25 Work plan", "", P2],
    # a line ending on a comma or a function word
    ["Council Strategic Plan", "", P1, "", "fiscal years 2024-25 Work plan,", "", P2, "",
     "planning process Overview of the", "", P3],
])
def test_small_letter_lines_that_stay_body(lines):
    doc = doc_of("\n".join(lines))
    assert levels(doc) == []
