"""(r43en, issue 11) A Gutenberg transcriber's key between the producer credit and the title page (made-up text)."""
from __future__ import annotations

from pipeline.clean import clean_text

HEADER = "\n".join([
    "The Project Gutenberg EBook of The Shipwright's Year, by Anna Fell", "",
    "This eBook is for the use of anyone anywhere at no cost and with",
    "almost no restrictions whatsoever.  You may copy it, give it away or",
    "re-use it under the terms of the Project Gutenberg License included",
    "with this eBook or online at www.gutenberg.org", "", "",
    "Title: The Shipwright's Year", "", "Author: Anna Fell", "", "Release Date: May 1, 2009 [EBook #99999]", "",
    "Language: English", "", "*** START OF THIS PROJECT GUTENBERG EBOOK THE SHIPWRIGHT'S YEAR ***", "", "", "",
    "Produced by Jane Roe and the Online Distributed", "Proofreading Team at http://www.pgdp.net", "", "", "", "",
])
KEY = "\n".join([
    "TRANSCRIBER'S NOTES", "", "",
    "Italic text is represented by _underscores_ around the text.", "",
    "Knots and rigging are drawn in the original; they are described here:", "",
    "[K1] = Reef knot", "[K2] = Bowline", "[R]  = Running rigging", "",
    "For example, a sail plan reads:", "", "[S: main (fore top) jib]", "", "", "", "",
])
TITLE_PAGE = "\n".join([
    "THE SHIPWRIGHT'S YEAR", "", "BY ANNA FELL", "", "", "PREFACE", "",
    "The yard where this book was written has built ships for two hundred years, and the men who work in it",
    "have told me much of what follows.", "",
])


def _kept(text: str) -> list[str]:
    return [t.strip() for t in clean_text(text, source_file="book.txt").lines if t.strip()]


def test_transcriber_key_before_the_title_page_goes():
    """rules_gutenberg._transcriber_key: the notes right under the producer credit, up to the gap of blank
    lines over the title page, are the e-text's: they go; the title page and the preface stay."""
    kept = _kept(HEADER + "\n" + KEY + "\n" + TITLE_PAGE + "\n")
    assert "TRANSCRIBER'S NOTES" not in kept and "[K2] = Bowline" not in kept and "For example, a sail plan reads:" not in kept
    assert "THE SHIPWRIGHT'S YEAR" in kept and "PREFACE" in kept


def test_transcriber_notes_after_the_title_page_stay():
    """Stays: notes that come after the book's title page open the book as its transcriber left it."""
    kept = _kept(HEADER + "\n" + TITLE_PAGE + "\n\n\n\n" + KEY + "\n" + "CHAPTER I\n\nThe yard was quiet.\n")
    assert "TRANSCRIBER'S NOTES" in kept and "[K2] = Bowline" in kept


BYLAW = "\n".join([
    "BY-LAW NO. 2010-12", "BEING A BY-LAW TO GOVERN THE PROCEEDINGS OF THE HARBOUR BOARD",
    "NOW THEREFORE the Board enacts as follows:", "1. This by-law may be cited as the Procedure By-law.",
    "READ A FIRST, SECOND AND THIRD TIME THIS 4TH DAY OF MAY 2010.", "CHAIR CLERK",
    "INDEX TO", "PROCEDURE BY-LAW", "PAGE",
    "Short Title 2", "Definitions 2", "Board Meetings 3", "Duties of the Chair 5", "Quorum 6", "Agenda 6", "Minutes 7", "",
])


def test_close_set_index_under_its_page_head_goes():
    """rules_book._close_set_index: under `PAGE` alone, entries with one space before a page number that never
    goes back are an index: the entries, the head and the capitals lines naming it go; the by-law stays."""
    kept = _kept(BYLAW)
    for line in ("INDEX TO", "PROCEDURE BY-LAW", "PAGE", "Short Title 2", "Board Meetings 3", "Minutes 7"):
        assert line not in kept, line
    assert "1. This by-law may be cited as the Procedure By-law." in kept


def test_amounts_that_go_back_stay():
    """Stays: a list of items with numbers that go back is no index."""
    text = BYLAW.replace("Duties of the Chair 5", "Duties of the Chair 1")
    assert "Short Title 2" in _kept(text)
