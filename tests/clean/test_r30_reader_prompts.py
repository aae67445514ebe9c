"""(r30enweb) A page's prompts to the reader under its text in other wordings: the usefulness survey
asked with 'find' (rules_chrome_en.SURVEY) and the related box's label addressing the reader
(RELATED_LABEL); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["What is a rates notice?", "",
        "A rates notice tells you how much you owe for your property's rates this year and when each instalment is due.", "",
        "How to pay", "",
        "You can pay online, by phone, by direct debit or in person at any council service centre before the due date."]


def _kept(tail: list[str]) -> list[str]:
    return [l for l in clean_text("\n".join([*BODY, "", *tail]) + "\n", source_file="t.txt").lines if l.strip()]


@pytest.mark.parametrize("tail", [
    ["Did you find this content useful?"],
    ["Did you find this page helpful?", "Yes", "No"],
    ["Did you find this information useful?"],
    ["You might be interested in", "Paying your rates", "Rates rebates"],
    ["You may also be interested in", "Dog registration"],
    ["You might also like", "Bin collection days"],
    # the box's items a blank line apart, as a page copied off the screen spaces its cards
    ["You might be interested in", "", "Other documents issued by the Council"],
    ["Related pages", "", "Paying your rates", "", "Rates rebates"],
])
def test_the_prompt_under_the_text_goes(tail):
    kept = _kept(tail)
    assert kept == [l for l in BODY if l.strip()]


@pytest.mark.parametrize("tail", [
    ["We asked residents: did you find the new service useful? Most said it was quicker than before."],
    ["You might be interested in the new payment options, which are listed on the council's rates page."],
])
def test_sentences_about_them_stay(tail):
    kept = _kept(tail)
    assert tail[0] in kept


def test_a_signature_under_the_text_with_no_box_stays():
    kept = _kept(["Jane Doe", "", "Director of Finance"])
    assert "Jane Doe" in kept and "Director of Finance" in kept
