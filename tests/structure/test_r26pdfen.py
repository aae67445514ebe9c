"""Issue #11, English reports and papers extracted from PDF in forms no rule was written on (branch
r26pdfen): justified prose kept in its layout, a cover page's issuer line, a series line under the
title, a number compound hyphenated at a line end, a running foot that names the report beside its
page number. Made-up texts; what must stay is tested beside each."""
from __future__ import annotations

import textwrap

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.unwrap import join_hyphenated, vocabulary
from pipeline.structure.verbatim import is_layout
from structure.helpers import all_sections

PROSE = [
    "Remote working has changed the shape of the week. Tuesday to Thursday are now the busiest days on most "
    "networks, while Monday and Friday loads are around a fifth lower than before.",
    "Interviews with operators suggest that driver shortages, rather than demand, have limited service levels "
    "in recent years. Several operators reduced evening frequencies to protect daytime timetables.",
    "Car use remains dominant for journeys to work, accounting for most trips. Bus use has declined in every "
    "city since the survey began, while cycling has grown strongly where protected lanes were built.",
    "The cost of travel is a barrier for part-time and low-paid workers. Weekly and monthly tickets favour "
    "those who travel every day, leaving people who work two or three days a week paying more per journey.",
    "Employers can influence travel choices. Sites with limited parking and a travel plan had a car share "
    "well below comparable sites without either, even after controlling for distance from the centre.",
    "We recommend that transport authorities introduce flexible season tickets, publish reliability data for "
    "each route and prioritise bus lanes on corridors where delays are worst at peak times.",
]


def doc(text: str):
    return structure_document(clean_text(text, source_file="t.txt"), structure="rules")


def outline(d) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in all_sections(d)]


def justified(text: str, width: int = 78) -> list[str]:
    """A paragraph as `pdftotext -layout` keeps a justified one: word spaces widened (spread over
    the line, a fixed pattern) so every line but the last ends at the right margin."""
    lines = textwrap.wrap(text, width)
    out = []
    for k, line in enumerate(lines[:-1]):
        words, gaps = line.split(" "), width - len(line)
        for g in range(gaps):
            words[(g * 3 + k) % (len(words) - 1)] += " "
        out.append("  " + " ".join(words))
    return out + ["  " + lines[-1]]


# a justified paragraph as layout mode keeps it: two widened gaps line up by chance (columns 44 and 61)
JUSTIFIED = [
    "  Remote working has changed the shape of  the week. Tuesday to Thursday are now",
    "  the busiest days on most networks, while Monday and Friday loads are around  a",
    "  fifth  lower  than  before.  Interviews  with  operators  suggest that  driver",
    "  shortages, rather than demand, have limited service levels in recent years.",
]


def test_justified_prose_in_its_layout_is_no_table():
    assert not is_layout([(line, n) for n, line in enumerate(JUSTIFIED, 1)])
    group = [(line, n) for n, line in enumerate(justified(PROSE[0] + " " + PROSE[1]) + justified(PROSE[5]), 1)]
    assert not is_layout(group)


def test_a_table_of_figures_stays_laid_out():
    rows = ["City          Wave 1     Wave 2     Change", "Ashford          612        540        -72",
            "Carlow           588        511        -77", "Dunmore          570        498        -72"]
    assert is_layout([(row, n) for n, row in enumerate(rows, 1)])


def test_a_justified_executive_summary_is_a_heading_over_paragraphs():
    lines = ["Travel to Work and the Busiest Days of the Week", "", "Executive Summary"] + JUSTIFIED \
        + ["", "Chapter 1: How people travel"] + justified(PROSE[2]) + justified(PROSE[3]) \
        + ["", "Chapter 2: Recommendations"] + justified(PROSE[5]) + justified(PROSE[4])
    d = doc("\n".join(lines))
    assert outline(d) == [(1, "Executive Summary"), (1, "Chapter 1: How people travel"), (1, "Chapter 2: Recommendations")]
    assert all("\n" not in p.text for s in d.sections for p in s.paragraphs)


