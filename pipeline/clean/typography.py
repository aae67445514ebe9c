"""Typography for Chinese text: each rule is `str -> (str, count)` on a kept line's text after
its leading indentation, and changes nothing that is not next to a CJK character (English text
passes through untouched), except full-width forms, which only CJK text uses.

    fullwidth_alnum("２００９年３月") == ("2009年3月", 5)
"""
from __future__ import annotations

import re

CJK_CHARS = ("\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
             "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\U00020000-\U0003134f")
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_PUNCT = "、，。；：！？）」』》】〕"+"（「『《【〔"
QUOTES = "“”‘’\"'"
FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
SPACE = re.compile("(?<=\\S)[ \u00a0\u2000-\u200a\u202f]+(?=\\S)")    # not U+3000: typesetters mean it
_ANY_PUNCT = re.compile(f"[{CJK_PUNCT},.;:!?()]")
_FW_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ]")
_FW_POINT = re.compile("(?<=[0-9A-Za-z])．")
_PAREN = re.compile(r"\(([^()\n]*)\)")


def _cjk(ch: str) -> bool:
    return bool(ch) and bool(CJK.match(ch))


def _cjk_side(text: str, i: int, step: int) -> bool:
    """Is the neighbour of text[i] on one side CJK, looking through one quotation mark?"""
    j = i + step
    if not 0 <= j < len(text):
        return False
    if text[j] in QUOTES and 0 <= j + step < len(text):
        return _cjk(text[j + step])
    return _cjk(text[j])


def fullwidth_alnum(text: str) -> tuple[str, int]:
    """Full-width digits and Latin letters become ASCII.

    Example: "２００９年３月５日" -> "2009年3月5日".
    """
    return _FW_ALNUM.subn(lambda m: chr(ord(m.group()) - 0xFEE0), text)


def fullwidth_point(text: str) -> tuple[str, int]:
    """A full-width full stop after a digit or Latin letter becomes '.'.

    Example: "１３．６５万亿元" -> "13.65万亿元" (after fullwidth-alnum).
    """
    return _FW_POINT.subn(".", text)


def fullwidth_percent(text: str) -> tuple[str, int]:
    """The full-width percent sign becomes '%'.

    Example: "增长９％" -> "增长9%".
    """
    return text.replace("％", "%"), text.count("％")


def cjk_paren_width(text: str) -> tuple[str, int]:
    """ASCII parentheses around CJK content or next to a CJK character become full-width.

    Example: "个体工商户(商户)经营" -> "个体工商户（商户）经营"; "(see page 3)" stays.
    """
    count = 0

    def swap(m: re.Match) -> str:
        nonlocal count
        inside, s, e = m.group(1), m.start(), m.end() - 1
        if CJK.search(inside) or _cjk_side(text, s, -1) or _cjk_side(text, e, 1):
            count += 2
            return f"（{inside}）"
        return m.group()
    return _PAREN.sub(swap, text), count


def cjk_punct_width(text: str) -> tuple[str, int]:
    """ASCII , ; : ? ! next to a CJK character become full-width; between digits or letters they stay.

    Example: "增长13.5%,区属口径" -> "增长13.5%，区属口径"; "16:47:16" and "2.50:1" stay.
    """
    chars, count = list(text), 0
    for i, ch in enumerate(text):
        if ch in FULL and (_cjk_side(text, i, -1) or _cjk_side(text, i, 1)):
            chars[i], count = FULL[ch], count + 1
    return "".join(chars), count


def cjk_stray_space(text: str) -> tuple[str, int]:
    """Spaces between two CJK characters, or next to CJK punctuation, go; U+3000 stays.

    A short line of space-separated words without punctuation (a role and a name,
    "国务院总理 温家宝") keeps its spaces. Example: "区属， 国企" -> "区属，国企".
    """
    if len(text) <= 30 and not _ANY_PUNCT.search(text):
        return text, 0
    count = 0

    def drop(m: re.Match) -> str:
        nonlocal count
        before, after = text[m.start() - 1], text[m.end()]
        if (_cjk(before) and _cjk(after)) or before in CJK_PUNCT or after in CJK_PUNCT:
            count += 1
            return ""
        return m.group()
    return SPACE.sub(drop, text), count


