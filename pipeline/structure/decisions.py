"""The structure stage's decisions (title, each heading and its level) with their confidence,
and the user's heading corrections (the sidecar's `headings:` map).

    levels = correct_levels(blocks, levels, corrections)          # after the heading finder/levels
    decisions = structure_decisions(blocks, headings, levels, shift, corrections)
    decisions.insert(0, title_decision(blocks, title, head, source_stem))

Both sit at the seam after find_headings/infer_levels and read only what those return
(a heading's shape, numbering style, strong/weak, and its level), so the rules can change
without this module knowing them.
"""
from __future__ import annotations

import bisect
from collections import Counter

from ..confidence import DEFAULT_SHAPE, heading_confidence, title_confidence, under_parent
from ..errors import InputError
from ..model import Corrections, Decision, LineRef
from . import signals as sg
from .blocks import Block
from .front import title_case
from .headings import Heading

CORRECTION = "correction"


def _matches(blocks: list[Block], corrections: Corrections) -> list[tuple[LineRef, int, list[int]]]:
    """(ref, level, block indices it names) for each `headings:` entry; a number names the block
    holding that line, a text the blocks with that text. Indexed once: a long map stays linear."""
    by_text: dict[str, list[int]] = {}
    by_line: dict[int, int] = {}
    for i, block in enumerate(blocks):
        by_text.setdefault(block.text.strip(), []).append(i)
        by_line[block.line] = i
    starts = sorted(by_line)

    def named(ref: LineRef) -> list[int]:
        if ref.number:
            at = bisect.bisect_right(starts, ref.number) - 1
            i = by_line[starts[at]] if at >= 0 else -1
            return [i] if i >= 0 and ref.number < blocks[i].line + blocks[i].lines else []
        return sorted({i for text in ref.texts() for i in by_text.get(text, ())})

    return [(ref, level, named(ref)) for ref, level in corrections.headings]


def correct_levels(blocks: list[Block], levels: dict[int, int], corrections: Corrections | None) -> dict[int, int]:
    """levels (block index -> level) with the user's `headings:` map applied; level 0 = not a heading.

    Raises InputError naming an entry that matches no block of the text after the title block.
    """
    if not corrections or not corrections.headings:
        return levels
    levels = dict(levels)
    for ref, level, found in _matches(blocks, corrections):
        if not found:
            raise InputError(f"{corrections.source or 'corrections'}: headings: {ref} matches no line "
                             "of the text (after the title block)")
        for i in found:
            if level:
                levels[i] = level
            else:
                levels.pop(i, None)
    return levels


def _corrected(blocks: list[Block], corrections: Corrections | None) -> set[int]:
    if not corrections or not corrections.headings:
        return set()
    return {i for _, _, found in _matches(blocks, corrections) for i in found}


def title_decision(blocks: list[Block], title: str, head, source_stem: str, how: str = "") -> Decision:
    """Which line the title came from (the title block, the first line, a later line, the file name).
    `how` names the source when the caller found the title elsewhere than on a title line."""
    line = next((b.line for b in blocks if title in (b.text, title_case(b.text)) or title.casefold() == b.text.casefold()), 0) \
        or next((b.line for b in head.title_blocks if sg.unmarked(b.text) == title), 0)   # '# Title', '=' underlined
    if how and not head.title:
        line = line or (blocks[0].line if blocks else 0)
    elif head.skipped and head.title and head.title_blocks and line == head.title_blocks[0].line:
        how = "title block" if head.subtitle or head.authors or head.date else "first line"
    elif line and not head.title:
        how = "first heading"
    elif line and blocks and line == blocks[0].line:
        corroborated = bool(head.subtitle or head.authors or head.date)
        how = "title block" if corroborated else "first line"
    elif line:
        how = "inferred"
    elif not head.title and title != source_stem and any(title in b.text for b in blocks):
        line = next(b.line for b in blocks if title in b.text)
        how = "named by the text"   # the act's name in its enacting words, found by front.title_from_text
    else:
        how = "file name" if title == source_stem else "inferred"
    value, reason = title_confidence(how, title)
    if getattr(head, "ranked", ()) and head.title == title:   # the title ranker moved the title (title_model.py)
        reason, value = f"{reason}; {head.ranked[0]}", head.ranked[1]
    if head.skipped:   # the opening date, dateline or speaker line was passed over
        reason += f"; line {blocks[0].line} is {head.skipped}, never a title" if blocks else ""
    return Decision(line, title, "title", "title", reason, value)


def _key(text: str) -> str:
    """'序　言' and '序　　言' are the same heading text."""
    return "".join(text.split())


def _numbered_below(order: list[int], levels: dict[int, int], found: dict[int, Heading]) -> set[int]:
    """Headings with a numbered heading nested under them."""
    out: set[int] = set()
    stack: list[int] = []
    for i in order:
        while stack and levels.get(stack[-1], 0) >= levels.get(i, 0):
            stack.pop()
        h = found.get(i)
        if h is not None and h.style and sg.RANK.get(h.style) is not None:
            out.update(stack)
        stack.append(i)
    return out


def structure_decisions(blocks: list[Block], headings: list[Heading], levels: dict[int, int], shift: int,
                        corrections: Corrections | None = None) -> list[Decision]:
    """One decision per heading (found or corrected) and per heading the user switched off.

    `blocks` are the blocks `levels` indexes; `headings` index them from `shift` on."""
    found = {h.index + shift: h for h in headings}
    shapes = Counter(h.shape for h in headings)
    corrected = _corrected(blocks, corrections)
    order = sorted(i for i in levels if levels[i])
    above = _numbered_below(order, levels, found)
    last_at = {_key(blocks[i].text): i for i in order}       # the last heading with each text
    out = []
    stack: list[tuple[int, Decision]] = []      # open headings: (level, decision)
    for i in sorted(set(found) | set(levels) | corrected):
        block = blocks[i]
        level = levels.get(i, 0)
        decision = f"level {level}" if level else "not a heading"
        h = found.get(i)
        if i in corrected:
            value, reason = 1.0, CORRECTION
        elif h is None:  # a level without a heading: another rule placed it
            value, reason = DEFAULT_SHAPE, "heading"
        else:
            ranked = bool(h.style) and sg.RANK.get(h.style) is not None
            value, reason = heading_confidence(h.style, h.shape, h.strong, level, siblings=shapes[h.shape],
                                               ranked=ranked, above_numbered=i in above,
                                               repeated_empty=last_at.get(_key(block.text), i) > i and i + 1 in levels)
        if level:
            while stack and stack[-1][0] >= level:
                stack.pop()
            if stack and i not in corrected:
                value, reason = under_parent(value, reason, stack[-1][1].confidence, stack[-1][1].line)
        made = Decision(block.line, block.text, "heading", decision, reason, value)
        out.append(made)
        if level:
            stack.append((level, made))
    return out
