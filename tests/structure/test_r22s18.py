"""Structure rules of round r22s18 (issue #11, check set 18 as a tuning set): made-up variants of
each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.blocks import make_blocks

from .helpers import all_sections, doc_of

SUB = ["(a) A harbour master who receives an application for a mooring shall decide it within six",
       "weeks of the day it was received and shall give the applicant the reasons for the decision.",
       "(b) The board may extend the period in subdivision (a) when the application is incomplete."]


def _blocks(lines):
    return make_blocks(lines, list(range(1, len(lines) + 1)), "en")


def test_decimal_code_section_heads_over_their_subdivisions_stand_apart():
    lines = ["52.100. Applications for Moorings by Residents", *SUB, "",
             "52.105. Fees Payable for Moorings and Harbour Services", *SUB, "",
             "52.110. Duties of the Harbour Master When a Vessel Is Abandoned. Removal of", "Abandoned Vessels", *SUB]
    texts = [b.text for b in _blocks(lines)]
    assert "52.100. Applications for Moorings by Residents" in texts
    assert "52.105. Fees Payable for Moorings and Harbour Services" in texts
    assert any(t.startswith("52.110.") and t.endswith("Abandoned Vessels") for t in texts)
    doc = doc_of("\n".join(["Harbour Code", "", *lines]))
    assert [s.title[:6] for s in all_sections(doc)] == ["52.100", "52.105", "52.110"]


def test_a_cross_reference_at_a_line_start_or_a_lone_decimal_head_is_no_head():
    from pipeline.structure.blocks import _decimal_code_heads
    lines = ["(a) The fees are those set under Section", "52.105. Fees Payable for Moorings", *SUB, "",
             "52.100. Applications for Moorings by Residents", *SUB, "", "52.110. the harbour master's duties", *SUB]
    # '52.105.' runs on from a sentence; '52.110.' is no name in title case: one head left, no series
    assert _decimal_code_heads(lines, list(range(1, len(lines) + 1))) == (set(), set())
    lines += ["", "52.115. Removal of Abandoned Vessels", *SUB]
    assert _decimal_code_heads(lines, list(range(1, len(lines) + 1)))[0] == {7, 17}


def test_parenthesised_article_captions_head_their_articles():
    lines = ["Harbour Act", "", "Chapter I General Provisions", "(Purpose)",
             "Article 1 The purpose of this Act is to keep the harbour safe for every vessel that uses it",
             "and for the people who work on its quays.", "(Definitions)",
             "Article 2 In this Act the following words have the meanings given to them below, unless",
             "the context requires otherwise.", "(Fees)", "Article 3 The board sets the fees every year."]
    doc = doc_of("\n".join(lines))
    titles = [s.title for s in all_sections(doc)]
    assert "(Purpose)" in titles and "(Definitions)" in titles and "(Fees)" in titles


def test_a_lone_aside_in_parentheses_over_an_article_stays_text():
    lines = ["Harbour Act", "", "(Unofficial consolidation)",
             "Article 1 The purpose of this Act is to keep the harbour safe for every vessel that uses it.",
             "Article 2 The board sets the fees every year and publishes them in the harbour office."]
    doc = doc_of("\n".join(lines))
    assert "(Unofficial consolidation)" not in [s.title for s in all_sections(doc)]


def test_an_instrument_label_over_the_long_title_is_no_heading():
    lines = ["Harbour Act, 1990", "Act 4 of 1990", "", "ACT", "",
             "To consolidate the law relating to the harbour, its moorings and its fees; and for connected",
             "purposes.", "", "Part I – Preliminary", "1. Short title", "This Act may be cited as the Harbour Act 1990.",
             "2. Fees", "The board sets the fees every year and publishes them in the harbour office."]
    titles = [s.title for s in all_sections(doc_of("\n".join(lines)))]
    assert "ACT" not in titles and "Part I – Preliminary" in titles


def test_a_caps_heading_act_over_a_sentence_of_text_stays():
    from pipeline.structure.english import PURPOSE_TITLE
    assert not PURPOSE_TITLE.match("Today the board met to discuss the harbour fees.")
    assert PURPOSE_TITLE.match("To amend the Harbour Act, 1990.")
