"""Where boilerplate may sit: the head (before the first prose line) and the tail (after the last).

Rules that judge by vocabulary alone only look in these zones; the body between them
is touched only by rules for unmistakable boilerplate (a copyright line, a photo credit).

    head_zone(page.lines)  -> range of indices before the first prose line (at most HEAD_MAX)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .page import Line
from .vocab import FOOTER_HINT, LOST_CHAR

HEAD_MAX = 60       # lines with words (blank lines not counted)
TAIL_MAX = 60
FOOTER_MAX = 300    # characters: a longer line is never a footer
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
LINK_TARGET = re.compile(r"<(?:https?|ftp)://[^<>\s]*>|\b(?:https?|ftp)://\S+")
INNER_PUNCT = re.compile("[，。；！？、,;!?]")     # not colons: "label：value" is not a sentence
# a cell of a catalogue row, 'label：' at the start of the line or after a TAB, '|' or a wide gap
FIELD_CELL = re.compile(r"(?:^|\t|\||  )\s*(?:\*\*)?[^\s:：，。；！？|*]{1,6}(?: [^\s:：，。；！？|*]{1,3}){0,3}[：:]")
# a previous/next-article pager ('下一篇：某县2009-2010年统计公报,某县统计局'): the linked headline
# may hold a comma, but the line is the page template's, never the text's last sentence (unseen)
PAGER_LABEL = re.compile(r"^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\s*[】\]]?\s*[:：]")


@lru_cache(maxsize=8192)
def _catalogue_row(text: str) -> bool:
    """Two or more catalogue field names in a line that opens with one (rules_header's colonless
    box): WIDENS the field-cell exception of is_prose from labels with colons to labels without."""
    from .rules_header import _catalogue_names   # rules_header builds on this module
    return _catalogue_names(text) >= 2


PROSE_MIN = 15   # characters: 8 English words and the 7 spaces between them (a CJK line needs 25); the
#                  link addresses is_prose leaves out only shorten a line


# (r49) a label, then only numbers (years, issues, pages) between spaces, a bracketed link after them
NUMBER_INDEX = re.compile(r"^[^\d:：]{1,16}[:：]\s*(?:\d{1,4}\s+){3,}\d{1,4}\s*(?:[\[【][^\[\]【】]{1,30}[\]】])?\s*$")


# remembered by text: a pure test that many rules ask of the same line (each zone's edge, each run's
# end): 56 times of a 1 MB one-line text, with seven regexes over it each time
@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """A sentence-like line: CJK with >= 25 characters and inner punctuation, or >= 8 English words.

    Lines with footer vocabulary (copyright, 收录N条…) never count, so a site's own blurb
    does not end the tail zone early; link addresses are left out before judging (their '?', ','
    and '&' are not a sentence's punctuation), and so is a converter's lost character printed '?'
    inside a word (`vocab.LOST_CHAR`, round21zh).
    """
    if len(text) < PROSE_MIN:
        return False     # too short for either test below (most lines of a page: labels, menus, blanks)
    s = LINK_TARGET.sub(" ", text).strip()   # a link's address is not words: '<http://…?id=1&c=2>'
    if not s or len(s) <= FOOTER_MAX and FOOTER_HINT.search(s):
        return False
    if PAGER_LABEL.match(s):
        return False
    if len(FIELD_CELL.findall(s)) >= 2:
        return False     # a row of catalogue fields ('索 引 号：| … | 主题分类：| 文化、广电…'), not a sentence
    if CJK.search(s) and _catalogue_row(s):
        return False     # (round7) the same row with its colons lost: '索 引 号 2019-1 分 类 其他; 某办公室;'
    if NUMBER_INDEX.match(s):
        return False     # (r49) a site's index of years under its label: '统计公报年度索引: 2023 2022 2021 … [ 总索引 ]'
    if CJK.search(s):
        # a converter's lost character printed '?' inside a word ('治理?xiàng)l例') is no question (round21zh)
        return len(s) >= 25 and bool(INNER_PUNCT.search(LOST_CHAR.sub("", s[:-1]) if "?" in s else s[:-1]))
    return len(s.split()) >= 8


def head_zone(lines: Sequence[Line]) -> range:
    """Indices before the first prose line, at most HEAD_MAX lines with words: blank lines do not
    count, so a copy with an empty line after every line has the same head zone (robust2)."""
    counted = 0
    for i, line in enumerate(lines):
        if is_prose(line.text):
            return range(0, i)
        counted += bool(line.text.strip())
        if counted >= HEAD_MAX:
            return range(0, i + 1)
    return range(0, len(lines))


def tail_zone(lines: Sequence[Line]) -> range:
    """Indices after the last prose line, at most TAIL_MAX lines with words: lines that are only
    link addresses or blank (a page dump's footer menus) do not count towards the limit."""
    n, counted = len(lines), 0
    for i in range(n - 1, -1, -1):
        if is_prose(lines[i].text):
            return range(i + 1, n)
        counted += _has_words(lines[i].text)
        if counted >= TAIL_MAX:
            return range(i, n)
    return range(0, n)


LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=8192)
def _has_words(text: str) -> bool:
    """A letter outside link addresses (a line that is only '<https://…>' has none)."""
    return bool(LETTER.search(LINK_TARGET.sub("", text) if "://" in text else text))


def edge_zone(lines: Sequence[Line]) -> list[int]:
    """Head and tail indices together, in order, without duplicates."""
    return sorted(set(head_zone(lines)) | set(tail_zone(lines)))
