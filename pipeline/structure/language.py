"""Language by script share of the prose: Han characters against Latin letters; for Chinese,
traditional against simplified forms of the commonest characters that differ.

Only what a reader reads as sentences counts. A Chinese README's code blocks (`npm install`,
`const pcl = await PCL.init(...)`), its URLs and link targets, its HTML banner (`<img src=…
alt=…>`) and inline code are Latin letters of a machine language: counted, they outvote the
Chinese prose and the whole book is set as English (issue #11: xk1, 14 % Han with code, 45 %
without). So fenced code blocks are left out, and from every other line its HTML tags, URLs,
Markdown link and image targets and `inline code`. If nothing is left (a text that is only
code), every line counts as before.
"""
from __future__ import annotations

import re

from ..clean.fences import fenced_lines
from . import signals as sg

MIN_HAN_SHARE = 0.2   # a Chinese text quotes English words; an English one rarely holds Han
TRADITIONAL = set("們這個為國發經區會與說對時業實現進動過還來開關點見間體將")
SIMPLIFIED = set("们这个为国发经区会与说对时业实现进动过还来开关点见间体将")

_NOT_PROSE = re.compile(
    r"<!--.*?-->"                               # an HTML comment
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"   # an HTML tag with its attributes
    r"|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)"    # a Markdown link or image target: ](…)
    r"|`[^`]+`"                                 # inline code
    r"|\b(?:https?|ftp)://\S+|\bwww\.\S+"       # a bare URL
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"          # an e-mail address
)


def prose(lines) -> list[str]:
    """The lines a reader reads as text: no fenced code block, and no tag, URL, link
    target or inline code inside a line."""
    lines = list(lines)
    fenced = fenced_lines(lines, range(len(lines)))
    return [_NOT_PROSE.sub(" ", line) for i, line in enumerate(lines) if i not in fenced]


def _counts(lines) -> tuple[int, int, int, int]:
    han = latin = traditional = simplified = 0
    for line in lines:
        for ch in line:
            if sg.is_han(ch):
                han += 1
                traditional += ch in TRADITIONAL
                simplified += ch in SIMPLIFIED
            elif ch.isascii() and ch.isalpha():
                latin += 1
    return han, latin, traditional, simplified


def detect_language(lines) -> str:
    """'zh-CN' (or 'zh-TW' if traditional forms dominate) when Han characters are at
    least a fifth of the prose's letters; else 'en'."""
    lines = list(lines)
    han, latin, traditional, simplified = _counts(prose(lines))
    if not han + latin:                  # only code or markup: all of it decides
        han, latin, traditional, simplified = _counts(lines)
    if han + latin and han < MIN_HAN_SHARE * (han + latin):
        return "en"
    return "zh-TW" if traditional > simplified else "zh-CN"
