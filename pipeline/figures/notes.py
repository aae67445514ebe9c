"""Editors' notes that name a run of numbers: `十六万担[2]` … `[2] …这里所举的粮食数字，是…的总数`.

    records = named_by_notes(document, records)

A pass over the finished records of the whole document, since a note stands paragraphs after
the sentence it explains (split from extract.py, issue 14).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..model import Document, FigureRecord, Paragraph, Section

_SENTENCE_END = "。！？!?\n"

# An editor's note that says what a run of numbers is (`十六万担[2]` … `[2] …这里所举的粮食数字，是
# …农民各年所缴纳的公粮（即农业税）的总数`): the note's noun names every value of the sentence that
# shares the marked value's indicator (the body's `人民给了我们粮食吃` names no measure).
_NOTE_MARK = re.compile(r"[\[［](\d{1,3})[\]］]")
_NOTE_OPEN = re.compile(r"^\s*[\[［](\d{1,3})[\]］]")
_NOTE_NAMES = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})的(?P<noun>[\u4e00-\u9fff]{2,6}?)(?:（[^）]*）)?的?"
                         r"(?:总数|总额|数字|数目|数量)")


def _paragraphs(sections: list[Section]) -> Iterator[Paragraph]:
    for section in sections:
        yield from section.paragraphs
        yield from _paragraphs(section.sections)


def named_by_notes(document: Document, records: list[FigureRecord]) -> list[FigureRecord]:
    order = [*document.front, *_paragraphs(document.sections)]
    where = {p.id: i for i, p in enumerate(order)}
    out = list(records)
    for r in records:
        if r.paragraph not in where:
            continue
        text = order[where[r.paragraph]].lead if r.part == "lead" else order[where[r.paragraph]].text
        mark = _NOTE_MARK.match(text, r.end)
        if not mark:
            continue
        note = next((p.text for p in order[where[r.paragraph] + 1:]
                     if (m := _NOTE_OPEN.match(p.text)) and m[1] == mark[1]), "")
        names = list(_NOTE_NAMES.finditer(note))     # the last: what the numbers are, after 是
        if not names:
            continue
        named = names[-1]
        name = f"{named['verb']}的{named['noun']}"
        sentence = max(text.rfind(c, 0, r.start) for c in _SENTENCE_END) + 1
        for j, other in enumerate(records):
            if other.paragraph == r.paragraph and other.part == r.part and sentence <= other.start <= r.start \
                    and other.indicator == r.indicator:
                out[j] = replace(other, indicator=name)
    return out
