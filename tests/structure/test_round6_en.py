"""Title block and paragraphs of check set 3's English half (issue #11, round6-en): a name set in
capitals with a house-style stop, the title again under a collection's number, and a page with no
blank line whose short lines are each a line of their own. Made-up words; must-not-fire cases."""
from __future__ import annotations

import pytest

from pipeline.structure.front import capitals_stop
from pipeline.structure.unwrap import line_apart, unwrapped

from .helpers import doc_of, levels, texts

BODY = "   In this Act unless the context otherwise requires, a harbour means any port named in the Schedule."


@pytest.mark.parametrize("text, expected", [
    ("HARBOUR RULES ACT.", True),
    ("INTERPRETATION.", True),
    ("Harbour Rules Act.", False),                         # not in capitals: a sentence may end so
    ("THE BOARD SHALL MEET. IT SHALL VOTE.", False),       # a stop inside: two sentences
    ("A VERY LONG LINE OF CAPITAL WORDS THAT GOES ON AND ON FOR EVER.", False),   # over ten words
    ("WAIT...", False),                                    # an ellipsis, not a stop
])
def test_capitals_with_a_stop(text, expected):
    assert capitals_stop(text) is expected


def test_the_name_with_its_stop_is_the_title_and_its_number_over_it_again_is_front_matter():
    doc = doc_of("\n".join(["HARBOUR RULES ACT.", "", "CHAPTER 4", "HARBOUR RULES ACT.", "", "Commencement: 1 May, 2001.", "",
                            "PART I", "INTERPRETATION.", "", "1.   Interpretation.", "", BODY]))
    assert doc.title == "Harbour Rules Act"
    assert "CHAPTER 4" not in [title for _, title in levels(doc)]
    assert "CHAPTER 4" in texts(doc)


def test_a_chapter_over_other_words_stays_a_heading():
    doc = doc_of("\n".join(["HARBOUR RULES ACT.", "", "CHAPTER 4", "", "DOCKS AND PIERS", "", BODY, "",
                            "CHAPTER 5", "", "LIGHTS AND BUOYS", "", BODY]))
    assert any(title.startswith("CHAPTER 4") for _, title in levels(doc))


LONG = ("The Board shall keep every harbour open to vessels of every flag, and shall publish the rules it makes under "
        "this Act in the Gazette within fourteen days of making them, together with a note of the rules they replace.")


def test_a_page_with_no_blank_line_sets_each_short_line_apart():
    lines = ["Notice of the Board on Issuing the Harbour Rules", "2018-08-29 1449", "· Area: Harbours", "· Status: Effective",
             "Notice of the Board on Issuing the Harbour Rules", "The harbour masters of all ports:", LONG, "Harbour Board",
             "June 25, 2018", "Harbour Rules", "Chapter I General Provisions", "1. " + LONG, "2. " + LONG]
    assert unwrapped(lines)
    paragraphs = texts(doc_of("\n".join(lines)))
    assert "2018-08-29 1449" in paragraphs and "June 25, 2018" in paragraphs


def test_text_with_blank_lines_and_few_long_lines_is_not_unwrapped():
    lines = ["HARBOUR RULES", "Ord. No. 4/66", "", LONG, "", "A short line.", "", "Another short line here.", "", "x" * 40]
    assert not unwrapped(lines)


@pytest.mark.parametrize("text, after, expected", [
    ("· Status: Effective", "Notice of the Board on Issuing the Harbour Rules", True),
    ("June 25, 2018", "Harbour Rules", True),
    ("The Board shall keep every harbour open to vessels of", "every flag and every kind.", False),   # lower case runs on
    ("The Board shall keep every harbour open, and", "Every flag is welcome.", False),             # a conjunction
    ("The Board, the masters,", "The pilots and the crews.", False),                                 # a comma
    (LONG[:120], "The next paragraph.", False),                                                     # too long to stand apart
])
def test_line_apart(text, after, expected):
    assert line_apart(text, after) is expected


WRAPPED = ["The Board issued a circular asking the harbour offices to answer the public's questions on",
           "the new dues within five days, and to publish the answers on their own pages as well as on",
           "the Board's one, with a note of the dues that each office collected in the last year too."]


