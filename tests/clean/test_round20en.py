"""Cleaning rules of round20en (issue #11, check set 16's English half tuned on): made-up variants
of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

PROSE = ["The harbour towns of the northern coast have always lived by the sea, and the",
         "fortunes of their people rose and fell with the herring and the weather."]

CHAPTER_LIST = ["A TREATISE OF THE FISHERIES", "", "", "CONTENTS OF THE CHAPTERS", "", "",
                "THE FIRST PART", "", "OF HARBOURS", "", "INTRODUCTION", "",
                "1. OF THE COAST", "",
                "2. OF THE HARBOURS OF THE NORTH, AND OF THE TRADE THEY HAVE GIVEN TO THEIR",
                "PEOPLE", "",
                "3. OF THE BOATS, THE NETS, THE LINES, AND THE GEAR OF THE FISHERMEN, AND",
                "THEIR PRICE", "",
                "4. OF THE MARKET", "", "", "THE SECOND PART", "", "OF CURING", "",
                "5. OF SALT, AND OF SMOKE", "", "", "", "THE INTRODUCTION", "", ""]


def test_a_book_contents_of_the_chapters_with_bare_numbered_caps_entries_goes():
    """(round20en) An old book's 'CONTENTS OF THE CHAPTERS': part labels over numbered capitals
    entries with no 'Chapter' word, some wrapped after a comma; the list ends where an entry stands
    again ('THE INTRODUCTION' repeats 'INTRODUCTION')."""
    kept, removed, _ = run_rule("contents-box", CHAPTER_LIST + PROSE)
    assert [n for n, _ in removed] == [4, 7, 9, 11, 13, 15, 16, 18, 19, 21, 24, 26, 28]
    assert "THE INTRODUCTION" in kept and "A TREATISE OF THE FISHERIES" in kept


def test_a_numbered_list_in_mixed_case_under_such_a_label_stays():
    """Numbered lines of prose under the label (mixed case, a comma at the end) are no contents."""
    lines = ["A TREATISE", "", "CONTENTS OF THE CHAPTERS", "",
             "1. The coast of the north has many harbours, and the towns about them are old,",
             "2. and the people have always lived by the sea and by the trade it brings them,", "",
             "INTRODUCTION", ""] + PROSE
    assert run_rule("contents-box", lines)[1] == []


RECORD = ["Advanced Search", "", "Harbour Moorings Act 2011", "",
          "Subscribe to a Harbourlaw Premium Membership Today!", "", "Key Benefits:", "",
          "Subscribe now for just GBP 12 a month.", "",
          "HARBOUR MOORINGS ACT 2011", "", "An Act to provide for the registration of moorings.", ""]


def test_a_subscription_sites_pitch_and_search_link_go():
    """(round20en) A database site's 'Advanced Search' link at the head and its sales pitch (the call,
    the price, the benefits label beside them) go; the record's headline stays."""
    kept, removed, _ = run_rule("paywall-notice", RECORD)
    assert [n for n, _ in removed] == [5, 7, 9]
    kept, removed, _ = run_rule("en-chrome", RECORD)
    assert [n for n, _ in removed] == [1]


def test_a_benefits_label_or_a_lone_subscribe_word_of_the_text_stays():
    """A 'Benefits:' label with no pitch beside it, 'Subscribe' alone, and a sentence on subscribing stay."""
    lines = ["Harbour Moorings Act 2011", "", "Benefits:", "", "Subscribe", "",
             "Subscribe to the register of moorings every year before the season opens.", ""]
    assert run_rule("paywall-notice", lines)[1] == []


MENU_PAGE = ["Harbour News and Notices Northern Isles Media Group", "",
             "Harbour News and Notices", "", "The Tide Table", "", "Island Gazette", "",
             "Fishermen's Weekly", "", "North Sound Radio", "Ferry Times", "",
             "Harbour News and Notices", "",
             "The Harbour Master's Report for 2019", "", "",
             "The harbour had a busy year, with more boats calling than in any year before it, and the",
             "new moorings were let before the season opened.", ""]


def test_a_menu_between_the_sections_name_and_its_copy_over_the_headline_goes():
    """(round20en) A network's menu at the top: the section's name (glued to the site's name on the
    first line), the other publications one a line, the name again right over the headline."""
    kept, removed, _ = run_rule("section-menu", MENU_PAGE)
    assert [n for n, _ in removed] == [1, 3, 5, 7, 9, 11, 12, 14]
    assert "The Harbour Master's Report for 2019" in kept


