"""enlegal (issue #11): English legal text, phenomena seen in several legal documents of the extra
corpus, one general rule each. All texts are made up."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines
from pipeline.structure.blocks import _spaced_noted_sections

from .helpers import all_sections, doc_of


SIDE_HEADS = ("Harbour Dues Act 2031\n\n"
              "Be it enacted by the Council of the Northern Isles, and by the authority of the same, as follows:\n\n"
              "Citation\n"
              "1 This Act may be cited as the Harbour Dues Act 2031.\n\n"
              "Dues payable\n"
              "2 (1) Every owner of a vessel that moors in the harbour shall pay the dues\n"
              "set out in the Schedule to the harbour authority.\n\n"
              "(2) The dues are payable on the first day of each month.\n\n"
              "Recovery of dues\n\n"
              "3\n\n"
              "4 The authority may recover unpaid dues as a debt owed to it by the owner\n"
              "of the vessel.\n")


def test_side_headings_over_numbered_sections_are_section_headings():
    """(enlegal) An Act's print sets each section's heading on a line of its own over the section
    (`Citation` / `1 This Act may be cited …`), the section hard-wrapped, a bare page number maybe
    between them: each heading heads its section and takes in neither the page number nor the text."""
    doc = doc_of(SIDE_HEADS)
    assert [s.title for s in all_sections(doc)] == ["Citation", "Dues payable", "Recovery of dues"]
    assert all(s.level == 1 for s in all_sections(doc))


def test_two_side_headings_suffice_in_an_act_three_elsewhere():
    lines = ["Membership", "", "2.-(1) The members of the harbour board shall be the persons named below.", "",
             "Meetings", "", "3. The board shall meet at least four times in each year at the harbour office.", ""]
    numbers = list(range(1, len(lines) + 1))
    assert _spaced_noted_sections(lines, numbers) == set()   # two, and nothing says the text is an Act
    enacted = ["These Regulations may be cited as the Harbour Board Regulations.", ""] + lines
    assert _spaced_noted_sections(enacted, list(range(1, len(enacted) + 1))) == {3, 7}


def test_a_phrase_over_a_numbered_list_item_is_no_side_heading():
    """A caption over list items (short, ending in `;`), or numbers that do not rise, heads nothing."""
    lines = ["Be it enacted as follows.", "", "Fees", "1 The fee for a small boat;", "",
             "Rates", "2 The rate for a large boat;", "", "Charges", "3 The charge for a barge;"]
    assert _spaced_noted_sections(lines, list(range(1, len(lines) + 1))) == set()
    lines = ["Be it enacted as follows.", "", "Citation", "5 This Act may be cited as the Harbour Dues Act 2031.", "",
             "Dues", "2 Every owner of a vessel shall pay the dues set out in the Schedule."]
    assert _spaced_noted_sections(lines, list(range(1, len(lines) + 1))) == set()   # 5, then 2: no series


def test_a_wrapped_section_opening_is_no_running_head():
    """(enlegal) Sections about a page apart whose first lines open with their numbers (`2 In this
    Act …`, `5 (1) Every …`) and run on in lower case on the next line are text, not a chain of page
    heads; a real page head's chain is still found."""
    body = ["The harbour authority shall keep the register at its office and open it to the public.", ""] * 8
    texts_ = []
    for n in (2, 3, 4, 5):
        texts_ += [f"{n} (1) In this Act the expression harbour dues means the dues which an owner of a",
                   "vessel shall pay to the authority under the Schedule.", ""] + body
    assert running_lines(texts_) == set()
    paged = []
    for n in (2, 3, 4, 5):
        paged += [f"{n} Harbour Dues Act 2031", ""] + body
    assert len(running_lines(paged)) == 4


