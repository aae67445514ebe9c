r"""Find the spans of a string that are literals, not prose: URLs, e-mail addresses,
file names and code.

    from pipeline.literals import literal_spans, inside
    spans = literal_spans("见 <https://x.org/item/%E5%88%9B> 一文")   # [(3, 30)]
    inside(spans, 25)                                                  # True

Why: a percent-escape in a URL (`%E5%88%9B`) reads as `88%`, a version in a file
name (`report-2.5.pdf`) as a quantity, and a line of code as a heading. A stage
that reads prose (figures here; structure later) asks this module which parts of
a line it must not read. The rules name the shape of the literal, never a site:

- `url`: a scheme (`https://`, `ftp://`, `mailto:`), `www.` or a bare domain with
  a path; the span runs to the first space, CJK character or closing bracket.
  A URL that a line break cut (`…/%E4%BF` then `%9D…` on the next line) still
  has its percent-escapes: every run of `%XX` escapes is a literal too.
- `email`: `name@domain.tld`.
- `file`: a name with a known file extension (`rfc4648.txt`, `a/b/c.py`).
- `code`: back-quoted text, an identifier with `::`/`->` (`std::vector`), and a
  TeX control sequence with its arguments (`\hyphenpenalty 1000 %`: `%` starts a
  TeX comment, the number is a setting);
  `call`: an identifier that looks like code (`_`, `.`, camelCase) with call
  parentheses (`base64_encode(src, 76)`), not prose with brackets (`Article (1)`).
"""
from __future__ import annotations

import re

_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_URL_BODY = rf"[^\s<>\"'{_CJK}]+"
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("url", re.compile(rf"(?i)\b(?:[a-z][a-z0-9+.-]*://|mailto:|www\.){_URL_BODY}")),
    ("url", re.compile(rf"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|cn|io|info|int)"
                       rf"(?:\.[a-z]{{2}})?/{_URL_BODY}")),
    ("url", re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}")),
    ("email", re.compile(r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")),
    ("file", re.compile(r"(?i)(?<![a-z0-9_.])(?=[a-z0-9_./\\-]*[a-z])[a-z0-9_./\\-]*[a-z0-9_-]\.(?:txt|pdf|docx?|xlsx?|pptx?|csv|json|xml|html?"
                        r"|md|rst|py|js|ts|c|h|cc|cpp|java|rb|go|rs|sh|zip|gz|tar|png|jpe?g|gif|svg|epub|tex)\b")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("call", re.compile(r"\b[A-Za-z_][\w]*(?:(?:::|->|\.)[A-Za-z_]\w*)*\([^()\n]{0,40}\)")),
    ("code", re.compile(r"\b[A-Za-z_]\w*(?:::|->)[A-Za-z_]\w*")),
    ("code", re.compile(r"(?:\\[A-Za-z@]+[=\"'{}\[\]#\w \t-]{0,16})+")),
)
_TRAILING = ".,;:!?)]}>"


def literal_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of `text` that are URLs, e-mails, file names or code."""
    spans = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            end = m.end()
            if kind == "url":                # a sentence's full stop or bracket is not the URL's
                while end > m.start() and text[end - 1] in _TRAILING:
                    end -= 1
            if kind == "call" and not re.search(r"[_.]|::|->|[a-z][A-Z]", m.group().split("(")[0]):
                continue                     # `Article (1)`, `see (above)`: prose with brackets
            spans.append((m.start(), end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    """True when [start, end) (or the character at `start`) overlaps one of `spans`."""
    end = start + 1 if end is None else end
    return any(s < end and start < e for s, e in spans)


def is_literal_line(line: str) -> bool:
    """True when literals make up most of the line's non-space characters (a URL on its own
    line, a line of code): a heading detector should not take it for a heading."""
    text = line.strip()
    if not text:
        return False
    covered = sum(e - s for s, e in literal_spans(text))
    return covered >= 0.6 * len(text.replace(" ", ""))
