"""(r32enpages) A page names its entry only as a bulleted list item (an encyclopedia's entry list,
a glossary's term, a knowledge base's article list): `• river`, `● Photosynthesis`, `▪ Tax credit`.
The bullet is the list's mark, no part of the name: the title is the name, the line as written stays
in the XML. Must stay: a Markdown item (`- …`) and a middle dot are left as they are; bulleted lines
in the body keep their bullets; no body text is lost."""
import pytest

from .helpers import all_paragraphs, doc_of

ENCYCLOPEDIA = """• glacier

    A glacier in the southern Alps, seen from the valley floor.

    A glacier is a large, slow-moving mass of ice formed from compacted layers of snow over many years.
    Glaciers cover about ten percent of the land on Earth and hold most of its fresh water."""

GLOSSARY = """● Photosynthesis

Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to make
their own food and release oxygen into the air around them.

Plants carry out photosynthesis mostly in their leaves, where the green pigment absorbs the light."""

KNOWLEDGE_BASE = """▪ Working tax credit for the self-employed

You may be able to claim the credit if you work for yourself at least sixteen hours a week and your
income from the business is below the limit for the year.

• Keep records of your hours and income.
• Send the form before the end of the tax year."""

CASES = [
    (ENCYCLOPEDIA, "glacier"),
    (GLOSSARY, "Photosynthesis"),
    (KNOWLEDGE_BASE, "Working tax credit for the self-employed"),
]


@pytest.mark.parametrize("text,title", CASES)
def test_bullet_is_no_part_of_the_title(text, title):
    assert doc_of(text).title == title


def test_body_bullets_stay():
    body = " ".join(p.text for p in all_paragraphs(doc_of(KNOWLEDGE_BASE)))
    assert "• Keep records of your hours and income." in body
    assert "• Send the form before the end of the tax year." in body


INSIDE = """Rivers • Lakes • Seas

The guide describes the fresh and salt waters of the region, where they rise and where they meet,
and the animals and plants that live in and beside each of them through the year."""


def test_bullet_inside_the_title_stays():
    assert doc_of(INSIDE).title == "Rivers • Lakes • Seas"


def test_no_letter_lost():
    doc = doc_of(GLOSSARY)
    assert "Photosynthesis is the process" in " ".join(p.text for p in all_paragraphs(doc))
