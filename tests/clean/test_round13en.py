"""Cleaning rules of round13en (issue #11, check set 10 English): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

from .helpers import PROSE, PROSE2, run_rule


def _act(contents: list[str]) -> list[str]:
    return contents + ["", "Act 5 of 1971.", "", "1   Short title", "", "   This Act may be cited as the Widgets Act.",
                       "", "2   Definitions", "", "   " + PROSE, "", "3   Licences", "", "   " + PROSE2]


def test_a_short_numbered_contents_repeated_as_section_heads_goes():
    lines = _act(["1   Short title", "", "2   Definitions", "", "3   Licences"])
    kept, removed, _ = run_rule("numbered-contents", lines)
    assert [n for n, _ in removed] == [1, 3, 5]
    assert kept.count("1   Short title") == 1 and "3   Licences" in kept
    # a list the text does not repeat in full, or not at the text's opening, stays
    for contents in (["1   Short title", "", "2   Definitions", "", "3   Fees"],
                     ["1   Short title", "", "2   Definitions"],
                     ["Widgets Act", "1   Short title", "2   Definitions", "3   Licences"]):
        assert run_rule("numbered-contents", _act(contents))[1] == []


def test_a_contents_list_and_its_section_heads_are_no_chain_of_page_numbers():
    texts = _act(["1   Short title", "", "2   Definitions", "", "3   Licences"])
    assert running_lines(texts) == set()
    # page numbers each printed once still chain
    page = ["Widgets Guide   1"] + [PROSE] * 30 + ["Widgets Guide   2"] + [PROSE2] * 30 + ["Widgets Guide   3"]
    assert running_lines(page) == {0, 31, 62}


def test_glued_category_labels_at_the_top_go():
    lines = ["EventsUpdates", "", "HARBOUR FEES BILL 2031", "", PROSE]
    kept, removed, _ = run_rule("site-bars", lines)
    assert [n for n, _ in removed] == [1]
    # one label alone, or a headline that only starts with one, stays
    for first in ("News", "News from the Harbour"):
        assert run_rule("site-bars", [first, "", PROSE])[1] == []


def test_a_project_credit_at_the_top_goes():
    for credit in ("A Harbour.Example project", "An Open Laws Trust initiative", "A service of the Example Law Institute"):
        kept, removed, _ = run_rule("site-bars", [credit, "1 May 1971", "", "Harbour Fees Regulations", "", PROSE])
        assert [n for n, _ in removed] == [1], credit
    # a title in title case that names a project stays
    for title in ("A Pilot Project", "A Harbour Project", "The Harbour project"):
        assert run_rule("site-bars", [title, "", PROSE])[1] == []


def test_a_download_link_with_the_kind_before_the_size_goes():
    kept, removed, _ = run_rule("cms-chrome", ["Harbour Fees Regulations", "", "Download PDF (12.5 KB)", "", PROSE])
    assert [t for _, t in removed] == ["Download PDF (12.5 KB)"]
    assert run_rule("cms-chrome", ["Harbour Fees Regulations", "", "Download PDF", "", PROSE])[1] == []


def test_a_code_chapters_section_list_under_its_chapter_line_goes():
    entries = ["§ 4-1. Purpose.", "§ 4-2. Fees.", "§ 4-3. Licences required.", "§ 4-3.1. Temporary licences.",
               "§ 4-4. Inspections.", "§ 4-5. Appeals."]
    kept, removed, _ = run_rule("code-section-list", ["Chapter 4. Licences", "", *entries, "", PROSE])
    assert [t for _, t in removed] == entries
    # under another chapter's line, under no chapter line, too few, or with text between: stays
    for lines in (["Chapter 5. Licences", "", *entries, "", PROSE], [PROSE, "", *entries, "", PROSE2],
                  ["Chapter 4. Licences", "", *entries[:4], "", PROSE],
                  ["Chapter 4. Licences", "", entries[0], PROSE, *entries[1:], "", PROSE2]):
        assert run_rule("code-section-list", lines)[1] == []


def test_an_archived_pages_print_and_format_links_are_strong_links():
    from pipeline.clean.vocab_en import STRONG_LINKS
    for phrase in ("printable version", "alternate format(s)", "previous table of contents next"):
        assert phrase in STRONG_LINKS
    assert "version history" not in STRONG_LINKS
