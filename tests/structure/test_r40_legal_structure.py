"""(r40enlegal, issue #11) The structure of Acts as Pacific and Asian Commonwealth prints set it, made up
in several drafting conventions: a section's heading run in before a spaced dash and its first subsection
or its 'In this Act' (`1. Short title and commencement - (1) …`); a revised edition's line in the Act's
title block (`REVISED EDITION 1985`), never a heading; the enacting state's name alone at the head of the
title block (`SAMOA`, `REPUBLIC OF VANUATU`), which gives way to the Act's short title as the title and
stays front matter. What must stay: a numbered line with a dash that opens no subsection, a Part named
with the word 'edition', a caps name over a text with no enacting formula, an Act's own name line."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from structure.helpers import all_sections, levels


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


def _leads(doc) -> list[str]:
    return [p.lead for s in all_sections(doc) for p in s.paragraphs if getattr(p, "lead", "")]


# -- a section's heading run in before a spaced dash ----------------------------------------------------

@pytest.mark.parametrize("sections, expected", [
    (["1. Short title and commencement - (1) This Act may be cited as the Fisheries Act 2031.",
      "(2) This Act commences on the date of assent.",
      "2. Application - (1) This Act applies to all waters of the Kingdom.",
      "(2) This Act binds the Government."],
     ["1. Short title and commencement - ", "2. Application - "]),
    (["1. Short title – (1) This Act may be cited as the Ports Act 2031.", "(2) It binds the Crown.",
      "2. Interpretation – In this Act, unless the context otherwise requires, “port” means a declared port.",
      "3. Ports — (1) The Minister may declare a port by notice."],
     ["1. Short title – ", "2. Interpretation – ", "3. Ports — "]),
])
def test_a_sections_heading_run_in_before_a_spaced_dash_is_its_lead(sections, expected):
    doc = _doc(["PORTS AND FISHERIES ACT 2031", "PART 1", "PRELIMINARY"] + sections
               + ["PART 2", "ADMINISTRATION", "4. Director - (1) There shall be a Director of Ports.",
                  "(2) The Director holds office for five years."])
    assert _leads(doc)[:len(expected)] == expected


def test_numbered_lines_with_a_dash_that_open_no_subsection_stay_text():
    doc = _doc(["HARBOUR GUIDE", "The steps for a visiting vessel are these.",
                "1. Call the harbour master - the number is on the notice board at the gate.",
                "2. Moor at the visitors' pontoon - the berths are marked in yellow.",
                "3. Pay the dues at the office before you leave the harbour on the next tide."])
    assert _leads(doc) == []


# -- a revised edition's line in the title block ---------------------------------------------------------

@pytest.mark.parametrize("edition", ["REVISED EDITION 1985", "2020 REVISED EDITION", "Revised Edition of the Laws 2002",
                                     "REPRINT"])
def test_a_revised_editions_line_is_no_heading(edition):
    doc = _doc(["Harbour Board Act", "(CHAPTER 214)", "", "(Original Enactment: Act 12 of 1970)", "", edition,
                "(30th March 1987)", "An Act to establish the Harbour Board and for purposes connected therewith.",
                "[1st April 1971]", "PART I", "PRELIMINARY", "Short title",
                "1.  This Act may be cited as the Harbour Board Act.", "Interpretation",
                "2.  In this Act, unless the context otherwise requires —",
                "“Board” means the Harbour Board established under section 3;"])
    assert edition not in [t for _, t in levels(doc)]
    assert any(t.startswith("PART I") for _, t in levels(doc))


def test_a_part_named_for_revised_editions_stays_a_heading():
    doc = _doc(["Law Revision Act", "PART I", "PRELIMINARY", "1. This Act may be cited as the Law Revision Act.",
                "PART II", "REVISED EDITIONS", "2. The Commissioner shall prepare revised editions of the Laws.",
                "3. A revised edition shall be printed by the Government Printer."])
    assert any("REVISED EDITIONS" in t for _, t in levels(doc))


# -- the enacting state's name at the head of the title block --------------------------------------------

@pytest.mark.parametrize("state", ["SAMOA", "TUVALU", "NAURU"])
def test_the_enacting_states_name_gives_way_to_the_short_title(state):
    doc = _doc([state, "AN ACT to provide for the registration of fishing vessels and for related purposes.",
                "[Assent and commencement date: 5 November 2031]",
                f"BE IT ENACTED by the Parliament of {state.title()} as follows:",
                "PART 1", "PRELIMINARY",
                "1. Short title - (1) This Act may be cited as the Fishing Vessels Act 2031.",
                "(2) This Act commences on the date of assent.",
                "2. Interpretation - In this Act, “vessel” means any boat used for fishing."])
    assert doc.title == "Fishing Vessels Act 2031"
    assert any(p.text == state for p in doc.front)   # the name as the title block writes it: no letter lost


def test_a_caps_name_over_a_text_with_no_enacting_formula_stays_the_title():
    doc = _doc(["SAMOA", "The islands lie in the South Pacific between Fiji and Tonga, and the capital, Apia, is on Upolu.",
                "The climate is tropical, with a wet season from November to April and a dry season after it."])
    assert doc.title.casefold() == "samoa"


def test_an_acts_own_name_line_stays_the_title():
    doc = _doc(["FISHING VESSELS ACT 2031", "AN ACT to provide for the registration of fishing vessels.",
                "BE IT ENACTED by the Parliament of Tuvalu as follows:",
                "1. Short title - (1) This Act may be cited as the Fishing Vessels Act 2031.",
                "(2) This Act commences on the date of assent."])
    assert doc.title.casefold() == "fishing vessels act 2031"


def test_a_name_the_enacting_formula_does_not_name_stays_the_title():
    """A head that is no state's name (the formula enacts in another's name) is not the jurisdiction line."""
    doc = _doc(["Harbour Measures", "AN ACT to provide for the dues paid by vessels in the harbour.",
                "BE IT ENACTED by the Parliament of Tuvalu as follows:",
                "1. Short title - (1) This Act may be cited as the Harbour Dues Act 2031.",
                "(2) This Act commences on the date of assent."])
    assert doc.title == "Harbour Measures"
