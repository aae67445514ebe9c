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
