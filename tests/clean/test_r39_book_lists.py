"""(r39book, issue #11) A printed book's page-numbered lists as a transcription keeps them, in the forms
the first-sight sets 36-37 showed and the rule `book-lists` missed: a chapter's number on a line of its
own between the entries, an entry wrapped onto an indented second line that carries the page number,
a plate set before the first page, and a two-column head ('CHAP.      PAGE'). Made-up lists; a table of
figures and a numbered text must stay."""
from __future__ import annotations

from .helpers import run_rule

PROSE = ["The mill had stood by the river for a hundred years before anyone thought to write",
         "down who had built it, and by then the answer was a matter of opinion."]


def row(text: str, page: str, width: int = 64, indent: int = 4) -> str:
    return " " * indent + text + " " * max(3, width - indent - len(text) - len(page)) + page


def test_contents_with_a_chapter_number_over_each_entry_goes_whole():
    lines = ["THE MILL", "", "", "CONTENTS.", "", " " * 56 + "PAGE", "", row("PREFACE,", "v"), ""]
    for n, (name, page) in enumerate([("THE RIVER,", "1"), ("THE MILLER'S SONS,", "14"), ("A DRY SUMMER,", "29"),
                                      ("THE FLOOD,", "41"), ("RECKONING,", "58"), ("AFTERWARDS,", "73")], start=1):
        lines += [" " * 28 + f"CHAPTER {'I II III IV V VI'.split()[n - 1]}.", "", row(name, page), "", ""]
    lines += [""] + PROSE
    kept, removed, _ = run_rule("book-lists", lines)
    gone = [t.strip() for _, t in removed if t.strip()]
    assert gone[:2] == ["CONTENTS.", "PAGE"] and gone[2].startswith("PREFACE,")
    assert "CHAPTER III." in gone and "CHAPTER VI." in gone and len([g for g in gone if g.startswith("CHAPTER")]) == 6
    assert [t for t in kept if t.strip()] == ["THE MILL"] + PROSE


def test_list_of_plates_with_wrapped_entries_and_a_frontispiece_goes_whole():
    lines = ["LIST OF PLATES.", "", row("THE OLD WEIR,", "_Frontispiece_"), "", " " * 56 + "PAGE", ""]
    plates = [("THE MILL-RACE IN WINTER,", "8"), ("THE MILLER'S HOUSE FROM THE ORCHARD, WITH THE", None),
              ("BARN BEYOND,", "17"), ("A SACK-HOIST,", "25"), ("THE GREAT WHEEL,", "33"),
              ("FLOOD-MARKS ON THE DOOR OF THE", None), ("GRANARY,", "44"), ("THE NEW BRIDGE,", "70")]
    for text, page in plates:
        lines += [row(text, page, indent=8) if page and text in ("BARN BEYOND,", "GRANARY,") else
                  row(text, page) if page else "    " + text]
        if page:
            lines.append("")
    lines += ["", ""] + PROSE
    kept, removed, _ = run_rule("book-lists", lines)
    assert [t for t in kept if t.strip()] == PROSE
    assert sum(1 for _, t in removed if t.strip()) == 3 + len(plates)


def test_a_two_column_head_goes_with_its_list():
    lines = ["CONTENTS", "", " CHAP." + " " * 50 + "PAGE", ""]
    lines += [row(f"{r}. {name}", page, indent=3) for r, name, page in
              [("I", "THE RIVER", "1"), ("II", "THE MILLER'S SONS", "14"), ("III", "A DRY SUMMER", "29"),
               ("IV", "THE FLOOD", "41"), ("V", "RECKONING", "58")]]
    lines += ["", ""] + PROSE
    kept, removed, _ = run_rule("book-lists", lines)
    assert [t for t in kept if t.strip()] == PROSE


def test_numbered_text_with_page_like_numbers_stays():
    """Paragraph numbers at a line's end are no page numbers of a list: prose between them stays, and
    a chapter's label alone between two prose paragraphs is no group of a list."""
    lines = ["CHAPTER I.", ""] + PROSE + ["", "CHAPTER II.", ""] + PROSE
    kept, removed, _ = run_rule("book-lists", lines)
    assert removed == []
