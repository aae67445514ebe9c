"""(r40enlegal, issue #11) Legal text as users bring it off legislation and law-index sites, made up in
the forms several sites and printers use: an Act's arrangement that lists only its divisions, printed at a
narrow measure (a Part's name in capitals wrapped onto a second line, a Division line's name wrapped onto
a line in small letters, a Division named like its Part); a legal information institute's collection
line with its bar's separator left open; a law-index page's trail between middle dots, its reading-time
row and its annotation tool's hint. What must stay: the Act's own Part heads and text after its list, a
caps line that does not go on with a name, a collection line inside the text, a sentence that mentions
minutes or tapping, a middle-dot line of the text."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if line.strip()]


# -- an arrangement of divisions only, wrapped at a narrow measure --------------------------------------

CENTRED = ["                     TONGA", "              Arrangement of Provisions",
           "                     PART 1", "                  PRELIMINARY",
           "                     PART 2", "         DEFINITIONS AND INTERPRETATION", "                   OF TERMS",
           "                     PART 3", "              LICENCES, PERMITS", "              AND EXEMPTIONS",
           "           Division 1 - Licences", "           Division 2 - Permits and",
           "                 exemptions",
           "                     PART 4", "                 ENFORCEMENT,", "              OFFENCES AND PENALTIES",
           "           Division 1 - Inspectors", "           Division 2 - Offences",
           "                     PART 5", "                 MISCELLANEOUS",
           "AN ACT to provide for the licensing of fishing vessels in the waters of the Kingdom and for related purposes.",
           "BE IT ENACTED by the Legislative Assembly of Tonga in the Legislature of the Kingdom as follows:",
           "                     PART 1", "                  PRELIMINARY",
           "1. Short title - (1) This Act may be cited as the Fishing Vessels Act 2031."]

FLUSH = ["MARINE PARKS ACT 2031", "TABLE OF PROVISIONS",
         "PART I", "GENERAL,", "INTERPRETATION AND APPLICATION",
         "PART II", "PARKS", "Division 1 – Parks", "Division 2 – Reserves declared under",
         "the former Act",
         "PART III", "ADMINISTRATION",
         "Division 1 – Administration", "Division 2 – The Board",
         "Schedule", "",
         "MARINE PARKS ACT 2031", "An Act to provide for marine parks and for connected purposes.",
         "PART I", "GENERAL, INTERPRETATION AND APPLICATION",
         "1. This Act may be cited as the Marine Parks Act 2031."]

DOUBLE = ["Arrangement of Sections", "",
          "CHAPTER 1", "", "THE STATE AND ITS", "", "TERRITORY", "",
          "CHAPTER 2", "", "CITIZENSHIP", "",
          "CHAPTER 3", "", "AMENDMENT", "",
          "Division 1 – Amendment", "", "Division 2 – Referendum", "",
          "The Parliament of the Islands enacts this Constitution.", "",
          "CHAPTER 1", "", "THE STATE AND ITS TERRITORY", "",
          "1. The Islands are a sovereign democratic State."]


@pytest.mark.parametrize("lines, gone", [
    (CENTRED, ["OF TERMS", "AND EXEMPTIONS", "exemptions", "Division 2 - Offences", "MISCELLANEOUS"]),
    (FLUSH, ["INTERPRETATION AND APPLICATION", "the former Act", "Division 2 – The Board", "Schedule"]),
    (DOUBLE, ["TERRITORY", "CITIZENSHIP", "Division 2 – Referendum"]),
])
def test_an_arrangement_of_divisions_wrapped_at_a_narrow_measure_is_the_contents(lines, gone):
    kept = _kept(lines)
    assert not [g for g in gone if g in kept]


@pytest.mark.parametrize("lines, first_heads", [
    (CENTRED, ["PART 1", "PRELIMINARY"]),
    (FLUSH, ["PART I", "GENERAL, INTERPRETATION AND APPLICATION"]),
    (DOUBLE, ["CHAPTER 1", "THE STATE AND ITS TERRITORY"]),
])
def test_the_acts_own_heads_and_text_after_its_list_stay(lines, first_heads):
    kept = _kept(lines)
    for head in first_heads:
        assert head in kept
    assert any(line.startswith("1. ") for line in kept)
    assert any(line.startswith(("AN ACT", "An Act", "BE IT", "The Parliament")) for line in kept)


def test_a_caps_line_that_goes_on_with_no_name_stays():
    """After the list's last name, the Act's name in capitals is no wrapped name: it stays, twice."""
    lines = ["HARBOUR DUES ACT 2031", "Arrangement of Provisions",
             "PART I", "PRELIMINARY", "PART II", "THE HARBOUR BOARD", "PART III", "DUES AND EXEMPTIONS", "",
             "HARBOUR DUES ACT 2031", "AN ACT to provide for the dues paid by vessels in the harbour.",
             "PART I", "PRELIMINARY", "1. Short title – This Act may be cited as the Harbour Dues Act 2031."]
    kept = _kept(lines)
    assert kept.count("HARBOUR DUES ACT 2031") == 2 and "DUES AND EXEMPTIONS" not in kept


# -- a legal information institute's collection line with its bar's separator open --------------------

@pytest.mark.parametrize("collection", ["Samoa Consolidated Legislation 2020 |", "Tonga Sessional Legislation |",
                                        "Kiribati Consolidated Acts 2018 |"])
def test_a_collection_line_with_its_bar_open_at_the_head_goes(collection):
    lines = ["Home | Databases | WorldLII | Search | Feedback", collection, "FISHING VESSELS ACT 2031",
             "1. This Act may be cited as the Fishing Vessels Act 2031 and comes into force on assent."]
    kept = _kept(lines)
    assert collection not in kept and "FISHING VESSELS ACT 2031" in kept


def test_a_collection_named_in_the_text_stays():
    line = "The Consolidated Legislation of the Islands is kept by the Attorney-General |"
    lines = ["FISHING VESSELS ACT 2031", "1. This Act may be cited as the Fishing Vessels Act 2031.",
             "2. In this Act, words have the meanings given in the Interpretation Act.", line]
    assert line in _kept(lines)


# -- a law-index page's trail, reading-time row and annotation hint -----------------------------------

PROSE = ("Trial courts and their employees are not covered by the chapter named above except as provided in "
         "this article, and the language of this article shall be read with the judicial interpretations.")


MORE = ("The board shall keep a register of every vessel that enters the harbour, and the master of each vessel "
        "shall give the harbour master the particulars the board prescribes before the vessel leaves.")


@pytest.mark.parametrize("top, gone", [
    (["Tap any paragraph to write a margin note. Your notes collect in the Desk below the text.",
      "Code · California · Government Code", "§ 71639.3", "81 words·~1 min read·/ca/government-code/71639-3"],
     ["Tap any paragraph", "Code · California", "81 words"]),
    (["Laws · Fiji · Interpretation Act", "Section 3", "12 min read · Mar 5, 2023"], ["Laws · Fiji", "12 min read"]),
    (["Click a paragraph to add a comment.", "Statutes · Title 12 · Chapter 4", "12-4-101. Definitions",
      "1,204 words · 6 min read"], ["Click a paragraph", "Statutes · Title 12", "1,204 words"]),
])
def test_a_law_index_pages_trail_reading_row_and_tool_hint_go(top, gone):
    kept = _kept(top + [PROSE])
    assert not [g for g in gone if any(line.startswith(g) for line in kept)]
    assert PROSE in kept


@pytest.mark.parametrize("line", [
    "Marginalia · a citizen's law index",          # two pieces, the second in small letters: a name and tagline
    "Tap water may be used to fill the tanks.",    # a sentence about tapping
    "A 5 min read of the notice is enough to know your rights under this section.",
])
def test_lines_that_only_look_like_the_tools_stay(line):
    kept = _kept(["HARBOUR DUES ACT 2031", "1. This Act may be cited as the Harbour Dues Act 2031.", PROSE, line, PROSE, MORE])
    assert line in kept


def test_a_middle_dot_line_of_the_text_stays():
    """Inside the text (not the page's first lines) a row between middle dots is the text's own."""
    line = "Faith · Hope · Charity"
    lines = ["THE THREE VIRTUES", PROSE, MORE, "The inscription over the door of the old court house reads:", line,
             MORE, PROSE, MORE, PROSE]
    assert line in _kept(lines)


# -- a law-index or code site's notices: no advice, the selection tool --------------------------------

@pytest.mark.parametrize("notice", [
    "A research copy — for the controlling text, always check the official state or federal source. Not legal advice.",
    "This summary is not legal advice; read the section itself before relying on it.",
    "This section is included in your selections.",
])
def test_a_law_sites_advice_note_and_selection_note_go(notice):
    kept = _kept(["HARBOUR DUES ACT 2031", notice, "1. This Act may be cited as the Harbour Dues Act 2031.", PROSE, MORE])
    assert notice not in kept and PROSE in kept


def test_a_section_about_advice_stays():
    """The text's own words on advice (a section of an Act) are no site's note."""
    line = "(2) A pilot who gives advice to the master is not liable for any loss the advice causes."
    kept = _kept(["HARBOUR DUES ACT 2031", "1. This Act may be cited as the Harbour Dues Act 2031.", PROSE, line, MORE, PROSE])
    assert line in kept
