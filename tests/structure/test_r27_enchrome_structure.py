"""r27enchrome (issue #11): what a printed government page's structure reads once its chrome is gone.
Removing the site's bars over a print leaves the page's own lines at the top and makes the text read as
page text; four phenomena then showed (made-up pages, several sites' forms):
- a statute note's label (`Source`, `History`, `Credits`) over its citation is no heading (headings._note_label);
- a letterhead's stack of lines in capitals, its columns interleaved, holds no heading (headings._caps_stack);
- a long Title Case headline a narrow print wrapped over three lines, the middle one ending in `of`,
  is one title (front._headline_wrapped_thrice);
- a short line under the title whose words the first sentence under it goes on to use is that
  paragraph's heading, not a byline (front._words_in_first_sentence).
Each with a page that must keep its reading (a `History` section of prose, a caps cross-heading over
its first heading, a title over a paragraph, a byline over a paragraph that does not name it)."""
from __future__ import annotations

from .helpers import doc_of, levels

import textwrap

# page text as a browser's print extracts it: lines hard-wrapped at the page's width, no blank lines
PROSE = ("The Director shall, subject to the approval of the President, have powers to make such regulations as he "
         "deems necessary for the public health and safety, respecting nuisances, foul and noxious odours, water in "
         "which mosquitoes breed, sources of filth and causes of sickness or disease within the Republic and on board "
         "any vessel, and the adulteration and misbranding of food, drugs or milk, and the location, ventilation, "
         "sanitation and drainage of buildings, construction projects, excavations, pools and water courses.")


def page(*parts: str | list[str]) -> str:
    """Lines of a printed page: a string is a paragraph wrapped at 95 characters, a list its lines as they are."""
    out: list[str] = []
    for part in parts:
        out += part if isinstance(part, list) else textwrap.wrap(part, 95)
    return "\n".join(out)


def test_source_note_label_is_no_heading():
    doc = doc_of(page(["Eastmere National Code - Title 12", "§ 101. Director of Bureau; duties in general."], PROSE,
                      ["Source", "(Code 1966, § 611.) 63 TTC § 2, modified, as amended by RPPL 3-78 § 1(2).", "",
                       "§ 102. Promulgation of health regulations."], PROSE,
                      ["History", "1998 c. 212, s. 4; 2011 c. 37, s. 2.", "§ 103. Certificates, permits and licenses."], PROSE))
    heads = [t for _, t in levels(doc)]
    assert "Source" not in heads and "History" not in heads
    assert "§ 102. Promulgation of health regulations." in heads and "§ 103. Certificates, permits and licenses." in heads


def test_history_section_of_prose_stays_a_heading():
    doc = doc_of(page(["Annual Report 2023", "History"], PROSE, ["Functions"], PROSE, ["Staff"], PROSE))
    assert [t for _, t in levels(doc)] == ["History", "Functions", "Staff"]


LETTER = ["State of Westbrook Annual Report of the State Treasurer for the Fiscal Year Ended June 30, 2019",
          "STATE OF WESTBROOK", "JANE DOE OFFICE OF THE STATE TREASURER", "JOHN ROE", "TREASURER", "200 CAPITOL AVENUE",
          "DEPUTY TREASURER", "WESTBROOK, WB 06106-1775", "December 14, 2019", "To the Citizens of the State of Westbrook:"]


def test_letterhead_stack_holds_no_heading():
    assert levels(doc_of(page(LETTER, PROSE, PROSE, PROSE))) == []


def test_caps_cross_heading_over_first_heading_stays():
    doc = doc_of(page(["Licensing Act 2020", "PART I", "GENERAL PROVISIONS", "INTERPRETATION"], PROSE,
                      ["APPLICATION"], PROSE, ["COMMENCEMENT"], PROSE))
    heads = [t for _, t in levels(doc)]
    assert any(t.endswith("INTERPRETATION") for t in heads) and "APPLICATION" in heads and "COMMENCEMENT" in heads


def test_headline_wrapped_over_three_lines_is_one_title():
    doc = doc_of(page(["State of Westbrook Comprehensive Annual Financial Report Fiscal Year",
                       "Ended June 30, 2019 Introductory Section - State Treasurer Letter of", "Transmittal",
                       "December 14, 2019", "To the Citizens of the State of Westbrook:"], PROSE, PROSE, PROSE))
    assert doc.title == ("State of Westbrook Comprehensive Annual Financial Report Fiscal Year Ended June 30, 2019 "
                         "Introductory Section - State Treasurer Letter of Transmittal")


def test_title_over_prose_line_ending_in_of_stays_alone():
    doc = doc_of(page(["Westbrook Comprehensive Annual Financial Report for the Fiscal Year 2019",
                       "This report was prepared in its entirety by the Treasury, which takes full responsibility for",
                       "the accuracy of the data."], PROSE, PROSE, PROSE))
    assert doc.title == "Westbrook Comprehensive Annual Financial Report for the Fiscal Year 2019"


def test_topic_under_title_is_a_heading_not_an_author():
    doc = doc_of(page(["Other Regulatory Requirements", "", "Land Use Permits",
                       "The Department's Lands branch is responsible for Land Use permitting for a variety of activities,",
                       "including site clearing or earth work, quarrying, and constructing a new road, trail or access."],
                      PROSE, ["How to Apply for a Land Use Permit"], PROSE, PROSE))
    assert [a.name for a in doc.authors] == []
    assert [t for _, t in levels(doc)][:1] == ["Land Use Permits"]


def test_byline_over_text_that_does_not_name_it_stays_an_author():
    doc = doc_of(page(["Opening Address to the Regional Forum", "", "Jane Marlowe", "",
                       "Thank you all for coming today. It is a pleasure to open this forum on regional transport."]))
    assert [a.name for a in doc.authors] == ["Jane Marlowe"]


def test_history_over_bracketed_editorial_note_stays_a_heading():
    doc = doc_of("\n".join(["Preamble", "", "We the people of Westbrook, grateful for the good land, establish this constitution.",
                            "", "History", "[History includes the sources, drafting, and ratification of the provision.]", "",
                            "Sources", "[Sources include preceding constitutions, the 1884 draft and other textual sources.]", "",
                            "1884 Westbrook Constitution (proposed)", "", "We the people of the Territory of Westbrook ordain this."]))
    assert "History" in [t for _, t in levels(doc)] and "Sources" in [t for _, t in levels(doc)]
