"""r31enheads (issue #11): a book's or a reading site's page that sets the AUTHOR'S NAME on the first line
over the title (`H. G. Wells` / `The War of the Worlds`, `T.S. Eliot` / `The Waste Land`, `Mary W. Shelley`
/ `Frankenstein; or, The Modern Prometheus`): the name (with initials) is the author, the next line the
title. What must stay: a lettered head over a line (`A. Background`), a title with no name over it, a
title opening with an abbreviation of initials (`U.S. Policy`: two unspaced initials are no name)."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PROSE = ("No one would have believed, in the last years of the century, that this world was being watched "
         "keenly and closely by intelligences greater than our own.")

CASES = [
    ("H. G. Wells", "The War of the Worlds"),
    ("T. S. Eliot", "The Waste Land"),
    ("Mary W. Shelley", "Frankenstein; or, The Modern Prometheus"),
    ("E. M. Forster", "A Room with a View"),
]


def _doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


@pytest.mark.parametrize("name,title", CASES)
def test_author_line_over_title(name, title):
    doc = _doc(f"{name}\n{title}\n\n{PROSE}\n")
    assert doc.title == title
    assert any(a.name == name for a in doc.authors)


def test_lettered_head_is_no_author():
    doc = _doc(f"Harbour Plan 2031\n\nA. Background\n\n{PROSE}\n")
    assert doc.title == "Harbour Plan 2031"
    assert not any(a.name == "A. Background" for a in doc.authors)


def test_abbreviation_of_initials_is_no_author():
    doc = _doc(f"U.S. Policy\nToward the Pacific\n\n{PROSE}\n")
    assert doc.title.startswith("U.S. Policy")
    assert not doc.authors
