"""The structure stage moves text, never drops it.

For each real input: every non-space character of the cleaned lines is found in the
title, subtitle, author lines (role + name), headings, leads and paragraph texts,
and the body keeps the source order. A repeat of the title in the title block ('政府工作报告'
after '2026年…政府工作报告') is kept as the title's abbreviation (`title_abbrev`); only a second
repeat may vanish.
English titles are title-cased, so characters are compared case-folded.
"""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.structure import structure_document
from structure.helpers import DOCUMENTS, all_paragraphs, cleaned_for


def chars(text: str) -> list[str]:
    return [ch for ch in text.casefold() if not ch.isspace()]


def body_pieces(doc):
    pieces = [p.lead + p.text for p in doc.front]

    def walk(sections):
        for section in sections:
            pieces.append(section.title)
            pieces.extend(p.lead + p.text for p in section.paragraphs)
            walk(section.sections)
    walk(doc.sections)
    return pieces


def is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_no_character_lost(name):
    cleaned = cleaned_for(name)
    doc = structure_document(cleaned)
    source = chars("".join(cleaned.lines))
    info = doc.title + doc.title_abbrev + doc.subtitle + "".join(a.role + a.name for a in doc.authors)
    body = chars("".join(body_pieces(doc)))
    got = Counter(chars(info)) + Counter(body)
    repeats = [line.strip() for line in cleaned.lines[:12]
               if line.strip() and line.strip() != doc.title and line.strip() in doc.title]
    assert Counter(source) - got == Counter(chars("".join(repeats))) - Counter(chars(doc.title_abbrev))
    # nothing added, but a repeat the clean stage took out (`repeated-title`) kept as title_abbrev
    assert got - Counter(source) in (Counter(), Counter(chars(doc.title_abbrev)))
    assert is_subsequence(body, source)


def test_paragraph_texts_are_not_empty():
    for name in DOCUMENTS:
        doc = structure_document(cleaned_for(name))
        assert all(p.text.strip() for p in all_paragraphs(doc)), name


def test_a_dateline_that_takes_the_next_lines_keeps_them_when_it_is_front_matter():
    """A dateline not closed by '上' takes the short lines under it; when a thematic subtitle came
    first the dateline is front matter, and the lines it took go there with it (they were lost:
    a property test's input, tests/reliability/test_properties.py)."""
    from pipeline.structure.blocks import Block
    from pipeline.structure.front import read_title_block

    blocks = [Block("某报告", 1), Block("新的征程", 2), Block("——2010年1月7日在某区第十五届", 3),
              Block("人民代表大会", 4), Block("各位代表：", 5), Block("现在我作报告。", 6)]
    head = read_title_block(blocks, "zh-CN")
    assert (head.title, head.subtitle) == ("某报告", "新的征程")
    assert [b.text for b in head.front] == ["——2010年1月7日在某区第十五届人民代表大会"]
    assert head.used == 4


def test_a_numbered_line_under_an_open_dateline_opens_the_first_section():
    from pipeline.structure.blocks import Block
    from pipeline.structure.front import read_title_block

    blocks = [Block("某报告", 1), Block("新的征程", 2), Block("——2010年1月7日在某区第十五届人民代表大会0", 3),
              Block("一、回顾", 4), Block("现在我作报告。", 5)]
    head = read_title_block(blocks, "zh-CN")
    assert [b.text for b in head.front] == ["——2010年1月7日在某区第十五届人民代表大会0"]
    assert head.used == 3                    # '一、回顾' is left to the body's headings


EN = "The minister made the order in the spring and it came into force some weeks later."


def test_a_title_in_capitals_keeps_its_capitals_in_the_xml():
    """Title-casing 'THE HARBOUR DUES ACT' changes letters of the source: the line as written
    stays as <titleabbrev> (no edition shows it), so the XML loses no letter of the text."""
    from .helpers import doc_of
    doc = doc_of("\n".join(["THE HARBOUR DUES ACT", "", EN, "", EN]))
    assert doc.title == "The Harbour Dues Act"
    assert doc.title_abbrev == "THE HARBOUR DUES ACT"
    doc = doc_of("\n".join(["The Harbour Dues Act", "", EN, "", EN]))
    assert (doc.title, doc.title_abbrev) == ("The Harbour Dues Act", "")   # nothing changed, nothing kept twice


def test_a_masthead_the_act_replaced_as_title_is_not_kept_as_its_written_form():
    """A gazette's masthead read as the title gives way to the act's short title: the masthead's
    capitals are not the act's name as written, so they are no <titleabbrev>."""
    from .helpers import doc_of
    clause = "This Ordinance may be cited as “The Harbour Dues Ordinance, 1931” and shall come into force at once."
    doc = doc_of("\n".join(["SPECIAL OFFICIAL GAZETTE", "", EN, "", clause, "", EN]))
    assert doc.title == "The Harbour Dues Ordinance, 1931"
    assert doc.title_abbrev == ""
