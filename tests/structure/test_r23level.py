"""r23level (issue #11): English heading LEVELS wrong where the text is found right, one general
rule per phenomenon: unnumbered heads ranked with the outermost numbered ones where they are not
their peers (sub-heads inside numbered divisions, a division over a sub-section decimal, capitals
over the first section), a title heading kept as a level-1 section over every other, letter case
as a level (capitals over mixed case, Title Case over sentence case). All texts are made up."""
from __future__ import annotations

from pipeline.structure.headings import Heading, _title_case, english_peers
from pipeline.structure.levels import infer_levels

from .helpers import all_sections, doc_of

BODY = "The harbour board met on the first day of the month and agreed the plan for the coming season in full."


def _levels(doc) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in all_sections(doc)]


def _text(*heads: str, body: str = BODY) -> str:
    return "\n\n".join(f"{h}\n\n{body}" for h in heads) + "\n"


# --- unnumbered heads and the outermost numbered style (english_peers) -----------------------------

def _h(i, style="", shape="caps|", peer=False):
    return Heading(i, shape, style, bool(style), peer=peer)


def test_sub_heads_between_two_chapters_are_not_the_chapters_peers():
    heads = [_h(0, peer=True), _h(1, "chapter", "chapter:CHAPTER|"), _h(2, peer=True), _h(3, peer=True),
             _h(4, "chapter", "chapter:CHAPTER|"), _h(5, peer=True)]
    out = english_peers(heads, ["Foreword", "CHAPTER I. OF TIDES", "Neap tides", "Spring tides",
                                "CHAPTER II. OF WINDS", "Land breezes"])
    assert [h.style for h in out] == ["chapter", "chapter", "", "", "chapter", ""]
    assert infer_levels(out) == [1, 1, 2, 2, 1, 2]


def test_back_matter_after_the_last_chapter_stays_a_peer():
    heads = [_h(0, "chapter", "chapter:CHAPTER|"), _h(1, peer=True), _h(2, "chapter", "chapter:CHAPTER|"),
             _h(3, peer=True), _h(4, peer=True)]
    out = english_peers(heads, ["CHAPTER I. OF TIDES", "Neap tides", "CHAPTER II. OF WINDS", "Land breezes", "Notes"])
    assert [h.style for h in out] == ["chapter", "", "chapter", "", "chapter"]


def test_heads_only_before_and_after_the_numbered_series_stay_its_peers():
    heads = [_h(0, peer=True), _h(1, "1.", "1.|"), _h(2, "1.", "1.|"), _h(3, peer=True)]
    out = english_peers(heads, ["Abstract", "1. Introduction", "2. Method", "Acknowledgements"])
    assert [h.style for h in out] == ["1.", "1.", "1.", "1."]


def test_an_unnumbered_head_over_a_sub_section_decimal_holds_it():
    heads = [_h(0, peer=True), _h(1, "1.1x1", "1.1x1|"), _h(2, "1.1x1", "1.1x1|")]
    out = english_peers(heads, ["Scope of the Review", "1.1 Terms of reference", "1.2 Method"])
    assert out[0].style == "" and out[0].period
    assert infer_levels(out) == [1, 2, 2]


def test_an_unnumbered_head_after_the_decimal_series_stays_its_peer():
    heads = [_h(0, "1.1x1", "1.1x1|"), _h(1, "1.1x1", "1.1x1|"), _h(2, peer=True)]
    out = english_peers(heads, ["3.1 Terms of reference", "3.2 Method", "Harbour Lights Survey"])
    assert out[2].style == "1.1x1"
    assert infer_levels(out) == [1, 1, 1]


def test_a_style_borrowed_from_a_dropped_heading_is_recomputed():
    heads = [_h(0, peer=True), _h(1, "chapter", "chapter:CHAPTER|"), _h(2, peer=True)]
    first = english_peers(heads, ["Notice", "CHAPTER 9", "Short title"])
    assert first[2].style == "chapter"
    again = english_peers([h for h in first if h.index != 1], ["Notice", "Short title"])
    assert [h.style for h in again] == ["", ""]


