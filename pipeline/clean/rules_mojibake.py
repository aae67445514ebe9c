"""Mojibake: UTF-8 text that was decoded as Latin-1 or cp1252 somewhere before it reached us.

A page saved by a tool that guessed the wrong encoding shows every non-ASCII character as two to
four Latin letters (`Â°C` for `°C`, `â€"` or `â\\x80\\x93` for an en dash, `ä¸­æ–‡` for
`中文`). The reader sees garbage where the author wrote a degree sign or a dash; the bytes are all
there, so the repair is exact. ftfy does it (only its encoding fixes: quotes, widths, line breaks
and normalisation are this stage's typography rules, not ftfy's). It is asked only about lines
that carry a signature of mojibake (a UTF-8 lead byte read as a Latin letter followed by a
continuation byte), so correct text never reaches it and the clean stage's CPU does not grow.
Each repaired line is recorded as a cut with its replacement (`put`), listed in the cleaning
report.

Runs after `wiki-chrome`, which finds a wiki dump's interlanguage list by its garbled names.
The decode stage keeps the C1 bytes of such sequences for this rule (decode/normalise.py); any
left unrepaired here are dropped, as the decode stage drops every other control character.

    mojibake(page) -> page with the garbled spans replaced
"""
from __future__ import annotations

import re
from functools import lru_cache

from .page import Page
from .rules_wiki_late import MOJIBAKE

C1 = re.compile("[\x80-\x9f]")


@lru_cache(maxsize=1)
def _ftfy():
    """ftfy and its encoding-only settings, imported on the first garbled line: the import costs
    tens of milliseconds (wall) that a text without mojibake — nearly every one — never pays."""
    import ftfy
    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=False,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
        fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False, normalization=None,
        explain=False)
    return ftfy.fix_text, config


def repair_line(text: str) -> str:
    """The line with its mojibake repaired (and stray C1 bytes dropped); other lines unchanged."""
    if not (MOJIBAKE.search(text) or C1.search(text)):
        return text
    fix_text, config = _ftfy()
    return C1.sub("", fix_text(text, config))


def mojibake(page: Page) -> Page:
    """Repair each line garbled by UTF-8 read as Latin-1/cp1252, recording the repaired span.

    Example: `drop below â\x88\x9240Â\xa0Â°C.` -> `drop below −40\xa0°C.`"""
    for i in range(len(page.lines)):
        text = page.lines[i].text
        fixed = repair_line(text)
        if fixed != text:
            a1, a2, b1, b2 = _span(text, fixed)
            page = page.cut(i, a1, a2, put=fixed[b1:b2])
    return page


def _span(text: str, fixed: str) -> tuple[int, int, int, int]:
    """The changed part of the line, one span from the first change to the last, widened over the
    non-ASCII characters around it so the report shows whole garbled sequences (`Â\xa0Â°` ->
    `\xa0°`, not `Â` -> ``); one span a line keeps the record unambiguous."""
    a1 = b1 = 0
    while a1 < len(text) and b1 < len(fixed) and text[a1] == fixed[b1]:
        a1, b1 = a1 + 1, b1 + 1
    a2, b2 = len(text), len(fixed)
    while a2 > a1 and b2 > b1 and text[a2 - 1] == fixed[b2 - 1]:
        a2, b2 = a2 - 1, b2 - 1
    while a1 > 0 and not text[a1 - 1].isascii():
        a1, b1 = a1 - 1, b1 - 1
    while a2 < len(text) and not text[a2].isascii():
        a2, b2 = a2 + 1, b2 + 1
    return a1, a2, b1, b2