def wrapped(k: int) -> list[str]:
    return textwrap.wrap(PROSE[k % len(PROSE)], 76) + [""]


def test_a_cover_pages_issuer_line_is_no_heading():
    lines = ["Warm Homes Strategy 2025", "", "Department for Energy and Homes", "", "1", "",
             "Chapter 1: The challenge", ""] + wrapped(0) + wrapped(1) + wrapped(2) + ["1.1 Homes that waste heat", ""] \
        + wrapped(3) + wrapped(4) + ["2", "", "Chapter 2: Our plan", ""] + wrapped(5) + wrapped(0) + wrapped(1) + wrapped(2) \
        + ["3", "", "Warm Homes Strategy 2025", ""] + wrapped(3) + wrapped(4) + wrapped(5) + wrapped(1) + ["4"]
    d = doc("\n".join(lines))
    assert d.title == "Warm Homes Strategy 2025"
    assert outline(d)[0] == (1, "Chapter 1: The challenge")
    assert "Department for Energy and Homes" not in [t for _, t in outline(d)]


def test_a_short_title_case_line_after_the_first_page_stays_a_heading():
    """No cover: the first page is full, so its short lines are the text's own."""
    lines = ["Warm Homes Strategy 2025", "", "Where we are now", ""] + wrapped(0) + wrapped(1) + wrapped(2) + wrapped(3) \
        + wrapped(4) + ["Page 1 of 3", "", "Our approach", ""] + wrapped(5) + wrapped(0) + wrapped(1) + wrapped(2) \
        + ["Page 2 of 3", "", "Delivery", ""] + wrapped(3) + ["Page 3 of 3"]
    assert [t for _, t in outline(doc("\n".join(lines)))] == ["Where we are now", "Our approach", "Delivery"]


def test_a_series_line_under_the_title_is_not_part_of_it():
    lines = ["Journey Reliability and Bus Use", "Working Paper 7", "", "Summary", ""] + wrapped(0) + wrapped(1) \
        + ["1 Background", ""] + wrapped(2) + wrapped(3) + ["2 Data", ""] + wrapped(4) + wrapped(5)
    assert doc("\n".join(lines)).title == "Journey Reliability and Bus Use"


def test_a_title_wrapped_over_two_lines_stays_whole():
    lines = ["Journey Reliability and Bus Use in", "Medium-Sized Cities", "", "Summary", ""] + wrapped(0) + wrapped(1) \
        + ["1 Background", ""] + wrapped(2) + wrapped(3)
    assert doc("\n".join(lines)).title == "Journey Reliability and Bus Use in Medium-Sized Cities"


def test_a_number_compound_keeps_its_hyphen_at_a_line_end():
    words = vocabulary(["a study of two- ", "year length with twenty- ", "five sites"])
    assert join_hyphenated("the findings of a two-", "year study", words) == "the findings of a two-year study"
    assert join_hyphenated("people aged under twenty-", "five", words) == "people aged under twenty-five"


def test_a_word_broken_after_a_number_word_is_mended():
    words = vocabulary(["ten- ", "sion seven- ", "teen"])
    assert join_hyphenated("the rising ten-", "sion between them", words) == "the rising tension between them"
    assert join_hyphenated("at the age of seven-", "teen", words) == "at the age of seventeen"


def test_the_running_foot_naming_the_report_beside_its_number_names_the_title():
    """'3 | Commuting After the Pandemic' on every page: the report's name, under a cover whose
    other line ('Final report') the text never explains."""
    lines = ["Commuting After the Pandemic", "", "Final report", "", "1 | Commuting After the Pandemic",
             "Executive Summary", ""] + wrapped(0) + wrapped(1) + wrapped(2) + wrapped(3) \
        + ["2 | Commuting After the Pandemic", "Chapter 1: Data and methods", ""] + wrapped(4) + wrapped(5) + wrapped(0) \
        + wrapped(1) + ["3 | Commuting After the Pandemic", "Chapter 2: Recommendations", ""] + wrapped(2) + wrapped(3) \
        + wrapped(4) + wrapped(5) + ["4 | Commuting After the Pandemic"]
    assert doc("\n".join(lines)).title == "Commuting After the Pandemic"


