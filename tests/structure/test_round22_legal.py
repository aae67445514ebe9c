"""Round 22 legal (issue #11): English legal text, phenomena seen in several documents of different
check sets, one general rule each. All texts are made up."""
from __future__ import annotations

from pipeline.structure import signals as sg

from .helpers import doc_of


DIVIDED_BARE = ("Charter of the Lagoon Islands\n\n"
                "Given by the Council of Elders on the first day of May and revised in accordance with the law.\n\n"
                "PART I\n"
                "RIGHTS OF ISLANDERS\n"
                "1 Freedom of movement\n"
                "Every islander may travel between the islands of the lagoon without a pass and may\n"
                "settle on any of them.\n\n"
                "2 Fishing grounds open\n"
                "The fishing grounds of the lagoon shall be open to every islander in every season of\n"
                "the year.\n")


def test_bare_section_heads_under_a_part_label_over_its_name():
    """(r22legal) `PART I` over `RIGHTS OF ISLANDERS` over `1 Freedom of movement` over its text, no
    blank line between: the Part's label and name are one heading, the bare-numbered section heads
    (`N Title`, no stop) head sections inside it; two counting from 1 are enough in a divided text."""
    doc = doc_of(DIVIDED_BARE)
    assert [s.title for s in doc.sections] == ["PART I RIGHTS OF ISLANDERS"]
    assert [s.title for s in doc.sections[0].sections] == ["1 Freedom of movement", "2 Fishing grounds open"]


STACKED = ("Marine Reserves Proclamation No. 12/2031\n\n"
           "PART ONE\n"
           "GENERAL\n"
           "1.Short Title\n"
           "This Proclamation may be cited as the Marine Reserves Proclamation.\n"
           "2.Definitions\n"
           "In this Proclamation unless the context otherwise requires:\n"
           "1/ \"reserve\" means an area of sea declared under Article 3.\n\n"
           "PART TWO\n"
           "PROTECTED AREAS\n"
           "SECTION ONE\n"
           "DECLARATION OF RESERVES AND THEIR\n"
           "BOUNDARIES\n"
           "3. Declaration of Reserves\n"
           "1/ The Minister may by regulation declare any area of the territorial sea a reserve.\n"
           "2/ The regulation shall describe the boundaries of the reserve.\n"
           "4. Fishing in Reserves\n"
           "1/ Whosoever fishes in a reserve without a permit shall be punishable with a fine.\n")


def test_stacked_division_labels_and_unspaced_section_heads():
    """(r22legal) a civil-law act printed without blank lines: `PART TWO` / its name / `SECTION ONE` /
    its name wrapped over two lines, each label with its capitals name one heading, `SECTION ONE`
    inside the Part; the articles `1.Short Title` (no space after the stop) and `3. Declaration of
    Reserves` over subsections numbered `1/` are section heads."""
    doc = doc_of(STACKED)
    assert [s.title for s in doc.sections] == ["PART ONE GENERAL", "PART TWO PROTECTED AREAS"]
    assert [s.title for s in doc.sections[0].sections] == ["1.Short Title", "2.Definitions"]
    section = doc.sections[1].sections
    assert [s.title for s in section] == ["SECTION ONE DECLARATION OF RESERVES AND THEIR BOUNDARIES"]
    assert [s.title for s in section[0].sections] == ["3. Declaration of Reserves", "4. Fishing in Reserves"]


def test_spelled_division_numbers_in_capitals_only():
    assert sg.numbering("SECTION ONE") == "section"
    assert sg.numbering("ARTICLE TWENTY-ONE") == "article"
    assert sg.numbering("Section one of the Act is repealed.") == ""
    assert sg.numbering("SECTION ONEROUS DUTIES") == ""


def test_a_counted_list_under_a_part_is_not_cut_into_heads():
    """A list of items counted `1 apple` in lower case, or ending in commas, stays in its paragraph."""
    doc = doc_of("Market Rules 2031\n\nPART 1\nSTALLS\n"
                 "Each stall holder shall bring:\n1 table for the goods,\n2 chairs for the holder,\n"
                 "and shall keep the stall clean.\n")
    titles = [s.title for s in doc.sections] + [s.title for top in doc.sections for s in top.sections]
    assert not any(t.startswith(("1 ", "2 ")) for t in titles)


NOTED_EXCERPT = ("Harbour Lights Order 2031\n\n"
                 "Her Majesty is pleased to order, and it is ordered, as follows:\n\n"
                 "Citation and commencement\n"
                 "1. (1) This Order may be cited as the Harbour Lights Order 2031 and comes into force\n"
                 "on the day the Governor appoints.\n\n"
                 "Interpretation\n"
                 "2.   (1) In this Order -\n\n"
                 "\"light\" means a light shown to guide ships into the harbour;\n")


def test_two_side_heads_over_the_sections_of_a_self_naming_excerpt():
    """(r22legal) a marginal note on its own line over its numbered section, only two sections in
    the excerpt: two suffice where the text names itself (`may be cited as`), and a section whose
    words lead into its definitions (`2. (1) In this Order -`) has its text though its line is short."""
    doc = doc_of(NOTED_EXCERPT)
    assert [s.title for s in doc.sections] == ["Citation and commencement", "Interpretation"]


