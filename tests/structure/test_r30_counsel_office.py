"""(r30enweb) A counsel's office named over the page (`… Legal Counsel`, `Legislative Counsel`) is a body
(institution.BODY_END + counsel): with the document's name under it, that name is the title; alone
over running text it stays the title."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PROSE = ("This procedure sets out the steps to be followed when a new policy is created or an existing policy "
         "is reviewed, and the format that every policy must follow.")


def _title(lines: list[str]) -> str:
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt")).title


@pytest.mark.parametrize("office, name", [
    ("Faculty Office and Legal Counsel", "Procedure for Approving Course Changes Policy"),
    ("Legislative Counsel", "Guide to Drafting Regulations"),
    ("Corporate Secretariat and General Counsel", "Records Retention Policy"),
])
def test_the_document_under_the_office_is_the_title(office, name):
    assert _title([office, "", office, office, "", name, "", PROSE]) == name


def test_the_office_alone_over_text_stays_the_title():
    assert _title(["Legislative Counsel", "", PROSE, "", PROSE]) == "Legislative Counsel"
