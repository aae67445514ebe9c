"""Issue #11, English reports, speeches and books extracted from PDF in forms no rule was written on
(branch r26pdfen): short prints whose pages say their own number ('Page 2', '- 2 -') but are too few
for a pace, a short last page, a cover whose title is the running head, a recto head repeating its
chapter's heading, numbered section heads a short page apart. Made-up texts; what must stay is
tested beside each."""
from __future__ import annotations

import textwrap

from pipeline.clean import clean_text
from pipeline.clean.rules_pages import running_lines

SENTENCES = [
    "The agency completed the second year of its programme with most targets met on time.",
    "Spending stayed within the budget approved by the board, and the reserve was rebuilt.",
    "Demand for inspection services rose by eleven per cent compared with the year before.",
    "Much of the increase came from small operators who registered for the first time.",
    "We reorganised the regional offices into four larger hubs across the whole country.",
    "The change reduced the number of premises we maintain and shortened long journeys.",
    "Complaints handled within the statutory deadline reached ninety-two per cent in all.",
    "Cases that took longer were mostly those involving several public bodies at once.",
    "The board met nine times during the year and its audit committee four times.",
    "Attendance records and the register of interests are published with this report.",
    "Our headcount at the end of the year was 1,240 full-time equivalents in all.",
    "Staff turnover fell to nine per cent, the lowest figure since records began.",
]


def body(n: int, start: int = 0) -> list[str]:
    """About n lines of hard-wrapped prose in paragraphs of five lines, a blank line between them."""
    out: list[str] = []
    k = start
    while len(out) < n:
        para = " ".join(f"In area {k + j} {SENTENCES[(k + j) % len(SENTENCES)][0].lower()}{SENTENCES[(k + j) % len(SENTENCES)][1:]}"
                        for j in range(4))
        out += textwrap.wrap(para, 76)[:5] + [""]
        k += 4
    return out[:n]


