"""(r28acts, issue 11) English legislation as users get it: made-up acts and regulations in the forms
legislation sites, consolidations and PDF text print them (none is a corpus document's words).

Each case is a small document and what MUST hold: the section heads that must be found, and the
lines that must stay text (a numbered list, a reference inside a sentence, a notes heading of a
report)."""
from __future__ import annotations

import pytest

from .helpers import all_paragraphs, doc_of, levels

from pipeline.clean import clean_text
from pipeline.structure import structure_document


def _titles(doc) -> list[str]:
    return [title for _, title in levels(doc)]


def _cleaned_doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"))


def _body(doc) -> str:
    return " ".join(p.text for p in all_paragraphs(doc))


# --- bare section heads 'N Title' in an excerpt of a self-named instrument ---------------------------

BULLETED_REGULATIONS = """Harbour Moorings Regulations 1971

Reprint
as at 1 July 2004

Note

Changes authorised by the reprint law have been made in this reprint.

PURSUANT to the Harbours Act 1950, the Governor, in Council, hereby makes the following regulations.

1 Title and commencement
  • (1) These regulations may be cited as the Harbour Moorings Regulations 1971.

    (2) These regulations come into force on the day after their notification.

2 Interpretation
  • In these regulations, unless the context otherwise requires,—

    mooring means any buoy or chain laid in a harbour"""


WRAPPED_HEADS_ORDER = """Markets (Guernsey) Order 1962
AN ORDER for regulating
the public markets
1 Meaning of words used in
this Order
(1) In
this Order, unless the context otherwise requires, "market" means any place set apart for trade.
(2) [1]
2 Hours of opening of the public markets
The markets shall open at such hours as the Committee appoints."""


ORDINANCE_TWO_SECTIONS = """Public Parks Ordinance

1 Application
This Ordinance applies to every park vested in the Council.

2 Definitions
In this Ordinance, "park" includes a garden, a reserve and a playground."""


def test_bulleted_regulations_two_heads_and_no_reprint_note_heading():
    doc = doc_of(BULLETED_REGULATIONS)
    titles = _titles(doc)
    assert "1 Title and commencement" in titles and "2 Interpretation" in titles
    assert "Note" not in titles   # the reprint's note label: front matter
    assert "Changes authorised by the reprint law have been made in this reprint." in _body(doc) \
        or any("Changes authorised" in p.text for p in doc.front)


def test_head_wrapped_onto_a_second_line_is_one_heading():
    doc = doc_of(WRAPPED_HEADS_ORDER)
    titles = _titles(doc)
    assert "1 Meaning of words used in this Order" in titles
    assert "2 Hours of opening of the public markets" in titles


def test_two_bare_heads_in_a_self_named_ordinance():
    assert _titles(doc_of(ORDINANCE_TWO_SECTIONS)) == ["1 Application", "2 Definitions"]


NUMBERED_STEPS = """Making the frame

1 Cut the timber
Measure the opening twice before you cut anything.

2 Join the corners
Glue and pin each corner, checking it is square."""


def test_must_stay_two_numbered_steps_of_a_guide_are_not_section_heads_by_this_rule():
    from pipeline.structure.blocks import _bare_provision_heads
    texts = NUMBERED_STEPS.split("\n")
    assert _bare_provision_heads(texts, list(range(1, len(texts) + 1))) == (set(), set())


def test_must_stay_lower_case_line_under_a_head_that_is_text_is_not_joined():
    from pipeline.structure.blocks import _bare_provision_heads
    texts = ["1 Short title", "this Act may be cited as the Boats Act.", "2 Commencement", "This Act comes into force on 1 May."]
    heads, rests = _bare_provision_heads(texts, [1, 2, 3, 4])
    assert rests == set()   # a sentence in small letters (an end mark) is no head's rest


# --- a reprint's editorial labels, a cover's jurisdiction and date lines ------------------------------

COMMENCEMENT_POINTER = """Water Supply (Jersey) Law 1972
A LAW to regulate the supply of water
Commencement
[see endnotes]
1 Interpretation
In this Law, "supply" means the supply of water by pipe.
2 Duty to supply
The undertaker shall supply water to every house in its area."""


def test_commencement_pointer_over_the_first_section_is_no_heading():
    titles = _titles(doc_of(COMMENCEMENT_POINTER))
    assert "Commencement" not in titles
    assert titles == ["1 Interpretation", "2 Duty to supply"]


REPORT_NOTES = """Annual Report of the Harbour Board

Summary

The Board met eleven times in the year and approved the new moorings plan.

Notes

The figures in this report are unaudited and may change before the accounts are laid."""


