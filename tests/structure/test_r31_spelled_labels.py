"""r31enheads (issue #11; WIDENS `headings.DIVISION_LABEL`): a book's division label with its number
SPELLED in title case alone on its line over the division's name (`Book One.` / `The Coming of the
Martians`, `Chapter Two` / `The Storm`), as a reading site or a plain-text edition sets it, with or
without blank lines: label and name are one heading, as `CHAPTER I.` / `The Period` and `PART ONE` /
`THE RETURN` already were. What must stay: a label over a sentence (`Chapter One.` / `It was late when
the boat came in.`), a label over a numbered head."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PROSE = ("The harbour was quiet that evening, and the boats lay at their moorings while the tide turned "
         "slowly under the pier and the lamps came on along the front.")

NO_BLANKS = f"""The Lamplighter's Daughter
Book One.
The Quiet Years
Chapter One.
The Harbour at Dusk
{PROSE}
Chapter Two.
A Letter from the Capital
{PROSE}
"""

BLANKS = f"""The Lamplighter's Daughter

Book One

The Quiet Years

Chapter One

The Harbour at Dusk

{PROSE}

Chapter Two

A Letter from the Capital

{PROSE}
"""

CAPS = f"""The Lamplighter's Daughter

BOOK ONE
THE QUIET YEARS

CHAPTER ONE
THE HARBOUR AT DUSK

{PROSE}

CHAPTER TWO
A LETTER FROM THE CAPITAL

{PROSE}
"""


def _doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


@pytest.mark.parametrize("text", [NO_BLANKS, BLANKS])
def test_spelled_label_takes_its_name(text):
    got = [t for _, t in levels(_doc(text))]
    assert any(t.startswith("Chapter One") and t.endswith("The Harbour at Dusk") for t in got), got
    assert any(t.startswith("Chapter Two") and t.endswith("A Letter from the Capital") for t in got), got
    assert "The Harbour at Dusk" not in got and "A Letter from the Capital" not in got


def test_caps_form_still_one_heading():
    got = [t for _, t in levels(_doc(CAPS))]
    assert not any(t == "THE HARBOUR AT DUSK" for t in got), got


def test_label_over_sentence_stays_apart():
    doc = _doc(f"The Lamplighter's Daughter\n\nChapter One.\nIt was late when the boat came in.\n{PROSE}\n")
    assert any("It was late when the boat came in." in p.text for p in all_paragraphs(doc))
    assert not any("It was late" in t for _, t in levels(doc))
