"""Cleaning rules the unseen14 round (issue #11, xxl1-xxl8: English legislation, regulation and
translation pages, pages printed to PDF) prompted: made-up variants of each phenomenon, and what
each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def _removed(name, lines):
    return [t for _, t in run_rule(name, lines)[1]]


def test_a_translated_contents_box_with_long_part_titles_goes_up_to_its_first_entry_again():
    lines = ["Harbour Charter of the Free Port", "", "Directory", "", "Preface", "",
             "Part I General Principles of the Harbour Board and its Duties to the Port, the Town and the Crown", "",
             "Part II Dues, Tolls and the Charges Levied upon Vessels of Every Kind", "",
             "Part III Lights", "", "Preface", "", EN, EN]
    assert _removed("contents-box", lines) == ["Directory", "Preface", lines[6], lines[8], "Part III Lights"]
    # 'Contents:' with a colon labels the same box
    lines[2] = "Contents:"
    assert _removed("contents-box", lines)[0] == "Contents:"


def test_a_list_whose_first_entry_never_comes_back_stays():
    lines = ["Harbour Charter", "", "Directory", "", "Harbour master's office, the long building on the north quay",
             "", "Pilot station and signal tower beside the outer breakwater and the lighthouse", "", "Customs", "",
             EN, EN]
    assert _removed("contents-box", lines) == []


def test_long_lines_ending_as_sentences_are_no_contents_entries():
    lines = ["Harbour Charter", "", "Contents", "", "Preface", "",
             "The board shall publish its dues every year before the first day of the season.", "",
             "Preface", "", EN]
    assert lines[6] not in _removed("contents-box", lines)


def test_a_two_page_layout_print_loses_its_head_and_its_address_counter_foot():
    head = "4/2/19, 3:05 PM                      Harbour Dues Notice_Port Authority"
    lines = [head, "", "            Harbour Dues Notice", EN, EN, EN, EN, EN, EN, "",
             "https://port.example/notice.html                           1/2", "\f" + head, "",
             EN, EN, EN, "", "https://port.example/notice.html                           2/2", "\f"]
    removed = _removed("running-head", lines)
    assert sum(head in t for t in removed) == 2 and sum("notice.html" in t for t in removed) == 2
    assert "Harbour Dues Notice" not in removed


def test_an_address_with_a_fraction_that_is_no_counter_sequence_stays():
    lines = ["Harbour Dues Notice", EN, "see https://port.example/dues   3/4 of the fee", EN, EN]
    assert _removed("running-head", lines) == []


def test_a_site_name_over_its_bracket_bar_and_a_past_version_caution_go():
    lines = ["PORTLII Harbour Laws", "", "[Index] [Table] [Search] [Help]", "", "HARBOUR DUES ORDINANCE - SECT 4", "",
             "Caution: This is a past version. See the current version here.", "", EN]
    assert _removed("site-bars", lines) == ["PORTLII Harbour Laws", "[Index] [Table] [Search] [Help]",
                                            "Caution: This is a past version. See the current version here."]


def test_a_headline_with_no_bar_under_it_and_a_sentence_about_versions_stay():
    lines = ["Harbour Dues in Winter", "", EN, "", "[Index] [Table] [Search] [Help]"]
    assert "Harbour Dues in Winter" not in _removed("site-bars", lines)
    assert _removed("site-bars", ["Harbour Dues", "This is a past version of the plan that the board rejected in May.",
                                  EN]) == []


def test_a_sharing_site_viewer_loses_its_labels_the_upload_marks_and_their_counters():
    lines = ["Harbour Rules final", "", "Embed Size (px)", "", "Citation preview", "", "  • 3/14/2020 Harbour Rules final",
             "", "    1/5", "", "    Harbour Rules", "", "    " + EN, "", "  • 3/14/2020 Harbour Rules final", "", "    2/5",
             "", "    " + EN]
    assert [t.strip() for t in _removed("site-bars", lines)] == [
        "Harbour Rules final", "Embed Size (px)", "Citation preview", "• 3/14/2020 Harbour Rules final", "1/5",
        "• 3/14/2020 Harbour Rules final", "2/5"]


def test_a_dated_bullet_naming_something_else_stays():
    lines = ["Harbour Diary", "", "• 3/14/2020 Pilot boat repaired", "", "1/5", "", EN]
    assert _removed("site-bars", lines) == []


def test_a_viewer_tab_row_over_the_first_division_goes():
    lines = ["Point of View", "Arrangement of Sections", "PART I – GENERAL", "1.", "Short title", "", EN]
    assert _removed("contents-box", lines) == ["Point of View", "Arrangement of Sections"]


def test_an_arrangement_label_over_its_list_is_no_tab():
    lines = ["Harbour Dues Act", "- TABLE OF PROVISIONS", "", "PART 1--PRELIMINARY", "1. Short title", "2. Dues", "",
             "PART 1--PRELIMINARY", "1 Short title", EN]
    assert "Arrangement of Sections" not in _removed("contents-box", lines)
    assert "- TABLE OF PROVISIONS" not in _removed("contents-box", ["Harbour Dues Act", "- TABLE OF PROVISIONS",
                                                                     "PART 1--PRELIMINARY", "1. Short title", EN])


def test_a_menu_button_empty_labels_and_a_full_text_line_go_from_the_top():
    lines = ["MENU", "", "The Harbour Charter (full text)", "", "author:", "", "Page view:", "",
             "Following is the full text:", "", EN]
    assert _removed("site-bars", lines) == ["MENU", "author:", "Page view:", "Following is the full text:"]
    lines = ["Harbour News", "The following is the full text of the Charter adopted by the board on Monday.", EN]
    assert _removed("site-bars", lines) == [lines[1]]


def test_labels_with_values_and_sentences_about_menus_stay():
    lines = ["Harbour News", "author: J. Roe", "Source: Port Board", "The menu of the harbour cafe changed.", EN]
    assert _removed("site-bars", lines) == []


def test_a_regulation_sites_currency_notice_feedback_and_learn_more_links_go():
    lines = ["Send us feedback", "", "Showing part 7, up to date as of 3/2/2025. Part 7 was last amended 1/9/2024.", "",
             "Learn more about this edition and how we keep it.", "", "§ 7.2 Harbour dues.", "", EN]
    assert _removed("site-bars", lines) == [lines[0], lines[2], lines[4]]
    assert _removed("site-bars", ["Harbour Rules", "Current through May 31, 2024", EN]) == ["Current through May 31, 2024"]


def test_sentences_about_feedback_and_currency_stay():
    lines = ["Harbour Rules", "Feedback from the pilots shaped these rules.", "The current through the harbour mouth is strong.",
             "Learn more about the tides. Then read the rules.", EN]
    assert _removed("site-bars", lines) == []
