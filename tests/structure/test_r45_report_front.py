"""(r45, issue 11) A report's title block: the occasion it was laid on and a labelled byline. The texts are made up.

`Presented to the Board on 9 January 2031` under a report's title (english.OCCASION_LINE widened to reports
laid, submitted or presented to a body) is the title block's occasion and date, as a speech's `Delivered at
…`; set without a blank line under the title (wrapped over lines or not), it is split off the title
(`_occasion_under`). The byline under it names its office (`Chief Executive: Laura Finch`, `Laura Finch,
Chief Executive`: front.role_byline), under an issuing body's name too. Lower in the text, a list of
papers each with the day it was laid stays body text.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import role_byline

BODY = """1 Review of the Year

The trust let 212 new homes in the year and finished the repairs it had promised to every tenant in the north ward.

2 Finance

Income from rents rose by four per cent, while the cost of repairs fell for the second year running.
"""


@pytest.mark.parametrize("title", [["Riverside Housing Trust Annual Report 2030"],
                                   ["Riverside Housing Trust", "Annual Report 2030 on Homes and Repairs"]])
def test_occasion_and_byline_under_a_report_title(title):
    text = "\n".join(title + ["Presented to the Board on 9 January 2031", "Chief Executive: Laura Finch", "", BODY])
    doc = structure_document(clean_text(text, source_file="report.txt"))
    assert doc.subtitle == "Presented to the Board on 9 January 2031"
    assert doc.date == "2031-01-09"
    assert [(a.name, a.role) for a in doc.authors if a.kind == "person"] == [("Laura Finch", "Chief Executive")]
    assert [s.title for s in doc.sections] == ["1 Review of the Year", "2 Finance"]


def test_papers_laid_lower_down_stay_body_text():
    text = ("Board Papers 2031\n\nThe board received these papers in the year.\n\n"
            "Repairs Strategy\nPresented to the Board on 9 January 2031\n\n"
            "Rent Setting Policy\nPresented to the Board on 3 April 2031\n\n"
            "Both papers were approved without changes and are published with the minutes.\n")
    doc = structure_document(clean_text(text, source_file="papers.txt"))
    kept = " ".join(p.text for p in doc.front) + " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "Presented to the Board on 3 April 2031" in kept and "Repairs Strategy" in kept + " ".join(s.title for s in doc.sections)
    assert not doc.authors


@pytest.mark.parametrize("line, person", [
    ("Chief Executive: Laura Finch", ("Laura Finch", "Chief Executive")),
    ("Laura Finch, Chief Executive", ("Laura Finch", "Chief Executive")),
    ("Prepared by: Tom Reed", ("Tom Reed", "")),
    ("Summary: Rents rose again", None),          # a label that is no office over words that are no name
    ("Chief Executive: to be appointed", None),
    ("Repairs, Chief Executive", None),
])
def test_role_byline(line, person):
    author = role_byline(line)
    assert (author.name, author.role) == person if person else author is None
