"""(r41, issue 11) A page's control or section label alone over the headline is no title.

A page copied or printed from a site keeps, over its headline, one short line of the site's own:
a control (`Subscribe`, `Listen`, `Translate`, `Select language`, `Expand all`), a section or box
name (`Most popular`, `Newsletter`, `Events`), a legal link (`Privacy policy`). At first sight such
lines were the title of page after page nobody had tuned on (`Previous next`, `Navigation bar`,
`Error message`, `Web analytics`), each in a form no chrome list held yet. Lexical cohesion
(title_evidence.cohesive_line) reads them for what they are without a list: the label's words do
not recur in the text, the headline's do. Two things had kept the check off such a line: it has
one content unit (one word that does not recur was no evidence), and the headline under it was
read as the text's first heading (a section's name, which the check never takes). A label of at
most three words with no end mark now counts with one unit, and the heading right under it may be
the headline — when it has a headline's length (five words or more: a section's name is shorter,
so `Reflections` over `The early years` keeps its title). The texts below are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

HEADLINE = "Minister opens the new bridge over the northern river"
STORY = f"""{HEADLINE}

The Minister of Works today opened the new bridge over the northern river, a crossing that residents have asked for since the old ferry stopped running.

Why the bridge matters

The northern river divides the district, and the bridge halves the journey to the hospital for the villages on its far bank.

What comes next

The minister said the road to the bridge would be resurfaced next year, once the river's winter floods have passed.
"""


def _doc(text: str, name: str = "page.txt"):
    return structure_document(clean_text(text, source_file=name))


@pytest.mark.parametrize("label", ["Subscribe", "Listen", "Translate", "Select language", "High contrast",
                                   "Most popular", "Trending", "Newsletter", "Privacy policy", "Expand all",
                                   "Previous Next", "Web analytics"])
def test_a_control_label_over_the_headline_is_no_title(label):
    cleaned = clean_text(f"{label}\n\n{STORY}", source_file="page.txt")
    doc = structure_document(cleaned)
    assert doc.title == HEADLINE
    assert [s.title for s in doc.sections] == ["Why the bridge matters", "What comes next"]
    # kept as front matter (no letter lost), or removed by the cleaner as a chrome form it knows (`Previous Next`)
    assert label in [p.text for p in doc.front] or label in doc.cover or any(r.text.strip() == label for r in cleaned.removed)


def test_a_one_word_title_over_its_first_section_stays():
    essay = """Reflections

The early years

My early years were spent in a small town by the sea, where my father kept a shop and my mother taught at the village school.

Leaving home

At eighteen I left the town for the city, with a suitcase and a letter of introduction to a printer who needed an apprentice.
"""
    doc = _doc(essay, "essay.txt")
    assert doc.title == "Reflections"
    assert [s.title for s in doc.sections] == ["The early years", "Leaving home"]


def test_a_label_whose_word_the_text_uses_stays():
    # the one word recurs in the text: no evidence that it is the site's rather than the text's
    assert _doc(f"Bridges\n\n{STORY}").title == "Bridges"


def test_labels_in_a_row_over_the_headline_are_no_title():
    # a player's control and a reading-time line, one a line, over the headline read as the first heading
    doc = _doc(f"Listen to this article\n\n4 min read\n\n{STORY}")
    assert doc.title == HEADLINE
    assert [s.title for s in doc.sections] == ["Why the bridge matters", "What comes next"]
