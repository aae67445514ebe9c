"""Structure rules the round17en round (issue #11, check set 11's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of

EN = "The board inspected the harbours in the spring and published its findings some weeks later."


def test_a_long_strict_title_case_headline_is_the_title():
    name = ("Annual Review Of The Harbour Board On The Inspection Of Lighthouses And Coastal Moorings "
            "For The Northern Region In The Year 2020/2021")
    assert 100 < len(name) <= 160
    doc = doc_of("\n".join([name, "", EN, "", EN]))
    assert doc.title == name


def test_a_long_sentence_case_line_is_still_no_title():
    line = ("Annual review of the harbour board on the inspection of lighthouses and coastal moorings "
            "for the northern region in the year 2020/2021")
    doc = doc_of("\n".join([line, "", EN, "", EN]))
    assert doc.title != line


def test_a_listing_pages_entry_names_are_headings_not_a_byline():
    text = "\n".join(["Harbours", "", "Northport Harbour", "",
                      "Northport Harbour, on the east coast, has two basins and a ferry pier. " + EN, "",
                      "Southport Harbour", "", "Southport Harbour is the oldest harbour of the region. " + EN])
    doc = doc_of(text)
    assert doc.title == "Harbours" and not doc.authors


def test_a_byline_over_prose_stays_a_byline():
    text = "\n".join(["Harbour Dues Rise", "", "by Jane Roe", "", EN, "", EN])
    doc = doc_of(text)
    assert doc.authors
