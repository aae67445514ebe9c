"""(r43, issue 11) A site's one-sentence notice at the page's top, over the site's chrome and headline.

A made-up council page copied with a service notice first (`Bin collections are delayed this week
because of the bank holiday.`), then the site's chrome (its name, a language row, its menu) and the
story. The notice, a sentence, ended the page's head, so the chrome under it stayed (the site's name
or a menu item became the title); with no chrome under it, the headline was the title and also a
level-1 heading holding every section. A one-sentence notice over lines that are no sentences no
longer ends the head (rules_chrome_en._notice_over_chrome), and a headline read as the only top
heading under such a notice is the title, its sections one level up (structure._site_notice).
Found by probing English web pages with made-up chrome; no corpus document changes.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

NOTICE = "Bin collections are delayed this week because of the bank holiday."
HEADLINE = "Council Approves New Cycle Lanes for Town Centre"
STORY = """Councillors voted on Tuesday to build protected cycle lanes on three roads in the town centre, after a consultation that drew more than four thousand responses from residents.

What the scheme includes

The lanes will run along Station Road, Market Street and the High Street, and will be separated from traffic by low kerbs and planters.

Next steps

A detailed design of the cycle lanes will go to the planning committee in July.
"""


@pytest.mark.parametrize("chrome", ["", "City of Northfield\n\n", "English | Cymraeg\n\nSign in / Register\n\n",
                                    "Home   Residents   Business   Council   News   Contact us\n\nEnglish | Cymraeg\n\n"])
def test_the_headline_under_a_notice_and_chrome_is_the_title(chrome):
    text = f"{NOTICE}\n\n{chrome}{HEADLINE}\n\n{STORY}"
    doc = structure_document(clean_text(text, source_file="page.txt"))
    assert doc.title == HEADLINE
    assert [(s.title, [c.title for c in s.sections]) for s in doc.sections] == \
        [("What the scheme includes", []), ("Next steps", [])]


def test_an_opening_sentence_over_the_text_ends_the_head():
    text = ("Council news\n\nThe council met on Tuesday to vote on new cycle lanes.\n\nMost members voted for the scheme.\n\n"
            "Next steps\n\nA detailed design will go to the planning committee in July.\n")
    cleaned = clean_text(text, source_file="page.txt")
    assert "The council met on Tuesday to vote on new cycle lanes." in [line.strip() for line in cleaned.lines]