# Digits letter-spaced by a conversion ('1 9 9 8 年3 月5 日', '7 4 7 7 2億元', '0 .8 %'): older pages set
# digits full-width, and a converter that narrowed them left a space after each. The evidence is a run
# of three or more single digits one space apart before a non-ASCII character or '%'; only a line that
# shows it is rejoined, so '共 3 个' or an English '1 2 3' elsewhere keeps its spaces.
SPACED_RUN = re.compile(r"(?<![\d.])\d(?: \d){2,} ?(?=[%\u3000-\u9fff\uff00-\uffef])")
SPACED_GAP = re.compile(r"(?<=\d) (?=\.?\d)|(?<=\d) (?=[%\u4e00-\u9fff])")


def spaced_digits(text: str) -> tuple[str, int]:
    """Rejoin digits letter-spaced by a conversion, in a line that shows such a run: the spaces
    between digits, before a decimal point, and between a number and its unit or '%' go.

    Example: "1 9 9 7 年國內生產總值達到7 4 7 7 2億元,…增長1 1 %" -> "1997年國內生產總值達到74772億元,…增長11%".
    """
    if not SPACED_RUN.search(text) or not any(_cjk(ch) for ch in text):
        return text, 0
    return SPACED_GAP.subn("", text)


ARTICLE_BULLET = re.compile("^[-*+•]\\s+(?=第[一二三四五六七八九十百零〇两\\d]+条(?:[\\s\u3000]|(?![的中款项第之、和至]|规定|所)))")


def article_bullet(text: str) -> tuple[str, int]:
    """A Markdown bullet before a law's article number goes: a law typed as a Markdown list
    ('- 第一条 为了…') numbers its articles itself, and the bullet hides the article from the
    structure (it would read as a list item or a heading). A bullet before other text, or before a
    reference to an article ('- 第三条规定的…', '- 第五条第一款…'), stays.

    Example: "- 第一条 为了规范某某工作，制定本法。" -> "第一条 为了规范某某工作，制定本法。"
    """
    stripped = ARTICLE_BULLET.sub("", text, count=1)
    return stripped, int(stripped != text)


# (round15en) a legislation site's data page glues a division's number to its name in capitals
# ('PART 1ACCESSIBILITY OF WELSH LAW', 'CHAPTER 2GENERAL DUTIES'): the name is a word of 3+ capitals
GLUED_DIVISION = re.compile(r"^(\s*(?:PART|CHAPTER|SCHEDULE|TITLE|DIVISION)\s+\d{1,3})(?=[A-Z]{3,}(?:\s|$))")


def glued_division(text: str) -> tuple[str, int]:
    """A space between a division's number and its name in capitals glued to it, as a
    legislation site's data page prints them (its number and name are two elements).

    Example: "PART 1ACCESSIBILITY OF WELSH LAW" -> "PART 1 ACCESSIBILITY OF WELSH LAW";
    "PART 2A" (a lettered part) and "PART 1 GENERAL" stay.
    """
    spaced = GLUED_DIVISION.sub(r"\1 ", text, count=1)
    return spaced, int(spaced != text)


# (r35) a PDF text layer that wrote a tab for each word space ('After\ta\tnationwide\treferendum\ton …'): prose,
# not a tab-separated table's row, when TAB_WORDS_MIN tabs or more part the line's words, tabs outnumber its
# spaces, and most of what they part are words in lower case (a table's cells are names, figures, labels)
TAB_GAP = re.compile(r"(?<=\S)\t(?=\S)")
TAB_WORDS_MIN = 6
TAB_PROSE_SHARE = 0.6


def tab_word_space(text: str) -> tuple[str, int]:
    """A tab between two words of running text becomes a space.

    Example: "After\ta\tnationwide\treferendum\ton\t23\tJune" -> "After a nationwide referendum on 23 June";
    "Name\tAge\tCity" (a table's row) stays.
    """
    if "\t" not in text:
        return text, 0   # every line of every text comes here: the common case costs no regex
    gaps = len(TAB_GAP.findall(text))
    if gaps < TAB_WORDS_MIN or gaps < 2 * text.count(" "):
        return text, 0
    tokens = [t for t in re.split(r"[\t ]+", text.strip()) if t]
    if sum(bool(re.match(r"[a-z][a-z'’-]*[,.;:]?$", t)) for t in tokens) < TAB_PROSE_SHARE * len(tokens):
        return text, 0
    return TAB_GAP.sub(" ", text), gaps


def trailing_space(text: str) -> tuple[str, int]:
    """Whitespace at the end of a line goes; a whitespace-only line becomes "".

    Example: " " -> "".
    """
    stripped = text.rstrip()
    return stripped, int(stripped != text)
