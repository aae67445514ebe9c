"""(r30enweb) A legal portal's page head: a print's page head with the site's address and the page
counter (rules_pages.url_page_heads), the view tab over the text (rules_chrome_en.VIEW_TAB) and the
page's keyboard help (SITE_NOTICE); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["CASE NO.:", "Appeal (civil) 120 of 2001", "PETITIONER:", "Ram Lal", "RESPONDENT:", "State of Punjab",
        "These appeals are directed against the judgment of the High Court in a dispute over the sale of land.",
        "The facts are not in dispute and may be stated briefly before the questions of law are considered."]


def _kept(top: list[str], body: list[str] = BODY) -> list[str]:
    return [l for l in clean_text("\n".join([*top, *body]) + "\n", source_file="t.txt").lines if l.strip()]


@pytest.mark.parametrize("top", [
    ["http://CASES.EXAMPLE.ORG COURT OF APPEAL Page 1 of 8"],
    ["https://www.courts.example.gov HIGH COURT OF JUSTICE Page 2 of 14"],
    ["www.example.gov.xx Annual Report 2020 Page 3 of 40"],
    ["Full Judgment Text", "http://judgments.example.in SUPREME COURT Page 1 of 5"],
    ["Full Text"],
    ["Judgment Text"],
    ["↑↓ Move · Click section badges to collapse · Press ? for help"],
    ["Press ? for keyboard shortcuts"],
])
def test_the_portal_head_goes(top):
    assert _kept(top) == BODY


@pytest.mark.parametrize("line", [
    "See page 3 of 10 at www.example.gov for the full list of applicants who were heard.",
    "The address http://www.example.gov was cited on Page 3 of 10.",   # a sentence naming them
])
def test_lines_naming_a_page_stay(line):
    assert line in _kept([line])


def test_a_view_tab_named_inside_the_text_stays():
    body = [*BODY[:6], "Full Text", BODY[6], BODY[7]]
    assert "Full Text" in _kept([], body)


def test_help_said_in_a_sentence_stays():
    line = "Staff will press the council for help with the repairs, which were promised last year."
    assert line in _kept([], [*BODY, line])