def test_a_foots_page_number_is_no_part_of_the_printed_title():
    from pipeline.model import Removal
    from pipeline.structure.outline import running_title
    removed = [Removal(line=n * 40, text=f"{n} | Commuting After the Pandemic", rule="running-head") for n in range(1, 5)]
    assert running_title(removed) == "Commuting After the Pandemic"
    removed = [Removal(line=n * 40, text=f"Annual Report 2023 | {n}", rule="running-head") for n in range(1, 5)]
    assert running_title(removed) == "Annual Report 2023"


def test_parts_numbered_without_a_stop_are_headings():
    lines = ["Lakeside Housing Trust Annual Report", "", "1 Introduction", ""] + wrapped(0) + wrapped(1) + ["2 Performance", ""] \
        + wrapped(3) + wrapped(2) + ["3 Finance", ""] + wrapped(5) + wrapped(0)
    assert outline(doc("\n".join(lines))) == [(1, "1 Introduction"), (1, "2 Performance"), (1, "3 Finance")]


def test_lines_opening_with_a_count_are_no_series():
    lines = ["Harbour Survey", ""] + wrapped(0) + ["3 Million People Use the Buses", ""] + wrapped(1) \
        + ["5 Towns Have No Service", ""] + wrapped(2)
    assert outline(doc("\n".join(lines))) == []


def test_a_heading_that_is_an_embedded_question_is_a_heading():
    lines = ["Lakeside Housing Trust Annual Report", "", "1. Who we are", ""] + wrapped(0) + wrapped(1) \
        + ["2. What we do", ""] + wrapped(3) + ["3. Where we are now", ""] + wrapped(5)
    assert [t for _, t in outline(doc("\n".join(lines)))] == ["1. Who we are", "2. What we do", "3. Where we are now"]


def test_a_speeches_delivery_note_is_not_its_title():
    lines = ["Check against delivery", "", "Remarks at the Opening of the Harbour Skills Centre", "",
             "Minister for Coastal Communities", "", "12 June 2024", "", "Good morning, everyone.", ""] \
        + wrapped(0) + wrapped(1) + wrapped(2)
    assert doc("\n".join(lines)).title == "Remarks at the Opening of the Harbour Skills Centre"


def test_a_styled_speaker_under_the_title_is_no_heading():
    from pipeline.structure.front import _english_author
    assert _english_author("The Rt Hon Jane Doe MP").name == "The Rt Hon Jane Doe MP"
    assert _english_author("Dr Anna Berg MSP") is not None
    assert _english_author("Lord of the Flies") is None and _english_author("Mr Speaker") is None
    lines = ["Building the Coast of the Future", "", "The Rt Hon Jane Doe MP", "", "Thank you, Chair.", ""] + wrapped(0) \
        + wrapped(1) + ["Jobs and skills", ""] + wrapped(2) + wrapped(3) + ["Investment", ""] + wrapped(4)
    assert [t for _, t in outline(doc("\n".join(lines)))] == ["Jobs and skills", "Investment"]


def test_a_wiki_head_with_its_edit_link_over_its_text_stands_alone():
    lines = ["Tidal power", "", "Tidal power is a form of hydropower that converts the energy of tides into",
             "electricity.", "", "History[edit]", "The earliest tide mills date from the Middle Ages, when millers",
             "on estuaries trapped water behind a dam at high tide.", "", "Cost[edit]",
             "Costs remain higher than for offshore wind, though the output is predictable."]
    # (r27encyc) the edit link after an undecorated wiki head is the site's: cut, the head stays
    assert [t for _, t in outline(doc("\n".join(lines)))] == ["History", "Cost"]