def test_must_stay_notes_heading_of_a_report_without_sections():
    titles = _titles(doc_of(REPORT_NOTES))
    assert "Notes" in titles and "Summary" in titles


COVER_BLOCK_ACT = """REPUBLIC OF TUVALU

FISHERIES LEVY ACT NO. 3 OF 2019

An Act to impose a levy on the export of fish.

Be it enacted by the Parliament as follows:

PART 1 PRELIMINARY

1 Interpretation
In this Act, unless a contrary intention appears, levy means the levy imposed by section 3."""


def test_cover_jurisdiction_line_is_no_heading_and_first_section_under_its_part_is():
    doc = doc_of(COVER_BLOCK_ACT)
    titles = _titles(doc)
    assert "REPUBLIC OF TUVALU" not in titles
    assert "PART 1 PRELIMINARY" in titles and "1 Interpretation" in titles


def test_must_stay_one_numbered_line_under_no_part_is_no_head():
    text = """Club Rules

Members pay their fees in January.

1 Member may bring two guests
In these Rules a guest is a person who is not a member."""
    assert "1 Member may bring two guests" not in _titles(doc_of(text))


SPURIOUS_LIST_NUMBERS = """Ports Authority Act 2018

Be it enacted by the Parliament as follows:

PART 1 PRELIMINARY

1. 1 Short title
This Act may be cited as the Ports Authority Act 2018.

1. 2 Interpretation
In this Act, port means a port declared under section 5."""


def test_list_number_a_print_sets_before_each_section_head():
    titles = _titles(doc_of(SPURIOUS_LIST_NUMBERS))
    assert "1. 1 Short title" in titles and "1. 2 Interpretation" in titles


DATE_FIELD = """The Constitution of Freedonia

Date of Publication in the Official Gazette

3 March 2031 (2087.11.19)

Preamble :

We, the people of Freedonia, adopt this Constitution.

Part-1

Preliminary

1. Constitution as the fundamental law: This Constitution is the fundamental law of Freedonia.

Part-2

Citizenship

2. Citizens: Every person born in Freedonia is a citizen."""


def test_hyphenated_part_labels_preamble_colon_and_date_field():
    titles = _titles(doc_of(DATE_FIELD))
    assert "Date of Publication in the Official Gazette" not in titles
    assert "Preamble :" in titles
    assert "Part-1 Preliminary" in titles and "Part-2 Citizenship" in titles


def test_must_stay_part_time_is_no_division_label():
    from pipeline.structure import signals as sg
    assert sg.numbering("Part-time workers are covered by this Act.") == ""
    assert sg.numbering("Part-1") == "chapter" and sg.numbering("CHAPTER-IV") == "chapter"
    assert sg.numbering("Chapter-3 explains the fees") == ""


# --- a division's head glued to the line before it (clean stage) --------------------------------------

def test_part_head_glued_to_the_enacting_words_is_set_apart():
    text = ("Fisheries Levy Act 2019\n\nAn Act to impose a levy on the export of fish.\n\n"
            "Be it enacted by the Parliament as followsPART 1 PRELIMINARY\n"
            "1 Interpretation\nIn this Act, levy means the levy imposed by section 3.\n"
            "2 Levy\nA levy is payable on every tonne of fish exported.\n")
    cleaned = clean_text(text, source_file="t.txt")
    assert "PART 1 PRELIMINARY" in [line.strip() for line in cleaned.lines]
    assert any(line.rstrip().endswith("as follows") for line in cleaned.lines)
    titles = _titles(structure_document(cleaned))
    assert "PART 1 PRELIMINARY" in titles


@pytest.mark.parametrize("line", [
    "The Minister may make regulations for the purposes of PART 2",   # a reference after a word and a space
    "This section is subject to the provisions of Part 3 of the Act.",
    "The levy is payable under PART II, as amended.",
])
def test_must_stay_reference_to_a_part_inside_a_sentence(line):
    from pipeline.clean.rules_apparatus_en import DIVISION_TAIL
    match = DIVISION_TAIL.search(line)
    assert match is None


def test_must_stay_sentence_end_then_part_head_is_split_but_nothing_lost():
    text = "The fees are set out in the Schedule.PART 2 ADMINISTRATION\n2 Board\nThe Board consists of five members.\n"
    cleaned = clean_text(text, source_file="t.txt")
    joined = "".join(line.strip() for line in cleaned.lines)
    assert joined.replace(" ", "") == text.replace("\n", "").replace(" ", "")


# --- a division's label in a page's copy that indents every line -------------------------------------

