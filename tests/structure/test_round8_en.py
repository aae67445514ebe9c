"""Title rules the round8-en round (issue #11, check set 5's English half xxt1-8) widened: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of, levels

BODY = "These rules apply to every market stall licensed by the council and to every trader who holds one."


def test_a_promulgating_order_under_the_rules_name_is_no_heading():
    doc = doc_of("\n".join(["Rules of the Harbour Town on Market Stalls", "", "Order of the Harbour Town People's Government", "",
                            "(No. 12)", "", "The Rules were adopted at the 5th meeting and take effect on the day of promulgation.", "",
                            "Chapter I General Provisions", "", "Article 1 " + BODY, "", "Chapter II Licences", "", "Article 2 " + BODY]))
    assert doc.title == "Rules of the Harbour Town on Market Stalls"
    assert [t for _, t in levels(doc)] == ["Chapter I General Provisions", "Chapter II Licences"]


def test_an_order_line_without_its_number_is_left_to_the_other_rules():
    # must not fire: 'Order of the Day' with no '(No. …)' under it stays what the heading rules make of it
    doc = doc_of("\n".join(["Council Minutes", "", "Order of the Day", "", BODY, "", "Any Other Business", "", BODY]))
    assert doc.title == "Council Minutes"
    assert "Order of the Day" in [t for _, t in levels(doc)]


def test_a_headline_run_on_into_the_arrangement_is_cut_to_the_acts_name_with_its_year():
    from pipeline.structure.title_evidence import contents_cut
    assert contents_cut("THE HARBOUR DUES ACT, Arrangement of Sections PART I",
                        ["1 THE HARBOUR DUES ACT, 1990 Arrangement of Sections"]) == "THE HARBOUR DUES ACT, 1990"
    assert contents_cut("Port Rules 2004 Table of Contents 1. Scope", []) == "Port Rules 2004"
    assert contents_cut("Harbour Dues Regulations: Contents", []) == "Harbour Dues Regulations"


def test_a_headline_naming_no_legal_text_or_no_contents_label_is_not_cut():
    from pipeline.structure.title_evidence import contents_cut
    assert contents_cut("Annual Report 2020 Contents and Summary", []) == ""
    assert contents_cut("THE HARBOUR DUES ACT, 1990", []) == ""


def test_the_cut_headline_stays_in_the_document_as_written():
    doc = doc_of("\n".join(["THE HARBOUR DUES ACT, Arrangement of Sections PART I", "", BODY]))
    assert doc.title == "The Harbour Dues Act"
    assert doc.title_abbrev == "THE HARBOUR DUES ACT, Arrangement of Sections PART I"


def test_an_issuers_name_over_an_acts_name_is_its_author_not_its_title():
    doc = doc_of("\n".join(["PARLIAMENT OF THE KINGDOM", "OF EXAMPLE", "", "HARBOUR  DUES", "ACT,  No.  7  OF  2021", "",
                            "[Certified on 3rd of March, 2021]", "", "1. " + BODY]))
    assert doc.title == "HARBOUR DUES ACT, No. 7 OF 2021"   # the justified line's double spaces gone
    assert [a.name for a in doc.authors] == ["PARLIAMENT OF THE KINGDOM OF EXAMPLE"]


def test_a_ministrys_name_over_a_guide_and_over_a_section_title():
    doc = doc_of("\n".join(["Ministry of Harbours", "", "Berth Allocation Guide", "", BODY]))
    assert doc.title == "Berth Allocation Guide"
    doc = doc_of("\n".join(["Office of the Harbour Master", "", "Annual Report 2020-21", "", BODY]))
    assert doc.title == "Annual Report 2020-21"


def test_an_issuers_name_over_no_document_name_stays_the_title():
    # must not fire: the line under it names no document (a sentence, a plain heading)
    doc = doc_of("\n".join(["Parliament of the Kingdom of Example", "", "Members and their offices", "", BODY]))
    assert doc.title == "Parliament of the Kingdom of Example"


def test_a_page_number_glued_to_the_acts_name_on_its_page_head_is_no_part_of_the_title():
    doc = doc_of("\n".join(["1The Harbour Pilots Act, 2019 [No. ]", "", "An Act to provide for the licensing of pilots.", "",
                            "1. " + BODY]))
    assert doc.title == "The Harbour Pilots Act, 2019 [No. ]"
    assert doc.title_abbrev == "1The Harbour Pilots Act, 2019 [No. ]"


def test_a_number_glued_to_a_plain_word_is_left_alone():
    # must not fire: '3Com Annual Meeting' names no document; '2nd Reading Notes' has no capital after the digit
    assert doc_of("\n".join(["3Com Meeting Notes", "", BODY])).title == "3Com Meeting Notes"


ACT = ["HARBOUR PILOTS ACT, No. 9 OF 2019", "", "BE it enacted by the Parliament of Example as follows:-", "",
       "1. This  Act  may  be  cited  as  the  Harbour  Pilots  Act, No. 9 of 2019.", "",
       "Short  title.", "", "PART  I", "", "2. (1) There shall be established a Board called the Pilotage Board.", "",
       "Establishment", "of  the  Pilotage", "Board.", "", "3. The objects of the Board shall be to license pilots and to",
       "keep a register of the pilots it licenses.", "", "Objects  of  the", "Board.", "", "PART  II", "",
       "4. The Board shall meet at least four times in each year and shall keep minutes.", "", "Meetings  of  the", "Board."]


def test_an_acts_displaced_marginal_notes_are_its_section_headings_under_its_parts():
    doc = doc_of("\n".join(ACT))
    got = [(lvl, " ".join(t.split())) for lvl, t in levels(doc)]
    assert got == [(1, "Short title."), (1, "PART I"), (2, "Establishment of the Pilotage Board."),
                   (2, "Objects of the Board."), (1, "PART II"), (2, "Meetings of the Board.")]


def test_short_lines_closed_by_a_period_outside_an_act_are_no_notes():
    # must not fire: no enacting words; a poem's short lines closed by periods stay text
    from pipeline.structure.english import displaced_notes
    from pipeline.structure.blocks import Block
    blocks = [Block("The tide came in.", 1, 0, 1), Block("The boats went out.", 3, 0, 1), Block(BODY, 5, 0, 1)]
    assert displaced_notes(blocks) == set()


def test_a_sentence_case_phrase_closed_by_a_period_is_no_persons_name():
    from pipeline.structure.front import _english_author
    assert _english_author("Short title.") is None
    assert _english_author("Media statements") is None
    assert _english_author("Ludwig van Beethoven").name == "Ludwig van Beethoven"
    assert _english_author("by Jane Austen").name == "Jane Austen"


PARA = ("This note sets out how officers prepare advice for the board on each proposal before it is decided, and how "
        "the board expects that advice to be set out, checked and recorded. Each step is described in turn below.")


def test_a_handbook_sections_name_holds_the_phrases_over_its_numbered_paragraphs():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    text = "\n".join(["Grants handbook - Part 2: Applying", "A guide for applicants and the officers who read their bids.",
                      "Applying for a grant", "Who can apply", "2.1 " + PARA, "How bids are read", "2.2 " + PARA,
                      "2.3 " + PARA, "The scoring process and its principles", "2.4 " + PARA])
    doc = structure_document(clean_text(text))   # a page with no blank lines: one line a paragraph
    assert doc.title == "Grants handbook - Part 2: Applying"
    assert levels(doc) == [(1, "Applying for a grant"), (2, "Who can apply"), (2, "How bids are read"),
                           (2, "The scoring process and its principles")]


def test_a_long_phrase_without_numbered_paragraphs_is_no_heading():
    # must not fire: fewer than three numbered paragraphs; a six-word sentence-case line stays text
    doc = doc_of("\n".join(["Grants handbook", "", PARA, "", "The scoring process and its principles", "", "2.1 " + PARA]))
    assert "The scoring process and its principles" not in [t for _, t in levels(doc)]


def test_a_numbered_paper_over_its_title_is_no_name_over_a_first_head():
    # must not fire: 'PAPER No. 1' over 'General Introduction' (a number in it)
    from pipeline.structure.headings import _name_over_first_head
    from pipeline.structure.blocks import Block
    blocks = [Block("PAPER No. 1", 1, 0, 1), Block("General Introduction", 2, 0, 1), Block(PARA, 3, 0, 1),
              Block("Later Matters", 4, 0, 1), Block(PARA, 5, 0, 1)]
    kinds = [("", False), ("", False), None, ("", False), None]
    assert not _name_over_first_head(blocks, kinds, 0)
    blocks[0] = Block("Applying for a grant", 1, 0, 1)
    assert _name_over_first_head(blocks, kinds, 0)


def test_a_section_number_alone_between_its_note_and_its_text_opens_the_text():
    act = ACT + ["", "5.", "", "(1) The Board shall keep accounts and shall have them audited every year.", "",
                 "Accounts  of  the", "Board.", "", "6.", "", "The Board may make rules for the conduct of its meetings.", "",
                 "Rules  of", "procedure."]
    doc = doc_of("\n".join(act))
    got = [" ".join(t.split()) for _, t in levels(doc)]
    assert got[-2:] == ["Accounts of the Board.", "Rules of procedure."]
    def walk(sections):
        for s in sections:
            yield from (p.text for p in s.paragraphs)
            yield from walk(s.sections)
    paras = list(walk(doc.sections))
    assert any(p.startswith("5. (1) The Board shall keep accounts") for p in paras)


def test_a_number_after_an_unfinished_line_or_before_a_lower_case_line_is_left_as_it_was():
    from pipeline.structure.blocks import _number_opens_next
    assert _number_opens_next("Accounts of the Board.", "5.", "(1) The Board shall keep accounts.")
    assert not _number_opens_next("the particles measured were PM2", "5.", "(1) The Board")
    assert not _number_opens_next("Accounts of the Board.", "5.", "and then the Board")
