"""Normalise decoded text: line endings, control characters, Unicode NFC, leading BOM.

    >>> normalise_text("a\\r\\nb\\x07c")
    ('a\\nbc', 1)
"""
from __future__ import annotations

import re
import unicodedata

# CR CR LF first (a doubled CR from a botched conversion is one line break), then CRLF, then CR;
# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks too.
_LINE_BREAK = re.compile("\r\r\n|\r\n|[\r\u0085\u2028\u2029]")
# C0 and C1 control characters except TAB and LF (CR is gone by then).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")


def normalise_text(text: str) -> tuple[str, int]:
    """Return `text` with "\\n" line endings, controls removed, NFC, no leading BOM; and the control count."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _LINE_BREAK.sub("\n", text)
    text, removed = _CONTROL.subn("", text)
    return unicodedata.normalize("NFC", text), removed