INDENTED_COPY = """Law on Rivers of the Republic

  (Adopted at the Session of the Assembly on 5 March 2001)

  Chapter I

  General Provisions

  Article 1 This Law is enacted to protect the rivers of the Republic and the people who live by them.

  Article 2 The State owns every river and every lake within its territory, as this Law provides."""


def test_division_label_over_its_name_heads_in_an_indented_copy():
    assert "Chapter I General Provisions" in _titles(doc_of(INDENTED_COPY))


def test_must_stay_indented_sentence_opening_with_a_section_reference():
    text = """Notes on the Rivers Law

  The Law was adopted in 2001 and amended twice since, most recently by the Assembly in 2019.

  Section 3 of the Law applies to every river, lake and canal that the State owns or manages today.

  The Ministry publishes a list of the rivers each year, with the names of their keepers."""
    titles = _titles(doc_of(text))
    assert not any(t.startswith("Section 3") for t in titles)


# --- a converted PDF page's viewer chrome, the enacting words, a short title cut at a line end --------

CONVERTED_PAGE = """Navigation bar
  Print document Start Previous page
 3 of 14 
Next page End  

WHEREAS it is expedient to amend the law relating to harbours:
Enactment.
NOW, THEREFORE, BE IT ENACTED by the Governor
by and with the advice and consent of the Assembly, as follows:-
      1.(1) This Act may be cited as the Harbours
and Moorings (Amendment) Act, 2031.
Short title.
      2.In this Act, "harbour" means a harbour named in the Schedule.
Interpretation.
3
Click to Convert - Fast PDF Converter and HTML Converter.
"""


def test_viewer_bar_and_converter_advert_go_and_the_act_keeps_its_words():
    cleaned = clean_text(CONVERTED_PAGE, source_file="t.txt")
    kept = [line.strip() for line in cleaned.lines]
    for gone in ("Navigation bar", "Print document Start Previous page", "3 of 14", "Next page End",
                 "Click to Convert - Fast PDF Converter and HTML Converter."):
        assert gone not in kept
    assert "3" not in kept   # the PDF page's number over the advert
    assert "Enactment." in kept and any(t.startswith("NOW, THEREFORE") for t in kept)
    doc = structure_document(cleaned)
    assert not any(t.startswith("NOW, THEREFORE") for t in _titles(doc))


def test_must_stay_a_count_line_and_an_end_heading_are_not_viewer_chrome():
    text = "Votes of the Assembly\n\n5 of 22 members voted against the motion.\n\nEnd\n\nThe sitting closed at noon.\n"
    kept = [line.strip() for line in clean_text(text, source_file="t.txt").lines]
    assert "5 of 22 members voted against the motion." in kept and "End" in kept


def test_short_title_cut_inside_the_name_reads_on():
    from pipeline.structure.front import short_title
    assert short_title(["1.(1) This Act may be cited as the Harbours",
                        "and Moorings (Amendment) Act, 2031."]) == "Harbours and Moorings (Amendment) Act, 2031"


def test_must_stay_caps_commencement_cross_heading_in_an_act_without_section_heads():
    text = ("Licensing Act 2020\n\nPART I\nGENERAL PROVISIONS\n\nCOMMENCEMENT\n\n"
            "This Act comes into force on the day the Minister appoints by notice in the Gazette, and different days may be "
            "appointed for different provisions.\n\nNOTES\n\nThe Minister shall publish the notice within thirty days of "
            "the day the Act is assented to, and shall lay it before the Assembly.")
    titles = _titles(doc_of(text))
    assert "COMMENCEMENT" in titles and "NOTES" in titles


STATUTE_SITE = """NorthShelf, a library of the northern coasts

Search NorthShelf

Harbours Act

An Act respecting the harbours of the northern coasts

SHORT TITLE

1 Short title

1. This Act may be cited as the Harbours Act.

INTERPRETATION

2 Definitions

2. In this Act, "harbour" means a harbour named in the Schedule.

PART I
ADMINISTRATION

Harbour Masters

3 Appointment

3. The Minister may appoint a harbour master for each harbour."""


def test_marginal_note_numbered_over_its_section_and_caps_groups_over_them():
    cleaned = clean_text(STATUTE_SITE, source_file="t.txt")
    assert "Search NorthShelf" not in [line.strip() for line in cleaned.lines]
    doc = structure_document(cleaned)
    titles = _titles(doc)
    assert "Search NorthShelf" not in titles
    for head in ("SHORT TITLE", "1 Short title", "INTERPRETATION", "2 Definitions", "3 Appointment"):
        assert head in titles