def test_headlines_glued_over_their_paragraphs_one_wrapped():
    text = "\n".join(["Harbour Notes", "", "Harbour Board asks for faster answers to the public's questions"] + WRAPPED + [""]
                     + ["Harbour Board approves new piers and channels along the northern shore of", "the island"]
                     + WRAPPED)
    assert levels(doc_of(text)) == [(1, "Harbour Board asks for faster answers to the public's questions"),
                                     (1, "Harbour Board approves new piers and channels along the northern shore of the island")]


def test_a_sentence_or_a_caps_paragraph_over_text_is_no_headline():
    for first in ("THE BOARD GIVES NO ADVICE. HANDING OUT THIS TEXT MAKES NO PROMISE AT ALL",
                  "The Board issued a circular. It asks the harbour offices to answer"):
        text = "\n".join(["Harbour Notes", "", first] + WRAPPED)
        assert levels(doc_of(text)) == [], first


def test_a_label_and_a_date_stamp_is_no_heading():
    text = "\n".join(["Harbour Board notices", "", "Updated: Aug 15,2016 2:09 PM", "", " ".join(WRAPPED), "",
                      "Dues", "", " ".join(WRAPPED)])
    assert "Updated: Aug 15,2016 2:09 PM" not in [t for _, t in levels(doc_of(text))]


ACT_TEXT = "The three next following sections shall apply with respect to the form of Acts, and the form of Bills shall conform."


def test_a_compilers_banner_over_the_act_its_head_names_again():
    text = "\n".join(["HARBOUR LAW FINDER", "", "Self help guide to the Law", "", "ACTS OF THE ISLAND", "",
                      "HARBOUR RULES ACT, 1970 (HR 9)", "", "AN ACT", "", "OF THE HARBOUR ASSEMBLY", "", "ENTITLED", "",
                      "THE HARBOUR RULES ACT, 1970", "", ACT_TEXT, "", "Form of Rules", "", "Section 1—Rules and Orders.", "",
                      ACT_TEXT, "", "Section 2—Titles.", "", ACT_TEXT])
    doc = doc_of(text)
    assert (doc.title, doc.subtitle) == ("Harbour Rules Act, 1970", "(HR 9)")
    assert levels(doc) == [(1, "Form of Rules"), (2, "Section 1—Rules and Orders."), (2, "Section 2—Titles.")]
    assert {"HARBOUR LAW FINDER", "AN ACT", "ENTITLED", "THE HARBOUR RULES ACT, 1970"} <= set(doc.cover + texts(doc))   # the banner over the title is a cover line (r23cover)


def test_the_same_line_twice_or_in_capitals_is_no_restatement():
    for again in ("Harbour Rules Act, 1970 (HR 9)", "HARBOUR RULES ACT, 1970 (HR 9)"):
        text = "\n".join(["Harbour Notes", "", "Harbour Rules Act, 1970 (HR 9)", "", again, "", ACT_TEXT])
        assert doc_of(text).title == "Harbour Notes", again


@pytest.mark.parametrize("text, style", [
    ("Section 1—Acts and Bills.", "section"), ("Article 3—Scope", "article"),
    ("Section 1-2 of the Act applies.", ""),   # a range in a sentence: no dash before a word
    ("Sectional—views", ""),
])
def test_a_labelled_section_with_a_dash(text, style):
    from pipeline.structure import signals as sg
    assert sg.numbering(text) == style


PAPER = ("Having shown that no one of the powers given to the Board is needless, the next question is whether\n"
         "the whole mass of them will be dangerous to the harbour offices, which keep their own.")


def test_a_serials_paper_number_under_its_masthead_and_the_author_over_the_salutation():
    text = "\n".join(["The Harbour Papers", "", "THE HARBOUR.", "No. IV.", "", "The Alleged Danger From the Board", "",
                      "For the Island Journal.", "", "SMITH", "", "To the People of the Island:", "", PAPER, "", "PUBLIUS.", "",
                      "THE HARBOUR.", "No. V.", "", "The Same Subject Continued", "", "SMITH", "", "To the People of the Island:",
                      "", PAPER])
    doc = doc_of(text)
    assert levels(doc) == [(1, "No. IV. The Alleged Danger From the Board"), (1, "No. V. The Same Subject Continued")]
    assert "THE HARBOUR." in texts(doc) and "SMITH" in texts(doc)


