"""Structure rules the round11-en round (issue #11, check set 8's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.front import short_title

from .helpers import doc_of

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."


def test_a_city_codes_designation_clause_names_it():
    text = ("All ordinances of the town, as codified, shall be known and designated as the “Eastport Town Code”, "
            "for which designation “code” may be substituted.")
    assert short_title([text]) == "Eastport Town Code"
    assert short_title(["The rules shall be known as “Harbour Rules”."]) == "Harbour Rules"


def test_a_code_page_without_a_title_line_takes_the_name_its_designation_clause_gives():
    doc = doc_of("\n".join(["§ 4.01 NAME OF CODE.", "",
                            "   (A)   The ordinances of the town shall be known and designated as the “Eastport Town Code”.",
                            "", "§ 4.02 RULES OF CONSTRUCTION.", "", EN, "", "§ 4.03 EFFECT.", "", EN]))
    assert doc.title == "Eastport Town Code"


def test_a_thing_known_as_a_lower_case_nickname_is_no_name():
    assert short_title(["The square shall be known as “the old market” to residents."]) == ""


def test_a_running_heads_page_number_is_no_part_of_the_title():
    from pipeline.structure.front import running_head_name
    assert running_head_name("117, COLONIAL LAW REPORTS.") == "COLONIAL LAW REPORTS"
    assert running_head_name("PROVINCIAL GAZETTE, 43") == "PROVINCIAL GAZETTE"
    assert running_head_name("CHAPTER, 2") == ""
    assert running_head_name("Report on roads, 2024") == ""
    doc = doc_of("\n".join(["117, COLONIAL LAW REPORTS.", "", EN, "", EN]))
    assert doc.title == "Colonial Law Reports"


def test_a_gazettes_masthead_gives_way_to_the_law_it_prints():
    doc = doc_of("\n".join(["THE PROVINCIAL GAZETTE", "", EN, "", "Short title.12. This Ordinance may be cited as "
                            "“The Harbour Dues Ordinance, 1931” and shall come into force at once.", "", EN]))
    assert doc.title == "The Harbour Dues Ordinance, 1931"


def test_a_gazettes_masthead_without_a_short_title_clause_stays_the_title():
    doc = doc_of("\n".join(["THE PROVINCIAL GAZETTE", "", EN, "", EN]))
    assert doc.title == "The Provincial Gazette"


def test_an_annex_label_over_its_title_wrapped_on_two_lines_is_front_matter():
    doc = doc_of("\n".join(["Appendix 4", "(Para 3.1.2)", "", "", "Matters which a district's yearly return ",
                            "should set out", "", "1. Staff and offices", "", EN, "", "2. Accounts", "", EN]))
    assert doc.title == "Matters which a district's yearly return should set out"


def test_an_annex_label_alone_over_prose_stays_the_title():
    doc = doc_of("\n".join(["Appendix 4", "", EN, "", EN]))
    assert doc.title == "Appendix 4"


def test_a_city_codes_chapter_and_section_numbers_head_its_sections():
    doc = doc_of("\n".join(["Chapter 7. Street Trading", "", "Sec. 3-7.01 Licences Required.", "", EN, "",
                            "Sec. 3-7.02 Hours of Trading.", "", EN]))
    assert [s.title for s in doc.sections] == ["Sec. 3-7.01 Licences Required.", "Sec. 3-7.02 Hours of Trading."]


def test_a_section_range_in_a_sentence_heads_nothing():
    doc = doc_of("\n".join(["Street Trading Rules", "", EN, "", "Sec. 3-7 of the old code is repealed by this chapter.", "", EN]))
    assert not doc.sections


def test_a_seed_strings_indent_under_its_flush_first_line_is_the_codes():
    lines = ["117, COLONIAL LAW REPORTS.", "", "        " + EN, "        ", "        GENERAL NOTICE No. 40", "        ",
             "        " + EN, "        ", "        " + EN]
    doc = doc_of("\n".join(lines))
    assert [s.title for s in doc.sections] == ["GENERAL NOTICE No. 40"]


def test_a_text_indented_only_in_part_keeps_its_indent():
    from pipeline.structure.blocks import _dedented
    lines = ["Title", "    quoted line one", "plain line", "    quoted line two"]
    assert _dedented(lines) == lines
