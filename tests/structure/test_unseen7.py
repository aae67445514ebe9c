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


def _act(lines_between=("(1) A person commits an offence if he keeps a boat on the common without leave.",
                        "(2) Subsection (1) does not apply to a boat kept for less than a day.")):
    """A revised Act as its PDF's text: no blank lines, cross-headings over sections 'N Title'
    (no stop after the number), an annotation box after some sections."""
    text = ["Commons Act 2001", "Boats", "1 Boats on the common"] + list(lines_between) \
        + ["Editorial Notes", "E1 Words in s. 1(1) substituted by the Example Order 2005.",
           "2 Duty to remove a boat"] + list(lines_between) + ["Editorial Notes", "E2 Section 2 applied.",
           "3 Powers of entry"] + list(lines_between) + ["Supplementary", "4 Interpretation"] + list(lines_between) \
        + ["Editorial Notes", "E3 Section 4 extended."]
    return "\n".join(text)


def test_an_acts_bare_numbered_sections_under_cross_headings():
    assert outline(doc_of(_act())) == [(1, "Boats"), (2, "1 Boats on the common"), (2, "2 Duty to remove a boat"),
                                       (2, "3 Powers of entry"), (1, "Supplementary"), (2, "4 Interpretation")]


def test_numbered_lines_out_of_series_are_no_sections():
    text = "\n".join(["Annual Notes", "3 Million People Moved House", "(1) It was a busy year for removals.",
                      "12 Boats Sank", "(2) Most were old and small."])
    assert all(not title[0].isdigit() for _, title in outline(doc_of(text)))


def test_a_label_said_three_times_is_no_heading_but_said_twice_may_be():
    text = "\n\n".join(["Club Rules", EN, "Key points", EN, "Money", EN, "Key points", EN, "Meetings", EN, "Key points", EN])
    assert "Key points" not in [t for _, t in outline(doc_of(text))]
    text = "\n\n".join(["Club Rules", EN, "Key points", EN, "Money", EN, "Key points", EN])
    assert "Key points" in [t for _, t in outline(doc_of(text))]


def test_decimal_headings_wrapped_by_a_narrow_column_stand_apart():
    text = "\n".join(["A Guide to Club Accounts", "", "1 Keeping the books of the", "club", "1.1 Who keeps them",
                      "The treasurer keeps the books and shows them to the", "committee every month.",
                      "1.1.1 What the treasurer does at the", "year end", "The treasurer closes the books and",
                      "hands them to the auditor.", "1.2 Budgets", "The committee sets a budget."])
    assert outline(doc_of(text)) == [(1, "1 Keeping the books of the club"), (2, "1.1 Who keeps them"),
                                     (3, "1.1.1 What the treasurer does at the year end"), (2, "1.2 Budgets")]


def test_a_numbered_table_row_in_a_decimal_text_is_no_heading():
    text = "\n".join(["A Guide", "", "1.1 Values", "The table lists them.", "16 Q            33 h            50 y",
                      "17 R            34 i            51 z", "1.2 More", "Nothing else."])
    assert all(not t.startswith("16") for _, t in outline(doc_of(text)))


def test_a_part_number_glued_to_its_title_is_still_a_part():
    assert sg.numbering("Part 4Boats and moorings") == "chapter"
    assert sg.numbering("Part 4 Boats") == "chapter"
    assert sg.numbering("Partial results") == ""      # no label
    assert sg.numbering("Part 4b of the form") == ""   # a lower-case letter after the number: no title glued
