"""Contents lists recognised by their shape whatever their words (issue #11, round6-en, check set 3's
English half): an Act's arrangement with unnumbered group names, its schedule's parts and a body
excerpt that holds only its first sections; an arrangement whose part labels carry their names on
the next line; a book's contents of one long numbered series, a typo repeating an entry, over a
paper whose masthead stands above its number. Made-up words; each rule with must-not-fire cases."""
from __future__ import annotations

from .helpers import run_rule

PROSE = "The provisions of this Act shall apply to every harbour and to every vessel within it, as the rules say."


def _removed(lines):
    return [t for _, t in run_rule("contents-box", lines)[1]]


ARRANGEMENT = ["ARRANGEMENT OF SECTIONS", "", "Section", "", "Form of Harbour Rules", "", "1. Harbour rules.", "",
               "2. Names of rules.", "", "3. Enacting words.", "", "Procedure after Making Rules", "",
               "4. Publication of rules.", "", "SCHEDULE", "", "Forms", "", "Part I—Form of Notice", "",
               "Part II—Form of Certificate", ""]
ACT_HEAD = ["", "", "AN ACT", "", "OF THE HARBOUR BOARD OF SOMEWHERE", "", "ENTITLED", "", "THE HARBOUR RULES ACT, 1970", ""]


def test_an_arrangement_with_unnumbered_groups_over_an_excerpt_of_its_first_sections():
    body = ACT_HEAD + [PROSE, "", "Form of Harbour Rules", "", "Section 1—Harbour rules.", "", PROSE, "",
                       "Section 2—Names of rules.", "", PROSE]
    removed = _removed(ARRANGEMENT + body)
    assert removed == [t for t in ARRANGEMENT if t]
    # the Act's own head under the arrangement (its kind, maker and name) stays
    assert not {"AN ACT", "ENTITLED", "THE HARBOUR RULES ACT, 1970"} & set(removed)


def test_an_arrangement_whose_first_provision_is_not_in_the_text_stays():
    body = ACT_HEAD + [PROSE, "", "Section 3—Enacting words.", "", PROSE, "", "Section 4—Publication of rules.", "", PROSE]
    assert _removed(ARRANGEMENT + body) == []   # only later provisions stand again: not proof enough


def test_an_arrangement_with_one_provision_again_and_no_group_again_stays():
    body = [PROSE, "", "Section 1—Harbour rules.", "", PROSE]
    assert _removed(ARRANGEMENT + body) == []


SPLIT_LABELS = ["ARRANGEMENT OF SECTIONS", "", "   Section", "", "PART I", "INTERPRETATION.", "", "   1.   Interpretation.",
                "", "PART II", "FORMS OF RULES.", "", "   2.   Rules and orders.", "", "   3.   Title.", "",
                "      First Schedule   Words of enactment.", ""]


def test_part_labels_over_their_names_and_a_chapter_number_over_the_name_under_the_list():
    body = ["", "CHAPTER 4", "HARBOUR RULES ACT.", "", "Commencement: 1 May, 2001.", "", "PART I", "INTERPRETATION.", "",
            "1.   Interpretation.", "", "   In this Act unless the context otherwise requires—"]
    removed = _removed(SPLIT_LABELS + body)
    assert removed == [t for t in SPLIT_LABELS if t]
    assert "CHAPTER 4" not in removed and "HARBOUR RULES ACT." not in removed   # the Act's number and name


BOOK = ["Contents", ""] + [f" LETTERS No. {n}. " + title for n, title in (
    ("I", "General Introduction to the Series of Letters on Harbours"),
    ("II", "Concerning the Dangers from Storms and Tides in Open Harbours and Roads"),
    ("III", "The Same Subject Continued (Concerning the Dangers from Storms and Tides in Open Harbours)"),
    ("III", "The Lighthouse Keepers and Their Duties Considered."),   # the list's own typo: a number twice
    ("IV", "The Alleged Danger From the Powers of the Board to the Harbour Masters."),
    ("V", "Concluding Remarks"))] + ["", "", ""]


