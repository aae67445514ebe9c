"""Fenced code blocks are verbatim: no cleaning rule removes, cuts or retypes their lines.

A markdown text (a README, a converted page) shows code between fences (```` ```html ```` …
```` ``` ````). Inside, an HTML comment, a tag, a `© 2020` in a licence header or a full-width
character is the listing's text, not page residue: a rule made for scraped pages (`markup-residue`,
`html-markup`, `copyright` …) would take letters a reader needs out of the code (issue #11: body
kept). `clean_text` marks the fenced lines; `Page.drop`, `Page.cut` and `Page.split` leave them
alone and the typography rules skip them. Only a closed fence counts: one stray ```` ``` ```` in a
plain text must not shield everything after it from the tail rules.

    fenced_lines(["text", "```html", "<!-- x -->", "```"], [1, 2, 3, 4]) == frozenset({2, 3, 4})
"""
from __future__ import annotations

import re
from typing import Sequence

OPEN = re.compile(r"^ {0,3}(?P<mark>`{3,}|~{3,})(?P<info>[^`]*)$")


def fenced_lines(texts: Sequence[str], numbers: Sequence[int]) -> frozenset[int]:
    """The line numbers of every closed fenced code block, its fence lines included."""
    out: set[int] = set()
    i = 0
    while i < len(texts):
        match = OPEN.match(texts[i])
        if not match:
            i += 1
            continue
        mark = match["mark"]
        close = next((k for k in range(i + 1, len(texts))
                      if texts[k].strip().startswith(mark) and not texts[k].strip().strip(mark[0])), None)
        if close is None:
            i += 1
            continue
        out.update(numbers[i:close + 1])
        i = close + 1
    return frozenset(out)
