"""Long unbreakable strings wrap inside the text block.

    break_long_words(html_root)   # changed in place

A URL, a hash, a line of code or a long number has no break opportunity, so it ran off
the text block and was clipped at the page edge (the text was lost: verify failed).
Inside any run of 20 or more non-space, non-CJK characters of a block — counted across
its inline elements, since a statistic's anchor or a link can cut a URL into short text
nodes — a zero-width space (U+200B) goes
- after each `/ . - _ ? & =` that precedes a letter or digit, where a reader expects a URL
  or a path to break, and
- as the last resort, after every 12th character of a stretch still without one.
U+200B is only a break opportunity: WeasyPrint draws it as no glyph, so it is neither seen
nor in the PDF's text layer. The stylesheet's `overflow-wrap: break-word` (styles/print.css)
covers what is left (a run inside a single narrow cell).
"""
from __future__ import annotations

import re

from lxml import etree

ZWSP = "\u200b"
MIN_RUN = 20
STRETCH = 12
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "li", "figcaption", "caption", "dd", "dt"}
_RUN = re.compile(r"[^\s\u200b\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]{%d,}" % MIN_RUN)
_SEPARATOR = re.compile(r"[/.\-_?&=](?=[0-9A-Za-z])")


def break_points(text: str) -> list[int]:
    """Offsets in `text` after which a U+200B goes (see the module docstring)."""
    points: list[int] = []
    for run in _RUN.finditer(text):
        start = run.start()
        cuts = [m.end() for m in _SEPARATOR.finditer(text, run.start(), run.end())] + [run.end()]
        for cut in cuts:
            points.extend(range(start + STRETCH, cut - 1, STRETCH))
            if cut < run.end():
                points.append(cut)
            start = cut
    return points


def break_run(text: str) -> str:
    """`text` with its break points filled (one text node)."""
    points = break_points(text)
    for at in reversed(points):
        text = text[:at] + ZWSP + text[at:]
    return text


def _slots(el: etree._Element):
    yield el, "text"
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCKS:
            yield from _slots(child)
        yield child, "tail"


def break_block(block: etree._Element) -> None:
    slots = [(node, attr) for node, attr in _slots(block)]
    texts = [getattr(node, attr) or "" for node, attr in slots]
    joined = "".join(texts)
    if len(joined) < MIN_RUN:
        return
    points = break_points(joined)
    if not points:
        return
    offset = 0
    k = 0
    for (node, attr), text in zip(slots, texts):
        end = offset + len(text)
        mine = []
        while k < len(points) and points[k] <= end:
            if points[k] > offset or (points[k] == offset and text):
                mine.append(points[k] - offset)
            k += 1
        if mine:
            for at in reversed(mine):
                text = text[:at] + ZWSP + text[at:]
            setattr(node, attr, text)
        offset = end


def break_long_words(root: etree._Element) -> None:
    for el in root.iter(*BLOCKS):
        if not any(a.tag in BLOCKS for a in el.iterancestors()):
            break_block(el)
