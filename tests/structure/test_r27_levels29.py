"""r29levels (issue #11): English heading LEVELS where the text has no numbers to tell them, two general
rules: a head that announces the divisions under it ('Structure of the Report' / 'The report is in five
parts:' / 'Part One – …') holds them; serial heads that differ only by their number ('GOVERNMENT NOTICE
No. 113' / 'GOVERNMENT NOTICE No. 114.') are one series whatever their closing stop. All texts are made up;
the last ones of each group are what MUST STAY."""
from __future__ import annotations

import pytest

from .helpers import all_sections, doc_of, texts

BODY = "The board met on the first day of the month and agreed the plan for the coming season in full."


def _levels(doc) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in all_sections(doc)]


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# --- a head that announces the divisions holds them ------------------------------------------------

ANNOUNCED = [
    (_doc("Annual Report 2024-25", "About this report", BODY, "Structure of the report",
          "The report is in three parts:", "Part One – Overview", BODY, "Part Two – Performance", BODY,
          "Part Three – Financial Statements", BODY),
     [(1, "About this report"), (1, "Structure of the report"), (2, "Part One – Overview"),
      (2, "Part Two – Performance"), (2, "Part Three – Financial Statements")]),
    (_doc("Harbour Operations Manual", "How this manual is organised", "The manual has the following chapters:",
          "Chapter 1 Getting Started", BODY, "Chapter 2 Daily Checks", BODY),
     [(1, "How this manual is organised"), (2, "Chapter 1 Getting Started"), (2, "Chapter 2 Daily Checks")]),
    (_doc("Regional Transport Plan", "Introduction", BODY, "Reading this plan",
          "Each part of the plan deals with one mode of travel, as follows:", "PART 1 ROADS", BODY,
          "PART 2 RAIL", BODY),
     [(1, "Introduction"), (1, "Reading this plan"), (2, "PART 1 ROADS"), (2, "PART 2 RAIL")]),
]

ANNOUNCED.append(
    (_doc("Field Guide", "Using this guide", "The guide is divided into two books:", "Book I Birds", BODY,
          "Book II Mammals", BODY),
     [(1, "Using this guide"), (2, "Book I Birds"), (2, "Book II Mammals")]))

ANNOUNCED_STAYS = [
    # an Act's enacting formula ends in a colon over its first Part: no announcement
    (_doc("Computer Misuse Act", "Preamble", "NOW, THEREFORE, it is hereby enacted as follows:",
          "PART 1 GENERAL", BODY, "PART 2 OFFENCES", BODY),
     [(1, "Preamble"), (1, "PART 1 GENERAL"), (1, "PART 2 OFFENCES")]),
    (_doc("Harbour Regulations 2025", "Making of regulations",
          "The Minister for Transport makes the following regulations:", "PART 1 PRELIMINARY", BODY,
          "PART 2 MOORINGS", BODY),
     [(1, "Making of regulations"), (1, "PART 1 PRELIMINARY"), (1, "PART 2 MOORINGS")]),
    # a book's introduction closed by a sentence: the parts are its peers
    (_doc("The Lighthouse Keepers", "INTRODUCTION", BODY, "PART 1 THE EARLY YEARS", BODY, "PART 2 THE WAR", BODY),
     [(1, "INTRODUCTION"), (1, "PART 1 THE EARLY YEARS"), (1, "PART 2 THE WAR")]),
    # a colon earlier in the section, a full stop last: no announcement
    (_doc("Annual Report 2024-25", "About this report", BODY, "Our year",
          "We did three things:", "We built the wharf and opened the new ferry terminal to the public.",
          "Part One – Overview", BODY, "Part Two – Performance", BODY),
     [(1, "About this report"), (1, "Our year"), (1, "Part One – Overview"), (1, "Part Two – Performance")]),
]


@pytest.mark.parametrize("text, expected", ANNOUNCED + ANNOUNCED_STAYS)
def test_a_head_that_announces_the_divisions_holds_them(text, expected):
    assert _levels(doc_of(text))[-len(expected):] == expected


# --- serial heads are one shape ---------------------------------------------------------------------

PAD = "        "


def _indented(*blocks: str) -> str:
    """A transcribed gazette page: every line indented, the blank lines too."""
    return "\n".join(PAD + line if line else PAD for line in _doc(*blocks).split("\n"))