AMENDING = ("Road Tolls (Amendment) Decree 2031\n\n"
            "The following Decree is made—\n"
            "Short title and commencement\n"
            "1. This Decree may be cited as the Road Tolls (Amendment) Decree 2031, and comes into force on the\n"
            "day it is published.\n"
            "Section 4 amended\n"
            "2. The Road Tolls Act (\"the Act\") is amended in section 4 by deleting the words \"heavy vehicle\".\n")


def test_an_amending_note_counts_among_the_side_heads():
    """(r22legal) `Section 4 amended` over the section that amends it is a marginal note too: with
    `Short title and commencement` the excerpt has its two notes."""
    doc = doc_of(AMENDING)
    assert [s.title for s in doc.sections] == ["Short title and commencement", "Section 4 amended"]


def test_one_caption_over_a_numbered_paragraph_stays_text():
    """Without words that name an Act, one or two notes are not enough: a caption over a list item stays."""
    from pipeline.structure.blocks import _noted_sections
    texts = ["Our plans", "1. We will meet every Tuesday in the hall and bring our own tea and cake today.",
             "Our fees", "2. Members pay the fee for the year in May at the first meeting of the season."]
    assert _noted_sections(texts, [1, 2, 3, 4]) == set()
    assert _noted_sections(texts + ["This Club may be cited as the Tea Club."], [1, 2, 3, 4, 5]) == {1, 3}


def test_a_jurisdiction_over_the_acts_name_is_not_part_of_the_title():
    """(r22legal) `Lagoonia` over `Fisheries Licensing Act` at the top of a legal institute's page,
    no blank line: the place the Act runs in (named again below: `Laws of Lagoonia`) is not a word
    of its name; the title is the Act's name, the headline as written keeps the place."""
    doc = doc_of("Lagoonia\nFisheries Licensing Act\nChapter 12:04\n"
                 "- Commenced on 1 March 2031\n"
                 "- [Revised in the Second Revised Edition of the Laws of Lagoonia.]\n\n"
                 "1. Short title\nThis Act may be cited as the Fisheries Licensing Act.\n")
    assert doc.title == "Fisheries Licensing Act"
    assert "Lagoonia" in doc.title_abbrev


def test_a_label_over_an_acts_name_the_text_never_repeats_stays_as_it_was():
    from pipeline.structure.blocks import _jurisdiction_over_name
    group = [("Contents", 1), ("Fisheries Licensing Act", 2), ("1. Short title", 3)]
    assert not _jurisdiction_over_name(group)
    assert _jurisdiction_over_name([("Lagoonia", 1), ("Fisheries Licensing Act", 2), ("Laws of Lagoonia", 3)])


def test_the_maker_under_an_instruments_name_is_its_author():
    """(r22legal) `Constitution of Lagoonia` / `Government of Lagoonia`, two lines alone together: the
    maker under the name is the author, not a word of the title."""
    doc = doc_of("Constitution of Lagoonia\nGovernment of Lagoonia\n\n"
                 "Granted by the Council on the first day of May and revised by the Laws Act.\n\n"
                 "1 Freedom of the islands\nEvery islander is free.\n")
    assert doc.title == "Constitution of Lagoonia"
    assert [a.name for a in doc.authors] == ["Government of Lagoonia"]


def test_an_instrument_name_and_an_unrelated_maker_stay_one_title():
    from pipeline.structure.front import _name_over_maker
    assert _name_over_maker("Constitution of Lagoonia Government of Lagoonia") == \
        ("Constitution of Lagoonia", "Government of Lagoonia")
    assert _name_over_maker("Road Traffic Act Government of Lagoonia") is None   # the place is not in the name
    assert _name_over_maker("History of the Government of Lagoonia") is None


REVISED = ("Harbour Dues Act\n\n"
           "CONSOLIDATED TO 1 MAY 2031\n\n"
           "LAWS OF LAGOONIA\n\n"
           "CHAPTER 77\n\n"
           "Act 4 of 2001\n\n"
           "[2nd March, 2001]\n\n"
           "1.      This Act may be cited as the Harbour Dues Act.\n\n"
           "2.      In this Act -\n\n"
           "\"dues\" means the dues payable under section 3;\n\n"
           "3.      Every ship entering the harbour shall pay dues at the rate the Minister prescribes.\n")


def test_a_revised_editions_filing_lines_are_no_headings():
    """(r22legal) under a revised Act's title: the consolidation date in capitals, the collection
    (`LAWS OF LAGOONIA`), the chapter it is filed under over the Act's own number (`CHAPTER 77` /
    `Act 4 of 2001`) and a section leading into its definitions with a typed hyphen (`In this Act -`)
    divide nothing: the text has no headings."""
    doc = doc_of(REVISED)
    assert doc.title == "Harbour Dues Act"
    assert [s.title for s in doc.sections] == []


def test_a_chapter_with_a_name_is_still_a_division():
    from pipeline.structure.blocks import Block
    from pipeline.structure.english import english_kind
    assert english_kind(Block("CHAPTER 7 Harbour Dues", 1), set(), 0) is not None
    assert english_kind(Block("CHAPTER 77 Act 4 of 2001", 1), set(), 0) is None
    assert english_kind(Block("LAWS OF LAGOONIA", 1), set(), 0) is None