def kept(text: str) -> list[str]:
    return [line for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def removed(text: str) -> list[str]:
    return [r.text.strip() for r in clean_text(text, source_file="t.txt").removed if r.rule == "running-head" and r.text.strip()]


def test_page_labels_of_a_three_page_speech_go():
    lines = ["Speech to the Coastal Conference", ""] + body(18) + ["", "Page 1", ""] + body(20, 18) \
        + ["", "Page 2", ""] + body(5, 40) + ["", "Page 3"]
    assert removed("\n".join(lines)) == ["Page 1", "Page 2", "Page 3"]


def test_dashed_page_labels_centred_in_layout_mode_go():
    pad = " " * 34
    lines = ["Annual Report", ""] + body(18) + ["", pad + "- 1 -", ""] + body(20, 18) + ["", pad + "- 2 -", ""] \
        + body(20, 40) + ["", pad + "- 3 -"]
    assert removed("\n".join(lines)) == ["- 1 -", "- 2 -", "- 3 -"]


def test_a_page_label_out_of_sequence_leaves_them_all():
    lines = ["Annual Report", ""] + body(18) + ["", "Page 1", ""] + body(20, 18) + ["", "Page 4", ""] + body(20, 40)
    assert removed("\n".join(lines)) == []


def test_two_bare_page_numbers_go_when_the_last_ends_the_text():
    lines = ["Journey Reliability", ""] + body(30) + ["", "1", ""] + body(12, 30) + ["", "2"]
    assert removed("\n".join(lines)) == ["1", "2"]


def test_bare_chapter_numbers_that_do_not_end_the_text_stay():
    lines = ["A Book", "", "1", ""] + body(30) + ["", "2", ""] + body(30, 30)
    assert removed("\n".join(lines)) == []


def test_numbered_sections_one_a_page_do_not_outchain_the_feet():
    """Feet '1' … '4', the last page short; the section heads '2 Method', '3 Findings' one a page."""
    lines = ["Getting to Work", "", "1 Introduction", ""] + body(30) + ["", "1", "2 Method", ""] + body(30, 30) \
        + ["", "2", "3 Findings", ""] + body(30, 60) + ["", "3", "4 Conclusions", ""] + body(4, 90) + ["", "4"]
    texts = "\n".join(lines)
    assert removed(texts) == ["1", "2", "3", "4"]
    assert {"2 Method", "3 Findings", "4 Conclusions"} <= set(kept(texts))


def test_the_cover_keeps_the_title_that_the_running_heads_repeat():
    head = "Annual Report and Accounts 2023"
    lines = ["Office for Water Standards", "", head, "", "Presented to the Assembly", "", "Page 1 of 4",
             head, ""] + body(30) + ["", "Page 2 of 4", head, ""] + body(30, 30) + ["", "Page 3 of 4", head, ""] \
        + body(10, 60) + ["", "Page 4 of 4"]
    texts = "\n".join(lines)
    assert kept(texts)[:3] == ["Office for Water Standards", head, "Presented to the Assembly"]
    assert removed(texts).count(head) == 3


def test_a_full_first_page_with_the_head_on_it_loses_it():
    head = "Harbour Board Bulletin"
    lines = [head, ""] + body(30) + ["", "Page 1 of 3", head, ""] + body(30, 30) + ["", "Page 2 of 3", head, ""] \
        + body(10, 60) + ["", "Page 3 of 3"]
    assert head not in kept("\n".join(lines))


def test_a_recto_head_repeating_its_chapter_heading_goes_where_the_page_broke_a_sentence():
    lines = ["Walking in Small Towns", "", "2. Results", ""] + body(28) + ["Further work should look at journeys to", "",
             "Page 1 of 3", "", "2. Results", "", "school and to the doctor, which residents often mentioned."] \
        + body(30, 30) + ["", "Page 2 of 3", "", "Walking in Small Towns", ""] + body(10, 60) + ["", "Page 3 of 3"]
    out = kept("\n".join(lines))
    assert out.count("2. Results") == 1
    assert "Further work should look at journeys to school and to the doctor, which residents often mentioned." in \
        " ".join(out) or "school and to the doctor, which residents often mentioned." in out


def test_a_numbered_section_heading_repeated_in_its_section_after_a_foot_goes():
    lines = ["Getting to Work", "", "2 Method", ""] + body(30) + ["", "1", "2 Method", "", "2.2 Derived measures", ""] \
        + body(30, 30) + ["", "2", "3 Findings", ""] + body(30, 60) + ["", "3"]
    out = kept("\n".join(lines))
    assert out.count("2 Method") == 1 and "2.2 Derived measures" in out


def test_a_heading_after_a_foot_that_opens_a_new_section_stays():
    """The same words as an earlier heading, but the page ended a sentence and a numbered section
    has begun since: the text's own heading."""
    lines = ["A Guide", "", "Introduction", ""] + body(28) + ["", "1", "Introduction", ""] + body(30, 30) \
        + ["", "2"] + body(30, 60) + ["", "3"]
    assert kept("\n".join(lines)).count("Introduction") == 2


def test_section_heads_numbered_without_a_stop_a_short_page_apart_stay():
    texts = ["Journey Reliability", "", "Summary"] + body(10) + ["", "1 Background"] + body(12, 10) + ["", "2 Data"] \
        + body(15, 22) + ["", "3 Results"] + body(17, 37) + ["", "4 Discussion"] + body(10, 54)
    hits = running_lines(texts)
    assert not any(texts[i] in ("1 Background", "2 Data", "3 Results", "4 Discussion") for i in hits)


def test_numbered_heads_in_the_same_words_still_chain():
    texts = []
    for page in range(1, 5):
        texts += [f"{page} Harbour Board Annual Report", ""] + body(30, page * 30)
    hits = running_lines(texts)
    assert sum(1 for i in hits if texts[i].endswith("Harbour Board Annual Report")) == 4


def test_the_cover_title_that_the_running_heads_carry_beside_a_date_is_no_chrome():
    head = "Review of Rural Bus Services" + " " * 30 + "March 2024"
    lines = ["Review of Rural Bus Services", "", "Report of the Independent Panel", "", "March 2024", "", "1", head, ""] \
        + body(30) + ["", "2", head, ""] + body(30, 30) + ["", "3", head, ""] + body(10, 60) + ["", "4"]
    assert kept("\n".join(lines))[0] == "Review of Rural Bus Services"


def test_a_sentences_last_word_on_the_last_page_stays():
    lines = ["The Keeper's Niece", ""] + body(30) + ["and by the time the water sang she felt almost herself", "", "1", "",
                                                     "again.", "", "2"]
    assert "again." in kept("\n".join(lines))


WIKI = ["Tidal power", "From Wikipedia, the free encyclopedia", "Tidal power is a form of hydropower that con-",
        "verts the energy of tides into electricity.", "", "Generating methods[edit]",
        "Modern tidal power schemes fall into three main", "categories: tidal stream generators, which work",
        "like underwater wind turbines, and barrages.", "", "References[edit]", "1. ^ Smith, J. (2019). Energy from the Sea."]


def test_a_wrapped_prose_line_opening_with_a_chrome_word_stays_in_a_wiki_print():
    out = kept("\n".join(WIKI + ["", "Categories: Tidal power | Marine energy"]))
    assert "categories: tidal stream generators, which work" in out
    assert "Categories: Tidal power | Marine energy" not in out
