"""Cleaning rules of round18en (issue #11, English pages and legal text across check sets): made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.page import Line
from pipeline.clean.rules_cms_en import _format_offers

from .helpers import run_rule

EN_PROSE = ("The harbour authority reviewed the moorings of the northern isles during the year and reported "
            "its findings to the assembly, with recommendations for the fees charged to visiting boats.")


def test_a_link_offering_the_page_in_other_formats_goes():
    """(round18en) `Download: PDF | EPUB | HTML`, `Printable .docx version`, `Printer Friendly and PDF`
    over or under the text: the page's links to its other formats, not its words."""
    for offer in ("Download: PDF | EPUB | HTML", "Printable .docx version", "Printer Friendly and PDF",
                  "[ Download as PDF ]"):
        kept, removed, _ = run_rule("cms-chrome", ["Harbour Moorings Review", "", offer, "", EN_PROSE])
        assert [t for _, t in removed] == [offer], offer
    # wrapped over three lines, read whole
    kept, removed, _ = run_rule("cms-chrome", ["Harbour Moorings Review", "Download", "PDF (original", "document)", "", EN_PROSE])
    assert [n for n, _ in removed] == [2, 3, 4]


def test_a_line_that_only_mentions_a_format_or_a_verb_stays():
    for line in ("PDF", "Print", "Download", "The PDF version is here.", "HTML and XML",
                 "Download the report in PDF or Word format and read it", "Original document"):
        assert run_rule("cms-chrome", ["Harbour Moorings Review", "", line, "", EN_PROSE])[1] == [], line


def test_the_offers_verb_removed_by_an_earlier_rule_still_counts():
    lines = [Line(1, "Harbour Moorings Review"), Line(3, "PDF (original"), Line(4, "document)"), Line(6, EN_PROSE)]
    assert _format_offers(lines, {2: "Download"}) == [1, 2]
    assert _format_offers(lines, {2: "Browse transcripts"}) == []
    assert _format_offers(lines) == []


def test_a_date_printed_twice_at_the_top_is_no_repeated_title():
    """(round18en) A debates page's date over the sitting's date printed again: a dateline, not a
    title and its short form; the copy stays for the title reader (a date printed again is the headline)."""
    kept, removed, _ = run_rule("repeated-title", ["Friday, 30th September, 2022", "", "Friday, 30th September, 2022", "", EN_PROSE])
    assert removed == []
    kept, removed, _ = run_rule("repeated-title", ["Harbour Moorings Review 2031", "", "Harbour Moorings Review", "", EN_PROSE])
    assert [n for n, _ in removed] == [3]


ORDINANCE = ["HARBOUR MOORINGS ORDINANCE", "", "Ord. No. 12/31", "B214", "", "BE IT ENACTED by the Assembly as follows:", "",
             "1. This Ordinance may be cited as the Harbour Moorings Ordinance.", "", "Short title.", "", "B 215", "",
             "2. " + EN_PROSE]


def test_a_gazettes_lettered_page_number_goes_from_an_acts_text():
    """(round18en) `B214`, `B 215`: the publication's page numbers with their part's letter."""
    kept, removed, _ = run_rule("lettered-page-number", ORDINANCE)
    assert [t for _, t in removed] == ["B214", "B 215"]


def test_a_lettered_code_outside_legal_text_or_in_a_column_stays():
    plain = [line.replace("ENACTED", "AGREED").replace("Ordinance", "Note").replace("ORDINANCE", "NOTE") for line in ORDINANCE]
    assert run_rule("lettered-page-number", plain)[1] == []
    column = ORDINANCE[:3] + ["A12", "A13", "B14"] + ORDINANCE[4:]
    assert [t for _, t in run_rule("lettered-page-number", column)[1]] == ["B 215"]
