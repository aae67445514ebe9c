"""Measured fixes to the libraries under WeasyPrint, applied when the PDF renderer runs;
each returns exactly what the original returns, only sooner.

pydyf's `PDF.page_references` is a property that builds a tuple of every page's
reference each time it is read, and WeasyPrint reads it once per structure element
(PDF/UA tags) and per link destination: quadratic in the page count. At ten times
the sample (179 pages, ~31,000 tagged boxes) that was 1.9 s of the PDF's writing;
at 50 times, ~25× that. The cached version is rebuilt whenever a page is added
(the cache is keyed by the length of /Kids, which only grows), so it returns exactly
what the original returns.
"""
from __future__ import annotations

_CACHE = "_pipeline_page_references"


def _cached_page_references(pdf) -> tuple[bytes, ...]:
    kids = pdf.pages["Kids"]
    cached = pdf.__dict__.get(_CACHE)
    if cached is None or cached[0] != len(kids):
        refs = tuple(f"{number} 0 R".encode("ascii") for number in kids[::3])
        cached = pdf.__dict__[_CACHE] = (len(kids), refs)
    return cached[1]


def cache_page_references() -> None:
    import pydyf

    current = getattr(pydyf.PDF, "page_references", None)
    if isinstance(current, property) and current.fget is not _cached_page_references:
        pydyf.PDF.page_references = property(_cached_page_references)


# ---- margin boxes: min-content width only when it can matter --------------------------
#
# WeasyPrint sizes a page-margin box (the running head, the folio) with
# `inner = min(max(min_content, outer - sugar), max_content)`, and computes the
# min-content width first, although it cannot change the result once `outer - sugar`
# reaches the max-content width (min-content <= max-content). For a running head of
# Chinese text every character is a break opportunity, so the min-content width lays
# the head out once per character: 8-11 % of the PDF at ten times the sample
# (bench/results.md, "Where the PDF's time goes"). The patched setter computes the
# max-content width first and the min-content width only below it: same widths.
# print.css also gives the running head the whole width, which skips the measuring
# altogether; this patch keeps a style that does not (width: auto) from paying for
# a head that fits.

def _outer_setter(box, new_outer: float) -> None:
    wanted = new_outer - box.sugar
    largest = box.max_content_size
    box.inner = largest if wanted >= largest else min(max(box.min_content_size, wanted), largest)


def size_margin_boxes_lazily() -> None:
    from weasyprint.layout import page

    current = page.OrientedBox.__dict__.get("outer")
    if isinstance(current, property) and current.fset is not _outer_setter:
        page.OrientedBox.outer = current.setter(_outer_setter)


# ---- drawing a line: the layout made while breaking it, not a second one -----------------
#
# WeasyPrint breaks a line with a Pango layout, then drops the layout (`Layout.deactivate`)
# and, to draw the line, builds a new Pango context and layout for the same text and lays it
# out again (`Layout.reactivate`, then `get_first_line` in `draw_first_line`); drawing was
# 22 % of the sample's PDF in cProfile (bench/results.md, "Where the PDF's time goes"), 0.26
# of 1.4 CPU-s measured without a profiler. When nothing
# the drawing asks for differs from the state the line was broken in, the second layout is
# the first one over again. The patched `deactivate` keeps the Pango layout; the patched
# `reactivate` hands it back when
#   - the style is the same object (same font description, language, features),
#   - justification adds nothing (`set_text(justify=True)` would set the same attributes:
#     no justification spacing, or no space it would widen),
#   - nothing ellipsizes it, and it is unbounded (width -1, as a fresh layout) or holds a
#     single line (the text fitted: the same runs as unbounded; the last line of a
#     paragraph, a table cell),
#   - the text holds no tab (tab stops are set again from the style) and nothing Pango reads
#     as a paragraph or line separator (see below);
# otherwise it builds the layout as WeasyPrint does. Drawing sets single-paragraph mode,
# which would throw the kept lines away: for a text without separators that mode cannot
# change the lines, so the patched `set_text` sets it when the text is set (before Pango
# lays anything out), and only for such texts.
# After a line is drawn its layout is dropped as WeasyPrint drops it, unless its text is a
# few characters long: the dots of a leader are copies of one box, drawn many times (882 of
# the sample's 2,338 drawn text boxes are TOC leader dots).
# A justified line gets a new layout from `add_word_spacing` (its spaces are widened) that
# nothing reads before it is drawn: `_justified_line_layout` defers making it to drawing.
# Measured (bench/results.md, "Drawing a line with the layout that broke it"): -3 % of the
# instructions of the sample's PDF, same bytes; the cost is memory, the Pango layouts of the
# laid-out pages live until they are drawn (+8 % peak RSS at ten times the sample).
# For WeasyPrint 70.0 (`Layout.setup`/`set_text`/`reactivate` and `add_word_spacing` as read
# there); any other version keeps WeasyPrint's own code.

