"""Stretchable gaps for Chinese justification.

WeasyPrint justifies a line only by widening U+0020 spaces. Chinese text has none,
so a line shortened by the line-start rule (kinsoku: a closing mark may not begin
a line) or holding Latin letters and digits would end ragged. `space_paragraph`
puts one ordinary space at every place where a line may break anyway — between two
Han characters, between Han and Latin/digits, after a closing mark, before an
opening mark — and the stylesheet gives these spaces zero natural width
(`word-spacing: -0.256em`, the advance of U+0020 in Noto Serif CJK). They are
invisible until a line is justified; then the slack is shared by all of them.
They never sit before a closing mark or after an opening one, so no break is
added where the line-break rules forbid one. Spaces the text itself holds are
kept at their normal width (`<span class="sp">`). The gaps are not text: they leave the
PDF's text layer after WeasyPrint (`render/pdf/textlayer.py`), and verify is exact about spaces.

    space_paragraph(p)   # p: an lxml HTML element, changed in place
"""
from __future__ import annotations

import re

from lxml import etree

CLOSE = set("，。、；：？！）》」』】〕〉”’．")
OPEN = set("（《「『【〔〈“‘")
_WEST_EXTRA = set("%‰℃")


def _kind(ch: str) -> str:
    o = ord(ch)
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F or ch == "〇":
        return "han"
    if ch in CLOSE:
        return "close"
    if ch in OPEN:
        return "open"
    if (o < 0x2E80 and ch.isalnum()) or ch in _WEST_EXTRA:
        return "west"
    return "other"


_GAP_AFTER = {"han", "west", "close"}
_GAP_BEFORE = {"han", "west", "open"}


def gap_between(a: str, b: str) -> bool:
    """True where a stretchable gap may go between characters a and b."""
    ka, kb = _kind(a), _kind(b)
    if ka == "west" and kb == "west":
        return False
    return ka in _GAP_AFTER and kb in _GAP_BEFORE


def space_text(text: str, prev: str = "") -> str:
    """Insert the gaps into one run of text; `prev` is the character before it."""
    out = []
    for ch in text:
        if prev and gap_between(prev, ch):
            out.append(" ")
        out.append(ch)
        prev = ch
    return "".join(out)


# U+00A0 too: WeasyPrint applies word-spacing to it, so a no-break space outside
# span.sp was drawn with no width (and read as a gap by render/pdf/textlayer.py).
_SPACES = re.compile(r"[ \t\n\r\u00a0]+")


def space_paragraph(p: etree._Element) -> None:
    """Add the gaps to every text node of `p` (text and tails, in document order)."""
    _keep_real_spaces(p)
    prev = ""
    for node, attr in _text_slots(p):
        text = getattr(node, attr)
        if not text:
            continue
        if node.get("class") == "sp" and attr == "text":
            prev = ""
            continue
        setattr(node, attr, space_text(text, prev))
        prev = text[-1]
    _gaps_before_anchors(p)


def _gaps_before_anchors(p: etree._Element) -> None:
    """Move a gap that follows an empty anchor (a statistic's target) in front of it.

    WeasyPrint does not take a break opportunity at a space that directly follows
    an inline box, which left loose, over-stretched lines before statistics.
    """
    for el in p.iter():
        if el is p or len(el) or el.text or not (el.tail or "").startswith(" "):
            continue
        el.tail = el.tail[1:]
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + " "
        else:
            parent = el.getparent()
            parent.text = (parent.text or "") + " "


def _text_slots(el):
    yield el, "text"
    for child in el:
        yield from _text_slots(child)
        yield child, "tail"


def _keep_real_spaces(p: etree._Element) -> None:
    """Wrap runs of spaces that are part of the text in <span class="sp">."""
    for node, attr in list(_text_slots(p)):
        text = getattr(node, attr)
        if not text or not _SPACES.search(text):
            continue
        runs = _SPACES.findall(text)
        parts = _SPACES.split(text)
        setattr(node, attr, parts[0])
        if attr == "text":
            parent, index = node, 0
        else:
            parent, index = node.getparent(), node.getparent().index(node) + 1
        for run, part in zip(runs, parts[1:]):
            span = etree.Element("span", {"class": "sp"})
            span.text = " " if "\u00a0" not in run else run.replace(" ", "").replace("\t", "")
            span.tail = part
            parent.insert(index, span)
            index += 1
