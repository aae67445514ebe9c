"""(r30enweb) A section page's first head restating its headline with more words, over the text's first
paragraph (headings._restated_head): the content block's head; and what stays front matter or body."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

PROSE = ("The Act requires the Board to report on the performance of its functions at least once a year to "
         "the Speaker, who lays the report before the House.")


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


@pytest.mark.parametrize("headline, head", [
    ("Annual reports", "Annual reports by the Standards Board"),
    ("Work Plan", "About the Council's Work Plan"),
    ("Freedom of information", "Freedom of information requests to the Authority"),
])
def test_the_restated_head_heads_the_page(headline, head):
    doc = _doc([headline, "", head, "", PROSE, "", PROSE])
    assert doc.title == headline and [t for _, t in levels(doc)] == [head]


@pytest.mark.parametrize("headline, second", [
    ("Budget 2024", "Budget 2024 brings relief for families."),   # a deck closing a sentence
    ("Annual reports", "Our annual reportsare published each year"),   # not the headline's words as words
])
def test_decks_and_caps_lines_are_no_heads(headline, second):
    doc = _doc([headline, "", second, "", PROSE, "", PROSE])
    assert second not in [t for _, t in levels(doc)]
