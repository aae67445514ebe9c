"""A Markdown text's inline markup, read into the XML's inline elements.

A README or a wiki page saved as Markdown marks words with `*italic*`, `**bold**`, `` `code` ``
and links `[text](url)`. Left as they are, an edition prints the stars, backticks and addresses
raw in the middle of sentences. In a text the structure stage recognises as Markdown
(`Document.markdown`: '#' headings or code fences, `structure/verbatim.is_markdown`), each is
written as DocBook's `emphasis`, `emphasis role="bold"` or `literal`; a link as its text with the
address after it in brackets, as text (an edition never follows a link the source made).
A plain text's stars and underscores are its own characters, and are never read here.

The reading is conservative: a mark must touch its words on the inside and not sit inside a word
on the outside (`a*b*c`, `snake_case_name`, `5 * 3` stay; `__init__.py` is a file name), a code span is never read further,
and marks never nest (bold text keeps a link inside it as text; `***both***` is bold).

    tokens("see **this** and `x`") -> [Token(4, 12, "bold", "this"), Token(17, 20, "literal", "x")]
"""
from __future__ import annotations

import re
from typing import NamedTuple

CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
LINK = re.compile(r"(?<![!\]\\])\[([^\[\]\n]+)\]\(\s*(<[^<>\s]+>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)"
                  r"(?:\s+\"[^\"]*\")?\s*\)")
BOLD_ITALIC = re.compile(r"(?<![\w*\\])\*\*\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*\*\*(?![\w*])|(?!)(.)")
BOLD = re.compile(r"(?<![\w*\\])\*\*(?=[^\s*])(.+?)(?<=[^\s\\])\*\*(?![\w*])"
                  r"|(?<![\w_\\])__(?=[^\s_])(.+?)(?<=[^\s\\])__(?![\w_]|\.\w)")
ITALIC = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"
                    r"|(?<![\w_\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_]|\.\w)")
MASK = "\x00"   # stands in for characters a token already took, so no later pattern reads them


class Token(NamedTuple):
    start: int
    end: int
    kind: str       # "emphasis", "bold", "literal", or "link" (written as text)
    content: str    # the text the element holds (a link's: its text and address)


def tokens(text: str) -> list[Token]:
    """The inline markup of one paragraph of a Markdown text, in order, none overlapping."""
    if not any(mark in text for mark in "*_`["):
        return []
    found: list[Token] = []
    masked = text

    def take(match: re.Match, kind: str, content: str) -> None:
        nonlocal masked
        found.append(Token(match.start(), match.end(), kind, content))
        masked = masked[:match.start()] + MASK * (match.end() - match.start()) + masked[match.end():]

    for m in CODE.finditer(masked):
        inner = m.group(2)
        if inner.strip():
            take(m, "literal", inner[1:-1] if len(inner) > 2 and inner[0] == inner[-1] == " " else inner)
    for pattern, kind in ((BOLD_ITALIC, "bold"), (BOLD, "bold"), (ITALIC, "emphasis")):
        for m in pattern.finditer(masked):
            inner = m.group(1) or m.group(2)
            if MASK not in inner:
                take(m, kind, _links_as_text(inner))
    for m in LINK.finditer(masked):
        if MASK not in m.group():
            take(m, "link", link_text(m.group(1), m.group(2)))
    return sorted(found)


def link_text(words: str, address: str) -> str:
    """`[text](url)` as a reader should see it on paper: the text, then the address in brackets
    (once, when the text is the address itself; none for a link to a place in the page)."""
    address = address.strip("<>")
    if address.startswith("#") or words.strip() in (address, re.sub(r"^[a-z]+://", "", address)):
        return words   # a link within the page (`#usage`) says nothing on paper
    return f"{words} ({address})"


def _links_as_text(text: str) -> str:
    return LINK.sub(lambda m: link_text(m.group(1), m.group(2)), text)

