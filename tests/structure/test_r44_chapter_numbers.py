"""(r44, issue 11) A novel's chapters headed by a number alone over the chapter's name. The texts are made up.

- `2.` alone, a blank line, then the name (`A Visit to the Mill`): the number and the name are one head
  (`blocks._glue`, `NAMED_NUMBER_WORDS`); a section's number alone over its TEXT still opens the text;
- the number spelled out (`ONE`, `Two`): a chapter's number like `1` (`blocks.NUMBER_WORDS`, `LONE_DIVISION_NUMBER`).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from common import outline

TITLE = "The Weaver's Daughter"
CHAPTERS = [("A Cold Spring", "The frost stayed late that year, and the looms in the long shed stood idle until the river thawed."),
            ("A Visit to the Mill", "Her father walked her down to the mill on a Sunday, when the wheel was still and the race ran quiet."),
            ("Letters from the City", "The letters came every second week, each folded small and smelling faintly of coal smoke and rain."),
            ("The Fair", "By the day of the fair the whole valley had turned out, and the green was loud with fiddles and dogs.")]


def _novel(number, blank_under_number=True):
    lines = [TITLE, "", "by Clara Hume", ""]
    for i, (name, text) in enumerate(CHAPTERS):
        lines += [number(i)] + ([""] if blank_under_number else []) + [name, "", text, "", text.replace("The ", "A ", 1), ""]
    return "\n".join(lines) + "\n"


def _heads(text):
    return [t for _, t in outline(structure_document(clean_text(text, source_file="novel.txt")).sections)]


def test_a_number_with_a_stop_over_its_name_after_a_blank_line():
    heads = _heads(_novel(lambda i: f"{i + 1}."))
    assert len(heads) == 4 and all(h.endswith(name) for h, (name, _) in zip(heads, CHAPTERS))


def test_numbers_spelled_out():
    for number in (lambda i: ["ONE", "TWO", "THREE", "FOUR"][i], lambda i: ["One", "Two", "Three", "Four"][i]):
        for blank in (True, False):
            heads = _heads(_novel(number, blank))
            assert len(heads) == 4 and all(h.endswith(name) for h, (name, _) in zip(heads, CHAPTERS)), (blank, heads)


def test_a_section_number_over_its_text_still_opens_it():
    text = "Harbour Rules\n\nShort title.\n\n1.\n\nThese rules may be cited as the Harbour Rules.\n\nMoorings.\n\n2.\n\n" \
           "No boat may moor in the basin without a permit from the harbour master.\n"
    doc = structure_document(clean_text(text, source_file="rules.txt"))
    paras = [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs]
    assert "1. These rules may be cited as the Harbour Rules." in paras, paras
    assert not any(t.startswith("1.") for t in _heads(text))