SERIAL = [
    # a gazette page: the first notice's label typed without its stop
    ("14, THE OFFICIAL GAZETTE.\n\n" + _indented(
        "GOVERNMENT NOTICE No. 12", "NOTICE.", "Appointments.", BODY, "J. SMITH,\nChief Secretary.",
        "Dar, 1st May, 1921.", "GOVERNMENT NOTICE No. 13.", "NOTICE.", "Leave of Absence.", BODY,
        "J. SMITH,\nChief Secretary.", "GOVERNMENT NOTICE No. 14.", "NOTICE.", "Customs Tariff.", BODY),
     [(1, "GOVERNMENT NOTICE No. 12"), (2, "Appointments."), (1, "GOVERNMENT NOTICE No. 13."),
      (2, "Leave of Absence."), (1, "GOVERNMENT NOTICE No. 14."), (2, "Customs Tariff.")]),
    # a page that opens inside a notice: its subject head stands alone, the next label closes it
    ("THE GAZETTE, 3rd MAY, 1924.   201\n\n" + _indented(
        "GENERAL NOTICE No. 301", "Trade Licences.", BODY, "A. B. JONES,\nTreasurer.",
        "GENERAL NOTICE No. 302.", "Lost Cheque.", BODY, "A. B. JONES,\nTreasurer.",
        "GENERAL NOTICE No. 303.", "Road Closure.", BODY),
     [(1, "Trade Licences."), (1, "GENERAL NOTICE No. 302."), (2, "Lost Cheque."),
      (1, "GENERAL NOTICE No. 303."), (2, "Road Closure.")]),
    # council minutes: item labels over their subjects, one stop missing
    (_doc("Council Minutes", "ITEM 1", BODY, "Apologies", BODY, "ITEM 2.", BODY, "Minutes of the last meeting", BODY,
          "ITEM 3", BODY, "Correspondence", BODY),
     [(1, "ITEM 1"), (2, "Apologies"), (1, "ITEM 2."), (2, "Minutes of the last meeting"), (1, "ITEM 3"),
      (2, "Correspondence")]),
]

SERIAL_STAYS = [
    # serial heads with one closing mark: peers as before
    (_doc("Public Notices", "Notice 1", BODY, "Notice 2", BODY, "Notice 3", BODY),
     [(1, "Notice 1"), (1, "Notice 2"), (1, "Notice 3")]),
    # a finished run of serial heads is followed by their peers, not their sub-heads
    (_doc("Pilot Review", "Background", BODY, "Phase 1 results", BODY, "Phase 2 results", BODY, "Next steps", BODY,
          "Contact us", BODY),
     [(1, "Background"), (1, "Phase 1 results"), (1, "Phase 2 results"), (1, "Next steps"), (1, "Contact us")]),
    # one head with a number in it is no series
    (_doc("Pilot Scheme Review", "Background", BODY, "Phase 2 results", BODY, "Next steps", BODY),
     [(1, "Background"), (1, "Phase 2 results"), (1, "Next steps")]),
    # heads that differ by more than their number are not one series
    (_doc("Harbour Works", "Berth 4 dredging", BODY, "Crane 7 repairs", BODY),
     [(1, "Berth 4 dredging"), (1, "Crane 7 repairs")]),
]


@pytest.mark.parametrize("text, expected", SERIAL + SERIAL_STAYS)
def test_serial_heads_are_one_series_whatever_their_stop(text, expected):
    assert _levels(doc_of(text))[-len(expected):] == expected


@pytest.mark.parametrize("text", [t for t, _ in ANNOUNCED + ANNOUNCED_STAYS + SERIAL + SERIAL_STAYS])
def test_no_body_text_is_lost(text):
    kept = " ".join(texts(doc_of(text)))
    assert BODY in kept and kept.count(BODY) == text.count(BODY)


# --- a head's topic and subtitle parted by a colon is the peer of plain heads ------------------------

COLON = [
    (_doc("Universal Credit", "Universal Credit: overview", BODY, "Who can apply", BODY, "How to claim", BODY),
     [(1, "Universal Credit: overview"), (1, "Who can apply"), (1, "How to claim")]),
    (_doc("Council Plan 2025", "Housing: our plans", BODY, "Transport and roads", BODY, "Parks", BODY),
     [(1, "Housing: our plans"), (1, "Transport and roads"), (1, "Parks")]),
    (_doc("Annual Review", "Chair’s foreword", BODY, "Our finances: a summary", BODY, "Looking ahead", BODY),
     [(1, "Chair’s foreword"), (1, "Our finances: a summary"), (1, "Looking ahead")]),
    # capitals over mixed case stay two levels, the colon heads among the mixed-case ones
    (_doc("Council Plan 2025", "HOUSING", BODY, "Social housing: new homes", BODY, "Private rents", BODY,
          "TRANSPORT", BODY, "Buses: new routes", BODY, "Cycling", BODY),
     [(1, "HOUSING"), (2, "Social housing: new homes"), (2, "Private rents"), (1, "TRANSPORT"),
      (2, "Buses: new routes"), (2, "Cycling")]),
]


@pytest.mark.parametrize("text, expected", COLON)
def test_a_colon_subtitle_makes_no_level_of_its_own(text, expected):
    assert _levels(doc_of(text))[-len(expected):] == expected


def test_a_lead_in_ending_in_a_colon_stays_body():
    text = _doc("Universal Credit", "Who can apply", "You will need:", "a bank account", BODY, "How to claim", BODY)
    doc = doc_of(text)
    assert _levels(doc) == [(1, "Who can apply"), (1, "How to claim")]
    assert "You will need:" in " ".join(texts(doc))
