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
