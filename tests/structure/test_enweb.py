"""Structure rules of the enweb round (issue #11: English web pages, guidance pages and reports
printed to PDF): made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.helpers import PAGE_TEXT, english_blocks

from structure.test_unseen_kinds import doc_of, outline

WIDE = PAGE_TEXT
_blocks = english_blocks


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


PARA = ("The department publishes its plans each spring and reports on them each autumn, so that "
        "residents can see what was promised and what was done. Copies are free.")


def test_a_sentence_case_head_between_two_paragraphs_is_a_heading():
    """A report's h2 in sentence case, longer than a plain phrase, alone between paragraphs."""
    text = "\n\n".join(["Annual report guide", PARA, "How to find older reports and other information",
                        PARA, "What the department was set up to achieve", PARA])
    heads = [text for _, text in outline(doc_of(text))]
    assert heads == ["How to find older reports and other information", "What the department was set up to achieve"]


def test_under_a_numbered_part_a_sentence_case_head_is_its_sub_head():
    text = "\n\n".join(["Annual report guide", "Chapter 1: Our Services", PARA,
                        "The best place in the district to start a business", PARA])
    assert outline(doc_of(text)) == [(1, "Chapter 1: Our Services"), (2, "The best place in the district to start a business")]


def test_a_sentence_case_line_that_is_no_head_stays_body():
    """Bare list items between a lead-in and a paragraph, a line over a short line, a line with
    an end mark: none is taken."""
    items = "\n\n".join(["The plan has three aims for the coming years:", "Build more homes for young families in town",
                         "Keep the bus routes that people rely on", PARA])
    assert outline(doc_of("\n\n".join(["Annual report guide", PARA, items]))) == []
    closed = "\n\n".join(["Annual report guide", PARA, "We will keep the bus routes that people rely on.", PARA])
    assert outline(doc_of(closed)) == []
    short = "\n\n".join(["Annual report guide", PARA, "Photo of the new bus station on opening day", "Credit: the council."])
    assert outline(doc_of(short)) == []
    placeholder = "\n\n".join(["Annual report guide", PARA, "Copyright [year] [name of the council office]", PARA])
    assert outline(doc_of(placeholder)) == []


def test_a_byline_or_imprint_is_no_heading():
    """A credit line under a headline or over a masthead names the makers, not a section."""
    for credit in ("Story by Ann Lee Staff Writer", "Produced by the Office of the Mayor", "PUBLISHED BY AUTHORITY",
                   "Photos by Tom Reed"):
        text = "\n\n".join(["Harbour News", PARA, credit, PARA, "Moorings", PARA])
        heads = [t for _, t in outline(doc_of(text))]
        assert credit not in heads and "Moorings" in heads, credit


def test_a_heading_that_names_what_something_is_made_by_stays():
    text = "\n\n".join(["Harbour News", PARA, "Boats built by hand", PARA])
    assert [t for _, t in outline(doc_of(text))] == ["Boats built by hand"]


def test_a_head_over_an_editors_note_in_brackets_stands_alone():
    """(enprint) a printed page's head over an editor's note that opens with a bracket."""
    lines = [*WIDE, "", "Sources", "[Sources include the earlier constitutions and the drafts of the convention.]", *WIDE]
    texts = [b.text for b in _blocks(lines)]
    assert "Sources" in texts


def test_a_divisions_label_over_a_long_name_is_a_heading():
    """(enlabel) 'ARTICLE II' / 'The Community and the Individual': label and name, one heading,
    however far past the 40 characters a one-line 'Article 5 …' may run."""
    from pipeline.structure.blocks import label_over_name
    assert label_over_name("ARTICLE II The Community and the Individual")
    assert not label_over_name("ARTICLE II The Community and the Individual shall be protected by law.")
    doc = doc_of("Constitution of the Harbour State\n\nARTICLE I\nSupremacy\n\nSection 1. This Constitution is the "
                 "supreme law of the State.\n\nARTICLE II\nThe Community and the Individual\n\nSection 1. No law may "
                 "deny freedom of expression.")
    assert [s.title for s in doc.sections] == ["ARTICLE I Supremacy", "ARTICLE II The Community and the Individual"]
