"""(r44, branch r44en, issue 11) Structure rules written when check set 41's English half was opened (made-up texts)."""
from __future__ import annotations

from pipeline.structure.title_model import _printed_lead


def test_print_header_with_the_site_name_first_names_the_title():
    """title_model._printed_lead: the print header `host - page title` names the rules' title (the piece after
    the site's host name, HOST_NAME), OCR's `l` for `I` read alike: the ranker does not move the title off it."""
    assert _printed_lead("Minister opens lnverness ferry terminal", "gov.xx - Minister opens Inverness ferry terminal")
    assert _printed_lead("Harbour dues for the winter season", "harbour.example - Harbour dues for the winter season")


def test_print_header_naming_another_line_does_not():
    """Guard: another headline names nothing; nor does the piece after a section's word that is no host name
    (`Minutes - Harbour Board Meeting`: the page is the meeting's, the date under it may be its title)."""
    assert not _printed_lead("Harbour bridge opens today", "gov.xx - Harbour bridge closes today")
    assert not _printed_lead("Harbour Board Meeting", "Minutes - Harbour Board Meeting")


# -- an Act's title block opening with the legislature's number; a by-law with no title line -------------------

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from common import outline


def _doc(text: str, name: str = "t.txt"):
    return structure_document(clean_text(text, source_file=name))


SECTION = ("The Board shall keep proper accounts of all money received and paid by it, and shall prepare a statement "
           "of those accounts in respect of each financial year within four months after the end of that year.")


def _act(first: str, close: str = "″") -> str:
    return "\n".join([
        first, "", "First Regular Session", "",
        "Begun and held in the City of Porto Alto, on Monday, the fourth day of May, two thousand thirty.", "",
        "REPUBLIC ACT NO. 4521", "",
        "AN ACT ESTABLISHING THE HARBOUR PILOTAGE BOARD AND PROVIDING FUNDS THEREFOR", "",
        "Be it enacted by the Senate and House of Representatives in Congress assembled:", "",
        "CHAPTER I", "GENERAL PROVISIONS", "",
        f"Section 1. Short Title. \ufffd This Act shall be known as the \"Harbour Pilotage Act of 2030{close}.", "",
        f"Section 2. Accounts. \ufffd {SECTION}", "",
        "CHAPTER II", "FINAL PROVISIONS", "",
        f"Section 3. Effectivity. \ufffd {SECTION}", "",
    ])


def test_legislature_number_line_over_an_act_gives_way_to_its_short_title():
    """front.BILL_COVER (the legislature's number alone, `Ninth Congress`) and SHORT_TITLE (a closing quote lost
    to a double prime or U+FFFD): the Congress line is no title, the short-title clause names the Act."""
    assert _doc(_act("Ninth Congress")).title == "Harbour Pilotage Act of 2030"
    assert _doc(_act("12th Legislature", "\ufffd")).title == "Harbour Pilotage Act of 2030"


def test_a_congress_named_with_more_words_stays_a_heading_line():
    """Guard: `Congress of the Harbour Pilots` names a body's meeting, not a legislature's number: not a cover line."""
    assert front_cover("Congress of the Harbour Pilots") is None


def front_cover(text):
    from pipeline.structure.front import BILL_COVER
    return BILL_COVER.search(text)


BYLAW = "\n".join([
    "2031-77", "A by-law of the Town of Fernbrook respecting the keeping of bees in residential areas.",
    "The Council of the Town of Fernbrook enacts as follows:", "In this by-law:",
    "“", "apiary", "” means a place where hives of honey bees are kept.", "",
    *[line for n in range(4, 9) for line in (f"### Section {n}", "", SECTION, "", SECTION, "", SECTION, "")],
    "This by-law may be referred to as the “Beekeeping By-law”.",
    "Enacted and Passed this 3rd day of May, 2031",
])


def test_bylaw_without_a_title_line_named_by_its_last_short_title_clause():
    """structure_document: with no title line, a short-title clause anywhere in the text (here the last section)
    names the by-law before the file name does."""
    assert _doc(BYLAW, "bylaw_2031_77.md").title == "Beekeeping By-law"


def test_a_title_line_is_not_replaced_by_a_clause_at_the_end():
    """Guard: a by-law with its own title line keeps it."""
    text = "# Bee Keeping Rules of Fernbrook\n\n" + BYLAW
    assert _doc(text, "bylaw_2031_77.md").title != "Beekeeping By-law"
def test_the_session_line_under_the_legislature_stays_in_its_place():
    """front.COVER_SESSION: the session line read as the author under the Congress line (`First Regular Session`)
    is the cover's too: no author, a front paragraph right under the Congress line, in the text's order."""
    from .helpers import all_paragraphs
    doc = _doc(_act("Ninth Congress"))
    assert not [a for a in doc.authors if "Session" in a.name]
    texts = [p.text for p in all_paragraphs(doc)]
    assert texts.index("First Regular Session") == texts.index("Ninth Congress") + 1


