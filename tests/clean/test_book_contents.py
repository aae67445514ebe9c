"""A book's own contents list, and numbered heading labels that are not running heads (issue #11):
made-up variants, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines
from .helpers import run_rule

WRAPPED = ["It was the best of times, it was the worst of times, it was the age of",
           "wisdom, it was the age of foolishness, it was the epoch of belief, it was",
           "the epoch of incredulity, it was the season of Light."]
CONTENTS = ["A TALE OF TWO TOWNS", "", "CONTENTS", "", "",
            "     Book the First--Recalled to Life", "",
            "     CHAPTER I      The Period",
            "     CHAPTER II     The Mail", "", "",
            "     Book the Second--the Golden Thread", "",
            "     CHAPTER I      Five Years Later",
            "     CHAPTER XXIV   Drawn to the Loadstone Rock of the Tale", "", "", "", "", ""]


def test_book_contents_in_groups_longer_than_the_excerpt_is_dropped():
    lines = CONTENTS + ["Book the First--Recalled to Life", "", "", "CHAPTER I.", "The Period", ""] + WRAPPED
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == [3, 6, 8, 9, 12, 14, 15]
    assert "Book the First--Recalled to Life" in kept and "CHAPTER I." in kept


def test_story_titles_repeat_an_entry_at_their_end():
    lines = ["THE ADVENTURES", "", "Contents", "", "   I. A Scandal in the Town", "  II. The League of Red Hair",
             " III. A Case of Identity", "", "", "ADVENTURE I. A SCANDAL IN THE TOWN", ""] + WRAPPED
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == [3, 5, 6, 7]


def test_contents_label_over_prose_is_left_alone():
    lines = ["A BOOK", "", "Contents", "", "The contents of this box were never listed, the clerk said"] + WRAPPED
    kept, removed, _ = run_rule("contents-box", lines)
    assert removed == []


def test_contents_whose_entries_never_stand_again_are_left_alone():
    lines = CONTENTS + ["PREFACE", ""] + WRAPPED
    kept, removed, _ = run_rule("contents-box", lines)
    assert removed == []


def test_two_entries_are_not_enough_for_a_book_contents_list():
    lines = ["A BOOK", "", "CONTENTS", "", "Chapter One", "Chapter Two", "", "Chapter One", ""] + WRAPPED
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, _ in removed] == []


def test_section_labels_a_page_apart_are_not_running_heads():
    filler = ["A line of the act's text that runs on for a while."] * 20
    texts = []
    for n in range(1, 6):
        texts += [f"SECTION {n}", ""] + filler
    assert running_lines(texts) == set()


def test_numbered_running_feet_are_still_found():
    filler = ["A line of the manual's text that runs on for a while."] * 20
    texts = []
    for n in range(1, 6):
        texts += filler + [f"CWEB USER MANUAL {n}"]
    assert len(running_lines(texts)) == 5
