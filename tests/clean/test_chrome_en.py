"""English site chrome (issue #11, `en-chrome`): made-up pages with each kind of chrome at the
edges — menus under the site's name, trails from `Home`, skip links, link rows, form controls,
licence lines, related-links boxes, wiki taglines, layout pictures' alt text — and the short
lines inside a text the rule must leave alone (defined terms, a contents list, a poem, a play)."""
from __future__ import annotations

from pipeline.clean.rules_chrome_en import link_row

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."
EN2 = "Each member declared any interest before the meeting and the minutes record every declaration."


def _removed(lines):
    return [t for _, t in run_rule("en-chrome", lines)[1]]


def test_a_menu_one_item_a_line_goes_with_the_site_name_over_it_and_the_trail_under_it():
    lines = ["Harbour Users Council", "Home", "", "About the Council", "", "Publications", "", "Contact us", "",
             "Home › Publications › Annual review", "", "Annual review of the harbour", EN, EN2]
    assert _removed(lines) == lines[:2] + ["About the Council", "Publications", "Contact us", lines[9]]


def test_short_capitalised_lines_without_a_menu_word_stay():
    # a contents list, a poem's lines, a law's defined terms: short, capitalised, no end mark
    contents = ["Annual Review", "", "Introduction", "Governance", "Finances", "Outlook", "", EN, EN2]
    assert _removed(contents) == []
    poem = ["Evening Tide", "Grey Water Rising", "Slow Boats Home", "Lanterns Along", "The Quay", EN]
    assert _removed(poem) == []
    terms = [EN, "Harbour Master", "Pilot", "Vessel", "Home Port", EN2]
    assert _removed(terms) == []


def test_a_menu_inside_the_text_is_not_looked_at():
    lines = ["Annual review", EN, "Home", "About", "Contact", "Search", EN2]
    assert _removed(lines) == []


def test_numbered_entries_are_no_menu_items_even_after_home():
    lines = ["Home", "Part One", "Part Two", "Part Three", EN]
    assert _removed(lines) == []
    # a one-word title that is also a link's word ('Home', a poem's) stays
    assert _removed(["Home", "The lamp is lit, the kettle sings, the door is shut against the night.", EN]) == []


def test_link_rows_and_skip_links_at_the_head():
    lines = ["Skip to main content", "Home | About Us | Browse | Advanced Search | FAQ | Help", "",
             "Harbour dues for the season", EN, EN2]
    assert _removed(lines) == lines[:2]


def test_a_footer_row_wrapped_by_the_page_width_and_a_wrapped_licence_line_go():
    lines = ["Harbour dues", EN, EN2, "Do you want to receive the newsletter?", "( ) Yes", "( ) No",
             "[ Save settings ]", "", "Support links: Accessibility statement · Cookies · Privacy notice · Terms and",
             "conditions", "All content is available under the Open Government Licence v3.0, except",
             "where otherwise stated"]
    assert _removed(lines) == lines[4:7] + lines[8:]


def test_a_related_links_box_under_the_text_goes_to_its_blank_line():
    lines = ["Harbour dues", EN, EN2, "In this chapter", "Part 1 – Introduction",
             "Part 2 – Have the dues for every kind of vessel been set out in the schedule?", "",
             "Privacy · Accessibility · Site map"]
    assert _removed(lines) == lines[3:6] + [lines[7]]


def test_a_footer_word_alone_is_the_page_title_not_a_link():
    # 'Cookies' or 'Accessibility statement' can be the page's own title; only a row of them is a footer
    lines = ["Cookies", EN, EN2]
    assert _removed(lines) == []
    assert not link_row("Accessibility statement") and link_row("Privacy · Accessibility")
    assert link_row("Back to top")


def test_a_licence_sentence_inside_the_text_stays():
    lines = ["Harbour dues", "The charts are licensed under the Open Government Licence, as the board decided in 2019.",
             EN, EN2]
    assert _removed(lines) == []


def test_a_wiki_page_name_tagline_and_proofreading_status_go():
    lines = ["Page:Harbour Ordinance 1901 (Cap. 7).pdf/3", "", "From Wikisource", "Jump to navigation Jump to search",
             "This page has been proofread, but needs to be validated.", "HARBOUR ORDINANCE", EN, EN2]
    assert _removed(lines) == lines[:1] + lines[2:5]


