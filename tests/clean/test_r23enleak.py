"""Cleaning rules of round r23enleak (issue #11, English boilerplate leaks): made-up variants of
each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_chrome_en import foot_link, imprint_row

from .helpers import run_rule

PROSE = ("The committee met four times during the year and reviewed every proposal that reached it "
         "before the closing date set by the board, as the rules of the harbour require.")


def _removed(rule, lines):
    kept, removed, _ = run_rule(rule, lines)
    return kept, [text for _, text in removed]


# -- the site's foot: pager, back link, dotted imprint row and the notice under it ------------------

def test_site_foot_pager_back_link_and_dotted_imprint_go():
    lines = ["Harbour Rules", "", PROSE, "", PROSE, "", "‹ Rule 4 | Rule 6 ›", "Back to Harbour Rules",
             "Harbour Board Online is kept by the Clerk of the Board · Terms · Privacy ·", "Accessibility · Help"]
    kept, removed = _removed("en-chrome", lines)
    assert "‹ Rule 4 | Rule 6 ›" in removed and "Back to Harbour Rules" in removed
    assert "Harbour Board Online is kept by the Clerk of the Board · Terms · Privacy ·" in removed
    assert kept.count(PROSE) == 2 and "Harbour Rules" in kept


def test_site_foot_notice_under_the_dotted_address_row_goes():
    lines = ["Harbour Rules", "", PROSE, "", PROSE, "",
             "Harbour Board · 1 Quay Street, Porttown 9999 · www.harbour.example.org",
             "These rules are printed for the members' convenience and may change at any meeting."]
    kept, removed = _removed("en-chrome", lines)
    assert removed[-2:] == lines[-2:]
    assert kept.count(PROSE) == 2


def test_step_link_mid_page_goes():
    lines = ["Harbour Rules", "", PROSE, "", "Next › 2 Moorings", "", "Harbour Board"]
    kept, removed = _removed("en-chrome", lines)
    assert "Next › 2 Moorings" in removed and PROSE in kept


def test_foot_shapes_and_what_they_leave():
    assert foot_link("« Section 4 | Section 6 »") and foot_link("Next › 2 Moorings") and foot_link("‹ Previous")
    assert foot_link("Back to Table of Contents") and foot_link("Return to the Harbour Rules")
    assert not foot_link("Back to the harbour we went at dawn, and the boats followed us.")   # a sentence
    assert not foot_link("Next, the board turns to the fees")   # no arrow
    assert not foot_link("The fees » see Rule 9 for the winter season and the pilots' dues and more")   # too long
    assert imprint_row("Harbour Board · Quay Street · www.harbour.example.org")
    assert imprint_row("Harbour News · Reprinted from the Board's annual handbook for members")
    assert imprint_row("policy · Help")
    assert not imprint_row("The fees rose. · The pilots objected.")   # sentences
    assert not imprint_row("港务局年报 · 新华网")   # a Chinese line
    assert not imprint_row("Harbour fees rise again · Porttown Herald [cited 2016-02-03]")   # a reference entry


def test_site_foot_leaves_a_last_paragraph_and_a_dotted_line_in_the_text():
    lines = ["Harbour Rules", "", PROSE, "", "Porttown · Quay Street · Harbour Board", "", PROSE, "", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert "Porttown · Quay Street · Harbour Board" in kept   # mid-text: the walk stops at the last paragraph
    assert kept.count(PROSE) == 3


# -- a masthead over an arrow trail without Home --------------------------------------------------

def _trail_page():
    return ["(555) 123-4567", "", "Rule 5 - Harbour Rules | Harbour Board", "", "Harbour Board", "",
            "About the Board", "Moorings", "Fees and Dues", "Contact",
            "Board Rules (2020) › Harbour Rules › Rule 5", "", "Back to Harbour Rules", "Board Rules (2020)", "",
            "5. Fees", PROSE, "", PROSE]


def test_masthead_over_an_arrow_trail_goes_with_the_crumbs_named_again():
    kept, removed = _removed("masthead-over-trail", _trail_page())
    assert "Board Rules (2020) › Harbour Rules › Rule 5" in removed and "(555) 123-4567" in removed
    assert "Back to Harbour Rules" in removed and "Board Rules (2020)" in removed and "Contact" in removed
    assert [k for k in kept if k][0] == "5. Fees"


def test_arrow_trail_keeps_the_headline_naming_its_last_crumb():
    lines = ["Harbour Board", "Board Rules › Harbour Rules › Fees and Dues", "", "Fees and Dues", PROSE]
    kept, removed = _removed("masthead-over-trail", lines)
    assert "Fees and Dues" in kept and PROSE in kept
    assert "Harbour Board" in removed


def test_arrow_trail_under_a_sentence_stays():
    lines = ["The board met and decided the fees.", "Board Rules › Harbour Rules › Rule 5", "", "5. Fees", PROSE]
    kept, removed = _removed("masthead-over-trail", lines)
    assert removed == []


def test_two_crumbs_are_no_trail():
    lines = ["Harbour Board", "Rules › Fees", "", "Fees", PROSE]
    assert _removed("masthead-over-trail", lines)[1] == []


# -- a law site's status notice on its electronic copy --------------------------------------------

def test_law_site_status_notices_go():
    for notice in ("NOTE - This online version of this regulation is provided by the Board's clerk for your "
                   "convenience only. Where accuracy matters, consult the printed version.",
                   "The electronic texts of rules on this site are unofficial and are kept for ease of access only.",
                   "This Consolidated Rule is an administrative consolidation of the Harbour Rules 2001. It is kept by the clerk.",
                   "Disclaimer: While the clerk takes care over these texts, the Board gives no warranty as to them."):
        lines = ["Harbour Rules 2001", "", "RULES OF THE BOARD", "", notice, "", "1. Name", PROSE]
        kept, removed = _removed("en-chrome", lines)
        assert notice in removed, notice
        assert PROSE in kept


def test_a_sentence_about_electronic_copies_in_the_text_stays():
    lines = ["Harbour Rules 2001", "", "1. Records", PROSE,
             "The electronic copy of every minute is kept by the clerk and is made available to members on request.", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert lines[4] in kept


def test_a_status_notice_cut_in_its_last_sentence_goes_when_a_blank_line_ends_it():
    notice = ("EDITORS' NOTE: The digital versions of the rules on this site are UNOFFICIAL and kept for ease of access. "
              "Official copies are had in print from the Clerk of the Board, Quay Street")
    lines = ["Harbour Rules 2001", "", "Rule number:", "12", "In force:", "Yes", "", notice, "", "RULES OF THE BOARD", "", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert notice in removed
    assert "Yes" in kept and "In force:" in kept   # a field's value under its label is no button beside the notice


# -- a page's frame: lower-case roman page numbers, a contents label over the text -----------------

def test_roman_page_numbers_alone_go_and_list_marks_stay():
    lines = ["HARBOUR BOARD", "ANNUAL REVIEW", "ii", "", "iii", "FOREWORD", PROSE, "(ii) the moorings;", "ii. the fees",
             "i", "v", "mix", "xiv", PROSE]
    kept, removed = _removed("roman-page-number", lines)
    assert removed == ["ii", "iii", "xiv"]
    assert "(ii) the moorings;" in kept and "ii. the fees" in kept and "i" in kept and "v" in kept and "mix" in kept


def test_roman_page_numbers_need_latin_text():
    lines = ["港务局年报", "ii", "港务局全年工作顺利完成各项任务。"]
    assert _removed("roman-page-number", lines)[1] == []


def test_contents_label_over_running_text_goes():
    lines = ["Harbour Rules", "", "Table of Contents", "", "1. Name", PROSE, PROSE]
    kept, removed = _removed("empty-contents-label", lines)
    assert removed == ["Table of Contents"]


def test_contents_label_over_its_list_stays():
    lines = ["Harbour Rules", "", "Contents", "", "1. Name ........ 1", "2. Moorings ........ 2", "3. Fees ........ 4",
             "4. Pilots ........ 6", "", "1. Name", PROSE]
    assert _removed("empty-contents-label", lines)[1] == []


# -- the head: a language toggle alone, a menu bar run together -------------------------------------

def test_language_toggle_alone_at_the_head_goes():
    lines = ["Français", "", "Harbour Rules 2001", "", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert removed == ["Français"] and "Harbour Rules 2001" in kept


def test_menu_bar_run_together_goes_and_the_site_name_over_it():
    from pipeline.clean.rules_chrome_en import run_menu
    assert run_menu("Deutsch Contact Us Help Search Board Site")
    assert run_menu("Latest Notices About Us Moorings Site Map Home")
    assert not run_menu("Contact the Board for Help with the Search")   # a heading: link words in lower case, few
    assert not run_menu("Home Help and Contact Us for members.")   # a sentence's end
    lines = ["Harbour Board of Porttown", "Deutsch Contact Us Help Search Board Site",
             "Latest Notices About Us Moorings Site Map Home", "", "Harbour Rules", "", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert lines[1] in removed and lines[2] in removed and "Harbour Rules" in kept and PROSE in kept


# -- a contents list with an entry wrapped onto a lower-case line ---------------------------------

def test_contents_list_reads_on_over_an_entry_wrapped_in_lower_case():
    lines = ["Harbour Law", "", "Contents", "", "Chapter I General Provisions", "", "Chapter II Moorings", "",
             "Section 1 Berths for the Vessels of the", "", "Harbour", "", "Section 2 Fees for the Berths of the Vessels", "",
             "of the Harbour", "", "Section 3 Pilots", "", "Chapter III Closing Provisions", "", "Chapter I", "",
             "General Provisions", "", "Article 1 " + PROSE]
    kept, removed = _removed("contents-box", lines)
    assert "of the Harbour" in removed and "Chapter III Closing Provisions" in removed and "Section 3 Pilots" in removed
    assert "Chapter I" in kept and "General Provisions" in kept and "Article 1 " + PROSE in kept


def test_a_lower_case_line_after_an_entry_that_ends_a_sentence_is_not_its_rest():
    lines = ["Harbour Law", "", "Contents", "", "Chapter I General Provisions.", "", "the board keeps the harbour", "",
             "Chapter I", "", "General Provisions", "", "Article 1 " + PROSE]
    kept, removed = _removed("contents-box", lines)
    assert "the board keeps the harbour" in kept



def test_a_cover_blob_closing_with_a_notice_wording_stays_when_cut():
    blob = ("Harbour Board Act 2001 HARBOUR RULES 2001 Reprinted as in force on 2 May 2020 Reprint No. 3 This reprint "
            "is prepared by the Clerk of the Board Warning—This reprint is not an authorised")
    lines = ["Harbour Rules 2001", "", "HARBOUR RULES 2001", "", blob, "", "1. Name", "", PROSE]
    kept, removed = _removed("en-chrome", lines)
    assert blob in kept


def test_a_bulleted_table_row_at_the_foot_is_no_imprint_row():
    assert not imprint_row("Harbour Reserve (iv) Advances to the stores account •")
    assert not imprint_row("• (v) Other advances (vi) Sundries")