def test_a_series_contents_over_a_paper_with_its_masthead_over_its_number():
    paper = ["THE LETTERS.", "No. IV.", "", "The Alleged Danger From the Powers of the Board to the", "Harbour Masters Considered",
             "", "To the Readers:", "", PROSE]
    removed = _removed(BOOK + paper)
    assert removed == [t for t in BOOK if t]
    assert "THE LETTERS." not in removed   # the masthead is the paper's, not the list's


def test_a_series_contents_no_paper_restates_stays():
    paper = ["THE LETTERS.", "No. IX.", "", "A Paper the List Does Not Name at All", "", "To the Readers:", "", PROSE]
    assert _removed(BOOK + paper) == []


# ---- a web page printed to PDF: the head interleaved with the top bar, the chrome over the headline

from pipeline.clean.rules_pages import running_lines  # noqa: E402

TEXT = ["The Board issued a circular asking the harbour offices to answer the public's questions on the new",
        "dues within five days, and to publish the answers on their own pages as well as on the Board's one."]


def _two_printed_pages(interleaved: bool = True) -> list[str]:
    stamp, title = "1/2/26, 3:39 AM", "Harbour Board's notices in the past week"
    top = [stamp, "", "App", "", title, "", "Lang |", ""] if interleaved else [stamp, "", title, "", "App", ""]
    page1 = top + ["example.gov.xx The Harbour Board", "Home News Notices Archive", "Home > Notices > Weekly", "",
                   title, ""] + TEXT * 6 + ["", "http://example.gov.xx/notices/weekly/1.htm", "", "1/2", ""]
    page2 = [stamp, "", title, "", "More text of the last notice.", "", "http://example.gov.xx/notices/weekly/1.htm",
             "", "2/2"]
    return page1 + page2


def test_page_ones_head_interleaved_with_the_top_bar_is_found_by_repetition():
    lines = _two_printed_pages()
    found = sorted(running_lines(lines))
    titles = [i for i, t in enumerate(lines) if t == "Harbour Board's notices in the past week"]
    assert titles[0] in found and titles[2] in found   # page 1's head (among the top bar) and page 2's
    assert titles[1] not in found                      # the headline under the chrome stays
    assert not any(lines[i] in TEXT for i in found)


def test_a_line_of_the_text_repeated_on_every_page_is_no_head():
    lines = _two_printed_pages()
    lines[4] = lines[-7] = TEXT[0]   # the 'title' stands many times in the text: it is the text's
    assert not any(lines[i] == TEXT[0] for i in running_lines(lines))


def _en_chrome(lines):
    return [t for _, t in run_rule("en-chrome", lines)[1]]


def test_the_sites_domain_name_its_menu_over_the_trail_and_the_bar_above():
    lines = ["App", "", "Lang |", "", "example.gov.xx The Harbour Board · The Island", "Home News Notices Archive",
             "Home > Notices > Weekly", "", "Harbour Board's notices in the past week", "", TEXT[0] + " " + TEXT[1]]
    assert _en_chrome(lines) == ["App", "Lang |", "example.gov.xx The Harbour Board · The Island",
                                 "Home News Notices Archive", "Home > Notices > Weekly"]


def test_a_home_line_over_a_trail_that_names_none_of_its_words_stays():
    lines = ["Harbour Board's notices", "", "Home Piers Docks Lights", "Home > Notices > Weekly", "", TEXT[0] + " " + TEXT[1]]
    assert "Home Piers Docks Lights" not in _en_chrome(lines)


def _arrow(lines):
    return [t for _, t in run_rule("link-button", lines)[1]]


def test_a_digests_arrow_links_go_when_one_label_leads_two():
    lines = ["Harbour dues rise", TEXT[0], TEXT[1], "Details>>Dues to rise in the islands' harbours", "",
             "New pier opens", TEXT[0], TEXT[1], "Details>> Pier opened on the north shore", ""]
    assert _arrow(lines) == ["Details>>Dues to rise in the islands' harbours", "Details>> Pier opened on the north shore"]