def test_a_paragraph_cut_by_a_page_with_its_footnote_between_is_joined():
    lines = ["The Keeper's Niece", "", "CHAPTER VI.", "", "It was the afternoon before Martha found herself alone again. The",
             "house had been full of neighbours all day, staying to hear the story told",
             "over and over, each time a little", "", "* The point is marked on the old charts as Gull Spit.", "",
             "larger. Her cousin slept upstairs with a bandaged hand.", "", "Her uncle sat by the fire with his pipe unlit."]
    texts = [p.text for s in doc("\n".join(lines)).sections for p in s.paragraphs]
    assert any(t.endswith("each time a little larger. Her cousin slept upstairs with a bandaged hand.") for t in texts)
    assert "* The point is marked on the old charts as Gull Spit." in texts


def test_a_subsection_number_under_a_heading_is_no_footnote():
    lines = ["Interpretation Law", "", "Interpretation of", "enactments", "", "(1) In", "", "this Law and in every other enactment the words",
             "have the meanings given."]
    texts = [p.text for p in doc("\n".join(lines)).front] + [p.text for s in doc("\n".join(lines)).sections for p in s.paragraphs]
    assert not any("enactments this Law" in t for t in texts)


def noblank(k: int) -> list[str]:
    """A paragraph hard-wrapped at 74 columns with no blank line after it."""
    return textwrap.wrap(PROSE[k % len(PROSE)], 74)


def test_paragraphs_without_blank_lines_between_headings_with_them_are_split():
    """Extracted PDF text: a blank line around each heading and page break, none between paragraphs
    (too many blank lines for the page-text rule): each short last line ends its paragraph."""
    lines = ["Travel to Work and the Busiest Days of the Week", "", "Summary", ""] + noblank(0) + noblank(1) + noblank(2) + ["", "Method", ""] \
        + noblank(3) + noblank(4) + ["", "Findings", ""] + noblank(5) + noblank(0)
    d = doc("\n".join(lines))
    assert [len(s.paragraphs) for s in d.sections] == [3, 2, 2]


def test_first_line_indents_split_paragraphs_whose_last_line_is_full():
    para = ["   The shape grew slowly larger. Someone beside her drew a sharp breath,",
            "and then another, and then a murmur ran along the shingle as the women",
            "began to make out a mast, and a patched sail, and a figure at the tiller.",
            "   It was the afternoon before Martha found herself alone again. The",
            "house had been full of neighbours all day, bringing broth and advice,",
            "and staying to hear the story told over and over, each time larger."]
    d = doc("\n".join(["The Keeper's Niece", "", "CHAPTER VI.", ""] + para))
    assert len([p for s in d.sections for p in s.paragraphs]) == 2


def test_a_hard_wrapped_paragraph_stays_whole():
    lines = ["Travel to Work and the Busiest Days of the Week", "", "Summary", ""] + noblank(0) + ["", "Method", ""] + noblank(3)
    assert [len(s.paragraphs) for s in doc("\n".join(lines)).sections] == [1, 1]


def test_verse_in_short_lines_stays_one_block():
    verse = ["The tide comes in along the shore,", "It fills the harbour to the door.", "The boats ride high, the gulls fly low,",
             "And back along the sand they go.", "The evening falls on every wall,", "The lamps are lit, and that is all."]
    d = doc("\n".join(["Harbour Songs", "", "Evening", ""] + verse + ["", "Morning", ""] + verse[::-1]))
    assert [len(s.paragraphs) for s in d.sections] == [1, 1]


def test_a_stanza_whose_lines_fill_a_measure_stays_one_block():
    stanza = ["'I have walked along the harbour wall, and that is far enough,'",
              "Said the keeper to his son; 'now leave the nets alone!",
              "Do you think the tide will wait while you stand dreaming there?",
              "Go fetch the lantern from the shed, or I will go alone!'"]
    from pipeline.structure.unwrap import page_text_group
    assert page_text_group([(line, n) for n, line in enumerate(stanza, 1)]) == 0
    prose = [(line, n) for n, line in enumerate(noblank(0) + noblank(1), 1)]
    assert page_text_group(prose) > 0
