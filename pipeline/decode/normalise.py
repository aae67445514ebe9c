"""Normalise decoded text: line endings, control characters, Unicode NFC, leading BOM.

    >>> normalise_text("a\\r\\nb\\x07c")
    ('a\\nbc', 1)
"""
from __future__ import annotations

import re
import unicodedata

# CR CR LF first (a doubled CR from a botched conversion is one line break), then CRLF, then CR;
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks too.
# NEL is not one inside a UTF-8 sequence read as Latin-1 (`å\x85¨` is 全, see LATIN1_UTF8 below).
_LINE_BREAK = re.compile("\r\r\n|\r\n|[\r\u2028\u2029]|(?<![\u00c2-\u00f4])(?<![\u00e0-\u00f4][\x80-\xbf])"
                         "(?<![\u00f0-\u00f4][\x80-\xbf]{2})\u0085")
# C0 and C1 control characters except TAB, LF and FF (CR is gone by then): a form feed is the page
# break `pdftotext` writes between pages, which the clean stage reads (rules_pages) and then drops.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
# One UTF-8 character's bytes read as Latin-1 (mojibake): a lead byte then its continuation bytes,
# some of which fall in the C1 range (U+2013 EN DASH is E2 80 93 -> "â\x80\x93"). Those C1
# characters are the character's bytes, not controls: they are kept for the clean stage's
# `mojibake` rule to repair (dropping them would leave a lone "â" nothing can repair).
LATIN1_UTF8 = re.compile("[\u00c2-\u00df][\x80-\xbf]|[\u00e0-\u00ef][\x80-\xbf]{2}"
                          "|[\u00f0-\u00f4][\x80-\xbf]{3}")
_C1 = re.compile("[\x80-\x9f]")


def normalise_text(text: str) -> tuple[str, int]:
    """Return `text` with "\\n" line endings, controls removed, NFC, no leading BOM; and the control count."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _LINE_BREAK.sub("\n", text)
    text, removed = _remove_controls(text)
    return unicodedata.normalize("NFC", text), removed


def _remove_controls(text: str) -> tuple[str, int]:
    """Drop control characters, except C1 bytes inside a UTF-8-read-as-Latin-1 sequence."""
    if not _C1.search(text):
        return _CONTROL.subn("", text)
    out, removed, at = [], 0, 0
    for m in LATIN1_UTF8.finditer(text):
        if _C1.search(m.group()):
            part, n = _CONTROL.subn("", text[at:m.start()])
            out += [part, m.group()]
            removed, at = removed + n, m.end()
    part, n = _CONTROL.subn("", text[at:])
    return "".join(out) + part, removed + n
