"""(r29enchrome) A legislation or record site's generated summary box at the page's top
(rules_chrome_en._summary_box): its labels and the sentence restating the headline; and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["Part I", "", "PRELIMINARY", "", "1. This Act may be cited as the Harbour Dues Act 2031.", "",
        "2. In this Act, unless the context otherwise requires, \"vessel\" includes any ship or boat."]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


BOXES = [
    ("Harbour Dues Bill", ["Quick answer", "", "About this bill", "",
                           "Harbour Dues Bill is Eastland Bill, cited as Bill 17 2031, currently marked in force and first recorded in 2031."]),
    ("Harbour Dues Act 2031", ["At a glance", "", "Harbour Dues Act 2031 is an Act of the Eastland Parliament in force since 1 July 2031."]),
    ("Port Authority Regulations", ["About this regulation", "Port Authority Regulations is a regulation made under the Ports Act,",
                                    "currently in force with 3 amendments."]),
    ("Harbour Dues Ordinance", ["Key facts:", "", "Harbour Dues Ordinance was enacted in 1966 and repealed in 1999."]),
]


@pytest.mark.parametrize("title,box", BOXES)
def test_a_summary_box_goes(title, box):
    kept = _kept([title, "", *box, "", *BODY])
    assert title in kept and all(line in kept for line in BODY if line)
    assert not [line for line in box if line and line in kept]


STAYS = [
    # a heading of the text's own with its own sentence under it
    ("Harbour Dues Act 2031", ["In brief", "", "The Act levies dues on vessels entering the harbours of the Republic."]),
    # the label over a sentence that does not restate the headline
    ("Harbour Dues Act 2031", ["About this Act", "", "This Act replaces the Harbour Fees Ordinance and takes effect on 1 July."]),
    # a sentence restating the title with no label over it: the text's own opening
    ("Harbour Dues Act 2031", ["Harbour Dues Act 2031 is the principal Act for the levying of dues."]),
]


@pytest.mark.parametrize("title,box", STAYS)
def test_what_is_no_summary_box_stays(title, box):
    kept = _kept([title, "", *box, "", *BODY])
    assert all(line in kept for line in box[-1:] + [b for b in BODY if b])
