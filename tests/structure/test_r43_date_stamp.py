"""(r43, issue 11) A page's date stamp under its headline is front matter and the document's date.

A made-up council page printed `Published 3 March 2024` (or the date alone) between its headline and
its first section head, asked as a question. The date stayed a body paragraph with no end mark, so the
question head under it, which needs a closed sentence or a heading above, was read as text. The title
block now takes a date stamp (front.stamped_date) as front matter and gives the document its date.
Found by probing English page kinds with made-up text; no corpus heading changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import stamped_date

QUESTIONS = ["Why does the council need a plan?", "How did we consult residents?", "What did people tell us?",
             "What happens next?"]
ANSWER = ("The council adopted its first climate plan in 2015, and since then the number of homes heated by "
          "renewable sources has grown every year, though more slowly than the plan expected.")


def page(stamp: str) -> str:
    body = "".join(f"{q}\n\n{ANSWER}\n\n" for q in QUESTIONS)
    return f"Climate Action Plan: Report to Residents\n\n{stamp}\n\n{body}"


def heads(doc):
    return [s.title for s in doc.sections]


@pytest.mark.parametrize("stamp,iso", [("Published 3 March 2024", "2024-03-03"), ("3 March 2024", "2024-03-03"),
                                       ("Posted on June 1, 2021 10:46 AM", "2021-06-01"),
                                       ("Updated March 2020", "2020-03")])
def test_the_question_under_a_date_stamp_is_the_first_head(stamp, iso):
    doc = structure_document(clean_text(page(stamp), source_file="plan.txt"))
    assert doc.title == "Climate Action Plan: Report to Residents"
    assert heads(doc) == QUESTIONS
    assert doc.date == iso


@pytest.mark.parametrize("line", ["Published in 2024 by the council.", "3 March 2024 was the day the plan began.",
                                  "Updated guidance on bins", "Posted to every home"])
def test_lines_that_only_mention_a_date_are_no_stamp(line):
    assert stamped_date(line) == ""
