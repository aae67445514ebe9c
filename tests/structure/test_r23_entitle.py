"""r23entitle (issue #11): how an English title is chosen wrongly on pages nobody tuned on, one
general rule per phenomenon: a label (a gazette's part, a place, the site's name) over the line the
text's citation clause names; a law site's page of one provision under its site bar; a viewer's
action button over the document; a news agency's intro line naming a headline-less speech. All
texts are made up."""
from __future__ import annotations

from pipeline.structure.title_evidence import chrome_reason, named_provision_head, self_named_line, wire_intro_name

from .helpers import doc_of


# --- the name the text's citation clause gives it, printed as a line under a label ------------------

CLAUSE = ["1. This Act may be cited as the Harbour Moorings (Amendment) Act,", "2031."]


def test_the_line_the_citation_clause_names_is_the_title_over_a_label():
    lines = ["Part B", "", "HARBOUR MOORINGS (AMENDMENT) ACT, 2031", "", "OBJECTS AND REASONS"]
    assert self_named_line("Part B", lines, CLAUSE) == "HARBOUR MOORINGS (AMENDMENT) ACT, 2031"
    order = ["This Order may be cited as the Northern Isles Fisheries Order 2031 and comes into force on 1 May."]
    assert self_named_line("Northern Isles", ["NORTHERN ISLES", "THE NORTHERN ISLES FISHERIES ORDER 2031"], order) \
        == "THE NORTHERN ISLES FISHERIES ORDER 2031"


def test_no_clause_a_title_naming_it_or_a_longer_line_leaves_the_title():
    lines = ["Part B", "HARBOUR MOORINGS (AMENDMENT) ACT, 2031"]
    assert not self_named_line("Part B", lines, ["The fee is paid before the first day of each year."])
    assert not self_named_line("The Harbour Moorings (Amendment) Act, 2031", lines, CLAUSE)
    # a line that says more than the name and its year is a sentence or another document's line
    assert not self_named_line("Part B", ["Part B", "Harbour Moorings (Amendment) Act, 2031 repealed in part"], CLAUSE)


def test_a_gazettes_part_label_gives_way_to_the_act_it_prints():
    doc = doc_of("Part B\n\nHARBOUR MOORINGS (AMENDMENT) ACT, 2031\n\nOBJECTS AND REASONS\n\n"
                 "This Bill would amend the Harbour Moorings Act to allow a fee for every mooring.\n\n"
                 "Short title\n\n1. This Act may be cited as the Harbour Moorings (Amendment) Act, 2031.\n")
    assert doc.title == "Harbour Moorings (Amendment) Act, 2031"


# --- a law site's page of one provision ----------------------------------------------------------

def test_the_head_numbered_as_the_page_names_it_is_the_title():
    lines = ["Section 7 - Harbour Code of the Northern Isles | Office of the Harbour Master",
             "Northern Isles Government", "Office of the Harbour Master"]
    assert named_provision_head(lines, ["Office of the Harbour Master", "7. Moorings and fees"]) == "7. Moorings and fees"
    assert not named_provision_head(lines, ["Office of the Harbour Master", "8. Pilots"])   # another number
    assert not named_provision_head(["Northern Isles Government"], ["7. Moorings and fees"])   # no page line


# --- a viewer's action button ----------------------------------------------------------------------

def test_a_viewers_button_over_the_document_is_chrome():
    assert chrome_reason("Download to read offline", True, "HARBOUR REPORT") == "a site's button"
    assert chrome_reason("Save to my library", True, "The Harbour Report")
    assert not chrome_reason("Read the Harbour Report", True, "The council met.")   # no page object
    assert not chrome_reason("Download to read offline", True, "")                   # nothing under it


# --- a news agency's intro line names the speech it carries -----------------------------------------

def test_the_agencys_intro_line_names_the_speech():
    assert wire_intro_name(["- Island Press - Monday, 3 May 2031",
                            "PORT MARY, N.I. (IP) - Here is the text of the 2031 Harbour Day address as prepared "
                            "for delivery May 3 by Gov. Ann Doe:"]) == "2031 Harbour Day address"
    assert wire_intro_name(["Following is the full text of the Budget Statement delivered by the minister on Monday."]) \
        == "Budget Statement"
    assert not wire_intro_name(["Here is the text of what the governor said to the council on Monday:"])   # no name
    assert not wire_intro_name(["The council met.", "The fees rose.", "The boats left.",
                                "Here is the text of the Harbour Day address:"])   # too far down


def test_a_headline_less_agency_copy_takes_the_intros_name():
    doc = doc_of("- Island Press - Monday, 3 May 2031\n\n"
                 "PORT MARY, N.I. (IP) - Here is the text of the 2031 Harbour Day address as prepared for delivery:\n\n"
                 "“Thank you all for coming to the harbour today. It is an honour to stand with you.\n\n"
                 "This year the harbour carried more boats than in any year since it opened.”\n")
    assert doc.title == "2031 Harbour Day address"
