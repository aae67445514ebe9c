"""Which blocks are headings, and what "shape" each has.

A heading candidate is a short standalone line that names what follows:
numbered ('一、…', '（一）…', 'CHAPTER I. …', '# …'), or unnumbered without an end
mark ('2009年主要工作回顾'), or a one-sentence line ending in '。' that belongs to a
parallel run of such lines ('这是…的五年。' ×7). Weak candidates must be followed
by body text; strong ones (numbered, no end mark) need not.

The shape (numbering style, end mark, inner comma) groups siblings; the level
of each shape is inferred in levels.py.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from . import signals as sg
from .blocks import Block
from .english import english_kinds, outer_style, undecorated

MAX_HEADING = 60       # longer lines are body text
MAX_PLAIN = 40         # an unnumbered heading is shorter still
MAX_PARALLEL = 30      # a '这是…的五年。' heading
PARALLEL_RUN = 3       # that many same-opening lines make a parallel run


@dataclass(frozen=True)
class Heading:
    index: int          # position in the block list
    shape: str          # e.g. '（一）|', 'plain||,', 'chapter:CHAPTER|'
    style: str          # numbering style, '' if none
    strong: bool        # stands as a heading whatever follows
    appendix: bool = False


def _shape(text: str, style: str, english: bool) -> str:
    end = sg.terminal(text)
    if style == "chapter":
        style = "chapter:" + text.split()[0].upper()
    comma = "," if not style and sg.has_clause_mark(text) else ""
    return f"{style or ('caps' if english else 'plain')}|{end}{comma}"


def _chinese_kind(text: str, openings: Counter) -> tuple[str, bool] | None:
    """(style, strong) if this line can be a heading, else None."""
    style = sg.numbering(text)
    if len(sg.NUMBER_PREFIX.sub("", text)) > MAX_HEADING or not sg.has_word(text) or sg.SALUTATION.match(text):
        return None
    end = sg.terminal(text)
    if sg.APPENDIX.match(text):
        return "appendix", True
    if style and style != "一是" and end == "":
        return style, True
    if style and end in "。." and sg.sentence_count(text) == 1:
        return style, False
    if not style and end == "" and 2 <= len(text) <= MAX_PLAIN and not sg.DASH_ITEM.match(text):
        return "", False
    if (not style and end == "。" and len(text) <= MAX_PARALLEL and sg.sentence_count(text) == 1
            and not sg.has_clause_mark(text) and openings[text[:2]] >= PARALLEL_RUN):
        return "", False
    return None


def _openings(blocks: list[Block]) -> Counter:
    """How many short one-sentence '。' lines open with each two characters."""
    return Counter(b.text[:2] for b in blocks
                   if len(b.text) <= MAX_PARALLEL and sg.terminal(b.text) == "。" and not sg.numbering(b.text))


def merge_labels(blocks: list[Block], lang: str) -> list[Block]:
    """'附件1' + '2026年省十件民生实事' -> one heading '附件1　2026年省十件民生实事'."""
    out: list[Block] = []
    sep = " " if lang.startswith("en") else "\u3000"
    for block in blocks:
        prev = out[-1] if out else None
        if prev and sg.APPENDIX.fullmatch(prev.text) and prev.lines == 1 and len(block.text) <= MAX_PLAIN \
                and not sg.ends_sentence(block.text) and not sg.numbering(block.text):
            prev.text += sep + block.text
            prev.lines += block.lines
            continue
        out.append(block)
    return out


def find_headings(blocks: list[Block], lang: str) -> list[Heading]:
    """The blocks that are headings, in order, each with its shape."""
    english = lang.startswith("en")
    openings = Counter() if english else _openings(blocks)
    kinds = english_kinds(blocks) if english else [_chinese_kind(b.text, openings) for b in blocks]
    found: list[Heading] = []
    for i, kind in enumerate(kinds):
        if kind is None:
            continue
        style, strong = kind
        if not strong:
            after = kinds[i + 1] if i + 1 < len(kinds) else ("", False)
            # a weak heading needs body text after it; a Chinese part title may be followed
            # by a strong heading ('2009年工作回顾' + '一、…'), an English caps line may not
            # ('THE MILLENNIUM FULCRUM EDITION 3.0' + 'CHAPTER I.' is an edition statement)
            if after is not None and (english or not after[1]):
                continue
        appendix = style == "appendix"
        shape = "appendix|" if appendix else _shape(blocks[i].text, style, english)
        found.append(Heading(i, shape, "" if appendix else style, strong, appendix))
    if english:
        for h in found:
            blocks[h.index].text = undecorated(blocks[h.index].text)
    return _english_peers(found) if english else found


def _english_peers(found: list[Heading]) -> list[Heading]:
    """Unnumbered English headings rank with the outermost numbered ones (english.outer_style)."""
    outer = outer_style([h.style for h in found])
    if not outer:
        return found
    return [replace(h, style=outer) if not h.style and not h.appendix else h for h in found]
