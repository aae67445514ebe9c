"""English legal acts and books (issue #11): one made-up variant per rule, and beside it what the
rule must leave alone. The real documents are tests/corpus/extra/docs/xg1-xg3 (scored by floors)."""
from __future__ import annotations

from pipeline import log
from pipeline.structure.blocks import make_blocks
from structure.helpers import all_sections, doc_of, levels as outline, texts as paragraphs

# one paragraph written on one long line (> 120 characters), as unwrapped text has them
CLAUSE = ("The Assembly of the Union shall meet at least once in every Year, and such Meeting shall be "
          "held on the first Monday of the Month, unless a Law appoints a different Day.")
CLAUSE2 = ("Each Chamber shall keep a Journal of its Proceedings, and from time to time publish the same, "
           "excepting such Parts as may in its Judgment require Secrecy.")
PROSE = "This paragraph of body text is long enough to read as prose in every test here, and ends."
WRAPPED = ("It was the best of times, it was the worst of times, it was the age\n"
           "of wisdom, it was the age of foolishness. It was the epoch of belief,\n"
           "it was the epoch of incredulity, it was the season of Light.")





# ---- unwrapped text: a line that ends a sentence ends its paragraph ----------------------------

def test_unwrapped_text_has_one_paragraph_per_line_and_headings_between_them():
    doc = doc_of("ARTICLE I\n\nSECTION 1\n\n" + CLAUSE + "\n" + CLAUSE2 + "\nSECTION 2\n\n" + CLAUSE + "\n"
                 "ARTICLE II\n\n" + CLAUSE2)
    assert outline(doc) == [(1, "ARTICLE I"), (2, "SECTION 1"), (2, "SECTION 2"), (1, "ARTICLE II")]
    assert all_sections(doc)[1].paragraphs[0].text == CLAUSE
    assert [p.text for p in all_sections(doc)[1].paragraphs] == [CLAUSE, CLAUSE2]


def test_hard_wrapped_lines_ending_a_sentence_stay_in_their_paragraph():
    doc = doc_of("CHAPTER I. The Period\n\n" + WRAPPED + "\n\n" + WRAPPED)
    assert paragraphs(doc) == [WRAPPED.replace("\n", " ")] * 2


def test_unwrapped_line_without_an_end_mark_runs_on_into_the_next():
    lines = [CLAUSE[:-1] + ";--And", "To make all Laws which shall be necessary and proper.", CLAUSE2]
    blocks = make_blocks(lines, range(1, 4), "en")
    assert [b.lines for b in blocks] == [2, 1]


# ---- a legal act without a title line ---------------------------------------------------------

ACT = ("PREAMBLE\n\nWe the Members do ordain and establish this Charter for the Union of Testland.\n"
       "ARTICLE I\n\nSECTION 1\n\n" + CLAUSE + "\nSECTION 2\n\n" + CLAUSE2 + "\nARTICLE II\n\n" + CLAUSE)


def test_preamble_opening_the_text_is_its_first_heading_and_the_act_names_the_text():
    log.collected.clear()
    doc = doc_of(ACT)
    assert doc.title == "Charter for the Union of Testland"
    assert outline(doc)[:2] == [(1, "PREAMBLE"), (1, "ARTICLE I")]
    assert any("no title line" in w.message and "Charter" in w.message for w in log.collected)


def test_without_a_name_in_the_text_the_first_heading_titles_it():
    doc = doc_of(ACT.replace("this Charter for the Union of Testland", "these rules"))
    assert doc.title == "PREAMBLE"


def test_a_title_line_before_the_preamble_stays_the_title():
    doc = doc_of("THE CHARTER OF TESTLAND\n\n" + ACT)
    assert doc.title == "The Charter of Testland"
    assert outline(doc)[0] == (1, "PREAMBLE")


def test_inconsistent_punctuation_of_article_and_section_labels_keeps_their_levels():
    doc = doc_of("Article. I.\n\nSection 1.\n\n" + PROSE + "\n\nSection. 2.\n\n" + PROSE +
                 "\n\nArticle III.\n\nSection. 1.\n\n" + PROSE + "\n\nArticle. IV\n\n" + PROSE)
    assert outline(doc) == [(1, "Article. I."), (2, "Section 1."), (2, "Section. 2."),
                            (1, "Article III."), (2, "Section. 1."), (1, "Article. IV")]


# ---- labels inside an act's text --------------------------------------------------------------

SIGNED = "\n\nDelaware\n\nGeo: Read\nJohn Dickinson\n\nMaryland\n\nJames McHenry\nDaniel Carroll"


def test_state_names_over_signatories_in_an_act_are_not_headings():
    doc = doc_of("Preamble\n\n" + PROSE + "\n\nArticle 1\n\n" + PROSE + "\n\nArticle 2\n\n" + PROSE +
                 "\n\nArticle 3\n\n" + PROSE + SIGNED)
    assert outline(doc) == [(1, "Preamble"), (1, "Article 1"), (1, "Article 2"), (1, "Article 3")]
    assert "Delaware" in paragraphs(doc)


