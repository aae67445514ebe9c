"""(r29enchrome) A parliamentary transcript's status head repeated over each take or page of an
unrevised record (rules_pages.transcript_status_head); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

SPEECH1 = ["The House met at 14:02.", "", "The Speaker took the Chair and requested members to observe a moment of silence.", "",
           "APPROPRIATION BILL", "", "(Introduction)", "", "The MINISTER OF FINANCE: Madam Speaker, I rise to table the Bill before the House."]
SPEECH2 = ["The MINISTER OF FINANCE: Honourable members, the economy grew by three per cent last year.", "",
           "Debate adjourned.", "", "The House adjourned at 16:40."]

HEADS = [
    ["UNREVISED HANSARD", "NATIONAL ASSEMBLY", "Wednesday, 22 February 2031 Takes: 75, 76, 77, 78 & 79"],
    ["UNCORRECTED TRANSCRIPT", "LEGISLATIVE COUNCIL", "Tuesday, 3 March 2031"],
    ["DRAFT HANSARD", "HOUSE OF ASSEMBLY", "Thursday 5 June 2031 — Take 12"],
    ["PROOF - UNCORRECTED", "Senate Standing Committee on Finance", "Friday, 6 June 2031"],
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("head", HEADS)
def test_the_repeated_status_head_goes(head):
    kept = _kept(["Budget Speech Introduction", "", *head, "", *SPEECH1, "", "", *head, "", *SPEECH2])
    assert all(line in kept for line in SPEECH1 + SPEECH2 if line)
    assert not [line for line in head if line in kept]


def test_one_status_line_alone_stays():
    kept = _kept(["UNREVISED HANSARD", "NATIONAL ASSEMBLY", "", *SPEECH1, "", *SPEECH2])
    assert "UNREVISED HANSARD" in kept and "NATIONAL ASSEMBLY" in kept


def test_lines_that_differ_under_the_status_line_stay():
    lines = ["UNREVISED HANSARD", "NATIONAL ASSEMBLY", "APPROPRIATION BILL", "", *SPEECH1, "",
             "UNREVISED HANSARD", "NATIONAL ASSEMBLY", "DIVISION OF REVENUE BILL", "", *SPEECH2]
    kept = _kept(lines)
    assert "APPROPRIATION BILL" in kept and "DIVISION OF REVENUE BILL" in kept


def test_a_sentence_naming_the_unrevised_record_stays():
    body = ["The unrevised Hansard of the sitting will be published within two days.", "",
            "Members may correct the draft transcript before it is printed."]
    kept = _kept(["Budget Speech Introduction", "", *SPEECH1, "", *body, "", *SPEECH2])
    assert all(line in kept for line in body if line)
