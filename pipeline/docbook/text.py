"""The body text of an XML intermediate, as the verify stage compares it with each edition.

Body text = the lines printed above the title (info's bibliomisc role="cover", which every
edition prints over the title), then every section title, every para and formalpara (title and para), and every verbatim
block (programlisting, literallayout: its lines are one block's lines) outside
`info` and outside the appendix, in document order, one block per line. Empty blocks
(a heading with nothing under it keeps an empty para) add no line.
"""
from __future__ import annotations

from lxml import etree

from .read import cover_lines, q

_BLOCKS = (q("title"), q("para"), q("programlisting"), q("literallayout"))
_TITLED = {q("section"), q("formalpara")}
_OUTSIDE = {q("info"), q("appendix")}


def body_text(root: etree._Element | etree._ElementTree) -> str:
    """Section titles, leads and paragraphs outside info and the appendix, joined with "\\n"."""
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    lines = list(cover_lines(root))
    for el in root.iter(*_BLOCKS):
        if any(a.tag in _OUTSIDE for a in el.iterancestors()):
            continue
        if el.tag == q("title") and el.getparent().tag not in _TITLED:
            continue
        text = "".join(el.itertext())
        if text:
            lines.append(text)
    return "\n".join(lines)
