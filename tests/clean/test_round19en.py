"""Cleaning rules of round19en (issue #11, check set 15's English half tuned on): made-up variants
of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

PROSE = ["      The harbour towns of the northern coast have always lived by the sea, and the",
         "      fortunes of their people rose and fell with the herring and the weather."]


def test_a_book_contents_whose_capitals_entries_wrap_is_dropped_whole():
    """(round19en) An old book's contents in capitals wraps long entries onto unindented lines, the
    last one longer than an entry and ending with the title's full stop; a numbered entry runs long."""
    lines = ["A History of the Northern Fisheries", "", "", "Contents", "", "",
             " PREFACE TO THE READER.", "",
             " BOOK I. OF THE HARBOURS OF THE NORTHERN COAST AND OF THE",
             "TRADE WHICH THEIR SITUATION HAS ALWAYS GIVEN TO THE PEOPLE WHO LIVE ABOUT THEM",
             "AND TO THEIR NEIGHBOURS.",
             " CHAPTER I. OF THE FIRST SETTLEMENTS.",
             " CHAPTER II. OF THE HERRING FISHERY AND OF THE CURING",
             "HOUSES.",
             " CHAPTER III. OF THE BOATS, THE NETS AND THE GEAR USED BY THE FISHERMEN OF THE COAST.",
             " CHAPTER IV. OF THE MARKET FOR CURED FISH AND",
             "        CURING HOUSES.", "", "", "",
             "PREFACE TO THE READER.", "", ""] + PROSE
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == [4, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    assert "PREFACE TO THE READER." in kept


def test_a_capitals_line_under_a_finished_entry_or_mixed_case_prose_ends_the_list():
    """A capitals line under an entry that ended with its full stop is no continuation, nor a line
    in mixed case under an unfinished one: the list is not a contents list then."""
    lines = ["A History", "", "Contents", "", " PREFACE.", " BOOK I. OF THE HARBOURS.",
             "THE TRADE WHICH THEIR SITUATION HAS ALWAYS GIVEN TO THE PEOPLE WHO LIVE ABOUT THEM.",
             " CHAPTER I. OF THE FIRST SETTLEMENTS.", "", "PREFACE.", ""] + PROSE
    assert run_rule("contents-box", lines)[1] == []
    lines = ["A History", "", "Contents", "", " PREFACE.", " BOOK I. OF THE HARBOURS OF THE",
             "the trade which their situation has always given to the people who live about them and",
             " CHAPTER I. OF THE FIRST SETTLEMENTS.", "", "PREFACE.", ""] + PROSE
    assert run_rule("contents-box", lines)[1] == []


ACT_LIST = ["1.   Short title", "", "   2.   Definitions", "", "   3.   Keeper: Harbour Registrar", "",
            "   4.   Register of moorings", "", "   5.   Fees payable by visiting boats, yachts, etc., in season", "",
            "7 of 1971", "12 of 1980", "", "An Act to provide for the registration of moorings.", ""]


def test_an_acts_section_list_over_an_excerpt_of_its_first_sections_goes():
    """(round19en) A stored page cut after an Act's first sections: the list of sections opens the
    text, its first entries stand again as section heads, and the later ones are simply not there.
    Entries numbered one by one may hold a colon or commas; the amending Acts' numbers ('7 of 1971'),
    numbered otherwise, end the list."""
    lines = ACT_LIST + ["1.   Short title", "", "   This Act may be cited as the Moorings Act.", "",
                        "2.   Definitions", "", "   In this Act, unless the context otherwise requires—", ""]
    kept, removed, _ = run_rule("numbered-contents", lines)
    assert [n for n, _ in removed] == [1, 3, 5, 7, 9]
    assert "7 of 1971" in kept and "1.   Short title" in kept


def test_a_numbered_list_whose_later_numbers_stand_again_otherwise_stays():
    """Only the first entry stands again, or a later entry's number opens a line with other words:
    the text's own numbered list, not an excerpt's contents."""
    lines = ACT_LIST + ["1.   Short title", "", "   This Act may be cited as the Moorings Act.", ""]
    assert run_rule("numbered-contents", lines)[1] == []
    lines = ACT_LIST + ["1.   Short title", "", "2.   Definitions", "", "3.   The registrar shall keep a book.", ""]
    assert run_rule("numbered-contents", lines)[1] == []


def test_bare_numbers_of_an_act_and_its_amending_acts_are_never_a_title():
    """(round19en) A statute site prints the Act's number and the amending Acts' one a line."""
    from pipeline.structure.english import SERIAL_LINE
    assert SERIAL_LINE.match("15 of 1968")
    assert SERIAL_LINE.match("15 of 1968\n51 of 1971\n9 of 1977")
    for text in ("15 of them", "One of 1968's laws", "Chapter 15 of 1968 Revision Act"):
        assert not SERIAL_LINE.match(text), text


PORTAL = ["Skip to main content Skip to accessibility",
          "This site is not compatible with your web browser. Please install a newer browser or call 0100 on 200300.",
          "Government of Northlandgov.nl", "",
          "Services and news for the people of Northland", "",
          "  • Choose the service you want to log in to:", "",
          "  • gov.nl", "", "    Change your email alerts", "",
          "  • Harbour Office", "", "    Book a mooring or pay your fees", "",
          "Harbour Moorings Review, Update March 2024", "",
          "The harbour authority reviewed the moorings of the northern isles during the year and reported "
          "its findings to the assembly."]


def test_a_portals_top_chrome_and_log_in_menu_go():
    """(round19en) Skip links on one line, an old-browser warning, the portal's name glued to its
    domain, its tagline, and a log-in menu of services with a description under each."""
    kept, removed, _ = run_rule("portal-top", PORTAL)
    assert [n for n, _ in removed] == [1, 2, 3, 5, 7, 9, 11, 13, 15]
    assert [t for t in kept if t.strip()][0] == "Harbour Moorings Review, Update March 2024"


def test_a_top_line_or_bullet_list_like_it_but_of_the_text_stays():
    # a glued domain with no chrome over it, and a lead over one service: left alone
    lines = ["Welcome to Northlandgov.nl", "", "  • Choose the service you want to log in to:", "", "  • gov.nl", "",
             PORTAL[-1]]
    assert run_rule("portal-top", lines)[1] == []
    # bullets that are sentences under a sign-in lead stay
    lines = ["Harbour Moorings Review", "", "Sign in to:", "", "  • the harbour office's booking site, where you pay your fees.",
             "  • the mooring register, which lists every boat.", "", PORTAL[-1]]
    assert run_rule("portal-top", lines)[1] == []
    # a sentence about browsers inside the text stays
    lines = ["Harbour Moorings Review", "", "Your browser is a program; the harbour office's site works in any of them.", PORTAL[-1]]
    assert run_rule("portal-top", lines)[1] == []


def test_a_prints_dated_running_heads_and_counters_go_on_a_few_pages():
    """(round19en) `• 3/14/2022 Harbour Review FINAL` over `4/12`, then over `5/12`: an excerpt of a
    long print, no complete counter chain; the site's headline that is only the file's name and the
    viewing note go too."""
    lines = ["harbour review final", "", "Upload: someone", "",
             "  • 3/14/2022 Harbour Review FINAL", "", "    4/12", "",
             "    * This PDF is best viewed and printed in landscape", "", "    Harbour Review: A Year at Sea", "",
             "  • 3/14/2022 Harbour Review FINAL", "", "    5/12", "", "    Introduction", "",
             "    The harbour authority reviewed the moorings."]
    kept, removed, _ = run_rule("dated-print-head", lines)
    assert sorted(n for n, _ in removed) == [1, 5, 7, 9, 13, 15]


def test_a_dated_line_seen_once_or_counters_out_of_step_stay():
    once = ["Harbour Review", "", "3/14/2022 Harbour Review FINAL", "4/12", "", "The harbour authority met."]
    assert run_rule("dated-print-head", once)[1] == []
    apart = ["Harbour Review", "", "3/14/2022 Harbour Review FINAL", "4/12", "", "The harbour authority met.",
             "3/14/2022 Harbour Review FINAL", "9/12", "", "It met again."]
    assert run_rule("dated-print-head", apart)[1] == []


FLAT = ("2 Contents Welcome 2 Who may moor here? 3 Fees and charges 5 Booking a mooring 6 "
        "Step 1: Choosing a berth 7 Step 2: Paying the fee 9 Further help 12 1")


def test_a_contents_page_flattened_into_one_line_goes_and_a_glued_heading_is_set_apart():
    """(round19en) A PDF shown one page a line: the contents page is one line of entries and page
    numbers; the page that opens a section glues its heading between its number and its text."""
    lines = ["Harbour Moorings: a guide", "", "1 Harbour Moorings: a guide booklet", "", FLAT, "",
             "3 Welcome The harbour authority welcomes visiting boats to its moorings all year round."]
    kept, removed, _ = run_rule("flattened-contents", lines)
    assert [t for _, t in removed] == [FLAT, "3 "]
    assert kept[-2:] == ["Welcome ", "The harbour authority welcomes visiting boats to its moorings all year round."]


def test_a_line_of_numbers_in_prose_or_a_page_opening_otherwise_stays():
    prose = "2 Contents of the box were 3 ropes and 4 fenders and 5 buoys and 6 hooks and 7 flags"
    assert run_rule("flattened-contents", ["Harbour", "", prose + " which we sold, since the yard needed space.", ""])[1] == []
    lines = ["Harbour", "", FLAT, "", "3 The harbour authority welcomes visiting boats to its moorings all year round."]
    kept, removed, _ = run_rule("flattened-contents", lines)
    assert [t for _, t in removed] == [FLAT]


ARRANGEMENT = ["LAWS OF NORTHLAND", "Harbour Moorings Cap. 7:01 3", "CHAPTER 7:01", "HARBOUR MOORINGS ACT",
               "ARRANGEMENT OF SECTIONS", "SECTION", "1. Short title.", "2. Interpretation.",
               "3. Register of moorings kept by the Harbour Office of", "Northland.",
               "4. Fees.", "POWERS OF THE HARBOUR OFFICE", "5. Powers with respect to a boat left on a mooring",
               "beyond its season.", "__________", "LAWS OF NORTHLAND", "4 Cap. 7:01 Harbour Moorings",
               "CHAPTER 7:01", "HARBOUR MOORINGS ACT", "1 of 1980", "Short title.", "Interpretation.",
               "An Act to provide for the registration of moorings.", "1. This Act may be cited as the Harbour Moorings Act.",
               "2. In this Act—", "“boat” includes a yacht;"]


def test_an_arrangement_entry_cut_after_a_function_word_and_a_printed_rule_ending_it():
    """(round19en) `3. Register … of` / `Northland.`: an entry wrapped after a function word, its rest
    opening with a capital, is still the entry's; a printed rule closes the arrangement, so the Act's
    page heading under it stays."""
    kept, removed, _ = run_rule("contents-box", ARRANGEMENT)
    assert [n for n, _ in removed] == list(range(5, 15))
    assert "CHAPTER 7:01" in kept and "HARBOUR MOORINGS ACT" in kept


def test_mirrored_running_heads_on_two_pages_go():
    """(round19en) `Harbour Moorings Cap. 7:01 3` / `4 Cap. 7:01 Harbour Moorings` and the edition's
    name over each."""
    kept, removed, _ = run_rule("mirrored-head", ARRANGEMENT)
    assert [n for n, _ in removed] == [1, 2, 16, 17]


def test_numbered_lines_that_only_look_mirrored_stay():
    lines = ["Harbour Act", "", "3 Interpretation", "a", "b", "c", "d", "4 Interpretation", "",
             "Totals for the year 3", "a", "b", "c", "d", "4 for the year Totals.", ""]
    assert run_rule("mirrored-head", lines)[1] == []


def test_an_english_list_of_chapters_numbered_again_below_goes():
    """(round19en) `Chapter I  General Provisions` … `Chapter IV  Fees` listed with nothing under them,
    then `Chapter I  General Provisions` over its articles. Since issue 11's `echoed-contents`
    (which replaced `restarting-contents-en`): the list goes under its label when the excerpt's
    body begins with its first chapters again."""
    lines = ["Rules for the Harbour Office", "", "Contents", "Chapter I  General Provisions", "Chapter II  Moorings",
             "Chapter III  Fees", "Chapter IV  Supplementary Provisions", "",
             "Chapter I  General Provisions", "", "    Article 1  These Rules govern the harbour of the town and its moorings.",
             "Chapter II  Moorings", "", "    Article 2  A mooring is let by the harbour office for one year at a time."]
    kept, removed, _ = run_rule("echoed-contents", lines)
    assert [n for n, _ in removed] == [3, 4, 5, 6, 7]


def test_english_chapters_with_text_between_or_never_restarted_stay():
    lines = ["Rules", "", "Chapter I  General", "Article 1  These Rules govern.", "Chapter II  Moorings",
             "Article 2  A mooring is let.", "Chapter III  Fees", "Article 3  Fees are paid."]
    assert run_rule("echoed-contents", lines)[1] == []
    lines = ["Rules", "", "Chapter I  General", "Chapter II  Moorings", "Chapter III  Fees", "",
             "Article 1  These Rules govern the harbour."]
    assert run_rule("echoed-contents", lines)[1] == []


def test_the_next_sections_head_glued_to_the_end_of_a_section_is_broken_off():
    """(round19en) `… cited as the Moorings Act.2. Definitions`: the next section's number and head
    glued after the last sentence, in a series of sections."""
    lines = ["1. Short title", "This Act may be cited as the Moorings Act.2. Definitions",
             "3. Register", "The Harbour Office shall keep a register.4. Fees, etc.", "A fee is paid."]
    kept, removed, _ = run_rule("tail-glued-section-heads", lines)
    assert kept == ["1. Short title", "This Act may be cited as the Moorings Act.", "", "2. Definitions",
                    "3. Register", "The Harbour Office shall keep a register.", "", "4. Fees, etc.", "A fee is paid."]


def test_a_number_glued_out_of_sequence_or_alone_stays():
    lines = ["1. Short title", "This Act may be cited as the Moorings Act.7. Definitions", "3. Register",
             "The Harbour Office shall keep a register.9. Fees"]
    assert run_rule("tail-glued-section-heads", lines)[0] == lines
    lines = ["1. Short title", "This Act may be cited as the Moorings Act.2. Definitions", "3. Register",
             "The Harbour Office shall keep a register."]
    assert run_rule("tail-glued-section-heads", lines)[0] == lines


def test_a_usefulness_survey_with_its_answers_on_one_line_goes():
    """(round19en) `Was this page helpful? Yes | No` (and `Yes No`) under the text."""
    prose = "The harbour authority reviewed the moorings of the northern isles during the year."
    for line in ("Was this page helpful? Yes | No", "Was this page helpful? Yes No", "Is this page useful? yes / no"):
        kept, removed, _ = run_rule("en-chrome", ["Harbour Review", "", prose, "", line])
        assert [t for _, t in removed] == [line], line
    kept, removed, _ = run_rule("en-chrome", ["Harbour Review", "", prose, "", "Was this page helpful? Yes, very much so."])
    assert removed == []
