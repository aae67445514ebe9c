"""(r29enchrome) A proofreading wiki's scan page: the printed page's running head in the header
field under the status line, with the page's folio (rules_chrome_en._scan_page_head); and the text
that stays when no folio stands there."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

TOP = ["Page:Harbour Dues Ordinance 1966 (Cap. 5).pdf/5", "", "From Wikisource", "Jump to navigation Jump to search"]
BODY = ["", "HARBOUR DUES", "", "No. 12 of 1966.", "", "An Ordinance to provide for the levying of harbour dues.", "",
        "Enacted by the Governor, with the advice and consent of the Legislative Council thereof.", "",
        "1. This Ordinance may be cited as the Harbour Dues Ordinance 1966."]

HEADS = [
    ("This page has been proofread, but needs to be validated.", ["HARBOUR DUES", "Ord. No. 12/66", "A179"]),
    ("This page has been validated.", ["42", "LAWS OF EASTLAND", "Cap. 5"]),
    ("This page has not been proofread.", ["HARBOUR DUES ORDINANCE", "B 12"]),
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("status,head", HEADS)
def test_the_scan_pages_running_head_goes(status, head):
    kept = _kept([*TOP, status, *head, *BODY])
    assert all(line in kept for line in BODY if line)
    assert not [line for line in head if line in kept and line not in BODY]


def test_lines_under_the_status_with_no_folio_stay():
    text = ["CHAPTER I", "OF HARBOUR DUES"]
    kept = _kept([*TOP, "This page has been proofread.", *text, *BODY])
    assert all(line in kept for line in text)


def test_a_sentence_under_the_status_stays():
    text = ["The dues shall be paid to the Harbour Master before the vessel leaves.", "12"]
    kept = _kept([*TOP, "This page has been proofread.", *text, *BODY])
    assert text[0] in kept
