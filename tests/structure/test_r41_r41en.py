"""(r41, branch r41en, issue #11) Structure in the forms English speeches, strategies and printed pages take,
made up: a speech's salutation set one addressee a line over its first part's head; a part's head right
over its first topic's head, both ending in the same noun; a news page's dateline with a comma before the
time; a publication's chapter page printed from the web, its chapter head named by the print header and
listed in the chapter list above it; a strategy's numbered item heads (`Action 01: …`) wrapped over lines,
under unnumbered `Principle: …` heads; a book site's citation line over the volume's name. What must
stay: the part's own head under the salutation, two peers with different nouns, a run-in item closed by
its stop."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import date_stamp

from structure.helpers import levels

PROSE = ("Madam Speaker, the harbour board met on Tuesday to agree the plan for the new quay, and it heard from "
         "the residents who had written to it about the noise of the works during the summer months.")
PROSE2 = ("The works will start in the spring and end before the first boats come back in the autumn, the board "
          "said, and the quay will stay open to the ferries while they go on.")


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


def _spaced(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line, "")]


# -- a speech's salutation, one addressee a line --------------------------------------------------------

def test_the_salutations_last_line_is_no_heading():
    doc = _doc(_spaced(["Minister Jane Example: 2031 Harbour Speech", "Honourable Speaker", "His Excellency, the President",
                        "Cabinet Colleagues", "Members of the Harbour Board",
                        "The Governor of the Eastport Reserve Bank Fellow Citizens", "Introduction", PROSE,
                        "The Quay Works", PROSE2]))
    assert [t for _, t in levels(doc)] == ["Introduction", "The Quay Works"]


def test_a_head_that_opens_with_the_office_and_stands_alone_stays():
    doc = _doc(_spaced(["Harbour Report 2031", "Introduction", PROSE, "The Governor of the Harbour", PROSE2]))
    assert "The Governor of the Harbour" in [t for _, t in levels(doc)]


# -- a part's head over its first topic's head, the same noun ----------------------------------------

def test_a_part_over_its_first_kind_holds_it():
    doc = _doc(_spaced(["2031 Harbour Speech", "Introduction", PROSE, "Economic Outlook", "Global Outlook", PROSE2]))
    assert levels(doc) == [(1, "Introduction"), (1, "Economic Outlook"), (2, "Global Outlook")]


def test_two_stacked_heads_with_other_nouns_are_not_made_part_and_kind():
    doc = _doc(_spaced(["2031 Harbour Speech", "Introduction", PROSE, "Economic Outlook", "Global Trade", PROSE2]))
    assert (2, "Global Trade") not in levels(doc)


# -- a dateline with a comma before its time -------------------------------------------------------

def test_a_date_and_time_apart_by_a_comma_is_a_dateline():
    assert date_stamp("Mar 3 2031, 10:15 GMT") and date_stamp("Monday, 3 March 2031, 9:30 AM")
    assert not date_stamp("Mar 3 2031, 10:15 GMT.")


def test_a_news_dateline_under_the_headline_is_no_heading():
    doc = _doc(_spaced(["Minister opens the new quay", "Mar 3 2031, 10:15 GMT", PROSE, PROSE2]))
    assert levels(doc) == []


# -- a publication's chapter page printed from the web ---------------------------------------------

HEAD = "3/4/31, 10:15 AM                      The quay and the ferries - Harbour Plan 2031 - Harbour Trust"
FOOT = "https://harbour.example.org/plan/                                                         {}/2"


def test_the_chapter_head_the_print_header_names_is_the_top_head():
    lines = [HEAD, "", "      Harbour Plan 2031", "", "      Contents", "", "      01 Foreword", "      02 The moorings",
             "      03 The quay and the ferries", "      Annexes", "", "",
             "      03 The quay and the ferries", "      We have 6 actions, which we group under 2 principles.", "",
             "      Principle: Keep the ferries running all year", "",
             "      Action 01: The Trust will keep one berth free for the ferries through the",
             "      winter works", "", "      " + PROSE, "", FOOT.format(1), "\f" + HEAD, "",
             "      Action 02: The Trust will publish the works timetable every month",
             "", "      " + PROSE2, "",
             "      Principle: Tell the residents what happens and when", "",
             "      Action 03: Every household near the quay will get a letter before each", "      phase", "",
             "      " + PROSE, "", FOOT.format(2)]
    found = levels(_doc(lines))
    assert found[:3] == [(1, "03 The quay and the ferries"), (2, "Principle: Keep the ferries running all year"),
                         (3, "Action 01: The Trust will keep one berth free for the ferries through the winter works")]
    assert (2, "Principle: Tell the residents what happens and when") in found


def test_a_numbered_item_closed_by_its_stop_runs_in():
    doc = _doc(_spaced(["Harbour Plan 2031", "Introduction", PROSE,
                        "Action 1: The Trust will keep one berth free for the ferries.", PROSE2]))
    assert not any(t.startswith("Action 1") for _, t in levels(doc))


# -- a book site's citation line over the volume's name -----------------------------------------

def test_a_citation_line_is_not_the_title():
    doc = _doc(["Fiction > Jane Example > Collected Tales", "Jane Example (1801–1870).  Collected Tales.  1901.",
                "Vol. II. Sea Stories", " ", "IV. The Harbour", " ", PROSE + " " + PROSE2])
    assert doc.title == "Vol. II. Sea Stories"


# -- a part that announces the rest of the chapter as its own ---------------------------------------

def test_the_heads_after_a_part_announcing_the_rest_of_the_chapter_are_its_subparts():
    lines = _spaced(["Harbour Guide 2031", "Introduction", PROSE, "The Moorings", PROSE2, "Ways to Help",
                     "Volunteers keep the quay clean. The rest of this chapter gives some ideas on how to help.",
                     "Cleaning the Quay", PROSE, "Painting the Railings", PROSE2])
    assert levels(_doc(lines)) == [(1, "Introduction"), (1, "The Moorings"), (1, "Ways to Help"),
                                   (2, "Cleaning the Quay"), (2, "Painting the Railings")]


def test_without_the_announcement_the_heads_stay_peers():
    lines = _spaced(["Harbour Guide 2031", "Introduction", PROSE, "The Moorings", PROSE2, "Ways to Help",
                     "Volunteers keep the quay clean, and the board thanks them for it every year.",
                     "Cleaning the Quay", PROSE, "Painting the Railings", PROSE2])
    assert all(level == 1 for level, _ in levels(_doc(lines)))


# -- a plain head under a strategy's numbered item -------------------------------------------------

def test_plain_heads_after_a_numbered_items_text_are_inside_it():
    lines = _spaced(["Harbour Plan 2031", "Principle: Keep the ferries running all year",
                     "Action 01: The Trust will keep one berth free for the ferries through the winter", PROSE,
                     "Action 02: The Trust will publish the works timetable every month", PROSE2,
                     "Training for the Ferry Crews", PROSE, "Training for the Harbour Staff", PROSE2])
    found = levels(_doc(lines))
    assert (3, "Training for the Ferry Crews") in found and (3, "Training for the Harbour Staff") in found
