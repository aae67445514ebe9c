"""Blocks + headings + levels -> front matter and nested sections, with ids.

Ids come from position only (docs/intermediate.md): sections s1, s1-2; paragraphs
p1-2-3 counted within their section; front matter p0-n.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..log import warn
from ..model import Paragraph, Section
from . import signals as sg
from .blocks import Block
from .headings import PARAGRAPH_NUMBER, address_paragraphs
from .leads import find_leads, is_term
from .levels import MAX_LEVEL


# a Markdown or bulleted list item: a numbered label ending in '：' over one ('1. 铅笔 (Pencil)：' over
# '* 默认实心线条…') names the list, it is no glossary term joined to its definition (newdocs round 2)
LIST_ITEM = re.compile(r"^ {0,8}(?:[-*+]\s+\S|[•●▪◦]\s*\S)")


def _pairs(run: list[Block], lang: str, glossary: bool = False, law: bool = False,
           report: bool = True, numbered: frozenset = frozenset(), cut: bool = False) -> list[tuple[str, str, bool]]:
    """(lead, text, list item) for a run of paragraph blocks; a glossary term becomes the lead of its
    definition.

    Inside a glossary appendix ('名词解释') the entries are neither run-in heads nor leads: each
    term and definition stays as written."""
    if glossary:
        return [("", block.text, block.item) for block in run]
    items: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(run):
        text = run[i].text
        if is_term(text) and i + 1 < len(run) and not is_term(run[i + 1].text) and not LIST_ITEM.match(run[i + 1].text) \
                and not run[i].item and not run[i + 1].item:
            items.append((text, run[i + 1].text, False))
            i += 2
            continue
        items.append(("", text, run[i].item))
        i += 1
    free = [n for n, (lead, _, _) in enumerate(items) if not lead]
    found = find_leads([items[n][1] for n in free], lang, law=law, report=report,
                       cut=cut and bool(free) and free[-1] == len(items) - 1) if free else []
    for n, lead in zip(free, found):
        # (r40enlegal) an Act's sections count up across its Parts as an address's paragraphs do; a drafter's
        # section heading run in before its dash ('1. Short title - (1) …') is the section's own head all the same
        if lead and not (numbered and PARAGRAPH_NUMBER.match(items[n][1]) and items[n][1] in numbered
                         and not sg.SUBSECTION_HEAD.match(items[n][1])):
            items[n] = (lead, items[n][1][len(lead):].lstrip(), items[n][2])
    return items


class _Builder:
    def __init__(self, lang: str, where, law: bool = False, report: bool = True, cut: bool = False):
        self.lang = lang
        self.law = law              # a law: only its article numbers run in
        self.report = report        # numbered like a report: unnumbered leads run in too (leads.find_leads)
        self.cut = cut              # (r40) a report of results: a lone lead may end a copy cut short
        self.where = where          # block -> "file:line" for warnings
        self.front: list[Paragraph] = []
        self.sections: list[Section] = []
        self.stack: list[tuple[Section, int]] = []   # open sections with their inferred level
        self.warned = False
        self.numbered: frozenset = frozenset()   # texts of an address's numbered paragraphs (headings.address_paragraphs)

    def flush(self, run: list[Block], last: bool = False) -> None:
        """`last`: the run ends the text (no heading after it; leads.find_leads `cut`)."""
        if not run:
            return
        target = self.stack[-1][0].paragraphs if self.stack else self.front
        prefix = "p" + self.stack[-1][0].id[1:] if self.stack else "p0"
        glossary = any(sg.is_glossary_title(section.title) for section, _ in self.stack)
        # an article set as a heading ('第二條 公佈'): its numbered paragraphs are the article's
        # clauses (款), read as a law's text, not run-in leads (round9zh)
        article = bool(self.stack) and sg.numbering(self.stack[-1][0].title) == "第条"
        prose: list[Block] = []
        for block in run + [None]:   # a verbatim block stays as written: no lead, no glossary term
            if block is not None and not block.verbatim:
                prose.append(block)
                continue
            cut = last and block is None and self.cut
            for lead, text, item in _pairs(prose, self.lang, glossary, self.law or article, self.report, self.numbered, cut) if prose else ():
                target.append(Paragraph(id=f"{prefix}-{len(target) + 1}", text=text, lead=lead, item=item))
            prose = []
            if block is not None:
                target.append(Paragraph(id=f"{prefix}-{len(target) + 1}", text=block.text,
                                        verbatim=block.verbatim, language=block.language))
        run.clear()

    def open(self, block: Block, level: int) -> None:
        if level > MAX_LEVEL:
            if not self.warned:
                warn(f"headings nest deeper than {MAX_LEVEL} levels; deeper ones are kept at level {MAX_LEVEL}",
                     self.where(block))
                self.warned = True
            level = MAX_LEVEL
        while self.stack and self.stack[-1][1] >= level:
            self.stack.pop()
        siblings = self.stack[-1][0].sections if self.stack else self.sections
        parent_id = self.stack[-1][0].id if self.stack else "s"
        sid = f"{parent_id}{'-' if self.stack else ''}{len(siblings) + 1}"
        section = Section(id=sid, title=block.text, level=len(self.stack) + 1)
        siblings.append(section)
        self.stack.append((section, level))


def number_ids(front: list[Paragraph], sections: list[Section]) -> tuple[list[Paragraph], list[Section]]:
    """Ids from position again, as build_tree gives them, after a later step moved paragraphs or took a
    section out (veto.py): sections s1, s1-2; paragraphs p1-2-3; front matter p0-n. Sections are renumbered
    in place."""
    def walk(siblings: list[Section], parent: str) -> None:
        for k, s in enumerate(siblings, 1):
            s.id = f"{parent}{'-' if parent != 's' else ''}{k}"
            s.paragraphs[:] = [replace(p, id=f"p{s.id[1:]}-{m}") for m, p in enumerate(s.paragraphs, 1)]
            walk(s.sections, s.id)
    walk(sections, "s")
    return [replace(p, id=f"p0-{k}") for k, p in enumerate(front, 1)], sections


def build_tree(blocks: list[Block], levels: dict[int, int], lang: str, where, law: bool = False,
               report: bool = True, cut: bool = False):
    """-> (front paragraphs, top-level sections). `levels` maps block index -> heading level;
    `cut`: the text may be a copy cut short, its last paragraph's lead standing alone (leads.find_leads)."""
    builder = _Builder(lang, where, law, report, cut)
    builder.numbered = frozenset(blocks[i].text for i in address_paragraphs(blocks, levels))
    run: list[Block] = []
    for i, block in enumerate(blocks):
        if i in levels:
            builder.flush(run)
            builder.open(block, levels[i])
        else:
            run.append(block)
    builder.flush(run, last=True)
    return builder.front, builder.sections
