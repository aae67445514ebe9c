"""Structure rules the unseen7 round (issue #11, xi1-xi6: English texts and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

EN = "The society met four times in the year and reviewed every programme against its stated aims."


def test_a_section_numbered_with_its_articles_number_is_a_section_heading():
    assert sg.numbering("Section 2.1 - Officers") == "section"
    assert sg.numbering("Section 12.3.1 Quorum") == "section"
    text = "\n\n".join(["Club Rules", "Article I - Members", "Section 1.1 - Who may join", EN,
                       "Section 1.2 - Fees", EN, "Article II - Meetings", "Section 2.1 - Notice", EN])
    assert outline(doc_of(text)) == [(1, "Article I - Members"), (2, "Section 1.1 - Who may join"),
                                     (2, "Section 1.2 - Fees"), (1, "Article II - Meetings"),
                                     (2, "Section 2.1 - Notice")]


def test_a_section_number_in_a_sentence_is_no_heading():
    text = "\n\n".join(["Club Rules", "Article I - Members", EN,
                        "Section 1.1 of these rules applies to every member of the society.", EN])
    assert (2, "Section 1.1 of these rules applies to every member of the society.") not in outline(doc_of(text))
