"""English reports extracted from PDF (issue #11, second round): one made-up variant per rule, and
beside it what the rule must leave alone. The real document is
tests/corpus/extra/docs/xg4_nist_digital_identity_pdftotext_en.txt (scored by its floors)."""
from __future__ import annotations

from pipeline.structure.unwrap import join_hyphenated, page_width, vocabulary
from structure.helpers import all_paragraphs, doc_of, levels as outline

# a full-width line of hard-wrapped page text (no end mark: the paragraph runs on)
WIDE = "The text block of a printed page is about this wide and the extractor keeps each line as"




def page_text(*parts: str) -> str:
    """Blank-free page text: each part a heading or a short line ending a paragraph of wide lines."""
    body = "\n".join([WIDE] * 8)
    return "A Report Title\n" + "\n".join(x for part in parts for x in ((part,) if part[:1].isdigit() or part.startswith("Fig")
                                                    else (body, part)))


def test_a_bare_number_heads_its_decimal_subsections():
    doc = doc_of(page_text("4 Digital Identity Model", "the section opens.", "4.1 Overview", "it ends.",
                           "4.3.1 Authenticators", "the end."))
    assert outline(doc)[:3] == [(1, "4 Digital Identity Model"), (2, "4.1 Overview"), (3, "4.3.1 Authenticators")]


def test_a_line_opening_with_a_count_is_not_a_section_without_decimal_siblings():
    doc = doc_of(page_text("it ends.", "3 Million People Moved", "the end."))
    assert outline(doc) == []


def test_numbered_list_items_in_page_text_are_not_headings():
    doc = doc_of(page_text("4.1 Overview", "as follows:", "1. An applicant applies to a provider.",
                           "2. The provider proofs that applicant.", "the end."))
    assert outline(doc) == [(1, "4.1 Overview")]


BODY = "\n".join([WIDE] * 8)


def test_a_figure_caption_and_the_label_over_it_are_not_headings():
    doc = doc_of("\n".join(["A Report Title", "4.1 Overview", BODY, "shown in Figure 4-1.", "Digital Identity Model",
                            "Figure 4-1 Digital Identity Model", BODY, "the end."]))
    assert outline(doc) == [(1, "4.1 Overview")]
    assert "Figure 4-1 Digital Identity Model" in [p.text for p in all_paragraphs(doc)]


def test_a_short_heading_without_a_caption_under_it_stays_a_heading():
    doc = doc_of("\n".join(["A Report Title", "4.1 Overview", BODY, "it ends.", "Digital Identity Model",
                            BODY, "the end."]))
    assert outline(doc) == [(1, "4.1 Overview"), (1, "Digital Identity Model")]


def test_page_text_allows_a_blank_line_around_a_heading_now_and_then():
    lines = ([WIDE] * 20 + ["it ends.", "", "4.2 Enrollment"]) * 4
    assert page_width(lines) > 0
    paragraphs = ([WIDE] * 3 + ["it ends.", ""]) * 8    # blank lines between paragraphs: not page text
    assert page_width(paragraphs) == 0


def test_a_typesetters_hyphen_at_the_line_end_is_mended():
    words = vocabulary(["some ar\u2010", "chitectures here", "a self-asserted value", "self\u2010", "asserted"])
    assert join_hyphenated("some ar\u2010", "chitectures here", words) == "some architectures here"
    assert join_hyphenated("a self\u2010", "asserted", words) == "a self\u2010asserted"


def test_a_series_designation_over_the_title_is_front_matter():
    doc = doc_of("NIST Special Publication 800-63-3\n\nDigital Identity Guidelines\n\n"
                 "The body of the report begins here and runs on for a while, as a body does.")
    assert doc.title == "Digital Identity Guidelines"


def test_a_title_ending_in_a_year_is_still_the_title():
    doc = doc_of("Annual Report 2019\n\nThe Year in Review\n\n"
                 "The body of the report begins here and runs on for a while, as a body does.")
    assert doc.title == "Annual Report 2019"


# ---- a title page with 'by' on a line of its own ---------------------------------------------

PROSE = "This paragraph of body text is long enough to read as prose in every test here, and ends."


def test_by_alone_over_the_name_is_the_byline():
    doc = doc_of("THE TIME MACHINE\n\nAN INVENTION\n\nby\n\nH. G. Wells\n\n\nCHAPTER I.\n\n" + PROSE +
                 "\n\nCHAPTER II.\n\n" + PROSE)
    assert (doc.title, doc.subtitle, [a.name for a in doc.authors]) == ("The Time Machine", "AN INVENTION", ["H. G. Wells"])
    assert outline(doc) == [(1, "CHAPTER I."), (1, "CHAPTER II.")]
    assert not any(p.text in ("by", "H. G. Wells") for p in all_paragraphs(doc))


def test_by_alone_over_a_sentence_is_body_text():
    doc = doc_of("A Report\n\nby\n\nthe way, this line is body text that runs on for a while.\n\n" + PROSE)
    assert doc.authors == []


# ---- pdftotext -layout: a numbered title directly over its paragraph ---------------------------

LAYOUT_PARA = ("The text under a heading in layout mode follows it on the next line with no\n"
               "blank line between them, and wraps at the width of the printed text block.")


def test_a_numbered_title_over_its_paragraph_without_a_blank_line_stands_apart():
    doc = doc_of("Digital Guidelines\n\n4 Digital Identity Model\n" + LAYOUT_PARA + "\n\n4.1 Overview\n" + LAYOUT_PARA +
                 "\n\n4.2 Enrollment\n" + LAYOUT_PARA)
    assert outline(doc) == [(1, "4 Digital Identity Model"), (2, "4.1 Overview"), (2, "4.2 Enrollment")]


def test_a_paragraph_opening_with_a_decimal_number_runs_on():
    doc = doc_of("Digital Guidelines\n\n3.5 million households were counted in\nthe census of that year, " + LAYOUT_PARA +
                 "\n\n4.1 Overview\n\n" + LAYOUT_PARA)
    assert outline(doc) == [(1, "4.1 Overview")]
