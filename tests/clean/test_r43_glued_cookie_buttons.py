"""(r43, issue 11) A cookie banner whose buttons close its own line is chrome.

A copied page may print the banner's buttons on the banner's line, after its sentence (`We use cookies
to … experience. Accept all cookies   Reject cookies`). With no button line near it, the banner stayed
as the page's first paragraph, and the page lost its title (no title line over a paragraph) or its
sections. rules_chrome_en.GLUED_COOKIE_BUTTONS reads the buttons at the line's end. Found by probing
English web pages with made-up chrome; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PAGE = """{banner}

Council Approves New Cycle Lanes for Town Centre

Councillors voted on Tuesday to build protected cycle lanes on three roads in the town centre, after a consultation that drew more than four thousand responses.

What the scheme includes

The lanes will run along Station Road and the High Street, separated from traffic by low kerbs and planters.

Next steps

A detailed design will go to the planning committee in July.
"""


@pytest.mark.parametrize("banner", [
    "We use cookies to make this website work and to improve your experience. Accept all cookies   Reject cookies",
    "This site uses cookies to measure how it is used. Accept  Decline",
    "We use some essential cookies to make this service work. Accept | Manage settings",
])
def test_a_banner_with_its_buttons_on_its_line_goes(banner):
    cleaned = clean_text(PAGE.format(banner=banner), source_file="page.html.txt")
    assert banner not in [line for line in cleaned.lines if line.strip()]
    doc = structure_document(cleaned)
    assert doc.title == "Council Approves New Cycle Lanes for Town Centre"
    assert [s.title for s in doc.sections] == ["What the scheme includes", "Next steps"]


def test_a_sentence_about_cookies_in_the_text_stays():
    text = PAGE.format(banner="Council news") + "\nWe use cookies to remember your choices. Accept them if you wish to.\n"
    cleaned = clean_text(text, source_file="page.txt")
    assert any("We use cookies to remember" in line for line in cleaned.lines)
