"""Name what a quantity measures: the subject of its clause.

`subject_before(text, floor, start)` reads back from the number to the clause
start (`预计完成区域口径生产总值450亿元` -> 区域口径生产总值); `noun_after(text, end)`
reads the counted noun after a measure word (`6个产业推进办公室` -> 产业推进办公室).
"""
from __future__ import annotations

import re

from .scan import alternation
from .units import INDICATOR_CUT, INDICATOR_LEADING, INDICATOR_TRAILING, NOUN_STOP

CLAUSE_MARKS = "，,；;：:。！？!?\n、"
_QUOTES = "“”\"‘’《》〈〉「」 \t"
_MAX = 20


_LEADING = re.compile(rf"^(?:{alternation(INDICATOR_LEADING)})+")
_TRAILING = re.compile(rf"(?:{alternation(INDICATOR_TRAILING)})+$")
_CUT = re.compile(rf"(?:{alternation(INDICATOR_CUT)})")
_STOP = re.compile(rf"[{re.escape(CLAUSE_MARKS)}]|{alternation(NOUN_STOP)}|\d")
_AFTER_SKIP = re.compile(r"^(?:多|余|以上|以下|左右)?的?")


def clause_start(text: str, start: int, marks: str = CLAUSE_MARKS) -> int:
    """Index just after the last of `marks` (clause marks by default) before `start`."""
    for i in range(start - 1, -1, -1):
        if text[i] in marks:
            return i + 1
    return 0


def _tidy(words: str) -> str:
    words = words.strip(_QUOTES)
    for _ in range(3):
        before = words
        words = _TRAILING.sub("", _LEADING.sub("", words)).strip(_QUOTES)
        if words == before:
            break
    return words


def subject_before(text: str, floor: int, start: int) -> str:
    """The cleaned words between `floor` and the number at `start`."""
    words = _tidy(text[floor:start])
    cuts = [m.end() for m in _CUT.finditer(words)]
    if cuts and len(_tidy(words[cuts[-1]:])) >= 2:
        words = _tidy(words[cuts[-1]:])
    if "的" in words[:-2]:                       # the head noun follows its last 的
        words = words[words.rindex("的", 0, len(words) - 2) + 1:]
    return words


def noun_after(text: str, end: int) -> str:
    """The noun counted by a measure word ending at `end`."""
    rest = text[end:]
    rest = rest[_AFTER_SKIP.match(rest).end():]
    stop = _STOP.search(rest)
    return _tidy(rest[:stop.start()] if stop else rest)[:_MAX]
