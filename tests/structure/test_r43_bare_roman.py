"""(r43, issue 11) A book's or essay's parts headed by a Roman numeral alone on its line.

A made-up story in four parts, each headed `I`, `II`, `III`, `IV` alone on its line (with or without
the stop), as books, essays and poems print them. Only `III` was read as a heading (a short capitalised
line by chance); `I`, `II` and `IV` stayed text. A series from I counting up by one, each numeral over
text, is the `I.` style's heads (english._bare_roman_series). Found by probing English book layouts
with made-up text; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PARTS = ["It was late in the autumn when the family came back to the old house by the river.",
         "Nobody in the village could remember who had lived there before them, not even the postman.",
         "The children ran from room to room, opening every cupboard and calling up the wide stairs.",
         "By the winter the garden had been cleared, and the house felt as if it had always been theirs."]


@pytest.mark.parametrize("stop", ["", "."])
def test_numerals_alone_head_the_parts(stop):
    numerals = ["I", "II", "III", "IV"]
    text = "The House by the River\n\n" + "".join(f"\n{n}{stop}\n\n{p}\n\n{p}\n" for n, p in zip(numerals, PARTS))
    doc = structure_document(clean_text(text, source_file="story.txt"))
    assert doc.title == "The House by the River"
    assert [s.title.rstrip(".") for s in doc.sections] == numerals


def test_a_lone_i_opening_a_verse_line_is_no_head():
    text = ("Night Walk\n\nThe lamps go out along the quay,\nthe water turns to slate.\n\nI\n\n"
            "walked until the morning came, and nobody was waiting at the gate.\n")
    doc = structure_document(clean_text(text, source_file="poem.txt"))
    assert doc.sections == []