WEASYPRINT_FOR_LAYOUT_REUSE = "70.0"
_KEPT = "_pipeline_kept"          # (PangoLayout, style, language) kept by deactivate
_DRAWING = "_pipeline_drawing"    # set by reactivate: the next deactivate follows a drawing
_SEPARATORS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")   # Pango breaks paragraphs
                                                                     # or lines at these
_DEFERRED = "_pipeline_deferred"  # a justified line's layout, made only when it is drawn
_KEEP_DRAWN = 4                   # a drawn layout is kept again only for a text this short
_original = {}


def _separator_free(text: str) -> bool:
    return _SEPARATORS.isdisjoint(text)


def _set_text(self, text, justify=False):
    _original["set_text"](self, text, justify)
    if not self.__dict__.get(_DRAWING):
        from weasyprint.text.ffi import pango
        pango.pango_layout_set_single_paragraph_mode(self.layout, _separator_free(self.text))


def _deactivate(self):
    if self.__dict__.pop(_DEFERRED, False):
        return                    # nothing made yet: reactivate makes it, as WeasyPrint's would
    if not self.__dict__.pop(_DRAWING, False) or len(self.text) <= _KEEP_DRAWN:
        self.__dict__[_KEPT] = (self.layout, self.style, self.language)
    del self.layout, self.language, self.style


def _reusable(self, kept, style) -> bool:
    from weasyprint.text.ffi import ffi, pango

    layout, kept_style, _ = kept
    text = self.text
    return (kept_style is style and _separator_free(text) and "\t" not in text
            and (not self.justification_spacing or (" " not in text and "\xa0" not in text))
            and pango.pango_layout_get_ellipsize(layout) == pango.PANGO_ELLIPSIZE_NONE
            and (pango.pango_layout_get_width(layout) == -1
                 or pango.pango_layout_get_line_readonly(layout, 1) == ffi.NULL))


def _reactivate(self, style):
    kept = self.__dict__.pop(_KEPT, None)
    self.__dict__[_DRAWING] = True
    if kept is not None and _reusable(self, kept, style):
        self.layout, self.style, self.language = kept
        self.first_line_direction = 0
        return
    self.setup(style)
    self.set_text(self.text, justify=True)


def _justified_line_layout(text, style, context, max_width, justification_spacing):
    """`create_layout` as `add_word_spacing` calls it, for a justified line's text box: WeasyPrint
    makes a Pango layout there that nothing lays out or reads before `reactivate` replaces it
    with the one it draws. This one is made by that `reactivate` only: a `Layout` holding what
    WeasyPrint's holds after `deactivate` (text, spacing, no decoration metrics). Decorated text
    (whose metrics are read before drawing) and a lone space (`set_text` rewrites it) get
    WeasyPrint's layout."""
    from weasyprint.text import line_break

    if text == " " or style["text_decoration_line"] != "none":
        return line_break.create_layout(text, style, context, max_width, justification_spacing)
    layout = line_break.Layout.__new__(line_break.Layout)
    newline = text.find("\n")
    layout.text = text if newline == -1 else text[:newline + 2]   # as set_text keeps it
    layout.justification_spacing = justification_spacing
    layout.max_width = max_width
    layout.first_line_direction = 0
    layout.ascent = layout.underline_position = layout.strikethrough_position = None
    layout.__dict__[_DEFERRED] = True
    return layout