def test_a_site_blurb_over_the_headline_and_layout_pictures_go():
    lines = ["Browse our range of reports and publications on the harbour and its trade.",
             "Harbour dues for the season", EN, EN2]
    assert _removed(lines) == lines[:1]
    lines = ["Slider", "Left Corner", "Harbour dues", EN]
    assert _removed(lines) == ["Slider", "Left Corner"]
    # a headline that begins 'Welcome to' with nothing under it in the head is the page's title
    assert _removed(["Welcome to the Harbour", EN]) == []


def test_a_play_with_speakers_and_stage_directions_stays():
    lines = ["THE HARBOUR", "ACT I", "SCENE I. A quay.", "Enter a Pilot", "PILOT", "Home, home, the tide is turning.",
             "Exit", "Exeunt"]
    assert _removed(lines) == []


def test_a_cookie_banner_goes_with_its_buttons_and_a_cookie_page_stays():
    lines = ["We use some essential cookies to make this service work.", "Accept additional cookies",
             "Reject additional cookies", "View cookies", "Harbour dues", EN, EN2]
    assert _removed(lines) == lines[:4]
    page = ["Cookies", "We use cookies to make the harbour booking service work and to count its visitors.", EN, EN2]
    assert _removed(page) == []


def test_a_tool_bar_one_button_a_line_goes_beside_other_chrome_and_a_last_updated_stamp_goes():
    lines = ["Harbour dues", EN, EN2, "Back to top", "Print", "Share", "Facebook Twitter LinkedIn Email",
             "This page was last updated on", "Page last reviewed: 3 May 2024"]
    assert _removed(lines) == lines[3:]
    # the same one-word buttons with no chrome beside them are words of the text
    assert _removed(["Harbour dues", EN, EN2, "Print", EN]) == []


def test_a_labelled_share_row_goes():
    lines = ["Harbour dues", EN, EN2, "Share this page: Facebook · Twitter · Email"]
    assert _removed(lines) == [lines[3]]


def test_a_field_row_over_the_text_and_a_bare_trail_with_its_echo_go():
    lines = ["Home Harbour Rules 1998 Page 3", "", "1998", "", "HARBOUR RULES",
             "Category  PORTS AND SHIPPING Issuing Authority  The Harbour Board Status of Effect  In Force",
             "Date of Promulgation  1998-03-01 Effective Date  1998-04-01", "", EN, EN2]
    assert _removed(lines) == [lines[0], "1998", lines[5], lines[6]]
    # a title beginning with 'Home' and nothing repeating it stays; one label in a sentence stays
    lines = ["Home Office Annual Report 2019", "", "Category: a note on the year.", EN, EN2]
    assert _removed(lines) == []


def test_a_usefulness_survey_under_the_text_goes_with_its_answers():
    lines = ["Harbour dues", EN, EN2, "Is this page useful?", "Yes", "No", "Report a problem with this page",
             "Thank you for your feedback"]
    assert _removed(lines) == lines[3:]
    # 'Yes' and 'No' inside the text, with no survey beside them, stay
    assert _removed(["Harbour dues", EN, "Yes", "No", EN2]) == []


def test_a_cookie_banner_with_its_confirmations_goes():
    lines = ["Cookies on Harbour.gov", "We use some essential cookies to make this website work.",
             "We’d like to set additional cookies to understand how you use the site.", "Accept additional cookies",
             "Reject additional cookies", "You have accepted additional cookies.", "View cookies",
             "Harbour dues", EN, EN2]
    assert _removed(lines) == lines[:7]


def test_a_menu_run_together_goes_and_a_name_with_inner_capitals_stays():
    lines = ["HomeAbout UsPublicationsContact Us", "Harbour dues", EN, EN2]
    assert _removed(lines) == [lines[0]]
    assert _removed(["McDonald and MacLeod", EN, EN2]) == []


def test_chrome_kept_as_markdown_links_goes_by_its_labels():
    lines = ["[Skip to main content](https://harbour.example/dues#main)", "", "Harbour dues", EN, EN2,
             "- [Dues](https://harbour.example/dues#dues)", "  - [Exemptions](https://harbour.example/dues#exemptions)"]
    assert _removed(lines) == [lines[0], lines[5], lines[6]]
    # a link to another page in the text's last line stays
    lines = ["Harbour dues", EN, EN2, "- [The dues schedule for 2024](https://harbour.example/schedule)"]
    assert _removed(lines) == []


def test_a_browser_notice_and_a_tool_bar_alone_go():
    lines = ["JavaScript is not enabled on your browser. This website uses JavaScript to deliver features to users.",
             "Print", "Email", "Share", "Harbour dues", EN, EN2]
    assert _removed(lines) == lines[:4]
    # two such words are not yet a tool bar
    assert _removed(["Harbour dues", EN, EN2, "Yes", "No"]) == []


