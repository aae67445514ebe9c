"""(r29enchrome) A document site's transcript header naming the file by its headline cut short, the
headline over it, the page count and the first page flattened into a description
(rules_cms_en._transcript_header); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

COVER = ["REPUBLIC OF EASTLAND", "", "LAW REFORM COMMISSION", "", "REPORT ON THE REPEAL OF OBSOLETE LAWS", "",
         "Eastport, Eastland", "", "March 2031"]
BODY = ["", "1. INTRODUCTION", "", "The Commission was asked to review the statute book and to identify laws that no longer serve any purpose.",
        "", "2. METHOD", "", "The Commission read every Act in force and consulted the ministries concerned."]
FLAT = "REPUBLIC OF EASTLAND LAW REFORM COMMISSION REPORT ON THE REPEAL OF OBSOLETE LAWS Eastport, Eastland March 2031"

FORMS = [
    ["republic of eastland law reform commission ...", "", "97", FLAT, "", "Transcript of republic of eastland law reform commission ..."],
    ["Republic of Eastland Law Reform Commission…", "", "Transcript of Republic of Eastland Law Reform Commission…"],
    ["report on the repeal of obsolete laws ...", "12", "iv " + FLAT, "", "Transcript of report on the repeal of obsolete laws ..."],
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("top", FORMS)
def test_the_transcript_header_and_its_headline_go(top):
    kept = _kept([*top, "", *COVER, *BODY])
    assert all(line in kept for line in COVER + BODY if line)
    assert not [line for line in top if line.strip() and line.strip() in kept and line != FLAT and not line.endswith(FLAT)]


def test_a_transcript_header_with_no_headline_over_it_stays():
    lines = ["Eastland Law Reform Commission", "", "Transcript of the hearing of 3 March ...", "", *COVER, *BODY]
    kept = _kept(lines)
    assert "Transcript of the hearing of 3 March ..." in kept


def test_a_summary_that_is_no_copy_stays():
    summary = "This report recommends the repeal of forty laws that no longer serve any purpose in the Republic today."
    lines = ["report on the repeal of obsolete laws ...", "", summary, "", "Transcript of report on the repeal of obsolete laws ...",
             "", *COVER, *BODY]
    kept = _kept(lines)
    assert summary in kept
