"""r26enheads: unnumbered English headings and their levels on made-up pages (tests/fixtures/r26enheads,
issue #11) through the real clean -> structure chain; and each rule on made-up lines with what it must
leave alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.english import _dated

from .helpers import doc_of, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r26enheads"
EXPECT = json.loads((PAGES / "expect.json").read_text(encoding="utf-8"))


def _doc(name: str):
    return structure_document(clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), source_file=f"{name}.txt"))


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_a_pages_title_and_headings(name):
    want = EXPECT[name]
    doc = _doc(name)
    if not want.get("title_open"):
        assert doc.title == want["title"]
    assert levels(doc) == [tuple(h) for h in want["headings"]]


PARA = "This paragraph explains the point in a few plain sentences. It ends with a full stop."


def _heads(text: str) -> list[tuple[int, str]]:
    return levels(doc_of(text))


def test_a_part_in_capitals_over_its_first_sub_head_holds_it():
    text = "\n\n".join(["Yearly Report of the Ferry Company", "OUR YEAR", PARA, "SERVICES", "Timetables", PARA,
                        "Fares", PARA, "MONEY", "Income", PARA, "Costs", PARA])
    assert _heads(text) == [(1, "OUR YEAR"), (1, "SERVICES"), (2, "Timetables"), (2, "Fares"),
                            (1, "MONEY"), (2, "Income"), (2, "Costs")]


def test_capitals_over_a_lead_in_stay_no_part():
    # a cover's line in capitals over a lead-in closed by a colon: no part over a topic
    text = "\n\n".join(["Notice to Members", "NORTHLAND", "A Motion entitled", "A motion to change the rules of the club as follows:",
                        "Rule one", PARA, "Rule two", PARA])
    assert "NORTHLAND" not in [t for _, t in _heads(text)]


def test_question_heads_of_a_faq_and_one_question_among_plain_heads():
    faq = "\n\n".join(["Parking Permits: Questions and Answers", "Who can get a permit?", PARA, "How long does it last?", PARA,
                       "Can I park anywhere?", PARA])
    assert [t for _, t in _heads(faq)] == ["Who can get a permit?", "How long does it last?", "Can I park anywhere?"]
    mixed = "\n\n".join(["Parking Permits", "Who can get a permit?", PARA, "How to apply", PARA, "What it costs", PARA])
    assert _heads(mixed) == [(1, "Who can get a permit?"), (1, "How to apply"), (1, "What it costs")]


def test_a_speechs_rhetorical_questions_stay_text():
    text = "\n\n".join(["Words at the Harvest Supper", "Friends, thank you for coming tonight.", "What have we built together?",
                        PARA, "Why does it matter?", "Because the village needs it. " + PARA])
    assert _heads(text) == []


def test_a_series_of_colon_heads_and_a_lone_lead_in():
    series = "\n\n".join(["Swimming Lessons", "Who it is for:", PARA, "When:", PARA, "Costs:", PARA])
    assert [t for _, t in _heads(series)] == ["Who it is for:", "When:", "Costs:"]
    lone = "\n\n".join(["Swimming Lessons", PARA, "Note:", PARA, "Opening hours:", "Monday to Friday: 8am to 8pm"])
    assert _heads(lone) == []


def test_an_appendix_letter_and_a_head_over_a_table_caption():
    text = "\n\n".join(["Survey of Garden Birds", "Method", PARA, "Results", "Table 2. Birds counted in each garden",
                        "Garden   Count", "North    12", "Discussion", PARA, "Appendix A", PARA])
    assert [t for _, t in _heads(text)] == ["Method", "Results", "Discussion", "Appendix A"]


def test_a_figures_words_over_its_caption_stay_no_head():
    text = "\n\n".join(["Survey of Garden Birds", "Method", PARA, "Nest Box Layout", "Figure 3. The boxes on the north wall",
                        "Discussion", PARA])
    assert "Nest Box Layout" not in [t for _, t in _heads(text)]


@pytest.mark.parametrize("head", ["What the fund pays for", "Settling in", "Who to talk to"])
def test_a_stranded_preposition_or_a_particle_ends_a_head(head):
    text = "\n\n".join(["Starting at the Club", "Your first day", PARA, head, PARA, "Getting help", PARA])
    assert head in [t for _, t in _heads(text)]


def test_a_clause_cut_at_a_function_word_stays_text():
    text = "\n\n".join(["Starting at the Club", "Your first day", PARA, "The members who come in", PARA, "Getting help", PARA])
    assert "The members who come in" not in [t for _, t in _heads(text)]


def test_title_case_over_more_sentence_case_heads_and_one_word_heads_show_no_case():
    two = "\n\n".join(["Club News", PARA, "Our Summer Season", PARA, "Match results", PARA, "New kit", PARA,
                       "Club Finances", PARA, "Membership fees", PARA, "Committee Matters", PARA, "Next meeting date", PARA])
    assert [lvl for lvl, _ in _heads(two)] == [1, 2, 2, 1, 2, 1, 2]
    flat = "\n\n".join(["Bus Review", "Executive Summary", PARA, "Background", PARA, "Method", PARA, "Findings", PARA])
    assert [lvl for lvl, _ in _heads(flat)] == [1, 1, 1, 1]


def test_a_nearly_blank_free_copy_reads_one_paragraph_a_line():
    lines = ["Tree Planting Guide", ""]
    for head in ("Choosing a site", "Preparing the ground", "Planting the tree", "Aftercare"):
        lines += [head, "Dig a wide hole and loosen the soil at the bottom so the roots can spread easily.",
                  "Water well in the first summer, especially in dry weeks."]
    assert [t for _, t in _heads("\n".join(lines))] == ["Choosing a site", "Preparing the ground", "Planting the tree", "Aftercare"]


def test_a_short_sentence_case_head_among_peers_over_a_short_paragraph():
    text = "\n\n".join(["Fire Safety", "Raising the alarm", PARA, "If you find a fire at night", "Shut the door and leave the building at once.",
                        "Meeting point", PARA])
    assert "If you find a fire at night" in [t for _, t in _heads(text)]


@pytest.mark.parametrize("line,dated", [("Dated 1 March 2027", True), ("Date: 12 June 2027", True), ("Dated documents", False)])
def test_a_notices_date_line_is_a_date(line, dated):
    assert _dated(line) is dated
