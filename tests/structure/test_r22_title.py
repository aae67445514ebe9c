"""r22title (issue #11): how an English title is chosen wrongly on pages nobody tuned on, one general
rule per phenomenon: a one-word label or a language's name over the headline, a code or a bill's
session line over the name, a member of the text's heading sequence (`Chapter I …` while `Chapter
II …` follows). All texts are made up."""
from __future__ import annotations

from pipeline.structure.blocks import Block
from pipeline.structure.front import code_line, not_a_title, read_title_block
from pipeline.structure.title_evidence import caps_kind_title, chrome_reason, label_over_headline, sequence_member

from .helpers import doc_of


# --- a language toggle, a one-word category label -------------------------------------------------

def test_a_foreign_languages_name_alone_over_an_english_page_is_its_toggle():
    assert chrome_reason("Español", True, "The Harbour Fees Act (2031)") == "a language toggle"
    assert chrome_reason("Te Reo Māori", True, "Fisheries Guidance for Coastal Councils")
    assert not chrome_reason("Español", True, "")   # nothing under it: no page to toggle


def test_the_toggle_goes_and_the_headline_under_it_is_the_title():
    doc = doc_of("Deutsch\n\nThe Harbour Fees Act (2031)\n\n"
                 "The council may charge a fee for every mooring in the harbour, as the schedule sets it.\n\n"
                 "The fee is paid to the harbour master before the first day of each year.\n")
    assert doc.title == "The Harbour Fees Act (2031)"


def test_a_one_word_label_the_headline_repeats_is_the_sites_category():
    assert label_over_headline("Charter", "The Northern Isles 2031 Charter") == "The Northern Isles 2031 Charter"
    assert chrome_reason("Charter", True, "The Northern Isles 2031 Charter") == "a category label"
    doc = doc_of("Charter\n\nThe Northern Isles 2031 Charter\n\nChapter IV. Citizenship\n\n"
                 "40. Every person born in the islands after the appointed day becomes a citizen of the islands.\n")
    assert doc.title == "The Northern Isles 2031 Charter"


def test_a_one_word_title_over_a_subtitle_or_byline_stays_the_title():
    assert not label_over_headline("Lanterns", "Poems of the Harbour Years")   # the word is not repeated
    assert not label_over_headline("Lanterns", "by Lanterns Harbour")           # a byline
    assert not label_over_headline("Lanterns", "Lanterns Again")                # one word more only
    assert not label_over_headline("REPORT", "The Report of the Harbour Board.")   # a sentence under it


# --- a code over the name -------------------------------------------------------------------------

def test_a_citation_or_series_code_files_the_text_and_names_nothing():
    assert code_line("S.N. 2031-32, c. 7")
    assert code_line("VOL. XLII No. 9")
    assert not_a_title("S.N. 2031-32, c. 7", True) == "a code"
    assert not_a_title("Bill 4, 2nd Session, 41st Legislature", True) == "a bill's number and session"


def test_a_name_with_a_number_or_a_section_designation_is_no_code():
    assert not code_line("Harbour Act 2031")
    assert not code_line("Vision 2040")
    assert not code_line("HRS 12.300")   # a code section's designation: the page's name
    assert not code_line("3")            # a page number alone


def test_the_title_under_the_citation_and_session_lines_is_read():
    doc = doc_of("S.N. 2031-32, c. 7\n\nBill 4, 2nd Session, 41st Legislature\n\nThe Harbour Dues Amendment Act (2031)\n\n"
                 "(Assented to May 3, 2031)\n\n"
                 "The council, with the advice of the harbour board, enacts as follows:\n\n"
                 "Section 4 of the Harbour Dues Act is repealed and the following is substituted for it.\n")
    assert doc.title == "The Harbour Dues Amendment Act (2031)"


# --- a member of the heading sequence -------------------------------------------------------------

def test_a_numbered_division_with_a_sibling_is_a_sequence_member():
    assert sequence_member("Chapter I General Matters", ["Chapter II Licences", "Chapter III Fees"])
    assert sequence_member("BOOK I PREFACE", ["BOOK II"])
    assert sequence_member("QRS 12", ["QRS 3 Report on Ferries (2001)"])
    assert not sequence_member("Chapter I General Matters", ["Article 1", "Article 2"])   # no sibling
    assert not sequence_member("Vision 2040", ["Vision 2040"])   # the same number again: a repeat