def test_short_unnumbered_headings_stay_in_a_text_that_is_not_an_act():
    doc = doc_of("Article 1\n\n" + PROSE + "\n\nBackground\n\n" + PROSE + "\n\nMethods Used\n\n" + PROSE)
    assert [t for _, t in outline(doc)] == ["Article 1", "Background", "Methods Used"]


def test_numbered_clauses_of_an_article_are_not_headings():
    doc = doc_of("Article 1\n\n(1) Everyone has the right to a nationality\n\n(2) No one shall be deprived\n\n"
                 + PROSE + "\n\nArticle 2\n\n" + PROSE + "\n\nArticle 3\n\n" + PROSE)
    assert outline(doc) == [(1, "Article 1"), (1, "Article 2"), (1, "Article 3")]


def test_article_heading_followed_by_its_wrapped_text_without_a_blank_line():
    doc = doc_of("Article 4\nNo one shall be held in slavery or servitude; slavery and the slave\n"
                 "trade shall be prohibited in all their forms.\n\nArticle 5\n" + PROSE)
    assert outline(doc) == [(1, "Article 4"), (1, "Article 5")]
    assert paragraphs(doc)[0].startswith("No one shall be held")


# ---- books: parts, chapters over their title line, bare numerals --------------------------------

def test_book_in_words_over_chapters_with_the_title_on_the_next_line():
    doc = doc_of("Book the First--Recalled to Life\n\n\nCHAPTER I.\nThe Period\n\n" + WRAPPED +
                 "\n\nCHAPTER II.\nThe Mail\n\n" + WRAPPED + "\n\nBook the Second--the Golden Thread\n\n"
                 "CHAPTER I.\nFive Years Later\n\n" + WRAPPED)
    assert outline(doc) == [(1, "Book the First--Recalled to Life"), (2, "CHAPTER I. The Period"),
                            (2, "CHAPTER II. The Mail"), (1, "Book the Second--the Golden Thread"),
                            (2, "CHAPTER I. Five Years Later")]


def test_a_chapter_label_over_a_sentence_is_not_joined_to_it():
    doc = doc_of("CHAPTER I.\nIt was the best of times.\n\n" + WRAPPED + "\n\nCHAPTER II.\n\n" + WRAPPED)
    assert [t for _, t in outline(doc)] == ["CHAPTER I.", "CHAPTER II."]
    assert "It was the best of times." in paragraphs(doc)


def test_book_the_first_in_running_prose_is_not_a_part():
    text = ("She said they would book the first train home, and went out.\n"
            "Book the first seats you find, he said, and then we shall see.\n")
    doc = doc_of("CHAPTER I. Away\n\n" + text + "\n" + WRAPPED)
    assert [t for _, t in outline(doc)] == ["CHAPTER I. Away"]


def test_bare_roman_numerals_under_a_numbered_story_title_are_its_sections():
    doc = doc_of("THE ADVENTURES OF A DETECTIVE\n\n\nADVENTURE I. A SCANDAL IN THE TOWN\n\nI.\n\n" + WRAPPED + "\n\nII.\n\n" + WRAPPED +
                 "\n\nADVENTURE II. THE LEAGUE OF RED HAIR\n\n" + WRAPPED)
    assert outline(doc) == [(1, "ADVENTURE I. A SCANDAL IN THE TOWN"), (2, "I."), (2, "II."),
                            (1, "ADVENTURE II. THE LEAGUE OF RED HAIR")]


def test_capitalised_subtitle_before_the_byline():
    doc = doc_of("A TALE OF TWO TOWNS\n\nA STORY OF A LONG JOURNEY\n\nBy Jane Roe\n\n\nCHAPTER I.\nThe Road\n\n"
                 + WRAPPED)
    assert (doc.title, doc.subtitle, [a.name for a in doc.authors]) == \
        ("A Tale of Two Towns", "A STORY OF A LONG JOURNEY", ["Jane Roe"])
    assert outline(doc) == [(1, "CHAPTER I. The Road")]


def test_capitalised_line_without_a_byline_after_it_is_no_subtitle():
    doc = doc_of("ALICE IN A SMALL TOWN\n\nLewis Carroll\n\nTHE FULCRUM EDITION 3.0\n\n\nCHAPTER I. Down\n\n"
                 + WRAPPED)
    assert doc.subtitle == ""
    assert [a.name for a in doc.authors] == ["Lewis Carroll"]


def test_the_title_decision_names_the_line_the_act_names_itself_in():
    doc = doc_of(ACT)
    title = next(d for d in doc.decisions if d.kind == "title")
    assert (title.line, title.reason) == (3, "named by the text")
