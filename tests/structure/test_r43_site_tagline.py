"""(r43, issue 11) A site's name and tagline over the headline: the headline is the title.

A made-up council page copied with its masthead: the site's name (`Northfield Borough Council`), its
tagline (`Working for a greener Northfield`), then the headline and the story with its section heads.
The name was read as the title and the tagline as a level-1 heading holding every other (or, with a
date under the headline, the headline as that heading). The lexical-cohesion check
(title_evidence.cohesive_line) now reads past a tagline: a short chrome-shaped line whose words recur
nowhere in the text, read as the first heading right over the headline, or standing between the
name and the headline. Found by probing English web pages with made-up chrome; no corpus document
changes. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

HEADLINE = "Council Approves New Cycle Lanes for Town Centre"
STORY = """Councillors voted on Tuesday to build protected cycle lanes on three roads in the town centre, after a consultation that drew more than four thousand responses from residents.

What the scheme includes

The lanes will run along Station Road, Market Street and the High Street, and will be separated from traffic by low kerbs and planters.

What residents said

Most people who responded supported the plan, though shop owners on Market Street asked for loading bays to be kept.

Next steps

A detailed design of the cycle lanes will go to the planning committee in July.
"""
HEADS = ["What the scheme includes", "What residents said", "Next steps"]


def flat(sections, depth=1):
    out = []
    for s in sections:
        out.append((depth, s.title))
        out += flat(s.sections, depth + 1)
    return out


@pytest.mark.parametrize("under", ["", "14 May 2024\n\n", "By Sarah Jones, Transport Reporter\n\n14 May 2024\n\n"])
def test_the_headline_under_a_site_name_and_tagline_is_the_title(under):
    text = f"Northfield Borough Council\n\nWorking for a greener Northfield\n\n{HEADLINE}\n\n{under}{STORY}"
    doc = structure_document(clean_text(text, source_file="page.txt"))
    assert doc.title == HEADLINE
    assert flat(doc.sections) == [(1, h) for h in HEADS]


def test_a_title_that_names_its_text_keeps_its_first_section():
    text = """Parks Strategy for Northfield

Background to the parks strategy

Why parks matter to residents and visitors alike

Parks give residents of every age a place to play, rest and meet, and the strategy sets out how the parks will be kept and improved.

Funding the parks

The parks budget is set each year, and the strategy asks for a steady sum for the parks over ten years.
"""
    doc = structure_document(clean_text(text, source_file="parks.txt"))
    assert doc.title == "Parks Strategy for Northfield"
    assert flat(doc.sections)[0] == (1, "Background to the parks strategy")
