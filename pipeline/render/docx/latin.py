"""The DOCX edition of a document in a Latin-script language: Latin faces and English paragraphs.

    latin.use_latin_faces(pkg)        # after pandoc, for a document not in Chinese, Japanese, Korean
    latin.use_latin_paragraphs(pkg)

The reference DOCX is set for Chinese: its styles name Noto Serif CJK and Noto Sans CJK for every
script slot, and Body Text indents the first line by two characters (firstLineChars). Why change
the styles rather than ship a second reference document: a style (styles/presets/…) keeps one
reference DOCX for every language, and these are the only two differences.

Faces: each CJK face gives its Latin slots (ascii, hAnsi, cs) to the Latin face of its class
(Song -> DejaVu Serif, the body face of the PDF edition; Hei -> DejaVu Sans), and stays the East
Asian font. Before, an English title and headings were set in Noto Sans CJK's Latin letters.

Paragraphs: an English book or report indents each paragraph's first line by about 1.5 em and
sets the first paragraph after a heading flush (Chicago 2.12; what the PDF and EPUB editions do).
Why an indent rather than block paragraphs with space after: the editions agree, and a novel or a
report read as running text keeps its rhythm; space between paragraphs doubles the gaps a page of
dialogue shows. pandoc marks the paragraph after a heading "First Paragraph", so the two styles
say it all: Body Text gets an indent of 1.5 em of its own size, First Paragraph none.
"""
from __future__ import annotations

from lxml import etree

from .package import NS, Package, w

STYLES = "word/styles.xml"
LATIN_FACES = {"Noto Serif CJK SC": "DejaVu Serif", "Noto Sans CJK SC": "DejaVu Sans"}
INDENT_EM = 1.5


def use_latin_faces(pkg: Package) -> None:
    """Latin text in the Latin face of each CJK face's class; the CJK face stays the East Asian one."""
    for fonts in pkg.xml(STYLES).iter(w("rFonts")):
        for slot in ("ascii", "hAnsi", "cs"):
            latin = LATIN_FACES.get(fonts.get(w(slot)) or "")
            if latin:
                fonts.set(w(slot), latin)


def use_latin_paragraphs(pkg: Package) -> None:
    """Body Text's first line indented 1.5 em (no character count); First Paragraph flush."""
    styles = pkg.xml(STYLES)
    body = _style(styles, "BodyText")
    if body is not None:
        half_points = _size(styles, body)
        _set_indent(body, round(INDENT_EM * half_points * 10))   # half-points -> twips
    first = _style(styles, "FirstParagraph")
    if first is not None:
        _set_indent(first, 0)


def _style(styles: etree._Element, style_id: str) -> etree._Element | None:
    return styles.find(f"{w('style')}[@w:styleId='{style_id}']", NS)


def _size(styles: etree._Element, style: etree._Element) -> int:
    """The style's font size in half-points: its own, its base styles', else the default (12 pt)."""
    seen = set()
    while style is not None and style.get(w("styleId")) not in seen:
        seen.add(style.get(w("styleId")))
        sz = style.find(f"{w('rPr')}/{w('sz')}")
        if sz is not None and (sz.get(w("val")) or "").isdigit():
            return int(sz.get(w("val")))
        based = style.find(w("basedOn"))
        style = _style(styles, based.get(w("val"))) if based is not None else None
    sz = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('sz')}")
    return int(sz.get(w("val"))) if sz is not None and (sz.get(w("val")) or "").isdigit() else 24


def _set_indent(style: etree._Element, twips: int) -> None:
    """The style's first-line indent in twips; a character count (firstLineChars) would win over it."""
    ppr = style.find(w("pPr"))
    if ppr is None:
        ppr = etree.SubElement(style, w("pPr"))   # schema order: …, pPr, rPr, …
        rpr = style.find(w("rPr"))
        if rpr is not None:
            rpr.addprevious(ppr)
    ind = ppr.find(w("ind"))
    if ind is None:
        ind = etree.SubElement(ppr, w("ind"))
        _place_ind(ppr, ind)
    ind.set(w("firstLineChars"), "0")
    ind.set(w("firstLine"), str(twips))


# w:pPr's children in schema order, up to w:ind (what may come before it)
_BEFORE_IND = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
               "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
               "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
               "adjustRightInd", "snapToGrid", "spacing")


def _place_ind(ppr: etree._Element, ind: etree._Element) -> None:
    """Move a new w:ind after the last sibling the schema puts before it."""
    ppr.remove(ind)
    before = [child for child in ppr if etree.QName(child).localname in _BEFORE_IND]
    if before:
        before[-1].addnext(ind)
    else:
        ppr.insert(0, ind)