def test_must_stay_search_heading_whose_words_no_other_top_line_repeats():
    text = "Search and Seizure\n\nA guide for officers\n\nSearch Powers\n\nAn officer may search a vessel when a warrant is held.\n"
    kept = [line.strip() for line in clean_text(text, source_file="t.txt").lines]
    assert "Search and Seizure" in kept and "Search Powers" in kept


BILL_XML_TEXT = """\t\tA BILL
\t\tTo amend title 5 to set the form of public notices.
\t
\t\t1.Short titleThis Act may be cited as the
\t\t\t Public Notices Act of 2031.
\t\t2.Form of
\t\t\t noticesSection 552 of title 5 is amended by adding at the end the following new
\t\t\t subsection:
\t\t\t
\t\t\t\t40.Form of
\t\t\t\tnoticesEach notice shall be printed in a type that is easy to read.
\t\t\t\t.
\t\t3.Effective
\t\t\t dateThe amendment made by section 2 takes effect 90 days after enactment.
"""


def test_bill_heads_cut_over_two_lines_glued_to_the_text():
    cleaned = clean_text(BILL_XML_TEXT, source_file="t.txt")
    kept = [line.strip() for line in cleaned.lines]
    assert "2. Form of notices" in kept and "3. Effective date" in kept
    assert any(t.startswith("Section 552 of title 5") for t in kept)
    assert "40.Form of" in kept   # the quoted new section the bill inserts: out of the series, as it was
    titles = _titles(structure_document(cleaned))
    assert "2. Form of notices" in titles and "3. Effective date" in titles
    assert not any(t.startswith("40.") for t in titles)


def test_must_stay_numbered_sentences_of_an_act_are_no_heads():
    from pipeline.structure.blocks import _bare_provision_heads
    texts = ["Ferry Act", "1 This Act may be cited as the Ferry Act.", "In this Act, ferry means a vessel on a route.",
             "2 Every ferry shall carry the lights the board fixes.", "The board shall publish the list."]
    assert _bare_provision_heads(texts, list(range(1, 6))) == (set(), set())


ONE_SECTION_PAGE = """7. Protection of freedom of movement

1. (1) No person shall be deprived of his or her freedom of movement, that is to say, the right to move freely.
1. (2) Any restriction on a person's freedom of movement that is involved in his or her lawful detention
shall not be held to be inconsistent with this section, where it is done—
1. (a) under the authority of a law;
1. (b) by order of a court; or
1. © for the purpose of his or her extradition to another country.
1. (3) Nothing in this section shall apply to a person who is a member of a disciplined force."""


def test_a_page_of_one_provision_is_named_by_it_and_the_clause_c_sign_is_text():
    cleaned = clean_text(ONE_SECTION_PAGE, source_file="t.txt")
    assert "1. © for the purpose of his or her extradition to another country." in [l.strip() for l in cleaned.lines]
    doc = structure_document(cleaned)
    assert doc.title == "7. Protection of freedom of movement"
    assert _titles(doc) == []   # the title, not a section beside it


def test_must_stay_copyright_lines_go():
    from pipeline.clean.rules_meta import CLAUSE_C
    for line in ("© Government of Northland. All rights reserved.", "© 2021 Northland Law Office", "© all rights reserved"):
        assert not CLAUSE_C.match(line)


def test_must_stay_a_lone_plain_heading_under_no_provision_number_keeps_its_section():
    from pipeline.structure import _one_provision_page
    assert not _one_provision_page("Introduction") and not _one_provision_page("Harbour Report 2020")


TWO_LEVEL_GROUPS = """Harbours Act

An Act respecting the harbours of the northern coasts

SHORT TITLE

1 Short title

1. This Act may be cited as the Harbours Act.

Harbour Administration

Director of Harbours

2(1) Director

2. (1) There shall be a Director of Harbours appointed by the Minister for a term of five years.

2(2) Publication of appointment

(2) The appointment of the Director shall be published in the Gazette within thirty days."""


def test_two_level_group_heads_over_subsection_notes():
    assert levels(doc_of(TWO_LEVEL_GROUPS)) == [
        (1, "SHORT TITLE"), (2, "1 Short title"), (1, "Harbour Administration"), (2, "Director of Harbours"),
        (3, "2(1) Director"), (3, "2(2) Publication of appointment")]


def test_must_stay_speakers_name_over_office_is_no_heading():
    text = ("Budget Speech 2031\n\nJane Roe\n\nMinister of Finance\n\nMadam Speaker, I rise to present the budget for the "
            "coming year, a budget that keeps the promises this House made to the people of the islands.")
    titles = _titles(doc_of(text))
    assert "Jane Roe" not in titles and "Minister of Finance" not in titles
