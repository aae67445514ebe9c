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
sets the first paragraph after a heading flush (the book convention; what the PDF and EPUB
editions do).
Why an indent rather than block paragraphs with space after: the editions agree, and a novel or a
report read as running text keeps its rhythm; space between paragraphs doubles the gaps a page of
dialogue shows. pandoc marks the paragraph after a heading "First Paragraph", so the two styles
say it all: Body Text gets an indent of 1.5 em of its own size, First Paragraph none.

Line spacing: the reference sets it as a proportion (w:lineRule="auto", 1.5 lines). Word and
LibreOffice apply a proportion to the line height of the paragraph's fonts, the East Asian face's
included: Noto Serif CJK's 1.45 em made every English line 2.2 em apart (26.4 pt at 12 pt, read
from LibreOffice's layout), a page that looks double-spaced. Body Text gets the same proportion of
its font size instead, as a minimum (lineRule="atLeast"; a taller inline picture still fits): 1.5 em,
the PDF edition's English line. A style whose lines are exact (gongwen's grid) keeps them.
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
    """Body Text's first line indented 1.5 em (no character count), its lines a proportion of its
    size; First Paragraph flush."""
    styles = pkg.xml(STYLES)
    body = _style(styles, "BodyText")
    if body is not None:
        half_points = _size(styles, body)
        _set_indent(body, round(INDENT_EM * half_points * 10))   # half-points -> twips
        _set_line_in_em(styles, body, half_points)
    first = _style(styles, "FirstParagraph")
    if first is not None:
        _set_indent(first, 0)


def _set_line_in_em(styles: etree._Element, style: etree._Element, half_points: int) -> None:
    """A proportional line spacing (the style's own, else the default's) as that many ems, at least."""
    own = style.find(f"{w('pPr')}/{w('spacing')}")
    default = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}/{w('spacing')}")
    source = own if own is not None and own.get(w("line")) else default
    if source is None or not (source.get(w("line")) or "").isdigit():
        return
    if (source.get(w("lineRule")) or "auto") != "auto":
        return                                           # exact or at-least lines are kept
    lines = int(source.get(w("line"))) / 240            # 360 -> 1.5 lines
    if own is None:
        ppr = style.find(w("pPr"))
        if ppr is None:
            return
        own = etree.SubElement(ppr, w("spacing"))
        _place(ppr, own, _BEFORE_SPACING)
    own.set(w("line"), str(round(lines * half_points * 10)))   # half-points -> twips
    own.set(w("lineRule"), "atLeast")


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
        _place(ppr, ind, _BEFORE_IND)
    ind.set(w("firstLineChars"), "0")
    ind.set(w("firstLine"), str(twips))


# w:pPr's children in schema order, up to w:spacing and w:ind (what may come before each)
_BEFORE_SPACING = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
               "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
               "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
               "adjustRightInd", "snapToGrid")
_BEFORE_IND = _BEFORE_SPACING + ("spacing",)


def _place(ppr: etree._Element, child: etree._Element, before_names: tuple[str, ...]) -> None:
    """Move a new child of w:pPr after the last sibling the schema puts before it."""
    ppr.remove(child)
    before = [el for el in ppr if etree.QName(el).localname in before_names]
    if before:
        before[-1].addnext(child)
    else:
        ppr.insert(0, child)