# -- an enacted Act's attestation: signed names over offices and bodies ---------------------------------------

def _titles(doc) -> list[str]:
    out = []
    def walk(sections):
        for s in sections:
            out.append(s.title)
            walk(s.sections)
    walk(doc.sections)
    return out


def _enacted(attestation: list[str]) -> str:
    body = []
    for c, name in enumerate(["GENERAL PROVISIONS", "THE BOARD", "PENALTIES", "FINAL PROVISIONS"]):
        body += [f"CHAPTER {('I', 'II', 'III', 'IV')[c]}", name, ""]
        body += [line for k in range(3) for line in (f"Section {c * 3 + k + 1}. Accounts. \ufffd {SECTION}", "")]
    return "\n".join(["Ninth Congress", "", "REPUBLIC ACT NO. 4521", "", "AN ACT ESTABLISHING THE HARBOUR PILOTAGE BOARD", "",
                      "Be it enacted by the Senate and House of Representatives in Congress assembled:", ""] + body + attestation)


ATTESTATION = [
    "Approved,", "", "(Sgd.) MARTA OLSEN", "Speaker of the Assembly\t(Sgd.) PAUL KERR", "President of the Council", "",
    "This Act which is a consolidation of Council Bill No. 12 and Assembly Bill No. 40 was passed by the Council and the "
    "Assembly on the fourth of May, two thousand thirty.", "", "", "",
    "(Sgd.) ANNA VIK", "Clerk of the Assembly", "National Assembly", "", "\t", "",
    "Approved: MAY 12 2030", "", "(Sgd.) ERIK DAHL", "Governor of the Islands", "", ""]


def test_attestation_offices_under_signed_names_are_no_headings():
    """english.signed_lines: the lines under a signed name (`(Sgd.) …`), the offices and bodies, and the approval
    label with its date over one are the attestation's text, no headings; the Act's chapters stay headings."""
    titles = _titles(_doc(_enacted(ATTESTATION)))
    assert not any(t in titles for t in ("President of the Council", "National Assembly", "Approved: MAY 12 2030",
                                         "Clerk of the Assembly", "Governor of the Islands"))
    assert "CHAPTER IV FINAL PROVISIONS" in titles


def test_the_same_lines_with_no_signature_mark_are_not_taken():
    """Guard: without the signature marks the rule takes nothing (the lines are left to the other rules)."""
    from pipeline.structure.english import signed_lines
    from pipeline.structure.blocks import Block
    blocks = [Block(text="MARTA OLSEN", line=1), Block(text="President of the Council", line=2)]
    assert signed_lines(blocks) == set()
    blocks = [Block(text="(Sgd.) MARTA OLSEN", line=1), Block(text="President of the Council", line=2),
              Block(text="The Council meets on the first Monday of every month.", line=3)]
    assert signed_lines(blocks) == {0, 1}


# -- a book's transcription: sidenotes set as lines of their own in the transcriber's marks --------------------

HARBOUR = ("The harbour was first dredged in the spring of that year, and the town council paid for the work out of\n"
           "the tolls collected on the quay. The merchants complained of the cost but used the new berths at once,\n"
           "and within a decade the trade of the port had doubled.\n")


def _book(mark: str, heads=("The Harbour Works.", "Trade and Tolls.", "The Fishing Fleet.")) -> str:
    return "THE HARBOUR\n\n\n\nCHAPTER I.\n\nTHE EARLY YEARS.\n\n\n" + "".join(
        mark.format(h) + "\n\n" + HARBOUR + "\n" + HARBOUR + "\n" for h in heads)


def _levels(doc) -> list[tuple[int, str]]:
    return outline(doc.sections)


def test_marked_sidenotes_head_the_chapters_sections():
    """english.marked_sidenotes, SIDENOTE_MARK: sidenotes in the transcriber's marks (`♦…♦`, `[Sidenote: …]`) are
    the chapter's section heads, a level under it, the marks kept as written."""
    for mark in ("♦{}♦", "[Sidenote: {}]"):
        levels = _levels(_doc(_book(mark), "book.txt"))
        assert (2, mark.format("Trade and Tolls.")) in levels, levels
        assert levels[0][0] == 1 and levels[0][1].startswith("CHAPTER I.")


def test_a_single_marked_line_or_a_marked_sentence_is_no_sidenote():
    """Guard: one marked line alone (an ornament, a thought break) and marked sentences are no sidenotes."""
    from pipeline.structure.english import marked_sidenotes
    from pipeline.structure.blocks import Block
    assert marked_sidenotes([Block(text="♦The Harbour Works.♦", line=1), Block(text=HARBOUR, line=3, lines=3)]) == set()
    blocks = [Block(text="♦The tolls rose. The merchants left.♦", line=1), Block(text="♦and so it went on♦", line=3)]
    assert marked_sidenotes(blocks) == set()
