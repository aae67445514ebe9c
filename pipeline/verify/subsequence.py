"""The in-order subsequence test, in linear time."""
from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Not text, left out on both sides of every comparison: the soft hyphen (a break hint: editions
# show it only where a line breaks) and the shaping controls — joiners (ZWJ/ZWNJ, word joiner)
# and variation selectors choose how the characters around them are drawn (👨‍👩‍👧, an emoji or a
# text presentation) and have no glyph of their own, so a PDF's text layer need not keep them;
# the characters they join must be there. The directional formatting characters (marks LRM/RLM/ALM,
# embeddings, overrides and isolates) say which way a run reads and are not drawn either; a PDF
# extractor writes its own where it reorders a right-to-left run.
NOT_TEXT = re.compile("[\u00ad\u200c\u200d\u2060\ufe00-\ufe0f\U000e0100-\U000e01ef"
                      "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def is_ignored(ch: str) -> bool:
    """A soft hyphen, a shaping or a directional control (NOT_TEXT)."""
    return NOT_TEXT.match(ch) is not None


def fold(text: str) -> str:
    """Compare text as a reader sees it: NFKC (ligatures, full-width forms), no whitespace,
    no soft hyphens, shaping or directional controls (NOT_TEXT).

    >>> fold("ﬁne  １０％\\n👨\u200d👧")
    'fine10%👨👧'
    """
    return NOT_TEXT.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text)))


# Scripts whose letters a PDF's text layer need not give back in logical order: right-to-left
# ones (Hebrew, Arabic, Syriac, Thaana, N'Ko, …), whose runs an extractor reorders by its own bidi
# handling, and the Brahmic ones of India and South-East Asia (Devanagari to Sinhala, Myanmar,
# Khmer), whose shaping draws a vowel sign before the consonant it follows (कि is drawn ि क) and
# a conjunct as one glyph.
_REORDERED = re.compile("[\u0590-\u08ff\u0900-\u0dff\u1000-\u109f\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufeff]")


def split_reordered(text: str) -> tuple[str, str]:
    """(text without the letters of scripts drawn out of logical order, those letters).

    Extracting them back out of a PDF gives them in an order that depends on the extractor's
    bidi handling and on the shaping, so they are checked as a multiset and everything else
    in order.

    >>> split_reordered("法律 कि law")
    ('法律  law', 'कि')
    """
    moved = "".join(_REORDERED.findall(text))
    return (_REORDERED.sub("", text), moved) if moved else (text, "")


def split_neutral(text: str) -> tuple[str, str]:
    """(the letters, marks and digits of `text`, the rest: punctuation and symbols).

    Next to a right-to-left run, a bracket, quote or dash takes the direction of its neighbours,
    and an extractor that rebuilds logical order from glyph positions may put it on the other
    side of the run (`Biblical פוך (pūk)` reads back `Biblical ( פוךpūk)`): in a text with
    such letters (`split_reordered`) these are checked as a multiset, the letters and digits in order.

    >>> split_neutral('a(b),"c"')
    ('abc', '(),""')
    """
    kept, rest = [], []
    for ch in text:
        (kept if unicodedata.category(ch)[0] in "LMN" else rest).append(ch)
    return "".join(kept), "".join(rest)


def first_missing(needle: str, haystack: str) -> int | None:
    """Index of the first character of `needle` that cannot be matched in order in `haystack`.

    Greedy leftmost matching is exact for subsequence testing: if `needle` is a
    subsequence at all, greedy finds it. `str.find` keeps the scan in C.
    """
    pos = 0
    find = haystack.find
    for i, ch in enumerate(needle):
        pos = find(ch, pos)
        if pos < 0:
            return i
        pos += 1
    return None
