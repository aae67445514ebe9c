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
