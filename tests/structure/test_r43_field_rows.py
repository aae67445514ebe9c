"""(r43, issue 11) A record's field rows are no heads.

Made-up minutes of a committee: `Present: Cllr Smith (Chair), Cllr Jones` over `Apologies: Cllr Brown`
over the minutes' text. The second row, a short line with no end mark, was read as the minutes' only
heading. Two or more `Label: value` rows together (english.FIELD_ROW: a label of one to three words
and no digit, its value on the line) give values; none heads the text under it. Found by probing
English texts without headings; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

TEXT = """Minutes of the Library Committee, 4 March 2024

{rows}

The committee heard that the central library will reopen in May, after a refit that took two years and ran a little over its budget.

Members asked for the opening hours to be kept as they were before the refit, including the late opening on Thursdays.

The meeting closed at 8.15pm.
"""


@pytest.mark.parametrize("rows", ["Present: Cllr Smith (Chair), Cllr Jones, Cllr Patel\n\nApologies: Cllr Brown",
                                  "Date: Monday 4 March 2024\n\nVenue: Council Chamber, Town Hall\n\nChair: Cllr Smith",
                                  "Present: Cllr Smith\nApologies: Cllr Brown\nIn attendance: J. Example (Clerk)"])
def test_field_rows_are_no_heads(rows):
    doc = structure_document(clean_text(TEXT.format(rows=rows), source_file="minutes.txt"))
    assert doc.sections == []


def test_a_numbered_colon_head_over_text_still_heads():
    text = """Annual Report of the Library Service

Part 1: Our year

The central library reopened in May, after a refit that took two years and ran a little over its budget.

Part 2: Our plans

Next year the service will open two new branch libraries in the north of the borough.
"""
    doc = structure_document(clean_text(text, source_file="report.txt"))
    assert [s.title for s in doc.sections] == ["Part 1: Our year", "Part 2: Our plans"]
