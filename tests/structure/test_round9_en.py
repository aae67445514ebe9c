"""Title rules the round9-en round (issue #11, check set 6's English half xxv1-8) widened: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.model import Removal
from pipeline.structure import structure_document
from pipeline.clean.rules_pages import site_prefix_cut
from pipeline.structure.outline import running_title

EN = "The council met on Tuesday and agreed the budget for the coming year after a long debate."


def test_a_page_title_naming_its_site_before_and_after_the_headline_is_the_headline():
    assert site_prefix_cut("Harbourview: Mayor's statement on the budget", "Harbourview") == "Mayor's statement on the budget"
    assert site_prefix_cut("Harbourview: Mayor's statement on the budget", "Harbo…") == "Mayor's statement on the budget"


def test_a_title_whose_colon_opens_a_subtitle_stays_whole():
    assert site_prefix_cut("Budget 2024: Our Plan", "Treasury") == "Budget 2024: Our Plan"
    assert site_prefix_cut("Budget 2024: Our Plan", "Bu…") == "Budget 2024: Our Plan"   # too short a stem


def test_a_court_opinions_part_label_is_never_the_page_title_of_its_heads():
    heads = ["Opinion of the Court", "HARBOUR v. MILLS"] * 3 + ["Opinion of the Court"]
    removed = tuple(Removal(i * 40, text, "running-head") for i, text in enumerate(heads))
    assert running_title(removed) == "HARBOUR v. MILLS"


def test_the_caption_with_et_al_under_the_cases_running_heads_is_the_title():
    lines = ["(Advance Copy)     TERM OF 2019     1", "", "Summary", "", EN, "", "HIGH COURT OF EASTSHIRE", "",
             "HARBOUR v. MILLS ET AL.", "", EN, EN, EN, EN, EN, EN, EN, ""]
    for n in range(2, 6):   # later pages: the case's short name and the page number as the head
        lines += [f"{n}        HARBOUR v. MILLS", "", EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, ""]
    doc = structure_document(clean_text("\n".join(lines)))   # the cleaner takes the heads off first
    assert doc.title.casefold() == "harbour v. mills et al."


def test_a_bare_kind_word_over_the_papers_name_leaves_the_name_as_title():
    from .helpers import doc_of
    doc = doc_of("\n".join(["<<", "", "REPORT", "", "JOINT COMMITTEE OF THE ON THE (HARBOUR DUES) BILL", "",
                            "JOINT COMMITTEE OF THE TOWN COUNCIL ON THE (HARBOUR DUES) BILL", "", EN, "", EN]))
    assert doc.title.casefold() == "joint committee of the town council on the (harbour dues) bill"
    assert doc.title_abbrev == "JOINT COMMITTEE OF THE TOWN COUNCIL ON THE (HARBOUR DUES) BILL"   # as written


def test_a_bare_kind_word_over_a_sentence_or_a_number_is_left_to_the_other_rules():
    from pipeline.structure.front import _bare_kind_over_name
    from pipeline.structure.blocks import Block
    assert _bare_kind_over_name([Block("REPORT", 1), Block(EN, 3)], 0) == -1
    assert _bare_kind_over_name([Block("REPORT", 1), Block("1. Introduction", 3), Block(EN, 5)], 0) == -1
    assert _bare_kind_over_name([Block("Annual Report", 1), Block("Harbour Board of Eastshire", 3)], 0) == -1
    assert _bare_kind_over_name([Block("Minutes", 1), Block("Harbour Board Meeting of Eastshire", 3), Block(EN, 5)], 0) == 1


def test_a_pagers_arrows_are_chrome_not_a_title():
    from pipeline.structure.title_evidence import chrome_reason
    assert chrome_reason("<<", True) and chrome_reason("‹ ›", False) and chrome_reason(">>", True)
    assert not chrome_reason("<< Back to the report", True)


def test_a_bodys_or_fields_name_under_the_title_is_a_heading_not_an_author():
    from .helpers import doc_of, levels
    doc = doc_of("\n".join(["The Mayor's Budget Speech (2)", "", "Regional Development Fund", "", "12. " + EN, "",
                            "Harbour Works", "", "13. " + EN]))
    assert not doc.authors
    assert "Regional Development Fund" in [t for _, t in levels(doc)]


def test_a_persons_name_under_the_title_is_still_the_author():
    from .helpers import doc_of
    doc = doc_of("\n".join(["The Harbour and Its Trade", "", "Margaret Ellen Smith", "", EN, "", EN]))
    assert [a.name for a in doc.authors] == ["Margaret Ellen Smith"]


def _opinion(after_caption: list[str]) -> str:
    para = ["   The appeal concerns a harbour licence that the board refused to renew after",
            "the owner had held it for many years without any complaint from the town."]
    return "\n".join(["HIGH COURT OF EASTSHIRE", "", "HARBOUR v. MILLS ET AL.", ""] + para * 3
                     + after_caption + para * 3 + ["                              I"] + para * 4
                     + ["                              II"] + para * 4)


def test_a_division_number_centred_alone_in_layout_text_heads_its_part():
    from .helpers import doc_of, levels
    doc = doc_of(_opinion([]))
    assert [t for _, t in levels(doc)] == ["I", "II"]


def test_the_courts_name_printed_again_over_the_opinion_is_no_heading():
    from .helpers import levels
    lines = ["(Advance Copy)     TERM OF 2019     1", "", "HIGH COURT OF EASTSHIRE", "", "HARBOUR v. MILLS ET AL.", "",
             EN, EN, EN, EN, EN, EN, EN, EN, EN, ""]
    for n in range(2, 6):   # later pages: the case's short name and the page number as the head
        lines += [f"{n}        HARBOUR v. MILLS", "", EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, ""]
        if n == 3:   # the opinion's caption block repeats the court's name
            lines += ["HIGH COURT OF EASTSHIRE", "", "No. 20-101", ""]
    doc = structure_document(clean_text("\n".join(lines)))
    assert doc.title.casefold() == "harbour v. mills et al."
    assert "HIGH COURT OF EASTSHIRE" not in [t for _, t in levels(doc)]


def test_a_letter_at_a_wrapped_lines_end_or_near_the_margin_is_no_division():
    from pipeline.structure.blocks import _centred_divisions
    lines = ["The board wrote to the owner.", "  I", "The owner replied at once and the board met again.", "A"]
    assert _centred_divisions(lines, list(range(1, 5))) == set()


def test_a_numbered_section_leading_into_its_list_with_a_dash_is_no_heading():
    from .helpers import doc_of, levels
    doc = doc_of("\n".join(["Harbour Dues (Amendment) Bill", "", "Section 4 amended",
                            "2. Section 4 of the Principal Act is amended by—", "(a) deleting “pier” and substituting “wharf”; and",
                            "(b) deleting paragraph (c).", "Section 9 amended", "3. Section 9 of the Principal Act is amended by—",
                            "(a) deleting “tolls”."]))
    assert [t for _, t in levels(doc)] == ["Section 4 amended", "Section 9 amended"]


def test_a_numbered_label_with_a_dash_after_its_name_is_still_a_heading():
    from pipeline.structure.english import _numbered_kind
    assert _numbered_kind("2. Interpretation—", "1.") is not None   # two words: a label, not a lead-in


def test_a_division_label_over_its_long_name_in_capitals_is_one_heading():
    from .helpers import doc_of, levels
    doc = doc_of("\n".join(["Harbour Board Report", "", "PART 1", "", "BACKGROUND & HISTORY OF THE HARBOUR DUES REFORM", "",
                            "1.1 " + EN, "", "PART 2", "", "FINDINGS", "", "2.1 " + EN]))
    assert [t for _, t in levels(doc)] == ["PART 1 BACKGROUND & HISTORY OF THE HARBOUR DUES REFORM", "PART 2 FINDINGS"]


def test_committee_members_with_empty_seats_and_roles_are_no_headings():
    from .helpers import doc_of, levels
    doc = doc_of("\n".join(["Harbour Board Report", "", "Hon J Roe MHK () Chairman", "", "Mrs A Smith MHK (Peel)", "",
                            "Hon B Jones MHK ()", "", EN, "", "PART 1", "", EN]))
    assert [t for _, t in levels(doc)] == ["PART 1"]
