"""(r29enchrome) A site-wide notice banner printed between a page's headline and its copy
(rules_chrome_en._notice_banner); and the notices of the text that stay."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

HEAD = ["Skip to main content", "Eastshire Council", "Home", "Services", "Contact us", "Home > Services > Permits > Apply for a Permit", ""]
BODY = ["You can apply for a permit if:", "you are 18 years of age or older;", "you live in the county.",
        "", "How to apply", "Fill in the form and send it to the permits office with the fee."]

BANNERS = [
    ["Government Notice: Please be advised that the Department of Permits is currently undertaking a",
     "project to improve its services. We crave your understanding and patience."],
    ["Important notice: our offices will be closed on 24 and 25 December. Online services remain available."],
    ["Service alert: the online payment system is unavailable between 8 pm and 10 pm on Sunday for maintenance."],
    ["COVID-19 update: face coverings are no longer required in our service centres.",
     "Appointments can still be booked online or by telephone.", "Thank you for your patience."],
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("banner", BANNERS)
def test_a_banner_between_the_headline_and_its_copy_goes(banner):
    kept = _kept(HEAD + ["Apply for a Permit", *banner, "", "Apply for a Permit", *BODY])
    assert not [line for line in banner if line in kept]
    assert all(line in kept for line in BODY if line) and "Apply for a Permit" in kept


STAYS = [
    # a notice in the text, under a heading that is not repeated
    ["Apply for a Permit", "", "How to apply", "Notice: applications received after 1 March will be processed in April.", "",
     "Fees", "The fee is payable when the form is sent."],
    # a notice between two different heads
    ["Apply for a Permit", "Important notice: the form changed in 2031.", "", "Who can apply", "Anyone living in the county."],
    # a notice paragraph in the text of a gazette ("notice" with a label, text under it)
    ["Apply for a Permit", "", "Public notice: the Council intends to amend the permit fees from 1 July.",
     "Objections may be sent to the Clerk within 28 days.", "", "Objections", "Objections must be in writing."],
]


@pytest.mark.parametrize("body", STAYS)
def test_a_notice_of_the_text_stays(body):
    kept = _kept(HEAD + body)
    assert all(line in kept for line in body if line), [line for line in body if line and line not in kept]