def test_the_first_chapter_is_not_the_title_the_cover_line_above_is():
    doc = doc_of("republic of the northern isles harbour board ...\n\n12\n\nHARBOUR BOARD\n\n"
                 "REPORT ON THE REVIEW OF MOORING FEES\n\nQRS 12\n\nPort Town, March 2031\n\n"
                 "QRS 3 Report on Ferries (2001)\n\nThe board reported on the ferries of the islands in that year.\n\n"
                 "QRS 4 Report on Lighthouses (2003)\n\nThe board reported on the lighthouses in that year.\n")
    assert doc.title != "QRS 12"


def test_a_capitals_report_name_opening_with_its_kind_is_the_cover_title():
    lines = ["HARBOUR BOARD", "REPORT ON THE REVIEW OF MOORING FEES", "QRS 12"]
    assert caps_kind_title(lines) == "REPORT ON THE REVIEW OF MOORING FEES"
    assert caps_kind_title(["HARBOUR BOARD", "REPORTING DUTIES"]) == ""


def test_chapter_one_over_chapter_two_gives_no_title_line():
    doc = doc_of("Chapter I General Matters\n\n"
                 "Article 1 This law sets the fees the harbour board charges for moorings.\n\n"
                 "Chapter II Licences\n\n"
                 "Article 2 A licence is granted for one year and may be renewed.\n\n"
                 "Chapter III Fees\n\n"
                 "Article 3 The fee is paid before the first day of each year.\n")
    assert doc.sections and doc.sections[0].title == "Chapter I General Matters"   # the first division, a heading
    blocks = [Block(text, 1 + 2 * k, 0, 1) for k, text in enumerate(
        ["Chapter I General Matters", "Article 1 This law sets the fees.", "Chapter II Licences", "Article 2 A licence."])]
    head = read_title_block(blocks, "en")
    assert head.title == "" and head.used == 0   # no title line: the chain's next source names the text


# --- title block lines run into one block ---------------------------------------------------------

def test_an_acts_name_run_into_its_bracketed_number_is_the_title_alone():
    doc = doc_of("The translation is given for reference only, and only the original text has legal effect in the courts.\n\n"
                 "Harbour Moorings Act\n(Act No. 7 of 2031)\n\n"
                 "Chapter I General Matters\n"
                 "Article 1 This Act sets the fees the harbour board charges for moorings in the islands.\n")
    assert doc.title == "Harbour Moorings Act"


def test_a_contents_entry_with_its_number_column_is_no_title_shaped_line():
    from pipeline.structure.title_evidence import top_line_title
    assert top_line_title(["      XII   The Harbour Laws", "Harbour Laws of the Isles"], True) == "Harbour Laws of the Isles"


def test_a_title_wrapped_over_lines_with_its_labelled_byline_under_a_series_line():
    doc = doc_of("DRAFT\nDiscussion Paper 2031/04\n\n"
                 "Review of the harbour moorings\nbetween 1 May 2029 and\n30 April 2031\nAuthor: Jane Doe and John Roe\n\n"
                 "1.0 Purpose\nThe purpose of this paper is to review the moorings granted in the harbour in those years.\n\n"
                 "2.0 Method\nWe read every licence the board granted and counted the moorings by kind and by place.\n")
    assert doc.title == "Review of the harbour moorings between 1 May 2029 and 30 April 2031"


def test_the_removed_breadcrumbs_last_crumb_names_a_page_with_no_title_line():
    from pipeline.model import Cleaned, Provenance, Removal
    from pipeline.structure import _crumb_name, structure_document
    trail = "You are here: LawSite >> Databases >> Harbour Court Decisions >> Doe v Roe Moorings Ltd [2031] HC 7 (3 May 2031)"
    body = ["This judgment was handed down by circulation to the parties and release to the archive.", "",
            "JUDGMENT APPROVED BY THE COURT", "",
            "1. The claimant held a mooring in the harbour for ten years and paid every fee the board charged.", "",
            "2. The board then refused to renew the licence, and the claimant brought this claim against it."]
    cleaned = Cleaned(tuple(body), tuple(range(10, 10 + len(body))), (Removal(3, trail, "site-bars"),), (), Provenance("t.txt"))
    assert _crumb_name(cleaned) == "Doe v Roe Moorings Ltd [2031] HC 7"
    assert structure_document(cleaned).title == "Doe v Roe Moorings Ltd [2031] HC 7"
    two = Cleaned(tuple(body), tuple(range(10, 10 + len(body))), (Removal(3, "Home >> Decisions", "site-bars"),), (), Provenance("t.txt"))
    assert _crumb_name(two) == ""   # a trail of two crumbs names a section, not the page
