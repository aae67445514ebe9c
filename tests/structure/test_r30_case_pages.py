"""(r30enweb) A court's case block labelled one field a line (headings.STACKED_LABEL with an abbreviated
word: 'CASE NO.:'), the judgment named by its parties (title_evidence.case_parties_name), and a law
site's page of one provision under its location label (front._located_section); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

PARAS = ["These appeals are directed against the judgment of the High Court in a dispute over the sale of land.",
         "The facts are not in dispute and may be stated briefly before the questions of law are considered."]


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


@pytest.mark.parametrize("block, title", [
    (["CASE NO.:", "Appeal (civil) 120 of 2001", "PETITIONER:", "Ram Lal", "RESPONDENT:", "State of Punjab",
      "DATE OF JUDGMENT: 12/05/2006", "BENCH:", "A.B. KUMAR & C.D. RAO"], "Ram Lal v. State of Punjab"),
    (["Ref. No.:", "CA 44/2019", "APPELLANT:", "Northern Mills Ltd", "RESPONDENT:", "Commissioner of Income Tax"],
     "Northern Mills Ltd v. Commissioner of Income Tax"),
    (["Petitioner:", "Asha Devi", "Respondents:", "Union of India and others", "Date:", "3 March 2010"],
     "Asha Devi v. Union of India and others"),
])
def test_a_case_block_names_the_judgment_and_heads_nothing(block, title):
    doc = _doc([*block, *PARAS])
    assert levels(doc) == []
    assert doc.title == title


def test_one_party_alone_names_no_case():
    doc = _doc(["Order of the Tribunal", "", "APPLICANT:", "Asha Devi", "", *PARAS])
    assert doc.title == "Order of the Tribunal"


ITEMS = ["The Authority shall prepare an annual report in respect of each financial year.",
         "The report shall be laid before the Legislative Assembly within four months after the end of the year."]


@pytest.mark.parametrize("label, head", [
    ("Section 12Part 3 — Constitution and Powers of the Board", "Annual accounts"),
    ("Regulation 4 Chapter II - General Duties", "Duty to keep records"),
    ("Article 12Title III: Rights of Members", "Right to information"),
])
def test_a_provision_page_is_titled_by_its_heading(label, head):
    doc = _doc([label, "", head, "", ITEMS[0], "", ITEMS[1]])
    assert doc.title == head and levels(doc) == []
    assert all(i in [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs] for i in ITEMS)


def test_a_provision_page_copied_without_blank_lines():
    items = [f"a summary of the {w} of the Authority during that financial year, as the ownership agreement for that year requires;"
             for w in ("activities", "strategic goals", "performance targets", "equity investments", "capital withdrawals", "loans")]
    doc = _doc(["Section 12Part 3 — Constitution and Powers of the Board", "Annual accounts",
                "The annual report shall report the performance of the Authority in that financial year, and shall include —", *items, ITEMS[1]])
    assert doc.title == "Annual accounts" and levels(doc) == []


def test_a_part_heading_opening_a_text_is_no_location_label():
    doc = _doc(["Public Health Act", "", "Part 2 — Establishment of the Authority", "", "Annual accounts", "", *ITEMS])
    assert doc.title == "Public Health Act"
