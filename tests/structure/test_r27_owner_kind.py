"""(r27) A short name over a cover's bare kind of document with its year (front._owner_over_bare_kind,
issue #11): the kind line is the title and the name its author, never a part heading under a name
taken for the title; and what stays as it was."""
from __future__ import annotations

import pytest

from .helpers import doc_of, levels

PARA = "The year brought steady progress across the programme. Most targets were met on time and within budget."


def _doc(*blocks: str):
    return doc_of("\n\n".join(blocks))


@pytest.mark.parametrize("owner, kind", [
    ("Riverside Energy", "Annual Report 2031"),
    ("Eastbrook University", "Strategic Plan 2030–2034"),
    ("The Harbour Trust", "Report and Accounts 2031/32"),
    ("NORTHLAND WATER", "ANNUAL REVIEW 2030"),
    ("Greenvale Schools Partnership", "Sustainability Report 2031"),
    ("Kestrel & Finch", "Interim Results 2031"),
])
def test_a_name_over_a_bare_kind_with_its_year_is_its_author(owner, kind):
    doc = _doc(owner, kind, "Chapter 1", "Our year", PARA, "Chapter 2", "Operations", PARA)
    assert doc.title.casefold() == kind.casefold()
    assert owner in [a.name for a in doc.authors]
    assert kind not in [t for _, t in levels(doc)]
    assert [t for _, t in levels(doc)] == ["Chapter 1 Our year", "Chapter 2 Operations"]


@pytest.mark.parametrize("blocks", [
    # a kind line with a name of its own: no owner needed
    ("Riverside Energy", "Annual Report on Coastal Flooding 2031", PARA),
    # a sentence over it, a date, a numbered line: no owner's name
    ("We report on the year.", "Annual Report 2031", PARA),
    ("12 March 2031", "Annual Report 2031", PARA),
    # a title in sentence case over a section that is named like a kind
    ("Water quality in the eastern rivers", "Budget 2031", PARA, "Spending", PARA),
])
def test_what_stays(blocks):
    doc = _doc(*blocks)
    assert not (doc.title == blocks[1] and blocks[0] in [a.name for a in doc.authors])
