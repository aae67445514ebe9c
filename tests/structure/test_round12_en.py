"""Structure rules the round12-en round (issue #11, check set 9's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of

EN = "The minister made the order in the spring and it came into force some weeks later."


def test_a_long_instrument_name_ending_in_its_kind_and_year_is_the_title():
    name = ("S.R. No. 42/2021 - Harbours, Lighthouses, Pilotage And Coastal Moorings Act 2020 (Commencement) Order 2021")
    assert len(name) > 100
    doc = doc_of("\n".join([name, "", EN, "", EN]))
    assert doc.title == name


def test_a_long_line_not_ending_in_a_kind_and_year_is_still_no_title():
    line = ("Harbours, lighthouses and coastal moorings across the northern region were inspected by the board "
            "in the spring of 2020")
    doc = doc_of("\n".join([line, "", EN, "", EN]))
    assert doc.title != line


def test_a_site_name_printed_twice_on_one_line_is_not_the_title():
    from pipeline.structure.title_evidence import doubled_name
    site = "Coastal Towns Planning Forum (CTPF) Coastal Towns Planning Forum (CTPF)"
    assert doubled_name(site)
    doc = doc_of("\n".join([site, "", "2031 Harbour Plan", "", EN, "", EN]))
    assert doc.title == "2031 Harbour Plan"


def test_a_short_doubled_phrase_or_a_line_said_once_is_no_doubled_name():
    from pipeline.structure.title_evidence import doubled_name
    assert not doubled_name("Bye bye")
    assert not doubled_name("Coastal Towns Planning Forum (CTPF)")


def test_a_contents_list_flattened_by_semicolons_gives_its_root_as_the_title():
    from pipeline.structure.title_evidence import flattened_contents_head
    flat = ("Part 4; a. Harbour dues; i. Who pays; ii. When they fall due; iii. Rebates; b. Moorings; "
            "i. Swinging moorings; ii. Pontoon berths; c. Appeals")
    assert flattened_contents_head(flat) == "Part 4"
    doc = doc_of("\n".join([flat, "", "", "a. Harbour dues", "", EN, "", EN]))
    assert doc.title == "Part 4"


def test_a_sentence_with_semicolons_is_no_flattened_contents_list():
    from pipeline.structure.title_evidence import flattened_contents_head
    prose = ("The quay was rebuilt; the dues rose; the pilots left; the moorings silted; the board met; "
             "the minister came; nothing changed")
    assert flattened_contents_head(prose) == ""


def test_a_printed_headline_over_its_subtitle_glued_to_the_lines_below_is_one_title():
    from pipeline.model import Cleaned, Provenance, Removal
    from pipeline.structure import structure_document
    heads = [Removal(1 + 50 * k, "The Harbour Survey - Coast News", "running-head") for k in range(3)]
    body = ["Coast News", "Stories from the harbour towns", "", "The Harbour Survey:", "What It Found and Why",
            "Office of the Harbour Board", "Contents", "", EN, "", EN]
    doc = structure_document(Cleaned(tuple(body), tuple(range(2, len(body) + 2)), tuple(heads), (), Provenance("t.txt")))
    assert doc.title == "The Harbour Survey: What It Found and Why"
    text = " ".join(p.text for p in doc.front) + " ".join(p.text for s in doc.sections for p in s.paragraphs)
    assert "Office of the Harbour Board" in text or any("Office of the Harbour Board" in p.text for p in doc.front)


def test_a_printed_headline_over_a_sentence_is_not_joined_to_it():
    from pipeline.structure import _split_printed_subtitled
    from pipeline.structure.blocks import Block
    from pipeline.model import Cleaned, Provenance
    lines = ("The Harbour Survey:", "The board found the quay unsafe and closed it.", "Office of the Harbour Board")
    block = Block(text=" ".join(lines), line=1, lines=3)
    cleaned = Cleaned(lines, (1, 2, 3), (), (), Provenance("t.txt"))
    assert _split_printed_subtitled([block], "The Harbour Survey", cleaned) == [block]


def test_a_speechs_occasion_line_under_its_title_over_the_date_is_no_heading():
    from pipeline.structure import _occasion_under_title
    from pipeline.structure.blocks import Block
    from pipeline.structure.front import TitleBlock
    from pipeline.structure.headings import Heading
    title = Block(text="2031 Harbour Statement", line=3)
    body = [Block(text="Presented to the Harbour Board", line=4),
            Block(text="14 March 2031 by the Harbour Master", line=5, lines=2)]
    heads = [Heading(index=0, shape="caps|", style="", strong=False, appendix=False, depth=0, period=False)]
    assert _occasion_under_title(TitleBlock(title=title.text, title_blocks=[title], used=1), body, heads) == []


def test_a_heading_apart_from_the_title_by_a_blank_line_is_left_to_the_other_rules():
    from pipeline.structure import _occasion_under_title
    from pipeline.structure.blocks import Block
    from pipeline.structure.front import TitleBlock
    from pipeline.structure.headings import Heading
    title = Block(text="2031 Harbour Statement", line=1)
    body = [Block(text="Presented to the Harbour Board", line=3), Block(text="14 March 2031", line=4)]   # a blank line at 2
    heads = [Heading(index=0, shape="caps|", style="", strong=False, appendix=False, depth=0, period=False)]
    assert _occasion_under_title(TitleBlock(title=title.text, title_blocks=[title], used=1), body, heads) == heads
