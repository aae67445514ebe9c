"""Title rules the round7-en round (issue #11, check set 4's English half xxi1-7) widened: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

import pytest

from pipeline.structure.front import long_title_of, not_a_title, short_title

from .helpers import doc_of, levels

BODY = "The board shall meet at least four times in each year and shall keep minutes of every meeting it holds."


def test_a_commonwealth_bill_cover_with_intituled_and_a_glued_enacting_formula():
    doc = doc_of("\n".join(["Tracker: bill 7 of 2021 (read twice)", "", "A BILL", "", "_i n t i t u l e d_", "",
                            "An Act to amend the Harbour Dues Act 1990. [ ] **ENACTED** by the Parliament of Example as follows:", "",
                            "**Short title**", "", "**1. This Act may be cited as the Harbour Dues (Amendment)**", "Act 2021.", "", BODY]))
    assert doc.title == "Harbour Dues (Amendment) Act 2021"
    assert doc.subtitle == "An Act to amend the Harbour Dues Act 1990."


def test_a_bill_kind_over_a_sentence_is_no_cover():
    # must not fire: 'A BILL' over text that is no long title ('An Act to …' / 'To …')
    doc = doc_of("\n".join(["Harbour Dues Bill 2021", "", "A BILL", "", "Members debated it for three days.", "", BODY]))
    assert doc.title == "Harbour Dues Bill 2021"


def test_long_title_of_cuts_only_an_enacting_formula():
    assert long_title_of("An Act to amend X Act. [ ] **ENACTED** by Y as follows:") == "An Act to amend X Act."
    assert long_title_of("An Act to amend X Act,  BE IT ENACTED by Y") == "An Act to amend X Act,"
    assert long_title_of("An Act to amend the law on enactment.") == "An Act to amend the law on enactment."


def test_short_title_reads_through_bold_markup():
    assert short_title(["**1. (1) This Act may be cited as the Ports (Amendment)** Act 2019."]) == "Ports (Amendment) Act 2019"


@pytest.mark.parametrize("text, kind", [
    ("VOL. CLVIII No. 16", "a serial number"), ("Vol. 12, No. 3", "a serial number"),
    ("VOL. CLVIII", ""), ("The Harbour Dues Act", ""), ("Volume of trade, No. 1 in the region", ""),
])
def test_a_volume_line_with_a_roman_volume_is_never_the_title(text, kind):
    assert not_a_title(text, True) == kind


def test_a_speakers_office_under_a_name_with_a_one_letter_first_word_is_no_heading():
    from pipeline.structure.english import PERSON
    assert PERSON.match("U Keqiang") and PERSON.match("U Thant") and PERSON.match("Wen Jiabao")
    assert not PERSON.match("U") and not PERSON.match("Keqiang")   # must not fire: one word is no name
    doc = doc_of("\n".join(["REPORT ON THE WORK OF THE GOVERNMENT", "U Keqiang", "Premier of the State Council",
                            "Esteemed Deputies,", BODY, "", BODY]))
    assert "Premier of the State Council" not in [t for _, t in levels(doc)]
