"""English heading rules of r23enhead (issue #11, heading text on documents nobody tuned on):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import all_sections, doc_of

PARA = ("The harbour board keeps the quays in good repair and publishes its charges every year, "
        "and any person may inspect them at the harbour office during working hours.")


def _titles(lines: list[str]) -> list[str]:
    return [s.title for s in all_sections(doc_of("\n".join(lines)))]


# --- siblings by shape ------------------------------------------------------------------------

def test_a_longer_sibling_with_an_odd_number_is_a_head_like_its_siblings():
    lines = ["Harbour Code", ""]
    for line in ("Sec. 4-1.01 Quays.", "Sec. 4-1.02 Moorings.", "Sec. 4-1.03 Charges.",
                 "Sec. 4-1.04 Duties of the Harbour Master When a Vessel Sinks."):
        lines += [line, "", PARA, ""]
    assert _titles(lines)[-1].startswith("Sec. 4-1.04")
    assert len(_titles(lines)) == 4


def test_a_sibling_closed_by_an_abbreviations_stop_or_glued_to_its_number():
    lines = ["Harbour Rules", "", "1.Quays and moorings", "", PARA, "", "2. Charges", "", PARA, "",
             "3. Notices of arrival, departure, etc.", "", PARA, "", "4. Penalties", "", PARA]
    titles = _titles(lines)
    assert any(t.startswith("1.") and "Quays" in t for t in titles)
    assert any(t.startswith("3. Notices") for t in titles)


def test_a_series_of_notices_with_one_taken_makes_the_others_heads():
    lines = ["Harbour Gazette", "", "HARBOUR NOTICE No. 7", "", PARA, "",
             "HARBOUR NOTICE No. 8.", "", PARA, "", "HARBOUR NOTICE No. 9.", "", PARA]
    titles = [" ".join(t.split()) for t in _titles(lines)]
    assert sum(t.startswith("HARBOUR NOTICE No.") for t in titles) == 3


def test_a_shape_seen_only_among_sentences_or_starting_again_is_no_sibling():
    # numbered sentences of a list: no heading of that shape, so no sibling
    lines = ["Harbour Rules", "", "1. The board may close a quay.", PARA, "2. The board shall publish its charges.", PARA]
    assert not any(t.startswith(("1.", "2.")) for t in _titles(lines))
    # '1.' again after '3.' heads nothing: a deeper list, not the series' next member
    lines = ["Harbour Rules", "", "1. Quays", "", PARA, "", "2. Moorings", "", PARA, "", "3. Charges", "", PARA, "",
             "1. Charges for Vessels Under Twenty Metres in Length at the Inner Quays, Moorings and Slipways", "", PARA]
    assert len(_titles(lines)) == 3


def test_a_year_or_an_empty_provision_is_no_sibling():
    from pipeline.structure.english import _sibling_key, _sibling_name
    lines = ["Harbour Rules", "", "1 Quays", "", PARA, "", "2 Moorings", "", PARA, "", "2024 CHAPTER 9", "", PARA, "",
             "3 Charges", "", PARA]
    assert "2024 CHAPTER 9" not in _titles(lines)
    assert _sibling_key("2024 CHAPTER 9") is None
    assert not _sibling_name(_sibling_key("4. Scope. [reserved]")[3])
    assert _sibling_name(_sibling_key("4. Notices of arrival, departure, etc.")[3])


# --- period-closed heads where the text's heads close with a period ---------------------------

def test_unnumbered_heads_closed_by_a_period_where_the_heads_are_so_closed():
    lines = ["Harbour Gazette", "", "NOTICE No. 7", "", "Moorings in the Inner Harbour.", "", PARA, "",
             "NOTICE No. 8.", "", "Appointments.", "", PARA, "", "NOTICE No. 9.", "", "Corrigendum.", "", PARA]
    titles = [" ".join(t.split()) for t in _titles(lines)]
    assert "Moorings in the Inner Harbour." in titles and "Appointments." in titles


def test_a_period_closed_line_stays_text_where_no_head_has_a_period():
    lines = ["Harbour Report", "", "Quays", "", PARA, "", "Thanks.", "", PARA]
    assert "Thanks." not in _titles(lines)


def test_a_label_over_the_notice_name_or_a_caps_name_under_its_chapter_is_no_extra_head():
    lines = ["Harbour Gazette", "", "NOTICE No. 7", "", "ORDER.", "", "Moorings in the Inner Harbour.", "", PARA, "",
             "NOTICE No. 8.", "", "ORDER.", "", "Quay Charges.", "", PARA, "", "NOTICE No. 9.", "", "Appointments.", "", PARA]
    assert "ORDER." not in _titles(lines)
    lines = ["A Book of Harbours", "", "BOOK I.", "", "CHAPTER I.", "", "OF THE BUILDING OF QUAYS.", "", PARA, "",
             "CHAPTER II.", "", "OF MOORINGS.", "", PARA]
    assert "OF MOORINGS." not in _titles(lines)


# --- a paragraph wholly in Markdown bold -------------------------------------------------------

def test_a_bold_paragraph_over_text_is_a_head_under_the_markdown_head_over_it():
    lines = ["# Harbour Rules", "", "### About these rules", "", PARA, "", "**Where they apply**", "", PARA, "",
             "**Changes made by the board since the rules were first published**", "", PARA]
    doc = doc_of("\n".join(lines))
    sections = all_sections(doc)
    about = next(s for s in sections if "About these rules" in s.title)
    assert [s.title.strip("*") for s in about.sections] == [
        "Where they apply", "Changes made by the board since the rules were first published"]


def test_a_bold_label_field_speaker_or_table_caption_stays_text():
    lines = ["# Harbour Rules", "", "**Compilation date:** 1 March 2024", "", "**Harbour Board | Jane Roe | Chair**", "",
             PARA, "", "**Charges**", "", "| **Vessel** | **Charge** |", "| --- | --- |", "| Small | 5 |", "",
             "**Moorings**", "", "**Quays**", "", PARA]
    titles = [t.strip("*") for t in _titles(lines)]
    assert "Charges" not in titles and "Moorings" not in titles
    assert not any("Jane Roe" in t or "Compilation date" in t for t in titles)


# --- a page that opens with its one numbered division -----------------------------------------

def test_a_page_opening_with_its_only_chapter_is_named_by_it():
    doc = doc_of("\n".join(["Chapter 4. Harbour Charges", "", PARA, "", "References", "", PARA]))
    assert doc.title == "Chapter 4. Harbour Charges"
    assert [s.title for s in all_sections(doc)] == ["References"]


def test_a_first_chapter_of_a_series_or_a_part_stays_a_heading():
    doc = doc_of("\n".join(["Chapter 1. Quays", "", PARA, "", "Chapter 2. Moorings", "", PARA]))
    assert [s.title for s in all_sections(doc)][:2] == ["Chapter 1. Quays", "Chapter 2. Moorings"]


def test_a_marked_lone_chapter_names_the_page_a_bare_label_does_not():
    doc = doc_of("\n".join(["### II. OF HARBOURS AND THEIR QUAYS", "", PARA, "", PARA]))
    assert doc.title == "II. OF HARBOURS AND THEIR QUAYS" and not all_sections(doc)
    doc = doc_of("\n".join(["Article 1", "", PARA, "", "References", "", PARA]))
    assert [s.title for s in all_sections(doc)][:1] == ["Article 1"]


# --- a line in capitals run on from the line over it -------------------------------------------

def test_the_last_line_of_a_wrapped_caps_title_is_no_heading():
    lines = ["Harbour Bylaw", "", "A BYLAW OF THE TOWN RESPECTING THE QUAYS FOR THE BENEFIT OF", "ALL HARBOUR USERS",
             "", PARA, "", "Quays", "", PARA]
    assert "ALL HARBOUR USERS" not in _titles(lines)