@pytest.mark.parametrize("text, style", [("No. XLV.", "chapter"), ("Number IV", "chapter"), ("No. 31", ""),
                                         ("No.31", ""), ("No one shall be held in slavery.", ""), ("No. IV. The Danger", "chapter"), ("No. I think so.", "")])
def test_a_paper_number_in_roman_numerals(text, style):
    from pipeline.structure import signals as sg
    assert sg.numbering(text) == style


def test_a_name_over_a_paragraph_stays_a_heading():
    text = "\n".join(["The Harbour Papers", "", "HISTORY", "", PAPER, "", "SOURCES", "", PAPER])
    assert levels(doc_of(text)) == [(1, "HISTORY"), (1, "SOURCES")]


RULE_TEXT = ("1. The Harbour Board shall keep every harbour open to vessels of every flag, and shall publish the rules it makes "
             "under this Act in the Gazette within fourteen days of making them, with a note of the rules they replace.")


def test_the_document_a_notice_issues_heads_its_parts_and_the_signature_is_no_heading():
    text = "\n".join(["Notice of the Harbour Board on Issuing the Working Rules of the Harbour Board", "(No. 21 [2018] of the Board)",
                      "The harbour masters of all ports:", "The Working Rules of the Harbour Board as revised are hereby issued to you.",
                      "Harbour Board", "June 25, 2018", "Working Rules of the Harbour Board", "Chapter I General Provisions",
                      RULE_TEXT, RULE_TEXT.replace("1.", "2.")])
    assert levels(doc_of(text)) == [(1, "Working Rules of the Harbour Board"), (2, "Chapter I General Provisions")]


def test_a_line_the_title_does_not_issue_stays_as_it_was():
    text = "\n".join(["Notice of the Harbour Board on the Dues for 2018", "The harbour masters of all ports:",
                      "The dues for 2018 are set out below and take effect at once in every port.",
                      "Harbour Board", "June 25, 2018", "Working Rules of the Harbour Board", "Chapter I General Provisions",
                      RULE_TEXT, RULE_TEXT.replace("1.", "2.")])
    assert "Working Rules of the Harbour Board" not in [t for _, t in levels(doc_of(text))]
    assert "Harbour Board" not in [t for _, t in levels(doc_of(text))]


def test_the_designation_opening_the_page_its_head_restating_it():
    text = "\n".join(["HARBOUR RULES ACT, 1970 (HR 9)", "", "AN ACT", "", "ENTITLED", "", "THE HARBOUR RULES ACT, 1970", "",
                      ACT_TEXT, "", "Form of Rules", "", "Section 1—Rules and Orders.", "", ACT_TEXT])
    doc = doc_of(text)
    assert (doc.title, doc.subtitle) == ("Harbour Rules Act, 1970", "(HR 9)")
    assert levels(doc) == [(1, "Form of Rules"), (2, "Section 1—Rules and Orders.")]


def test_headlines_in_page_text_with_no_blank_line_one_wrapped():
    import textwrap
    para = textwrap.wrap("The Board issued a circular asking the harbour offices to answer the public's questions on the "
                         "new dues within five days, to publish the answers on their own pages as well as on the Board's "
                         "one, and to keep a note of the dues each office collected in the last year, so that the "
                         "masters of the visiting vessels can see what they will pay before they enter the harbour.", 80)
    lines = ["Harbour Board notices in the past week", "Updated: Aug 15,2016 2:09 PM",
             "Harbour Board asks for faster answers to the public's questions"] + para + \
            ["Harbour Board approves new piers and channels along the northern shore of", "the island"] + para + \
            ["Description", "An aardvark skeleton and mounted individual in the museum"] + para
    outline = [t for _, t in levels(doc_of("\n".join(lines)))]
    assert "Harbour Board asks for faster answers to the public's questions" in outline
    assert "Harbour Board approves new piers and channels along the northern shore of the island" in outline
    assert "An aardvark skeleton and mounted individual in the museum" not in outline   # a caption under a heading


@pytest.mark.parametrize("text, serial", [("Ord. No. 31/66", True), ("Cap. No. 5/2001", True), ("Act No. 33 of 1957", True),
                                          ("Ord. No. 31 is repealed.", False), ("No. XLV.", False)])
def test_a_designation_line_names_nothing(text, serial):
    from pipeline.structure.english import SERIAL_LINE
    assert bool(SERIAL_LINE.match(text)) is serial