def test_a_book_with_sub_heads_in_its_later_chapters_nests_them():
    doc = doc_of("Of Harbours and Tides\n\n" + _text("CHAPTER I. OF THE COAST", "CHAPTER II. OF TIDES", "Neap Tides",
                                                      "Spring Tides", "CHAPTER III. OF WINDS", "Land Breezes"))
    assert _levels(doc) == [(1, "CHAPTER I. OF THE COAST"), (1, "CHAPTER II. OF TIDES"), (2, "Neap Tides"),
                            (2, "Spring Tides"), (1, "CHAPTER III. OF WINDS"), (2, "Land Breezes")]


def test_capitals_over_the_first_numbered_section_hold_the_sections():
    doc = doc_of("Harbour Mooring Licence\n\nTERMS OF THE LICENCE\n\n1. Definitions.\n\n"
                 "\"Mooring\" means a place in the harbour set aside for one vessel.\n\n"
                 "2. Grant. The board grants the holder the use of one mooring for the season.\n")
    levels = _levels(doc)
    assert levels[0] == (1, "TERMS OF THE LICENCE")
    assert levels[1] == (2, "1. Definitions.")


# --- the title named by the first heading ----------------------------------------------------------

def test_a_first_heading_that_names_the_text_and_holds_every_other_is_the_title_only():
    doc = doc_of("Preface\n\nAbout this Yearbook\n\n" + BODY + "\n\nHow the Yearbook is Arranged\n\n" + BODY + "\n")
    assert doc.title == "Preface"
    assert _levels(doc) == [(1, "About this Yearbook"), (1, "How the Yearbook is Arranged")]


# --- letter case as the level ----------------------------------------------------------------------

def test_title_case_is_told_from_sentence_case_and_capitals():
    assert _title_case("Coastal Shipping Relief Package")
    assert _title_case("Grants for Harbour Towns")          # short words may stay lower case
    assert not _title_case("Mooring fee waiver for small boats")
    assert not _title_case("Applications")                   # one word: either case
    assert not _title_case("COASTAL SHIPPING RELIEF")


def test_title_case_packages_hold_their_sentence_case_measures():
    doc = doc_of("Harbour Support\n\n" + BODY + "\n\n" + _text("Coastal Shipping Relief Package", "Mooring fee waiver for small boats",
                                               "Harbour dues deferral", "Fishing Fleet Assistance Scheme",
                                               "Fuel rebate for trawlers", "Gear replacement grants"))
    assert [lvl for lvl, _ in _levels(doc)] == [1, 2, 2, 1, 2, 2]


def test_mixed_cases_among_peers_stay_peers():
    doc = doc_of("Harbour Study\n\n" + _text("Our Approach to Moorings", "Related work on harbours",
                                             "Future Work and Open Questions", "Costs of the plan"))
    assert [lvl for lvl, _ in _levels(doc)] == [1, 1, 1, 1]


def test_capitals_hold_the_mixed_case_heads_under_them():
    doc = doc_of("Harbour Amendment Act\n\n" + _text("THE MOORINGS ACT", "THE PILOTAGE ACT", "Rate of fees",
                                                     "THE LIGHTHOUSES ACT", "Repeal of section 4"))
    assert [lvl for lvl, _ in _levels(doc)] == [1, 1, 2, 1, 2]


def test_a_capitals_head_after_a_mixed_case_first_head_is_no_level_of_its_own():
    doc = doc_of("Harbour Licence\n\n" + _text("Preamble to the licence", "TERMS OF USE", "GENERAL TERMS", "Closing words"))
    assert len({lvl for lvl, _ in _levels(doc)}) == 1


# --- a ranked head closes the unranked sub-heads of the division it equals -----------------------

def test_a_marked_head_with_another_end_mark_closes_the_sub_heads_of_its_peer():
    heads = [Heading(0, "md2|", "md2", True), Heading(1, "caps|", "", False), Heading(2, "md2|?", "md2", True)]
    assert infer_levels(heads) == [1, 2, 1]


def test_a_numbered_series_under_an_unnumbered_head_still_nests():
    heads = [Heading(0, "一、|", "一、", True), Heading(1, "plain|", "", False), Heading(2, "（一）|", "（一）", True)]
    assert infer_levels(heads) == [1, 2, 3]
