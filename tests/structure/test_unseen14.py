"""Structure rules the unseen14 round (issue #11, xxl1-xxl8: English legislation, regulation and
translation pages, pages printed to PDF) prompted: made-up variants of each phenomenon, and what
each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def test_a_date_and_place_imprint_is_no_heading():
    for imprint in ("March 2011, Geneva", "October 1999, Port Louis", "Geneva, 4 March 2011"):
        text = "\n\n".join(["The Harbour Charter", "Issued by the Port Board of the Free Port", imprint,
                            "Preface", EN, EN])
        assert outline(doc_of(text)) == [(1, "Preface")], imprint


def test_a_heading_that_names_a_month_stays_a_heading():
    text = "\n\n".join(["The Harbour Year", EN, "March Tides", EN, "Autumn Storms", EN])
    assert outline(doc_of(text)) == [(1, "March Tides"), (1, "Autumn Storms")]


def test_a_section_number_alone_over_its_note_is_one_numbered_heading():
    text = "\n".join(["Harbour Dues Act", "", "Tab One", "PART I – GENERAL", "1.", "Short title", "", EN, "",
                      "2.", "Dues payable", "", EN, "", "PART II – APPEALS", "3.", "Appeals to the board", "(1)", "", EN])
    assert outline(doc_of(text)) == [(1, "PART I – GENERAL"), (2, "1. Short title"), (2, "2. Dues payable"),
                                     (1, "PART II – APPEALS"), (2, "3. Appeals to the board")]


def test_a_number_alone_over_a_sentence_stays_a_paragraph():
    text = "\n".join(["Harbour Notes", "", EN, "", "1.", "The board met in May.", "", EN])
    assert outline(doc_of(text)) == []


def test_the_note_under_a_one_section_title_is_its_subtitle():
    doc = doc_of("\n\n".join(["HARBOUR DUES ORDINANCE - SECT 4", "Dues payable by vessels", EN,
                              "PART II", EN]))
    assert doc.subtitle == "Dues payable by vessels"
    assert "Dues payable by vessels" not in [t for _, t in outline(doc)]
    # under a title that names no section, the same line stays a heading
    doc = doc_of("\n\n".join(["HARBOUR DUES ORDINANCE", EN, "Dues payable by vessels", EN]))
    assert "Dues payable by vessels" in [t for _, t in outline(doc)]


def test_an_article_number_glued_to_its_title_is_an_article_heading():
    text = "\n\n".join(["Harbour Convention", "THE PARTIES,", EN, "HAVE AGREED as follows:", "Article IDefinitions", EN,
                        "Article IIScope", EN])
    assert [t for _, t in outline(doc_of(text))] == ["Article IDefinitions", "Article IIScope"]
    # a word after 'Article' that only starts with a capital I stays body text
    assert [t for _, t in outline(doc_of("\n\n".join(["Harbour Notes", EN, "Article Illustrations are kept in the "
                                                      "archive of the board.", EN])))] == []


def test_a_page_of_one_regulation_section_is_titled_by_its_section_line():
    text = "\n\n".join(["Send us feedback about this page and its use " * 3, "§ 7.2 Harbour dues payable by vessels.",
                        "(a) Every vessel pays dues;", "(b) The board fixes them."])
    assert doc_of(text).title == "§ 7.2 Harbour dues payable by vessels"   # the code's closing stop goes (round14en)
