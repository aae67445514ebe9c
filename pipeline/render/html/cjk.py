"""Where a Chinese line may stretch, and the break opportunities Pango misses.

Chinese text is justified between its characters: WeasyPrint alone widens only spaces,
so `render/pdf/justify.py` shares a justified line's extra width between the places
`stretches` names — between two Han characters, between Han and Latin letters or digits,
after a closing mark, before an opening mark (`gap_between`), one side of which at least is
Chinese (a Han character or a mark only Chinese text uses), so a Latin word's letters and
apostrophes never move apart. The HTML carries the text only: nothing is inserted there
but U+200B ZERO WIDTH SPACE next to curly quotes, below.

Line breaks are Pango's (UAX #14): a closing mark (，。」) never begins a line, an opening
mark (「《（) never ends one, and a line may break between any two Han characters. Pango
1.50 forbids a break on either side of “ ” ‘ ’ (class QU: in English text they hug their
words), so a Chinese quotation would glue to the character before and after it. Where a
line may stretch next to such a quote, `mark_quote_breaks` puts a U+200B, the standard
break opportunity; it has no glyph, so the PDF's text layer does not hold it (WeasyPrint
draws Pango's empty glyph as positioning only).

    mark_quote_breaks(p)   # p: an lxml HTML element, changed in place
"""
from __future__ import annotations

from lxml import etree

CLOSE = set("，。、；：？！）》」』】〕〉”’．")
OPEN = set("（《「『【〔〈“‘")
QUOTES = set("“”‘’")             # shared with English text; UAX #14 class QU
BREAK = "\u200b"                 # ZERO WIDTH SPACE: a break opportunity, no glyph
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
    """True where Chinese typography lets a line break or stretch between a and b."""
    ka, kb = _kind(a), _kind(b)
    if ka == "west" and kb == "west":
        return False
    return ka in _GAP_AFTER and kb in _GAP_BEFORE


def _chinese(ch: str) -> bool:
    """A Han character or a mark only Chinese text uses (curly quotes are shared)."""
    kind = _kind(ch)
    return kind == "han" or (kind in ("open", "close") and ch not in QUOTES)


def stretches(a: str, b: str) -> bool:
    """True where a justified Chinese line shares its extra width between a and b."""
    return gap_between(a, b) and (_chinese(a) or _chinese(b))


def needs_break_mark(a: str, b: str) -> bool:
    """True where a U+200B must give Pango the break opportunity between a and b."""
    return (a in QUOTES or b in QUOTES) and stretches(a, b)


def mark_text(text: str, prev: str = "") -> str:
    """`text` with a U+200B wherever `needs_break_mark`; `prev` is the character before it."""
    out = []
    for ch in text:
        if prev and needs_break_mark(prev, ch):
            out.append(BREAK)
        out.append(ch)
        prev = ch
    return "".join(out)


def mark_quote_breaks(p: etree._Element) -> None:
    """Add the marks to every text node of `p` (text and tails, in document order)."""
    prev = ""
    for node, attr in _text_slots(p):
        text = getattr(node, attr)
        if text:
            setattr(node, attr, mark_text(text, prev))
            prev = text[-1]


def _text_slots(el):
    yield el, "text"
    for child in el:
        yield from _text_slots(child)
        yield child, "tail"
