"""Structure rules the round15-en round (issue #11, check set 13's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.model import Removal
from pipeline.structure.front import english_title_from_header


EN = "The keeper trimmed the wick each evening and she carried the oil up the stair before dark."


def test_a_gutenberg_headers_title_field_names_a_book_with_no_title_line():
    removed = [Removal(line=1, text="Title: The Lantern Keeper", rule="gutenberg-header"),
               Removal(line=2, text="Author: Anonymous", rule="gutenberg-header")]
    assert english_title_from_header(removed) == "The Lantern Keeper"
    # a Title line some other rule removed (a form, a README's front matter) is not the header's
    assert english_title_from_header([Removal(line=1, text="Title: Mr", rule="form-field")]) == ""


def test_a_book_under_a_wrapped_start_marker_is_named_by_its_header():
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    text = "\n".join(["The Project Gutenberg EBook of The Lantern Keeper, by Anonymous", "",
                      "Title: The Lantern Keeper", "Author: Anonymous", "",
                      "*** START OF THIS PROJECT GUTENBERG EBOOK THE LANTERN", "KEEPER ***", "",
                      "[Illustration: THE LANTERN KEEPER]", "SMITH & SONS, 12 HIGH STREET, LONDON.", "",
                      EN, "", EN])
    doc = structure_document(clean_text(text, source_file="zz_book.txt"), structure="rules")
    assert doc.title == "The Lantern Keeper"


def test_a_capitals_line_naming_a_kind_of_document_before_the_file_name():
    from pipeline.structure.title_evidence import caps_kind_title, top_line_title
    lines = ["HARBOUR BOARD OF THE NORTHERN PORTS", "ANNUAL REPORT 2031-32", "ISSN 1234-5678 (Print)",
             "Sir,", EN]
    assert top_line_title(lines, True) == "ANNUAL REPORT 2031-32"
    # a body's name, a sentence in capitals, a numbered line are no title
    assert caps_kind_title(["STANDING COMMITTEE ON PRIVATE BILLS", "THE BOARD ADOPTED THE REPORT.",
                            "1. HARBOUR ACT 1998", EN]) == ""


def test_a_provision_label_with_a_glued_category_tag_is_front_matter_over_its_name():
    from .helpers import doc_of
    doc = doc_of("\n".join(["Section 4Procedural", "", "Powers of the harbour board", "", "Full Text", "",
                            "(1) " + EN, "", "Plain Summary", "", EN]))
    assert doc.title == "Powers of the harbour board"
    assert not doc.authors   # 'Full Text' under the name is the template's head, no byline
    assert [s.title for s in doc.sections][:1] == ["Full Text"]


def test_a_markdown_article_label_takes_its_name_from_the_next_line():
    from .helpers import doc_of
    doc = doc_of("\n".join(["# Part IV - Harbour fees", "", EN, "", "### Article 12", "", "Fees", "", "1. " + EN, "",
                            "### Article 13", "", "Waivers for boats under ten metres in the inner basin", "",
                            "1. " + EN]))
    assert [s.title for s in doc.sections] == ["Article 12 Fees",
                                               "Article 13 Waivers for boats under ten metres in the inner basin"]


def test_the_title_written_again_as_the_first_heading_heads_nothing():
    from .helpers import doc_of
    doc = doc_of("\n".join(["# Part IV - Harbour fees", "", EN, "", "# PART IV", "", "HARBOUR FEES", "",
                            "### Article 12", "", "Fees", "", "1. " + EN, "", "### Article 13", "", "Waivers", "",
                            "1. " + EN]))
    assert doc.title == "Part IV - Harbour fees"
    assert [s.title for s in doc.sections] == ["Article 12 Fees", "Article 13 Waivers"]


def test_a_designation_and_title_cased_name_closed_by_a_stop_is_a_title_line():
    from pipeline.structure.front import designated_stop
    assert designated_stop("Harbour Rule 3-104: Fees for Berths and Moorings.")
    assert designated_stop("Board Policy 6.300: Waivers.")
    for text in ("Harbour Rule 3-104: the board sets fees for berths.", "Rule 3-104: Fees. Waivers apply.",
                 "The fee is 3-104: see the table.", "Harbour Rule 3-104: Fees for Berths and Moorings"):
        assert not designated_stop(text)
    from .helpers import doc_of
    doc = doc_of("\n".join(["Harbour Rule 3-104: Fees for Berths and Moorings.", "", "  1. Purpose", "", "    " + EN]))
    assert doc.title.startswith("Harbour Rule 3-104: Fees for Berths and Moorings")
