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