def test_a_title_over_its_contents_and_again_over_the_text_stays():
    """A title, a contents list whose entries stand again below, the title again: not a menu; nor a
    run of dated or numbered lines."""
    lines = ["The Harbour Book", "", "Moorings", "Boats", "Fees", "Charts", "", "The Harbour Book", "",
             "Moorings", "", "The moorings of the harbour are let each spring to the boats that ask first.", "",
             "Boats", "", "Fees", "", "Charts", ""]
    assert run_rule("section-menu", lines)[1] == []
    lines = ["Updated to 2019", "", "Act 1 of 1872", "Act 2 of 1940", "Act 3 of 1954", "Act 4 of 1960", "",
             "Updated to 2019", "", "The Moorings Act", "", "The harbour had a busy year."]
    assert run_rule("section-menu", lines)[1] == []


WIDGET_PAGE = ["The official website for the Island of Northsea", "", "Today", "",
               "North Harbour", "Paper Sack", "Green Bin", "Garden Waste", "",
               "South Villages", "Paper Sack", "Green Bin", "Garden Waste", "More Information",
               "weather iconShowers clearing later.", "High 11°C Low 4°C", "7 day forecastSea state",
               "", "Harbour Permits", "", "Contact Us - Harbour Office", "",
               "Read the questions below to find the answer that fits you, or call the harbour office.", ""]


def test_a_portals_tagline_weather_and_per_place_rows_go():
    """(round20en) A portal's widgets over the headline: the tagline, a collection widget with the
    same rows for two places, its day label and link, the weather, a contact link naming the service."""
    kept, removed, _ = run_rule("portal-widgets", WIDGET_PAGE)
    assert [n for n, _ in removed] == [1, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 21]
    assert "Harbour Permits" in kept


def test_one_list_of_short_rows_and_a_sentence_on_the_weather_stay():
    """One run of short rows is a list; a tagline or weather words inside prose are the text's."""
    lines = ["Harbour Permits", "", "Paper Sack", "Green Bin", "Garden Waste", "",
             "The official website for the harbour moved last year, and the weather forecast is on it.", ""]
    assert run_rule("portal-widgets", lines)[1] == []


def _cleaned(lines):
    from pipeline.clean import clean_text
    return clean_text("\n".join(lines) + "\n", source_file="made_up_en.txt")


NAV_PAGE = ["Harbour Permits", "", "Before you book a mooring you need to do the following things in order.", "",
            "Step 1 – Register your boat",
            "The harbour office keeps a register of every boat that moors in the harbour, and you must",
            "be on it before you book.", "",
            "Step 2 – Book the mooring",
            "Moorings are let each spring to the boats that ask first, and the office writes to you.",
            "Mooring Guide", "Before you book", "Harbour Permits", "After you book", "Harbour fees explained",
            "Share this page: Facebook · X · Email", "Accessibility · Privacy · Cookies · Contact us", ""]


def test_a_sidebar_list_around_the_headlines_copy_after_the_text_goes():
    """(round20en) The section's pages after the text, the current page (the headline) among them,
    over the share line: the list goes with the headline's copy."""
    cleaned = _cleaned(NAV_PAGE)
    gone = {r.text for r in cleaned.removed if r.rule == "title-nav-box"}
    assert gone == {"Mooring Guide", "Before you book", "Harbour Permits", "After you book", "Harbour fees explained"}


def test_a_list_of_the_text_ending_at_a_paragraph_stays():
    """The same short lines with a paragraph after them are the text's list."""
    lines = NAV_PAGE[:10] + ["Mooring Guide", "Before you book", "Harbour Permits", "After you book",
                             "Harbour fees explained",
                             "The harbour office answers letters within a week, and calls back the same day.", ""]
    assert not [r for r in _cleaned(lines).removed if r.rule == "title-nav-box"]


def test_a_running_heads_lines_around_its_copyright_line_go():
    """(round20en) A three-line running head with the copyright line in its middle, on three pages:
    its first and last lines go with it; a line that differs at one copy stays."""
    head = ["Harbour Moorings (Amendment)", "", "© Harbour Office (www.harbour.example)", "", "2011-4", ""]
    body = [["The harbour office keeps a register of every boat that moors in the harbour.", ""],
            ["Moorings are let each spring to the boats that ask first, and the office writes to them.", ""],
            ["A boat that leaves before its season ends may let its mooring to another boat.", ""]]
    lines = ["HARBOUR MOORINGS (AMENDMENT) ACT 2011", ""] + head + body[0] + head + body[1] + head + body[2]
    cleaned = _cleaned(lines)
    gone = [r.text for r in cleaned.removed if r.rule == "copyright-head-mates"]
    assert gone.count("Harbour Moorings (Amendment)") == 3 and gone.count("2011-4") == 3
    lines = ["HARBOUR MOORINGS (AMENDMENT) ACT 2011", ""] + head + body[0] + head + body[1] + head[:4] + ["2011-5", ""] + body[2]
    gone = [r.text for r in _cleaned(lines).removed if r.rule == "copyright-head-mates"]
    assert "2011-4" not in gone and gone.count("Harbour Moorings (Amendment)") == 3