def test_a_checklist_opening_a_text_is_the_text():
    lines = ["Harbour checklist", "[ ] Moorings inspected", "[x] Lights tested", "( ) Pilot booked", EN, EN2]
    assert _removed(lines) == []
    # at the end too: a checklist with no button to submit it
    lines = ["Harbour checklist", EN, EN2, "[ ] Moorings inspected", "[x] Lights tested"]
    assert _removed(lines) == []


def test_a_footer_menu_one_link_a_line_goes_and_a_list_of_names_stays():
    lines = ["Harbour dues", EN, EN2, "About the Board", "Careers", "Contact us", "Help"]
    assert _removed(lines) == lines[3:]
    lines = ["Harbour dues", EN, EN2, "Signed", "Mary Rowe", "Alan Pike", "Jon Sund"]
    assert _removed(lines) == []


def test_a_service_name_inside_its_phase_banner_goes_and_a_headline_under_a_trail_stays():
    lines = ["GOV.UK", "BETA", "", "Book a harbour berth", "", "This is a new service – your feedback will help us to improve it.",
             "", "Cookies", EN, EN2]
    assert _removed(lines) == lines[:2] + [lines[3], lines[5]]
    lines = ["Home › Guidance › Dues", "", "Have the dues been set?", "This is a single section from Chapter 3. Read the full chapter here.",
             EN, EN2]
    assert _removed(lines) == [lines[0], lines[3]]


def test_a_search_box_at_the_head_and_back_to_top_links_between_sections_go():
    lines = ["Search this site…", "Search", "Harbour dues", EN, "[Back to top](#top)", "Exemptions", EN2, "↑ Back to top"]
    assert _removed(lines) == ["Search this site…", "Search", lines[4], lines[7]]
    # a sentence that says it stays
    lines = ["Harbour dues", EN, "Walk back to top of the quay and turn left at the harbour office.", EN2]
    assert _removed(lines) == []


def test_a_menu_printed_as_a_markdown_list_or_on_one_layout_line_goes():
    lines = ["  * [Home](https://harbour.example/)", "  * [About the Board](https://harbour.example/about)",
             "  * [Publications](https://harbour.example/pubs)", "  * [Contact us](https://harbour.example/contact)",
             "", "# Harbour dues", EN, EN2]
    assert _removed(lines) == lines[:4]
    lines = ["Home      About the Board      Publications      Contact us", "", "Harbour dues", EN, EN2]
    assert _removed(lines) == lines[:1]
    # a bulleted list of topics with no menu word, over the text, stays
    lines = ["* Moorings", "* Pilotage", "* Dues", EN, EN2]
    assert _removed(lines) == []


def test_the_whole_chain_keeps_a_page_text_and_drops_its_chrome():
    from pipeline.clean import clean_text
    page = "\n".join([
        "Harbour Users Council", "Home", "", "About the Council", "", "Publications", "", "Contact us", "",
        "Home › Publications › Dues", "", "Harbour dues for the season", EN, EN2,
        "In this section", "Part 1 – Dues", "Part 2 – Exemptions", "",
        "Privacy · Accessibility · Site map", ""])
    kept = [line for line in clean_text(page).lines if line.strip()]
    assert kept == ["Harbour dues for the season", EN, EN2]


def test_the_whole_chain_keeps_a_poem_of_short_capitalised_lines():
    from pipeline.clean import clean_text
    poem = ["Evening Tide", "", "Grey Water Rising", "Slow Boats Home", "Lanterns Along", "The Quay", "",
            "Gulls Over", "The Harbour Wall", "Nets Mended", "Lights Out", ""]
    cleaned = clean_text("\n".join(poem + [EN]))
    assert not [r for r in cleaned.removed if r.rule == "en-chrome"]
    assert "Slow Boats Home" in cleaned.lines


def test_the_page_speaking_of_itself_goes_between_its_two_parts():
    lines = ["Harbour dues", EN, "This page was last updated on",
             "View the original legislation for this page at https://harbour.example/act/1998/3", "", "Part 1 Dues", EN2]
    assert _removed(lines) == lines[2:4]
    # the text's own words about a page stay
    lines = ["Harbour dues", EN, "The page was last updated by the clerk, who signed it.", "See page 4 for the dues.", EN2]
    assert _removed(lines) == []
