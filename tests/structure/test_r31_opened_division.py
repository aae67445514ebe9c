"""r31enheads (issue #11; WIDENS `headings.english_peers`' sub-heads inside numbered divisions): an excerpt
whose only (or last) numbered division's label stands STRAIGHT over an unnumbered head, no text between
(`SECTION I - REVIEW OF THE ECONOMY` / `THE PATH TO ECONOMIC RECOVERY`, `PART 2 - SERVICES` / `Libraries`):
the division opens with its first sub-head, so the heads after it nest under it. What must stay: a head
before the first division (`INTRODUCTION` before `PART 1`) and a division with its own text under the label
before the next head keep the old reading (peers after the last division)."""
from __future__ import annotations

from .helpers import doc_of, levels

PARA = "The economy grew steadily over the year, and the outlook for exports remains firm though uncertain."


def test_budget_section_opened_by_its_head():
    doc = doc_of("\n".join(["Budget Statement", "", "SECTION I - REVIEW OF THE ECONOMY", "THE PATH TO RECOVERY", "", PARA,
                            "", "ECONOMIC PROSPECTS", "", PARA]))
    assert levels(doc) == [(1, "SECTION I - REVIEW OF THE ECONOMY"), (2, "THE PATH TO RECOVERY"), (2, "ECONOMIC PROSPECTS")]


def test_plan_part_opened_by_its_head():
    doc = doc_of("\n".join(["Council Plan", "", "PART 2 - SERVICES", "", "Libraries", "", PARA, "", "Parks", "", PARA]))
    assert levels(doc) == [(1, "PART 2 - SERVICES"), (2, "Libraries"), (2, "Parks")]


def test_division_with_text_first_nests_as_before():
    doc = doc_of("\n".join(["Council Plan", "", "PART 2 - SERVICES", "", PARA, "", "Libraries", "", PARA, "", "Parks", "", PARA]))
    assert levels(doc) == [(1, "PART 2 - SERVICES"), (2, "Libraries"), (2, "Parks")]


def test_head_before_first_division_stays_its_peer():
    doc = doc_of("\n".join(["A Short History", "", "INTRODUCTION", "", PARA, "", "SECTION I - THE LAND", "Rivers", "", PARA,
                            "", "Hills", "", PARA]))
    got = levels(doc)
    assert got[0] == (1, "INTRODUCTION") and got[1] == (1, "SECTION I - THE LAND")
    assert [lv for lv, _ in got[2:]] == [2, 2]
