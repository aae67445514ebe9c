"""Whitespace, exactly: an edition may not add a space the XML body lacks, or drop one it has.

    problem = whitespace_mismatch(body, edition)   # None, or a Mismatch naming the place

The characters are matched in order as in `subsequence` (every other character of the
edition — generated page numbers, a table around them — is left alone); then between every
two body characters matched to *adjacent* characters of the edition, the whitespace must
agree under these normalisations, and only these:
- NFKC on both sides (full-width forms and ligatures are the same character);
- a line break is neutral: where the edition breaks a line, the body may have a space
  (a Latin line wraps at a word space) or nothing (Chinese wraps between any characters);
  a whitespace run that holds a line break counts as a line break (XHTML source lines);
- a hyphen that ends a line is neutral as well: `exam-⏎ple` matches `example` and
  `well-known` (two body characters separated in the edition by that hyphen and the
  break are not adjacent, so nothing is compared there);
- the body's block boundaries (the line breaks between its blocks) are neutral too: a
  run-in lead is a block of its own in the XML and runs into its paragraph in print;
- soft hyphens (U+00AD) and shaping controls (joiners, variation selectors) are not text:
  they are left out on both sides;
- any run of spaces (U+0020, tab, no-break and ideographic spaces) is one space;
- a space the edition adds between a CJK character and a Latin letter or digit (`放缓 0.1`) is
  neutral: pdfium guesses a word space where the font changes from the CJK face to the Latin
  one, from the glyphs' metrics, and Chinese typography sets a gap there anyway. Dropped, or
  between two CJK characters or two Latin words, a space still counts.
Otherwise: a space in the edition between two characters the body writes together is an
added space; characters written together in the edition where the body has whitespace
is a dropped space.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .subsequence import is_ignored

_RUN = re.compile(r"\s+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
NONE, SPACE, BREAK = 0, 1, 2


@dataclass(frozen=True)
class Mismatch:
    added: bool          # True: the edition adds a space; False: it drops one
    edition_at: int      # offset in the (NFKC) edition text where the gap is
    body_at: int         # index of the body's non-space character after the gap


def strip_gaps(text: str) -> tuple[str, list[int], list[int]]:
    """(text without whitespace, the gap kind before each kept character, each kept
    character's offset in `text`)."""
    chars: list[str] = []
    gaps: list[int] = []
    where: list[int] = []
    kind = NONE
    for k, ch in enumerate(text):
        if is_ignored(ch):
            continue          # a soft hyphen or a shaping control is not text (subsequence.fold)
        if ch.isspace():
            kind = BREAK if ch in "\n\r\u2028\u2029" or kind == BREAK else SPACE
            continue
        chars.append(ch)
        gaps.append(kind)
        where.append(k)
        kind = NONE
    return "".join(chars), gaps, where


def whitespace_mismatch(body: str, edition: str) -> Mismatch | None:
    """The first place where the edition's whitespace disagrees with the body's (see above).
    Both texts are NFKC-normalised here; `edition_at` is an offset in the normalised edition."""
    body = unicodedata.normalize("NFKC", body)
    edition = unicodedata.normalize("NFKC", edition)
    b_chars, b_gaps, _ = strip_gaps(body)
    e_chars, e_gaps, e_where = strip_gaps(edition)
    find = e_chars.find
    prev = -2
    pos = 0
    for i, ch in enumerate(b_chars):
        at = find(ch, pos)
        if at < 0:
            return None            # a lost character: first_missing reports it
        if at == prev + 1 and i > 0:
            body_gap, edition_gap = b_gaps[i], e_gaps[at]
            if edition_gap == SPACE and body_gap == NONE and not _font_change(b_chars[i - 1], ch):
                return Mismatch(True, e_where[at], i)
            if edition_gap == NONE and body_gap == SPACE:
                return Mismatch(False, e_where[at], i)
        prev = at
        pos = at + 1
    return None


def _font_change(a: str, b: str) -> bool:
    """A CJK character next to a Latin letter or digit, either way round (see above)."""
    return bool(_CJK.match(a)) != bool(_CJK.match(b)) and (a.isascii() and a.isalnum() or b.isascii() and b.isalnum())
