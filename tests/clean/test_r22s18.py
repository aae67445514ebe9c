"""Cleaning rules of round r22s18 (issue #11, check set 18 as a tuning set): made-up variants of
each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

PROSE = ("The committee met four times during the year and reviewed every proposal that reached it "
         "before the closing date set by the board, as the rules of the harbour require.")
WRAPPED = ["The committee met four times during the year and reviewed every proposal that reached",
           "it before the closing date set by the board, as the rules of the harbour require of it,",
           "and it wrote down each decision in the minutes kept by the secretary of the board."]


def _removed(rule, lines):
    kept, removed, _ = run_rule(rule, lines)
    return kept, [text for _, text in removed]


def _book_contents():
    """A book's contents list opening the file: group lines, italic summaries wrapped over lines
    (one too long for an entry), right-aligned roman numbers; the excerpt reaches three chapters."""
    return ["PART I", "", "_Of the harbour and of the boats that use it, and of the duties",
            "of the master._", "",
            "       I   The Harbour and its Limits", "      II   The Moorings", "     III   The Fees",
            "      IV   The Winter Season", "       V   The Pilots", "", "",
            "PART II", "", "_Of the board that governs the harbour, its members, its meetings and the",
            "rules by which it decides._", "",
            "       I   The Members", "      II   The Meetings", "     III   The Minutes",
            "      IV   The Accounts", "", "", "",
            "THE HARBOUR BOOK", "", "",
            "PART I", "", *WRAPPED, "", "",
            "CHAPTER I", "", "THE HARBOUR AND ITS LIMITS", "", *WRAPPED, "", *WRAPPED, "", "",
            "CHAPTER II", "", "THE MOORINGS", "", *WRAPPED, "", *WRAPPED, "", "",
            "CHAPTER III", "", "THE FEES", "", *WRAPPED, "", *WRAPPED]


def test_book_contents_with_wrapped_summaries_goes_to_its_last_numbered_entry():
    kept, removed = _removed("echoed-contents", _book_contents())
    assert "      IV   The Winter Season" in removed and "      IV   The Accounts" in removed
    assert "PART II" in removed and "rules by which it decides._" in removed
    assert "_Of the board that governs the harbour, its members, its meetings and the" in removed
    assert "THE HARBOUR BOOK" in kept and kept.count("CHAPTER I") == 1 and "THE FEES" in kept
    assert kept.count("PART I") == 1


def test_roman_numbered_list_nobody_echoes_stays():
    lines = ["Notes on the Harbour", "", "       I   The Harbour and its Limits", "      II   The Moorings",
             "     III   The Fees", "      IV   The Winter Season", "", *WRAPPED, "", *WRAPPED]
    kept, removed = _removed("echoed-contents", lines)
    assert removed == []


def test_hard_wrapped_prose_over_a_short_line_is_no_bridge():
    """A long line is bridged only between short lines: a paragraph's lines stay out of the list."""
    from pipeline.clean.page import Page
    from pipeline.clean.rules_contents import _blocks
    lines = ["Contents", "One", "Two", "Three", *WRAPPED, "the end of it.", "Four", "Five", "Six"]
    page = Page.from_text("\n".join(lines))
    blocks = _blocks(page.lines, 100)
    assert all(3 not in b or 5 not in b for b in blocks)


def test_an_epigraph_with_its_source_is_no_part_over_the_foreword():
    from tests.structure.helpers import doc_of
    from tests.structure.helpers import all_sections
    lines = ["THE HARBOUR BOOK", "", "OR", "", "RULES OF THE", "", "PORT", "", "Ventis secundis", "",
             "Navigare necesse est. (Pompey, _Vitae_ II.)", "", "", "FOREWORD", "", *WRAPPED, "", "", "PART I", "", "",
             *WRAPPED, "", "", "CHAPTER I", "", "THE LIMITS", "", *WRAPPED, "", "CHAPTER II", "", "THE MOORINGS", "",
             *WRAPPED]
    doc = doc_of("\n".join(lines))
    titles = [s.title for s in all_sections(doc)]
    assert not any("Navigare" in t for t in titles)
    from pipeline.structure.english import QUOTED_SOURCE
    assert not QUOTED_SOURCE.search("Section 3. (Repealed, 1999)")


# -- a printed page's footer and notices (en-chrome) ----------------------------------------------
PAGE = ["Harbour Rules | Port Ellen Board", "", "Harbour Rules", *WRAPPED, "", *WRAPPED]


def test_footer_links_run_together_with_single_spaces_go():
    lines = [*PAGE, "", "Accessibility Privacy Cookies Terms of use Freedom of information", "© Port Ellen Board"]
    kept, removed = _removed("en-chrome", lines)
    assert "Accessibility Privacy Cookies Terms of use Freedom of information" in removed


def test_a_heading_of_link_words_without_a_legal_link_stays():
    from pipeline.clean.rules_chrome_en import link_row
    assert not link_row("News Events Publications")
    assert not link_row("Privacy and Accessibility")
    assert not link_row("Terms and Conditions of Sale")


def test_imprint_sentence_then_links_with_a_dangling_dot_goes_with_its_wrapped_rest():
    lines = [*PAGE, "", "PortLII is a project of the Harbour Board, with support from Docks.Org. · Terms of use · Privacy ·",
             "Contact us"]
    kept, removed = _removed("en-chrome", lines)
    assert len(removed) == 2 and "Contact us" in removed


def test_reference_only_notice_in_the_foot_and_under_the_head():
    foot = [*PAGE, "", "Harbour rules are provided for information only and are not an official copy."]
    kept, removed = _removed("en-chrome", foot)
    assert removed == ["Harbour rules are provided for information only and are not an official copy."]
    head = ["Harbour Rules", "Home > Rules > Harbour Rules",
            "The English translation is provided for reference only. Only the original Gaelic",
            "texts of the rules have legal effect, and the translations are to be used",
            "solely as reference material.", "Gaelic / English · Print · Download (PDF)", "", "Harbour Rules", *WRAPPED,
            "", *WRAPPED]
    kept, removed = _removed("en-chrome", head)
    assert "solely as reference material." in removed and "Gaelic / English · Print · Download (PDF)" in removed
    assert WRAPPED[0] in kept


def test_a_sentence_about_reference_material_inside_the_text_stays():
    lines = [*PAGE, "", "The board keeps the old charts as reference material for the pilots, who consult them",
             "before every winter season.", "", *WRAPPED]
    kept, removed = _removed("en-chrome", lines)
    assert removed == []