def reuse_line_layouts() -> bool:
    """Install the three methods above on WeasyPrint's `Layout` (once); False, and WeasyPrint
    left as it is, for another WeasyPrint version."""
    import weasyprint
    from weasyprint.layout import inline
    from weasyprint.text import line_break
    from weasyprint.text.ffi import ffi, pango

    if weasyprint.__version__ != WEASYPRINT_FOR_LAYOUT_REUSE:
        return False
    layout = line_break.Layout
    if layout.reactivate is _reactivate:
        return True
    try:
        pango.pango_layout_get_width, pango.pango_layout_get_ellipsize
    except AttributeError:
        ffi.cdef("int pango_layout_get_width (PangoLayout *layout);\n"
                 "PangoEllipsizeMode pango_layout_get_ellipsize (PangoLayout *layout);")
    _original["set_text"] = layout.set_text
    layout.set_text, layout.deactivate, layout.reactivate = _set_text, _deactivate, _reactivate
    inline.create_layout = _justified_line_layout
    return True


# ---- a font's whole file: copied into Python only if something reads it -----------------
#
# WeasyPrint's `Font.__init__` copies the face's whole file into a bytes object
# (`file_content = get_hb_object_data(hb_face)`), for every face a PDF uses. Our faces are
# the Noto CJK collections, 19-27 MB each: 0.04 CPU-s of the sample's PDF and ~70 MB of the
# worker's memory. The copy is read only to write the font unsubset (not our case: `subset`
# replaces it first, with HarfBuzz reading the face itself), to instance a variable font or to
# blank colour glyphs (faces with fvar, PNG, SVG or COLR tables, none in our styles). Here
# `file_content` is read from the face when first read, and a value WeasyPrint sets (the
# subset) is kept as WeasyPrint keeps it: the same bytes whatever reads it, and when.
# For WeasyPrint 70.0 (`Font.__init__` and `get_hb_object_data` as read there).

_CONTENT = "_pipeline_file_content"
_UNREAD = object()   # what `get_hb_object_data` returns while a Font is made


class _FileContent:
    """`Font.file_content`: the face's whole file, copied on the first read."""

    def __get__(self, font, owner=None):
        if font is None:
            return self
        data = font.__dict__.get(_CONTENT)
        if data is None:
            data = font.__dict__[_CONTENT] = _original["face_data"](font.hb_face)
        return data

    def __set__(self, font, value) -> None:
        if value is _UNREAD:
            font.__dict__.pop(_CONTENT, None)
        else:
            font.__dict__[_CONTENT] = value


def _unread(hb_object, ot_color=None, glyph=None):
    return _UNREAD


def _font_init(self, *args, **kwargs):
    from weasyprint.pdf import fonts

    fonts.get_hb_object_data = _unread   # __init__ reads it once: the face's whole file
    try:
        _original["font_init"](self, *args, **kwargs)
    finally:
        fonts.get_hb_object_data = _original["face_data"]


def read_font_files_lazily() -> bool:
    """Install `_FileContent` and the `__init__` that leaves the copy to it (once); False, and
    WeasyPrint left as it is, for another WeasyPrint version."""
    import weasyprint
    from weasyprint.pdf import fonts

    if weasyprint.__version__ != WEASYPRINT_FOR_LAYOUT_REUSE:
        return False
    if fonts.Font.__init__ is _font_init:
        return True
    _original["face_data"] = fonts.get_hb_object_data
    _original["font_init"] = fonts.Font.__init__
    fonts.Font.file_content = _FileContent()
    fonts.Font.__init__ = _font_init
    return True
