"""Cleaning rules of round16en (issue #11, check set 14 English): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN_PROSE = ("The harbour board charges a fee for each berth in the inner basin, and it publishes the fees "
            "in the spring of each year. Boats under ten metres pay half the fee.")


def test_a_filter_widget_and_its_options_go():
    lines = ["Generic filters", "Exact matches only", "Filter by Part", "Select all", "Part 1 - Harbours",
             "Part 2 - Moorings", "", "Division A – Harbour Board", "", "§ 2.1-1 Fees.", "", EN_PROSE]
    kept, removed, _ = run_rule("filter-widget", lines)
    assert len(removed) == 6 and kept[1] == "Division A – Harbour Board"


def test_a_lone_select_all_stays():
    lines = ["Select all", "Part 1 - Harbours", "", EN_PROSE]
    kept, removed, _ = run_rule("filter-widget", lines)
    assert not removed


def test_filter_labels_over_prose_leave_the_prose():
    lines = ["Filter by Year", "Select all", EN_PROSE]
    kept, removed, _ = run_rule("filter-widget", lines)
    assert kept == [EN_PROSE] and len(removed) == 2


def test_a_web_archive_banner_region_labels_and_site_links_go():
    lines = ["This snapshot taken on 03/09/2011, shows web content selected for preservation by the Example Archive.",
             "", "Harbour Board website", "", "|", "", "Main navigation", "", "In section navigation", "",
             "Berth Fees", "", EN_PROSE]
    kept, removed, _ = run_rule("archive-banner", lines)
    assert [t for t in kept if t] == ["Berth Fees", EN_PROSE] and len(removed) == 5


def test_a_website_line_without_a_banner_stays():
    lines = ["Launching the Harbour Board website", "", EN_PROSE]
    kept, removed, _ = run_rule("archive-banner", lines)
    assert not removed


def test_export_metadata_lines_go_and_the_name_stays():
    lines = ["", "99 HB 12 IH: Berth Fees Act of 2031", "Example State Assembly", "2031-05-02", "text/xml", "EN",
             "This file is not subject to copyright protection and is in the public domain.", "", "", EN_PROSE]
    kept, removed, _ = run_rule("export-metadata", lines)
    assert kept[1] == "99 HB 12 IH: Berth Fees Act of 2031" and len(removed) == 5


def test_a_mime_type_inside_prose_is_no_metadata_block():
    lines = ["Berth Fees", "", EN_PROSE, "", "The portal serves files as text/xml and as PDF.", "", EN_PROSE]
    kept, removed, _ = run_rule("export-metadata", lines)
    assert not removed


def test_a_transcript_pager_and_share_row_go():
    lines = ["Berth Fees", "", EN_PROSE, "", "Previous speech", "Next speech", "All speeches for",
             "Share this speech: Facebook | Twitter | Email"]
    kept, removed, _ = run_rule("item-pager", lines)
    assert kept == ["Berth Fees", "", EN_PROSE, ""] and len(removed) == 4


def test_a_sentence_about_the_next_speech_stays():
    lines = ["Berth Fees", "", EN_PROSE, "", "The next speech will be given in May."]
    kept, removed, _ = run_rule("item-pager", lines)
    assert not removed


def test_a_scanned_pages_number_line_goes():
    lines = ["2231 7", "Before a berth can be let, the harbour master must be told.", EN_PROSE]
    kept, removed, _ = run_rule("scan-page-numbers", lines)
    assert kept == lines[1:] and len(removed) == 1


def test_a_year_or_a_table_row_of_numbers_stays():
    for lines in (["2031", EN_PROSE], ["12 40", "15 60", EN_PROSE]):
        kept, removed, _ = run_rule("scan-page-numbers", lines)
        assert not removed


def test_a_bills_section_heads_glued_to_their_text_are_broken_off():
    lines = ["A BILL To set the berth fees.", "", " 1.Short titleThis Act may be cited as the Berth Fees Act.", "",
             " 2.Fees(a)In generalThe board shall set the fees.", "", EN_PROSE]
    kept, removed, _ = run_rule("glued-section-heads", lines)
    assert " 1. Short title" in kept and "This Act may be cited as the Berth Fees Act." in kept
    assert " 2. Fees" in kept and not removed


def test_one_glued_line_or_a_spaced_head_stays():
    lines = ["1.Short titleThis Act may be cited as the Berth Fees Act.", "", "2. Fees The board sets them.", EN_PROSE]
    kept, _, _ = run_rule("glued-section-heads", lines)
    assert kept == lines


def test_round17en_reading_time_details_label_and_next_article_go():
    lines = ["12 min read", "", "Harbour Dues Rise", "", "Next Article", "Tides of Change", "", "Tides of Change", "", EN_PROSE]
    kept, removed, _ = run_rule("reader-chrome", lines)
    assert [k for k in kept if k] == ["Harbour Dues Rise", EN_PROSE] and len(removed) == 4
    kept, removed, _ = run_rule("reader-chrome", ["Publication details", "", "Harbour Dues Review 2019", "", EN_PROSE])
    assert kept[0] == "" and len(removed) == 1


def test_round17en_a_sentence_with_reading_time_or_details_stays():
    lines = ["Harbour Dues Rise", "", "The guide takes 12 minutes to read and gives report details for each berth.", "", EN_PROSE]
    kept, removed, _ = run_rule("reader-chrome", lines)
    assert not removed


def test_round17en_an_archive_pages_type_line_goes():
    lines = ["Harbours", "", "Posts - Post Tag: Harbours", "", "North Basin", "", EN_PROSE]
    kept, removed, _ = run_rule("taxonomy-label", lines)
    assert len(removed) == 1 and kept[0] == "Harbours" and "North Basin" in kept


def test_round17en_a_dash_line_without_a_label_stays():
    lines = ["Harbours", "", "Fees - Entry Charges For Boats", "", EN_PROSE]
    kept, removed, _ = run_rule("taxonomy-label", lines)
    assert not removed


def test_round17en_a_masthead_over_a_trail_ending_in_the_headline_goes():
    lines = ["Example Government · Harbour Office", "", "Annual Review 2020", "Home About Reports Data Annual",
             "statements Contact", "Home / Berth fees", "", "Berth fees", EN_PROSE]
    kept, removed, _ = run_rule("masthead-over-trail", lines)
    assert len(removed) == 4 and [k for k in kept if k][:2] == ["Home / Berth fees", "Berth fees"]


def test_round17en_lines_over_a_trail_naming_another_page_stay():
    lines = ["Annual Review 2020", "", "Home / Reports", "", "Berth fees", EN_PROSE]
    kept, removed, _ = run_rule("masthead-over-trail", lines)
    assert not removed
