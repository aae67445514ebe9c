"""(r41, branch r41en, issue #11) Page chrome in the forms English sites and their prints take, made up:
a share row ending in the page's own tools; an organisation's registration notice and address in its
footer; a news page's comment counter with a bare count, a photo caption printed twice on one line and a
summary box whose label is glued to its teaser; a book site's navigation labels glued or dotted; a link
printed under every item with a guillemet; a pager wrapped at a print's measure; a row of tool links
worded as phrases; a menu bar kept in its layout; a listing page's card labels; an embedded video
player's raw HTML in a Markdown text. What must stay: the text's own sentences about the same things."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

PROSE = ("The harbour board met on Tuesday to agree the plan for the new quay, and it heard from the residents "
         "who had written to it about the noise of the works during the summer months.")
PROSE2 = ("The works will start in the spring and end before the first boats come back in the autumn, the board "
          "said, and the quay will stay open to the ferries while they go on.")


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if line.strip()]


# -- a share row that ends in the page's own tools ----------------------------------------------------

@pytest.mark.parametrize("row", ["Share: Facebook LinkedIn Email | Download PDF",
                                 "Share: Twitter · Print this page"])
def test_a_share_row_ending_in_the_pages_tools_goes(row):
    kept = _kept(["Harbour Plan 2031", "", PROSE, row, "", "The Quay", PROSE2])
    assert row not in kept and PROSE in kept


def test_a_share_line_with_other_words_stays():
    line = "Share: Download the report and tell us what you think"
    assert line in _kept(["Harbour Plan 2031", "", PROSE, "", line, "", PROSE2])


# -- an organisation's registration notice in its footer ----------------------------------------------

def test_a_registration_notice_and_the_address_over_it_go_from_the_foot():
    lines = ["Harbour Plan 2031", "", PROSE, "", PROSE2, "",
             "Continue reading: The Quay Works »", "",
             "Eastport Harbour Trust, 4 Quay Street, Eastport EP1 2AB",
             "The Eastport Harbour Trust is a company limited by guarantee registered in England (No. 0123456)",
             "and a registered charity (1098765)",
             "Privacy | Cookies | Accessibility | Contact",
             "© Eastport Harbour Trust 2031"]
    kept = _kept(lines)
    assert not any("Harbour Trust" in k or "registered charity" in k or "Continue reading" in k for k in kept)
    assert PROSE2 in kept


def test_a_paragraph_about_the_charity_above_more_text_stays():
    about = "The Eastport Harbour Trust is a registered charity and a company limited by guarantee (No. 0123456)."
    kept = _kept(["Harbour Plan 2031", "", "About the Trust", "", about, "", "The Quay", "", PROSE, "", PROSE2])
    assert about in kept


# -- a news page's furniture round its headline ------------------------------------------------------

def test_a_comment_counter_a_doubled_caption_and_a_glued_summary_go():
    lines = ["Minister opens the new quay", "", "Mar 3 2031, 10:15 GMT",
             "Comments 0",
             "Minister Jane Example. (EP Photo) Minister Jane Example. (EP Photo)",
             "SummaryThe minister opened the new quay at Eastport on Monday.", "",
             "The minister opened the new quay at Eastport on Monday, two years after the works began, and "
             "thanked the workers who built it.", "", PROSE]
    kept = _kept(lines)
    assert "Comments 0" not in kept
    assert not any(k.startswith("Minister Jane Example.") for k in kept)
    assert not any(k.startswith("SummaryThe") for k in kept)
    assert PROSE in kept


def test_a_caption_said_once_and_a_summary_that_repeats_nothing_stay():
    caption = "Minister Jane Example. (EP Photo)"
    summary = "SummaryAll fees for moorings will rise by a tenth next year."
    kept = _kept(["Minister opens the new quay", "", caption, summary, "", PROSE, "", PROSE2])
    assert caption in kept and summary in kept


# -- a book site's navigation labels, glued or dotted --------------------------------------------------

def test_glued_and_dotted_navigation_labels_at_the_head_go():
    lines = ["Fiction > Jane Example > Collected Tales", "  PREVIOUSNEXT  ", "CONTENTS · INDEX",
             "Jane Example (1801–1870).  Collected Tales.  1901.", "Vol. II. Sea Stories", " ",
             "IV. The Harbour", " ", PROSE + " " + PROSE2]
    kept = _kept(lines)
    assert "PREVIOUSNEXT" not in kept and "CONTENTS · INDEX" not in kept
    assert "IV. The Harbour" in kept


def test_a_lone_contents_label_is_not_a_navigation_bar():
    assert not __import__("pipeline.clean.rules_chrome_en", fromlist=["NAV_BAR"]).NAV_BAR.match("Contents")


# -- a link printed under every item ------------------------------------------------------------------

def test_a_link_with_a_guillemet_under_every_item_goes():
    link = "See how the boroughs are answering this goal »"
    lines = ["Harbour Plan 2031", "", "Goal 1: Open the quay", "", PROSE, "", link, "",
             "Goal 2: Keep the ferries running", "", PROSE2, "", link]
    kept = _kept(lines)
    assert link not in kept and PROSE in kept and PROSE2 in kept


def test_a_guillemet_line_said_once_stays_where_it_is_text():
    line = "Read the board's answer to the residents »"
    kept = _kept(["Harbour Plan 2031", "", PROSE, "", line, "", PROSE2, "", PROSE])
    assert line in kept


# -- a pager wrapped at the print's measure -----------------------------------------------------------

def test_a_pager_wrapped_at_the_measure_goes_from_the_foot():
    lines = ["Harbour Plan 2031", "", PROSE, "", PROSE2, "",
             "« Previous: 03 What the residents told the harbour board about the works Next:",
             "Annexes »", "", "© Eastport Harbour Trust"]
    kept = _kept(lines)
    assert not any(k.startswith("« Previous") for k in kept) and PROSE2 in kept


# -- a row of tool links worded as phrases; a menu bar kept in its layout ------------------------------

def test_a_row_of_tool_phrases_and_a_layout_menu_bar_go_from_the_head():
    bar = "      Harbour Trust Home                 Moorings    Ferries    Works       Contact us"
    tools = "      Print this page Download the plan (PDF, 2.1MB) Give feedback"
    lines = ["", bar, "", "", "      Harbour Plan 2031", tools, "", "", "      " + PROSE, "", "      " + PROSE2]
    kept = _kept(lines)
    assert bar.strip() not in kept and tools.strip() not in kept and PROSE in kept


@pytest.mark.parametrize("line", ["Name       Berth       Length       Owner", "Print the form and send it to the board"])
def test_a_table_header_or_a_print_instruction_stays(line):
    assert line in _kept(["Harbour Plan 2031", "", line, "", PROSE, "", PROSE2])


# -- a listing page's card labels ---------------------------------------------------------------------

def test_card_labels_over_each_item_go():
    lines = ["Author: the Harbour Encyclopedia", "", "ARTICLE", "", "Eastport Quay (1801–1870)", "", PROSE, "",
             "ARTICLE", "", "Westport Ferry (fl. 1850s)", "", PROSE2]
    kept = _kept(lines)
    assert "ARTICLE" not in kept and "Eastport Quay (1801–1870)" in kept


def test_a_capitals_label_said_once_stays():
    kept = _kept(["Harbour Plan 2031", "", "ARTICLE", "", "Eastport Quay", "", PROSE, "", PROSE2])
    assert "ARTICLE" in kept


# -- an embedded video player's raw HTML in a Markdown text ------------------------------------------

def test_a_video_players_block_goes_whole():
    lines = ["## Harbour plan", "", '<div class="toggle">', "",
             "[Watch a signed version of this plan](https://www.youtube.com/watch?v=abc123)", "",
             '<div class="player">', '<figure class="player-frame">',
             '  <p><a href="https://www.youtube.com/watch?v=abc123" rel="external">Watch on YouTube</a></p>',
             "</figure>", "</div>", "</div>", "", PROSE, "", "#### The quay", "", PROSE2]
    kept = _kept(lines)
    assert not any("youtube" in k.lower() or "Watch" in k or "figure" in k for k in kept)
    assert PROSE in kept


def test_a_block_with_the_texts_own_words_stays():
    lines = ["## Harbour plan", "", '<div class="note">', "",
             "[Watch the board meeting](https://www.youtube.com/watch?v=abc123)", "",
             "The board will meet again in May.", "", "</div>", "", PROSE]
    kept = _kept(lines)
    assert "The board will meet again in May." in kept