def test_one_arrow_line_or_arrow_sentences_stay():
    assert _arrow(["Harbour dues rise", TEXT[0], "Details>>Dues to rise in the islands' harbours", TEXT[1]]) == []
    assert _arrow(["Note>>The dues rise today.", TEXT[0], "Note>>The pier opens today.", TEXT[1]]) == []


# ---- a web page printed on ONE page: the page title under a top-bar piece, the menu and its echo, dot rows

def _one_page(top_piece: str = "@theHB") -> list[str]:
    return (["1/2/26, 3:39 AM", "", top_piece, "", "Harbour dues rise - @theHB", "", "Island Harbour Board", "",
             "Main Navigation", "News Notices Piers & Docks Lights Archive", "Piers & Docks", "", "Harbour dues rise",
             "Catch up on the new dues the Board set for every pier in the island this year.",
             "Share: Facebook · Twitter · Email", ""] + TEXT * 3
            + ["Related: Dues · Piers · Year in review", "", "@theHB · Island Harbour Board · 1 Quay Street, Port Town, IS 84112",
               "", "http://example.xx/notices/dues/", "", "1/1"])


def test_a_one_page_prints_page_title_under_a_top_bar_piece():
    lines = _one_page()
    found = {lines[i] for i in running_lines(lines)}
    assert "Harbour dues rise - @theHB" in found
    assert "Harbour dues rise" not in found   # the headline


def test_a_title_and_site_line_whose_headline_is_not_below_stays():
    lines = _one_page()
    lines[12] = "Harbour dues will rise"   # the headline says other words
    assert "Harbour dues rise - @theHB" not in {lines[i] for i in running_lines(lines)}


def test_the_menu_its_label_and_its_echo_and_dot_rows_at_the_edges():
    lines = _one_page()[6:-4]   # what the running-head rule leaves
    removed = _en_chrome(lines)
    assert removed == ["Island Harbour Board", "Main Navigation", "News Notices Piers & Docks Lights Archive", "Piers & Docks",
                       "Share: Facebook · Twitter · Email", "Related: Dues · Piers · Year in review",
                       "@theHB · Island Harbour Board · 1 Quay Street, Port Town, IS 84112"]


def test_a_line_of_capitals_with_no_echo_and_rows_of_sentences_stay():
    lines = ["Harbour Notes", "", "News Notices Piers Docks Lights Archive", "Harbour dues rise", "", TEXT[0] + " " + TEXT[1],
             "Note: the dues rise. · The piers close. · The lights stay on.", "", "| Pier | Dues | Year |"]
    removed = _en_chrome(lines)
    assert "News Notices Piers Docks Lights Archive" not in removed
    assert not any("·" in t or "|" in t for t in removed)


# ---- a translated notice on a law firm's page: a bulleted record box, the post's date and views

HEADLINE = "Notice of the Harbour Board on Issuing the Working Rules of the Harbour Board in Somewhere"
NOTICE = "The Working Rules of the Harbour Board as revised are hereby issued to you for your compliance and implementation."


def test_a_bulleted_record_box_under_a_long_headline():
    lines = [HEADLINE, "2018-08-29 1449", "· Document Number:No. 21 [2018] of the Board", "· Area of Law: Harbours",
             "· Date issued:06-25-2018", "· Status: Effective", "Notice of the Harbour Board on Issuing the Working Rules",
             NOTICE]
    assert [t for _, t in run_rule("meta-box", lines)[1]] == lines[2:6]
    assert [t for _, t in run_rule("bare-timestamp", lines)[1]] == ["2018-08-29 1449"]