COVER = ("Harbour Dues Act - Subsidiary Legislation\n\n"
         "SUBSIDIARY LEGISLATION\n\n"
         "CHAPTER 77\n\n"
         "HARBOUR DUES\n\n"
         "The Harbour Dues Act\n\n"
         "SECTION 4 - HARBOUR DUES (MOORINGS) REGULATIONS\n\n"
         "Short title\n\n"
         "1. These Regulations may be cited as the Harbour Dues (Moorings) Regulations.\n\n"
         "Moorings\n\n"
         "2.-(1) Every mooring in the harbour shall be entered in the register of moorings.\n")


def test_the_cover_block_restating_the_title_heads_nothing():
    """(enlegal) The cover prints the title again in pieces, in capitals, under a revised edition's
    chapter number or with its article: front matter. A label, a dash and a name of its own
    (`SECTION 4 - … REGULATIONS`) is a heading, and the side headings rank under it."""
    doc = doc_of(COVER)
    assert [(s.level, s.title) for s in all_sections(doc)] == [
        (1, "SECTION 4 - HARBOUR DUES (MOORINGS) REGULATIONS"), (2, "Short title"), (2, "Moorings")]


def test_a_cover_line_with_words_of_its_own_stays_a_heading():
    doc = doc_of("Harbour Dues Act 2031\n\nHARBOUR DUES AND CHARGES\n\nThe dues are set out below for every vessel in the harbour.\n\n"
                 "PART 1 — PRELIMINARY\n\nThe authority shall publish the dues every year in the Gazette.\n")
    assert [s.title for s in all_sections(doc)] == ["HARBOUR DUES AND CHARGES", "PART 1 — PRELIMINARY"]


def test_a_dash_between_a_section_label_and_its_name():
    from pipeline.structure.blocks import Block
    from pipeline.structure.english import english_kind
    assert english_kind(Block("SECTION 4 - HARBOUR DUES (MOORINGS) REGULATIONS", 1, 0), set(), 0) == ("section", True)
    assert english_kind(Block("Article 3 – Definitions", 1, 0), set(), 0) is not None
    assert english_kind(Block("Section 7 - the owner shall pay the dues within thirty days of the notice.", 1, 0), set(), 0) is None


def _cleaned(text: str):
    from pipeline.clean import clean_text
    return clean_text(text, source_file="t.txt")


REVISED = ("Harbour Dues Act 2031\n\nNumber 4 of 2031\n\nHARBOUR DUES ACT 2031\n\nREVISED\n\nUpdated to 1 May 2035\n\n"
           "This Revised Act is prepared by the Commission and shows the Act as amended.\n\n"
           "Number 4 of 2031\n\nHARBOUR DUES ACT 2031\n\nREVISED\n\nUpdated to 1 May 2035\n\n"
           "ARRANGEMENT OF SECTIONS\n\nActs Referred to\n\nHarbours Act (Northern Isles), 1946\n\n1946, No. 12\n\n"
           "Moorings Act, 1950\n\n1950, c. 7\n\n"
           "Number 4 of 2031\n\nHARBOUR DUES ACT 2031\n\nREVISED\n\nUpdated to 1 May 2035\n\n"
           "AN ACT TO PROVIDE FOR DUES PAYABLE IN THE HARBOURS OF THE NORTHERN ISLES.\n\n"
           "BE IT ENACTED BY THE COUNCIL AS FOLLOWS:\n")


def test_a_cover_block_printed_again_over_later_pages_is_dropped():
    """(enlegal) The revised edition prints its cover block again over each later page: the copies
    go, the first stays as the title block; its edition date line heads nothing; the Acts it refers
    to, each over its citation, are no headings."""
    cleaned = _cleaned(REVISED)
    gone = [r.line for r in cleaned.removed if r.rule == "cover-again"]
    assert len(gone) == 8 and min(gone) > 9
    from pipeline.structure import structure_document
    doc = structure_document(cleaned)
    titles = [s.title for s in all_sections(doc)]
    assert "Updated to 1 May 2035" not in titles
    assert not any("Act, 19" in t or "Act (Northern Isles)" in t for t in titles)
    assert "ARRANGEMENT OF SECTIONS" in titles


