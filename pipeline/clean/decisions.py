"""The cleaner's decisions with their confidence, and the user's line corrections (drop/keep).

    page = correct_lines(page, original, corrections, normalise)   # after the rule fold
    decisions = removal_decisions(page)                             # one per non-blank removal

Both work at the seam after the fold of rules, from what the rules already record (each
Removal names its rule), so a rule added or rewritten later needs nothing here.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Callable

from ..confidence import removal_confidence
from ..errors import InputError
from ..model import Corrections, Decision, LineRef
from .page import Line, Page
from .zones import is_prose

CORRECTION = "correction"
_DIGITS = re.compile(r"\d+")


def _chrome_key(text: str) -> str:
    """'RFC 4648  Base-N Encodings  [Page 3]' and '… [Page 4]' are the same running line."""
    return _DIGITS.sub("#", " ".join(text.split()))


CONTENTS_ENTRY = re.compile(r"^(?:[*•+-]\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[▪▫◦■□▸►·]\s*)\s*(?P<text>\S.{0,39}?)"
                            r"\s*(?:<[^<>\s]*>\s*)*(?:(?:\.{2,}|…+)\s*\d{1,4})?$")
SHORT_LINE = 60   # characters: a heading a contents entry may name


def _listed_heading(text: str, suffixes: set[str]) -> bool:
    """A contents entry (' * ▪ 声明事项 <…#2_1>', '2.1 声明事项') naming a kept heading: removing
    the entry loses nothing, the heading stands in the text."""
    match = CONTENTS_ENTRY.match(text)
    return bool(match) and "".join(match["text"].split()) in suffixes


def removal_decisions(page: Page, confirmed: frozenset[int] = frozenset()) -> tuple[Decision, ...]:
    """One decision per removed line or label with text; `confirmed` lines were named by the user."""
    prose = [line.number for line in page.lines if is_prose(line.text)]
    first, last = (prose[0], prose[-1]) if prose else (0, 0)
    repeats = Counter(_chrome_key(r.text) for r in page.removed if r.text.strip())
    kept = {"".join(line.text.split()) for line in page.lines}
    entries = any(CONTENTS_ENTRY.match(r.text.strip()) for r in page.removed)
    suffixes = {k[i:] for k in kept if len(k) <= SHORT_LINE for i in range(len(k) - 1)} if entries else set()
    out = []
    for removal in page.removed:
        text = removal.text.strip()
        if not text:
            continue  # blank lines: nothing to decide
        if removal.rule == CORRECTION:
            value, reason = 1.0, CORRECTION
        elif removal.line in confirmed:
            value, reason = 1.0, f"{removal.rule} ({CORRECTION})"
        elif removal.confidence is not None:   # a learned rule's probability (learned-chrome)
            value, reason = round(removal.confidence, 2), f"{removal.rule} (P(chrome) {removal.confidence:.2f})"
        else:
            value, reason = removal_confidence(
                removal.rule, in_body=first < removal.line < last, prose=is_prose(text),
                repeated=repeats[_chrome_key(removal.text)] >= 3, copy_of_kept="".join(text.split()) in kept or _listed_heading(text, suffixes))
        out.append(Decision(removal.line, text, "boilerplate", "removed", reason, value))
    return tuple(sorted(out, key=lambda d: d.line))


def _matcher(original: tuple[Line, ...], normalise: Callable[[str], str]):
    """ref -> the line numbers it names (by number, or by text as in the source or as normalised)."""
    by_text: dict[str, list[int]] = {}
    for line in original:
        for form in {line.text.strip(), normalise(line.text).strip()}:
            if form:
                by_text.setdefault(form, []).append(line.number)
    last = original[-1].number if original else 0

    def numbers(ref: LineRef) -> list[int]:
        if ref.number:
            return [ref.number] if 1 <= ref.number <= last else []
        found: set[int] = set()
        for form in ref.texts():
            found.update(by_text.get(form, ()))
        return sorted(found)
    return numbers


def correct_lines(page: Page, original: tuple[Line, ...], corrections: Corrections,
                  normalise: Callable[[str], str]) -> tuple[Page, frozenset[int], tuple[Decision, ...]]:
    """Apply the sidecar's drop:/keep: to the folded page.

    keep: a removed line comes back whole (labels cut from it too), its removals are forgotten.
    drop: a kept line is removed under the rule name 'correction'; a line a rule already
    removed stays removed and its decision becomes certain.
    Returns the page, the line numbers confirmed as boilerplate, and the keep decisions.
    Raises InputError for a line that matches nothing, or one named in both lists.
    """
    numbers = _matcher(original, normalise)
    total = len(original)

    def resolve(refs: tuple[LineRef, ...], key: str) -> set[int]:
        out: set[int] = set()
        for ref in refs:
            found = numbers(ref)
            if not found:
                extra = f" (the text has {total} lines)" if ref.number else ""
                raise InputError(f"{corrections.source or 'corrections'}: {key}: {ref} matches no line{extra}")
            out.update(found)
        return out

    keep, drop = resolve(corrections.keep, "keep"), resolve(corrections.drop, "drop")
    both = keep & drop
    if both:
        raise InputError(f"{corrections.source or 'corrections'}: line {min(both)} is in both drop: and keep:")
    by_number = {line.number: line for line in original}
    decisions = []
    if keep:
        back = {r.line for r in page.removed if r.line in keep}
        kept = {line.number: line for line in page.lines if line.number not in back}
        kept.update({n: by_number[n] for n in back})
        page = replace(page, lines=tuple(kept[n] for n in sorted(kept)),
                       removed=tuple(r for r in page.removed if r.line not in keep))
        decisions = [Decision(n, by_number[n].text.strip(), "boilerplate", "kept", CORRECTION, 1.0)
                     for n in sorted(back) if by_number[n].text.strip()]
    if drop:
        indices = [i for i, line in enumerate(page.lines) if line.number in drop]
        page = replace(replace(page, rule=CORRECTION).drop(indices), rule="")
    return page, frozenset(drop), tuple(decisions)

