"""English and PDF-extracted structure: one synthetic case per phenomenon, then the English
development documents of the corpus against their gold headings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.decode import decode_bytes
from pipeline.model import Cleaned, Provenance
from pipeline.structure import structure_document
from pipeline.structure.unwrap import join_hyphenated, vocabulary
from structure.helpers import all_paragraphs, all_sections

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
PROSE = "This paragraph of body text is long enough to read as prose in every test here."
WIDE = "This line of extracted page text fills the whole width of the text block on the page " + "x" * 20


def doc_of(text: str):
    lines = tuple(text.split("\n"))
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance("t.txt")),
                              structure="rules")   # these test the rules; test_labeller.py the labeller


def outline(doc):
    return [(s.level, s.title) for s in all_sections(doc)]


def test_rfc_numbered_and_unnumbered_sections_left_of_an_indented_body():
    doc = doc_of("Network Working Group      J. Doe\nRequest for Comments: 9999      ACME\n\n"
                 "             A Title for the Specification\n\nAbstract\n\n   " + PROSE + "\n\n"
                 "1.  Introduction\n\n   " + PROSE + "\n\n1.1.  Terms\n\n   " + PROSE + "\n\n"
                 "   Part I: Not A Heading\n\n   " + PROSE + "\n\nAuthor's Address\n\n   " + PROSE)
    assert doc.title == "A Title for the Specification"
    assert outline(doc) == [(1, "Abstract"), (1, "1.  Introduction"), (2, "1.1.  Terms"), (1, "Author's Address")]


def test_legal_act_without_a_title_line_takes_its_name_from_the_text():
    doc = doc_of("We the People do ordain and establish this Constitution for the United States "
                 "of America.\n\nArticle. I.\n\nSection. 1.\n\n" + PROSE + "\n\nSection. 2.\n\n" + PROSE +
                 "\n\nArticle III.\n\nSection. 1.\n\n" + PROSE + "\n\n(1) A numbered clause is not a heading\n\n" + PROSE)
    assert doc.title == "Constitution for the United States of America"
    assert outline(doc) == [(1, "Article. I."), (2, "Section. 1."), (2, "Section. 2."),
                            (1, "Article III."), (2, "Section. 1.")]


def test_an_enacting_formula_on_short_lines_is_not_a_heading():
    doc = doc_of("A Declaration\n\nPreamble\n\n" + PROSE + "\n\nNow, therefore,\n\nThe General Assembly\n\n"
                 "proclaims this declaration as a common standard of achievement for all peoples.\n\nArticle 1\n\n" + PROSE)
    assert outline(doc) == [(1, "Preamble"), (1, "Article 1")]


def test_article_heading_without_a_blank_line_after_it():
    doc = doc_of("A Declaration\n\nArticle 1\n\n" + PROSE + "\n\nArticle 2\n" + PROSE)
    assert outline(doc) == [(1, "Article 1"), (1, "Article 2")]


def test_a_capitalised_word_opening_a_numbered_series_is_a_chapter_word():
    doc = doc_of("THE BOOK\n\nADVENTURE I. THE FIRST ONE\n\nI.\n\n" + PROSE + "\n\nII.\n\n" + PROSE +
                 "\n\nADVENTURE II. THE SECOND ONE\n\n" + PROSE)
    assert outline(doc) == [(1, "ADVENTURE I. THE FIRST ONE"), (2, "I."), (2, "II."),
                            (1, "ADVENTURE II. THE SECOND ONE")]


def test_dialogue_and_code_lines_are_not_headings():
    doc = doc_of("A Story\n\nChapter Words\n\n" + PROSE + "\n\n\"You know the song, perhaps?'\n\n" + PROSE +
                 "\n\nBASE64(\"f\") = \"Zg==\"\n\n" + PROSE + "\n\nThe command line for the tool is\n\n" + PROSE)
    assert outline(doc) == [(1, "Chapter Words")]


def test_pdf_page_text_is_split_into_paragraphs_and_headings():
    body = "\n".join([WIDE] * 6)
    text = "\n".join(["A Manual", "(Version 1 — May 2002)", "Jane Roe and John Doe", "Introduction",
                      body, "the last line of the paragraph.", "Strings and constants", body,
                      "short end.", "int x;", "}", "Control codes", body, "done."])
    doc = doc_of(text)
    assert doc.title == "A Manual" and doc.subtitle == "(Version 1 — May 2002)"
    assert [a.name for a in doc.authors] == ["Jane Roe", "John Doe"]
    assert outline(doc) == [(1, "Introduction"), (1, "Strings and constants"), (1, "Control codes")]
    paras = [p.text for p in all_paragraphs(doc)]
    assert paras[0].endswith("the last line of the paragraph.") and paras[0].count(WIDE[:30]) == 6
    assert "int x;" in paras and "}" in paras


def test_citation_marker_on_its_own_line_joins_the_text_before_it():
    body = "\n".join([WIDE] * 25)
    doc = doc_of("A Page\n" + body + "\nthe claim ends here\n[5]\n" + body + "\nend.")
    paras = [p.text for p in all_paragraphs(doc)]
    assert any(p.endswith("the claim ends here [5]") for p in paras) and "[5]" not in paras


def test_line_end_hyphenation_mended_but_compounds_kept():
    breaks = ["some acquain-", "tance with it", "an open-", "parenthesis", "the old-", "style way"]
    words = vocabulary(["an open-parenthesis here", "old and style are words", "nothing else"] + breaks)
    assert join_hyphenated("some acquain-", "tance with it", words) == "some acquaintance with it"
    assert join_hyphenated("an open-", "parenthesis", words) == "an open-parenthesis"
    assert join_hyphenated("the old-", "style way", words) == "the old-style way"
    assert join_hyphenated("code -", "x", words) is None


def test_wiki_dump_headings_lose_their_marks():
    doc = doc_of("****** Noise ******\n\n" + PROSE + "\n\n***** History[edit] *****\n\n" + PROSE +
                 "\n\n**** Early days[edit] ****\n\n" + PROSE + "\n\n***** See also[edit] *****\n\n" + PROSE)
    assert doc.title == "Noise"
    assert outline(doc) == [(1, "History"), (2, "Early days"), (1, "See also")]


GOLD_EXACT = {"d4_rfc4648_base_encodings_en": 30, "f1_cweb_manual_pdfbox_en": 17, "s10_alice_gutenberg_en": 12}


@pytest.mark.parametrize("stem", sorted(GOLD_EXACT))
def test_english_dev_documents_against_gold(stem):
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = CORPUS / "docs" / f"{stem}.txt"
    cleaned = clean_text(decode_bytes(path.read_bytes(), name=path.name).text, source_file=path.name)
    doc = structure_document(cleaned)
    squash = lambda s: "".join(s.split())
    assert squash(doc.title) in {squash(gold["title"]), *map(squash, gold.get("title_alternatives", []))}
    got = {(lvl, squash(t)) for lvl, t in outline(doc)}
    right = sum((h["level"], squash(h["text"])) in got for h in gold["headings"])
    assert right >= GOLD_EXACT[stem] and len(got) <= len(gold["headings"])


IMAGE = "![Hardware architecture](./images/hw-blocks.png)"


@pytest.mark.parametrize("mode", ["rules", "labeller"])
def test_a_markdown_image_line_after_a_heading_stands_apart(mode):
    text = ("# Design\n\n## Electronics\n\n" + IMAGE + " \n\nThe selected microphone requires 0.5mA in always-listening mode.\n"
            "Amplifier and other supporting circuitry is estimated to 0.10mA.\n\n## Power source\n\n" + PROSE)
    lines = tuple(text.split("\n"))
    doc = structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance("t.md")), structure=mode)
    assert [s.title for s in all_sections(doc)] == ["Electronics", "Power source"]
    texts = [p.text for p in all_paragraphs(doc)]
    assert IMAGE in texts and any(t.startswith("The selected microphone requires 0.5mA") for t in texts)


def test_a_markdown_document_whose_first_heading_is_level_two_keeps_image_and_text_apart():
    doc = doc_of("## Electronics\n\n" + IMAGE + "\n\n" + PROSE + "\n\n## Power source\n\n" + PROSE)
    assert [s.title for s in all_sections(doc)][-1] == "Power source"
    assert all(IMAGE not in s.title and PROSE not in s.title for s in all_sections(doc))
    assert IMAGE in [p.text for p in all_paragraphs(doc)]


def test_a_sentence_cut_before_an_exclamation_mark_still_joins():
    doc = doc_of("# Notes\n\n## Setup\n\nThis paragraph of body text is long enough to read as prose and it ends\n\n!\n\n" + PROSE)
    assert not any(p.text == "!" for p in all_paragraphs(doc))
