"""Lists of English values and the list subjects they share.

    list_members("rose by 3, 4 and 5 per cent", q_of_5_per_cent)   # the 3 and the 4, in per cent
    distribute_english("Exports, imports and retail sales rose by", 3)
    # ['Exports', 'imports', 'retail sales']

English writes a unit once for a list of values (`3, 4 and 5 per cent`) and a subject as a list
that pairs with the values in order (`A, B and C rose by 3, 4 and 5 per cent`, mostly with
`respectively`). Each value is a figure of its own, in the unit written after the last one, and
each names the list item at its place. A subject with fewer items than values is not a list
subject: the values keep the names english.py gives them.
"""
from __future__ import annotations

import re

from .scan import Quantity

_DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A bare number before a list's or a range's last value: `3, ` `4 and ` `20 to ` (the unit is written
# once, at the end)
_MEMBER_BEFORE = re.compile(rf"(?<![\w.,-])(?P<n>{_DIGITS})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)$")
# Units a list shares; a count (`3, 4 and 5 people`) may not: `in 3, 4 and 5 bits` is rarer than
# `chapters 3, 4 and 5 pages`, so only units that never follow a label.
_SHARED_UNITS = frozenset({"%", "°", "°C", "°F", "dBA", "dB", "percentage points"})
_YEAR_AFTER_IN = re.compile(r"(?i)\b(?:in|since|until|by|during|from|to|of)\s+$")
# `and`/`or`/`to` as words: never the end of one (`labor areas`, `sector`, `Toronto`, `island`)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?<![\w-])(?:and|or|to)\s+)")
_FUNCTION = frozenset("a an the of in on at to by for with from and or its their this these those all "
                      "both each every some".split())
_SUBJECT_END = re.compile(
    r"(?i)\s*,?\s*(?:(?:have|has|had)\s+)?(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined"
    r"|climbed|jumped|gained|were|are|was|is|reached|averaged|stood|totalled|totaled|measured)"
    r"(?:\s+(?:by|to|at|of|from))?(?:\s+(?:about|around|approximately|nearly|some))?\s*$"
    # round xce (xce3): a passive of expectation and an infinitive (`with China and India still expected to expand
    # 5.0 per cent and 6.4 per cent this year, respectively`)
    r"|\s+(?:(?:still|now|also)\s+)?(?:expected|forecast|projected|set|seen|likely|poised)\s+to\s+[a-z]+(?:\s+by)?\s*$")
_MAX_ITEM_WORDS = 4


def list_members(text: str, last: Quantity) -> list[Quantity]:
    """The bare numbers listed before `last` that share its unit (`3, 4 and 5 per cent`)."""
    if last.unit not in _SHARED_UNITS:
        return []
    members: list[Quantity] = []
    end = last.start
    while (m := _MEMBER_BEFORE.search(text, 0, end)) is not None:
        digits = m["n"]
        if _YEAR_AFTER_IN.search(text, max(0, m.start("n") - 8), m.start("n")) and re.fullmatch(r"1[89]\d\d|20\d\d", digits):
            break                                 # `2.6% growth in 2010 and 3.2% in 2011`: a year, no member
        members.insert(0, Quantity(m.start("n"), m.end("n"), float(digits.replace(",", "")), last.unit,
                                   digits, last.approximate))
        end = m.start("n")
    return members


def _item(words: list[str], first: bool) -> list[str]:
    if first:                                     # `In the year exports`: back to a function word
        kept: list[str] = []
        for w in reversed(words):
            if w.lower() in _FUNCTION or any(c.isdigit() for c in w) or len(kept) == _MAX_ITEM_WORDS:
                break
            kept.insert(0, w)
        return kept
    while words and words[0].lower() in _FUNCTION:
        words = words[1:]
    return words if len(words) <= _MAX_ITEM_WORDS else []


def distribute_english(before: str, n: int) -> list[str]:
    """The `n` items of the list subject that `before` (the sentence up to the first value)
    ends with, before its verb (`rose by`, `were`); [] when there is no such list."""
    clause = re.split(r"[.;:!?]\s|\n", before)[-1]
    verb = _SUBJECT_END.search(clause)
    if verb is None:
        return []
    pieces = [p for p in LIST_GAP.split(clause[:verb.start()].strip())]
    if len(pieces) < n:
        return []
    items = [_item(p.split(), i == 0) for i, p in enumerate(pieces[-n:])]
    return [" ".join(i) for i in items] if all(items) and all(len(" ".join(i)) >= 2 for i in items) else []
