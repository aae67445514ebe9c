"""Structure rules the round21-en round (issue #11, check set 17's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of

EN = "The board may charge a fee for each berth and it shall publish the fee each year."


def _outline(sections, depth=1):
    for s in sections:
        yield depth, s.title
        yield from _outline(s.sections, depth + 1)


def test_a_code_inserted_by_a_bill_nests_subtitle_chapter_and_subchapter():
    doc = doc_of("\n".join([
        "AN ACT relating to harbour berths; providing fees.", "",
        "SECTION 1. This Act may be cited as the Harbour Berths Act.", "",
        "SECTION 2. Title 9, Harbour Code, is amended by adding Subtitle C to read as follows:", "",
        "SUBTITLE C. HARBOUR BERTHS", "", "CHAPTER 301. GENERAL PROVISIONS", "",
        "Sec. 301.001. DEFINITIONS. " + EN, "", "Sec. 301.002. APPLICABILITY. " + EN, "",
        "CHAPTER 302. FEES", "", "SUBCHAPTER A. BERTH FEES", "", "Sec. 302.001. AMOUNT. " + EN, "",
        "Sec. 302.002. PAYMENT. " + EN, "", "SUBCHAPTER B. WAIVERS", "", "Sec. 302.051. HARDSHIP. " + EN, "",
        "Sec. 302.052. NOTICE. " + EN]))
    outline = [(d, t) for d, t in _outline(doc.sections) if not t.startswith("Sec.")]
    assert outline == [(1, "SUBTITLE C. HARBOUR BERTHS"), (2, "CHAPTER 301. GENERAL PROVISIONS"), (2, "CHAPTER 302. FEES"),
                       (3, "SUBCHAPTER A. BERTH FEES"), (3, "SUBCHAPTER B. WAIVERS")]
    assert doc.title == "Harbour Berths Act"   # the inserted subtitle is a part, never the page's name


def test_a_subpart_nests_under_its_part_and_over_the_chapters():
    from pipeline.structure.levels import DIVISION_WORD_RANK
    from pipeline.structure import signals as sg
    assert sg.numbering("SUBCHAPTER A. WAIVERS") == sg.numbering("SUBPART 2") == sg.numbering("TITLE 4") == "chapter"
    assert sg.numbering("Title 9, Harbour Code, is amended") == ""   # a sentence naming a title stays a sentence
    assert DIVISION_WORD_RANK["PART"] < DIVISION_WORD_RANK["SUBPART"] < 1 < DIVISION_WORD_RANK["SUBCHAPTER"] < sg.rank("article")