def test_a_block_repeated_without_a_year_or_out_of_the_top_stays():
    table = "Name\nPurpose\nExpires\n"
    text = "Cookies on the harbour site\n\n" + table + "\nWe use cookies to count visits.\n\n" + table + "\nThey last a year.\n"
    assert not [r for r in _cleaned(text).removed if r.rule == "cover-again"]


def test_an_edition_date_line_is_dated():
    from pipeline.structure.english import _dated
    assert _dated("Updated to 28 May 2031") and _dated("Reprinted as in force on 2 December 1999") and _dated("As at 5 March 1998")
    assert not _dated("Updated guidance for owners") and not _dated("As at the end of the year")


NOTES_AFTER = ("Harbour Dues Order 2031\n\n"
               "Her Majesty, by virtue of the powers vested in Her, is pleased to order as follows:\n\n"
               "1.—(1) This Order may be cited as the Harbour Dues Order 2031.\n\n"
               "Citation and commencement.\n\n"
               "(2) This Order shall come into operation on the appointed day.\n\n"
               "Cap. 16.\n\n"
               "2.—(1) In this Order the harbour means the harbour of the Northern Isles.\n\n"
               "Amendment of section 3B of the Code.\n\n"
               "(2) Section 3B of the Code is amended as follows.\n\n"
               "Cap. 413.\n")


def test_one_line_marginal_notes_set_apart_from_their_sections_are_headings():
    """(enlegal) A note the extraction kept whole on one line (`Citation and commencement.`, 26
    characters, wider than the margin) is a section heading in a text that enacts or names itself
    (`This Order may be cited …`); the margin citations `Cap. 16.` are no series of divisions."""
    doc = doc_of(NOTES_AFTER)
    assert [s.title for s in all_sections(doc)] == ["Citation and commencement.", "Amendment of section 3B of the Code."]


def test_a_short_sentence_or_a_part_name_is_no_marginal_note():
    from pipeline.structure.blocks import Block
    from pipeline.structure.english import displaced_notes
    texts = ["BE IT ENACTED by the Council as follows.", "I assent.", "No. 31 of 2031.", "The motion was carried.",
             "PART I.", "Short title, commencement and application.", "An Act to amend the Harbour Code."]
    assert displaced_notes([Block(t, k + 1, 0) for k, t in enumerate(texts)]) == set()


def test_numbered_section_heads_over_their_text_in_an_act_without_parts():
    """(enlegal) `1. Short title` / `This Act may be cited as …`, no blank lines, no Part: in a text
    that names itself as an Act the `N. Title` lines over their text are its sections' headings; a
    revised edition's chapter number (`Chapter 7:02`) in the cover heads nothing."""
    doc = doc_of("Northern Isles\nHarbour Dues Act\nChapter 7:02\n- Assented to on 3 May 2031\n"
                 "1. Short title\nThis Act may be cited as the Harbour Dues Act.\n"
                 "2. Dues payable\nEvery owner of a vessel shall pay the dues set out in the Schedule.\n"
                 "3. Recovery of dues\nThe authority may recover unpaid dues as a debt.\n")
    assert [(s.level, s.title) for s in all_sections(doc)] == [
        (1, "1. Short title"), (1, "2. Dues payable"), (1, "3. Recovery of dues")]


def test_numbered_lines_over_sentences_in_a_text_that_is_no_act_stay():
    from pipeline.structure.blocks import _enacted_provision_heads
    lines = ["1. Boats", "The authority counted the boats.", "2. Moorings", "The moorings were let.", "3. Dues", "The dues rose."]
    assert _enacted_provision_heads(lines, list(range(1, 7))) == set()
    assert _enacted_provision_heads(["This Act may be cited as the Boats Act."] + lines, list(range(1, 8))) == {2, 4, 6}
