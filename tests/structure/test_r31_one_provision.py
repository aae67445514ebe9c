"""A legislation site's page of ONE provision, its head written with any separator the section heads
take (`Section 2: Scope and extent`, `Article 5 : Definitions`, `Regulation 3 - Application`): the head
names the page (the title) and is no heading beside it (`_one_provision_page`). r30enpdf taught the
heads a colon; the page test had not learnt it, so such a page kept its title as a heading too. What
stays: a text of two such sections keeps both as headings."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

PARAS = ["The Regulations shall apply to any workplace where building works of a temporary nature are carried out.",
         "In cases where the client is a consumer, exceptions are made for the application of the Regulations."]


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


@pytest.mark.parametrize("head", ["Section 2: Scope and extent", "Article 5 : Definitions",
                                  "Regulation 3 - Application", "Section 14. Offences"])
def test_a_page_of_one_provision_is_titled_by_its_head(head):
    doc = _doc([head, "", PARAS[0], "", PARAS[1]])
    assert doc.title == head.rstrip(".")
    assert levels(doc) == []


def test_two_provisions_keep_their_heads():
    doc = _doc(["Section 1: Citation", "", PARAS[0], "", "Section 2: Scope and extent", "", PARAS[1]])
    assert [t for _, t in levels(doc)] == ["Section 1: Citation", "Section 2: Scope and extent"]
