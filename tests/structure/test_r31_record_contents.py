"""r31enheads (issue #11): a DEBATE RECORD's or a periodical's contents list, made up in the forms real
records print (tests/fixtures/r31records): a Commons-style edited Hansard (masthead, `CONTENTS`, the
sitting's date, business lines, subjects in capitals over members' names, one subject listed twice,
the masthead again with its edition note in brackets), a state assembly's daily Hansard (questions
without notice, a subject asked twice, the list opening with the same date / business / subject lines
the proceedings open with), a naturalists' magazine (one article listed twice in its contents).
The list goes whole, the record's date line stays, the business line holds the subjects under it.
What must stay: a book whose text begins with a later chapter (prose right after the repeat), a book
of poems (short capitalised lines after a repeated title: no list), a journal whose contents lists
its dated entries (the dates stay heads), an Act's numbered sections set straight over each other
(peers, not a group)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r31records"

# name: (title, headings (level, text) or None to skip, lines that must stay, lines that must go as paragraphs)
EXPECT = {
    "commons_debates_contents.txt": (
        "Official Report * Number 112",
        [(1, "MEMBERS' STATEMENTS"), (2, "RURAL BROADBAND"), (2, "THE ECONOMY"), (2, "FOREST FIRES")],
        ["Tuesday, May 12, 2009", "(Unrevised)", "HOUSE OF ASSEMBLY", "The new towers were promised three years ago.",
         "Mr. Alan Forbes (Northfield, Ind.):", "* * *"],
        ["Mr. Alan Forbes", "VETERANS", "Hon. Ruth Allard", "Employment Insurance", "Petitions"]),
    "assembly_hansard_contents.txt": (
        "Legislative Assembly Debates",
        None,
        ["Thursday 3 March 2016", "QUESTIONS WITHOUT NOTICE", "Will the new theatre open this year?",
         "How many patients wait longer than a year for surgery?"],
        ["Ms Kerry Walsh", "Road Funding", "MINISTERIAL STATEMENTS", "Flood Recovery", "Hon. Mark Ellis"]),
    "magazine_contents_subject_twice.txt": (
        "The Field Naturalist",
        [(1, "Editorial"), (1, "Birds of the Estuary")],
        ["The estuary held eleven species of wader this year, two of them new to our records."],
        ["Book Reviews", "Notes from Members", "Letters"]),
    "book_contents_text_begins.txt": (
        None, None,
        ["The boat came in at dusk, low in the water,", "past the chapel and the closed shops,",
         "Nobody asked me to write this book."], []),
    "poems_short_lines_stay.txt": (
        "Songs of the Valley", None,
        ["Under the willows the water runs", "Slow as a sleeper turning", "Over the stones and under the bridge",
         "Light on the hill before anyone wakes"], []),
    "journal_dated_entries.txt": (
        "A Winter Journal",
        [(1, "Monday, January 4, 1915"), (1, "Tuesday, January 5, 1915"), (1, "Wednesday, January 6, 1915")],
        ["Snow all day. We stayed in and mended the nets."], []),
    "act_contents_numbered_adjacent.txt": (
        "Harbour Dues Act",
        [(1, "1. Short title"), (1, "2. Application"), (1, "3. Dues payable"), (1, "4. Exemptions")],
        ["A vessel of the State Navy is exempt."], []),
}


def _doc(name: str):
    path = PAGES / name
    return structure_document(clean_text(path.read_text(encoding="utf-8"), source_file=str(path)))


def _texts(doc) -> list[str]:
    out = [p.text for p in all_paragraphs(doc)]
    out += [s for _, s in levels(doc)]
    return out


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_record_contents(name):
    title, heads, stays, goes = EXPECT[name]
    doc = _doc(name)
    if title is not None:
        assert doc.title in (title, title.upper()), doc.title
    if heads is not None:
        assert levels(doc) == heads
    texts = _texts(doc)
    whole = "\n".join(texts + [doc.title or ""])
    for line in stays:
        assert line in whole, line
    for line in goes:
        assert line not in texts, line


def test_assembly_business_holds_its_subjects():
    got = levels(_doc("assembly_hansard_contents.txt"))
    assert got[0] == (1, "QUESTIONS WITHOUT NOTICE")
    assert (2, "Hospital Waiting Lists") in got