def test_two_bulleted_fields_or_a_bulleted_list_in_the_text_stay():
    lines = [HEADLINE, "· Area of Law: Harbours", "· Status: Effective", NOTICE]
    assert run_rule("meta-box", lines)[1] == []
    body = [HEADLINE, NOTICE, NOTICE, NOTICE, NOTICE] * 4 + ["· Piers: north", "· Docks: south", "· Lights: east", NOTICE]
    assert run_rule("meta-box", body)[1] == []   # far below the top: the text's own list


def test_a_date_with_a_number_in_the_text_stays():
    lines = [HEADLINE, NOTICE, NOTICE, "2018-08-29 1449", NOTICE]
    assert run_rule("bare-timestamp", lines)[1] == []


def test_a_compilers_banner_over_an_acts_designation_its_head_restates():
    act = ["HARBOUR RULES ACT, 1970 (HR 9)", "", "AN ACT", "", "ENTITLED", "", "THE HARBOUR RULES ACT, 1970", "",
           "The three next following sections shall apply with respect to the form of the rules of every harbour."]
    banner = ["HARBOUR LAW FINDER", "", "Self help guide to the Law", "", "Easy to use   Case index  and more ×", "",
              "ACTS OF THE ISLAND", ""]
    assert _en_chrome(banner + act) == [t for t in banner if t]
    # no restatement with `The` below, or a sentence in the banner: nothing goes
    assert _en_chrome(banner + act[:6] + act[8:]) == []
    assert "Self help guide to the Law." not in _en_chrome(["HARBOUR LAW FINDER", "Self help guide to the Law."] + act)


def test_a_page_placing_itself_in_a_collection():
    lines = ["Programme for the Harbours 2018 to 2019", "",
             "Sets out our plans for the next year, including the rules that will be made for every harbour.", "",
             "This document is part of a collection", "", "Executive Summary", "", TEXT[0] + " " + TEXT[1]]
    assert _en_chrome(lines) == ["This document is part of a collection"]
    lines[4] = "This document is part of a collection of essays that argue for the plan."
    assert _en_chrome(lines) == []


# ---- the same lists in the forms copies take (scripts/perturb.py): a blank line after every line, Markdown marks

def _spaced(lines):
    return [piece for line in lines for piece in (line, "")]


def test_part_labels_over_their_names_with_a_blank_line_after_every_line():
    body = ["", "CHAPTER 4", "HARBOUR RULES ACT.", "", "Commencement: 1 May, 2001.", "", "PART I", "INTERPRETATION.", "",
            "1.   Interpretation.", "", "   In this Act unless the context otherwise requires—"]
    removed = _removed(_spaced(SPLIT_LABELS + body))
    assert removed == [t for t in SPLIT_LABELS if t]


def test_a_series_contents_with_a_blank_line_after_every_line_and_a_markdown_paper_head():
    paper = ["THE LETTERS.", "No. IV.", "", "The Alleged Danger From the Powers of the Board to the", "Harbour Masters Considered",
             "", "To the Readers:", "", PROSE]
    assert _removed(_spaced(BOOK + paper)) == [t for t in BOOK if t]
    marked = ["THE LETTERS.", "## No. IV.The Alleged Danger From the Powers of the Board to theHarbour Masters Considered",
              "", "To the Readers:", "", PROSE]
    assert _removed(BOOK + marked) == [t for t in BOOK if t]


def test_a_series_list_with_no_blank_line_ends_where_its_first_entry_stands_again():
    entries = ["Letter 1", "Letter 2", "Letter 3", "Chapter 1", "Chapter 2"]
    lines = ["CONTENTS"] + entries + ["Letter 1", "To Mrs. Saville, England.", PROSE, PROSE]
    assert _removed(lines) == ["CONTENTS"] + entries


def test_a_title_in_capitals_over_part_of_its_words_is_no_menu():
    lines = ["THE ADVENTURES OF THE HARBOUR MASTER", "HARBOUR MASTER", "", "by A. Writer", "", TEXT[0] + " " + TEXT[1]]
    assert _en_chrome(lines) == []
