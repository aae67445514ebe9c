"""Structure rules the round10-en round (issue #11, check set 7's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."


def test_a_record_header_with_a_date_printed_again_in_capitals_below_is_the_title():
    doc = doc_of("\n".join(["Harbour Review Panel: summary of findings – May 2024", "", "TOWN OF EASTPORT", "",
                            "HARBOUR REVIEW PANEL: SUMMARY OF FINDINGS – MAY 2024", "",
                            "Presented to the Council on 3rd June 2024", "", EN, "", EN]))
    assert doc.title.casefold() == "harbour review panel: summary of findings – may 2024"


def test_a_record_header_with_a_date_not_printed_again_is_still_a_lead_line():
    doc = doc_of("\n".join(["Harbour Review Panel debate – Thursday, 3 May 2024", "", "Findings on the eastern quay", "",
                            EN, "", EN]))
    assert doc.title == "Findings on the eastern quay"


def test_a_pagers_link_is_never_the_name_a_markdown_page_falls_back_on():
    from pipeline.model import Removal
    from pipeline.structure.front import markup_name
    removed = [Removal(1, "[Previous](p2)  [Next](p4)", "cms-chrome")]
    lines = ["### On the previous owners", "", "The next owner kept the previous deeds."]
    assert markup_name(removed, lines, [3, 4, 5]) == ("", 0)


PROSE = ("The panel met twice in the spring and heard from the harbour master, the pilots and the owners "
         "of the smaller boats before it wrote this report.")


def _heads(doc, level=1, out=None):
    out = [] if out is None else out
    for s in doc.sections if hasattr(doc, "sections") else doc:
        out.append((level, s.title))
        _heads(s.sections, level + 1, out)
    return out


def test_a_part_named_in_sentence_case_over_its_introduction_heads_it():
    doc = doc_of("\n".join(["Harbour Review Panel report", "", PROSE, "", "Findings of the harbour review panel", "",
                            "Introduction", "", PROSE, "", "Background", "", PROSE]))
    assert (1, "Findings of the harbour review panel") in _heads(doc)
    assert (2, "Introduction") in _heads(doc)


def test_a_sentence_over_another_short_line_is_no_part():
    doc = doc_of("\n".join(["Harbour Review Panel report", "", PROSE, "", "The panel thanks the pilots.", "",
                            "Introduction", "", PROSE]))
    assert all(t != "The panel thanks the pilots." for _, t in _heads(doc))


def test_a_covers_imprint_over_the_papers_number_is_no_heading():
    doc = doc_of("\n".join(["HARBOUR REVIEW PANEL REPORT", "", "Presented to the Council on 3rd June 2024 by the Panel", "",
                            "PRINTED BY THE CLERK", "", "2024  P.17", "", "Findings of the harbour review panel", "",
                            "Introduction", "", PROSE]))
    assert all(t != "PRINTED BY THE CLERK" for _, t in _heads(doc))


def test_an_acts_name_wrapped_before_its_place_and_year_is_one_title():
    doc = doc_of("\n\n".join(["Harbour Dues", "(Eastshire) Law 1961", "A LAW to regulate the dues paid in harbours",
                              "Commencement", "1 Short title", EN, "2 Dues", EN]))
    assert doc.title == "Harbour Dues (Eastshire) Law 1961"


def test_a_whole_acts_name_over_another_acts_line_stays_alone():
    doc = doc_of("\n".join(["Harbour Dues (Eastshire) Law 1961", "", "Amendment Act 1970", "", EN, "", EN]))
    assert doc.title == "Harbour Dues (Eastshire) Law 1961"


def test_a_run_of_fields_with_a_spaced_colon_is_no_heading():
    doc = doc_of("\n\n".join(["Eastport Borough Council (21 004 118)", "Category : Planning > Enforcement",
                              "Decision : Not upheld", "Decision date : 3 May 2022", "The complaint", EN, EN]))
    assert [t for _, t in _heads(doc)] == ["The complaint"]


def test_one_spaced_colon_line_alone_is_left_to_the_other_rules():
    from pipeline.structure.headings import _spaced_field_run
    from pipeline.structure.blocks import Block
    assert _spaced_field_run([Block("Decision : Upheld", 1), Block(EN, 3)]) == set()
