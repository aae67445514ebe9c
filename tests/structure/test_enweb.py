"""Structure rules of the enweb round (issue #11: English web pages, guidance pages and reports
printed to PDF): made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.blocks import make_blocks

from structure.test_unseen_kinds import doc_of, outline

WIDE = ("Residents of the district who own a boat may apply for a mooring in the harbour, and the",
        "harbour master decides each application within six weeks of the day it was received by us.")


def _blocks(lines):
    return make_blocks(lines, list(range(1, len(lines) + 1)), "en")


def test_a_section_head_over_a_short_whole_sentence_stands_alone():
    """A printed guidance page: a blank line before each head, none under it, and the first line
    of the section a whole sentence that stops short of the measure."""
    lines = [*WIDE, "", "Eligibility", "You must live in the district to apply for a mooring.", *WIDE, "",
             "Paying the fee", "The fee is due before the start of the season in April.", *WIDE]
    texts = [b.text for b in _blocks(lines)]
    assert "Eligibility" in texts and "Paying the fee" in texts


def test_a_name_an_address_or_a_short_line_under_a_phrase_stays_in_its_block():
    for first, second in (("Harbour Master", "Office of the District Council"),     # no sentence
                          ("Eligibility", "You must apply."),                        # too short a sentence
                          ("Main Street Office", "12 Harbour Road, Port Ellen.")):               # an address
        lines = [*WIDE, "", first, second, "Another line that carries on here", "", *WIDE]
        texts = [b.text for b in _blocks(lines)]
        assert first not in texts, first


def test_a_question_head_glued_over_its_text_stands_alone():
    """FAQ and slide pages printed to PDF: a question as the section head, its text (or list)
    right under it, with or without a space before the question mark."""
    lines = [*WIDE, "", "How do I apply for a mooring?", "Send the form to the harbour office.",
             "Applications open in March.", "", "What does it cost ?", "Fees depend on the boat's length.",
             "", *WIDE]
    doc = doc_of("\n".join(["Harbour Moorings", ""] + lines))
    heads = [text for _, text in outline(doc)]
    assert "How do I apply for a mooring?" in heads and "What does it cost ?" in heads


def test_a_question_in_a_speech_is_no_head():
    """A question standing alone between blank lines, one inside a paragraph, a question over
    another question, or a long one: body text."""
    lines = ["Harbour Moorings", "", *WIDE, "", "What shall we do about the harbour?", "", *WIDE, "",
             "Is it fair that boats wait for years, and that the fee rises every single year without a reason?",
             "Residents said so at the meeting.", "",
             "Why now?", "Why here?", "", *WIDE]
    assert outline(doc_of("\n".join(lines))) == []
