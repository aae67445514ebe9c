"""The DOCX title page's lines printed ABOVE the title (render.front_matter's `cover`).

pandoc writes no paragraph for the XML's <bibliomisc role="cover">: each line is put in here,
in order, right before the title paragraph, in the style of its kind (`front_matter.cover_kind`):
a 公文's masthead large, bold and red; a plain line small and centred; a long line a small
justified paragraph. As the PDF sets them (print.css, div.cover-lines).
"""
from __future__ import annotations

from ...lang import cjk
from .fields import el, run
from .package import w

RED = "C00000"
#: kind -> (font size in half-points, bold, colour, alignment)
LOOK = {
    "masthead": ("44", True, RED, "center"),
    "plain": ("20", False, "", "center"),
    "paragraph": ("20", False, "", "both"),
}


def _paragraph(text: str, kind: str, lang: str, last: bool) -> object:
    size, bold, colour, align = LOOK.get(kind, LOOK["plain"])
    props = [el("jc", val=align), el("spacing", before="0", after="240" if last else "80")]
    if kind == "masthead" or last:
        props.insert(0, el("keepNext"))
    if kind == "paragraph" and cjk(lang):
        props.append(el("ind", firstLineChars="200"))
    else:   # Body Text's first-line indent would push a centred line off its middle
        props.append(el("ind", firstLine="0", firstLineChars="0"))
    rpr = ([el("b"), el("bCs")] if bold else []) + ([el("color", val=colour)] if colour else []) \
        + [el("sz", val=size), el("szCs", val=size)]
    return el("p", [el("pPr", [el("pStyle", val="BodyText"), *_ordered(props)]), run(el("rPr", rpr), el("t", text=text))])


def _ordered(props: list) -> list:
    """pPr children in the schema's order (keepNext, spacing, ind, jc)."""
    order = ("keepNext", "spacing", "ind", "jc")
    return sorted(props, key=lambda p: order.index(p.tag.split("}")[1]))


def add_cover_lines(root, cover, lang: str) -> int:
    """Put `cover` (front_matter CoverLines) before the title paragraph of document.xml's body;
    the number of paragraphs added (0 without a title paragraph or without lines)."""
    if not cover:
        return 0
    body = root.find(w("body"))
    title = next((p for p in body.iterfind(w("p"))
                  if (s := p.find(f"{w('pPr')}/{w('pStyle')}")) is not None and s.get(w("val")) == "Title"), None)
    if title is None:
        return 0
    for n, line in enumerate(cover):
        title.addprevious(_paragraph(line.text, line.kind, lang, n == len(cover) - 1))
    return len(cover)
