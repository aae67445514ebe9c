"""Chinese lines justified between their characters, inside WeasyPrint.

WeasyPrint 70 justifies a line only by widening its U+0020 and U+00A0 (`justify_line` in
`layout/inline.py`). Chinese text has no spaces, so lines shortened by the line-start rule
(a closing mark may not begin a line) or holding Latin words and numbers ended ragged.
The HTML used to carry an ordinary space at every such place, with its width cancelled by
`word-spacing: -0.256em`; WeasyPrint gave each of those spaces its own Pango attribute, so
Pango itemized and shaped a Chinese paragraph one character at a time while breaking its
lines (13-23 % of the PDF's CPU), every justified line was laid out a second time to be
drawn, and the spaces had to be taken back out of the text layer after writing
(bench/results.md, "Justifying Chinese lines between characters").

Here the markup holds the text only. When WeasyPrint justifies a line whose style's
language is Chinese, Japanese or Korean, the extra width is shared equally by the line's
spaces and its *justification opportunities*: the places between two characters where
`render/html/cjk.py`'s `stretches` allows one (between two Han characters, Han and Latin
or digits, after a closing mark, before an opening mark; never inside a Latin word or a
number, never between a character and the closing mark after it). Spaces get their share as
WeasyPrint gives it; each opportunity widens the glyph before it by the share when the line
is drawn (the glyph's advance in Pango's glyph string, which WeasyPrint writes as the TJ
array's positioning number): no glyph is added, so the text layer reads the text as written.
Line breaking is Pango's own (UAX #14: no break before 。，」 nor after 「), as for any text.

Where a line is stretched so far that the distance between two characters (more than
LOOSE em) would read as a word space to a text extractor (poppler takes about a tenth of an
em as one, pdfium half a space), the text box is drawn inside a marked-content /Span whose
/ActualText is its text. An opportunity between two text boxes (before a statistic's empty
anchor, after a run-in lead) lies between two text objects, outside any /ActualText, so it
gets at most LOOSE em and the line's other opportunities share the rest (`shares`).

For WeasyPrint 70.0 (`justify_line`, `add_word_spacing` and `draw_first_line` as read there);
any other version keeps WeasyPrint's own code (its justification at spaces only).
"""
from __future__ import annotations

from ..html.cjk import BREAK, stretches   # one definition of where a Chinese line stretches

WEASYPRINT_FOR_CJK_JUSTIFY = "70.0"
CJK_LANGS = ("zh", "ja", "ko")
LOOSE = 0.08        # em: a wider distance between two glyphs may read as a space (poppler: ~0.1)
_GAPS = "_pipeline_gaps"      # on a Layout: (its text, {byte offset after an opportunity: Pango
                              # units it widens by}, whether it needs its /ActualText)
_WIDENED = "_pipeline_widened"  # on a Layout: the first line its glyphs were widened in
_NO_GLYPH = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff")   # drawn by Pango as no glyph
                                                               # (render/html/wrap.py's U+200B)
_original = {}


def _cjk_style(style) -> bool:
    lang = (style["lang"] or "").lower()
    return lang.startswith(CJK_LANGS)


def _text_boxes(box, out):
    """The line's text boxes in order, None for an atomic inline (an image) between them."""
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.TextBox):
        out.append(box)
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        for child in box.children:
            if child.is_in_normal_flow():
                _text_boxes(child, out)
    else:
        out.append(None)
    return out


def opportunities(texts: list[str | None]) -> list[list[tuple[int, bool]]]:
    """For each text of a line (None: an atomic box), the characters after which the line
    stretches (`cjk.stretches`), as (index, whether the next character is in the next text).
    A U+200B (`cjk.BREAK`) is not a character here: the share goes to the character before it."""
    out: list[list[tuple[int, bool]]] = []
    prev: tuple[int, int] | None = None      # (text, index) of the last character seen
    for k, text in enumerate(texts):
        out.append([])
        if text is None:
            prev = None
            continue
        for i, ch in enumerate(text):
            if ch == BREAK:
                continue
            if prev is not None and stretches(texts[prev[0]][prev[1]], ch):
                out[prev[0]].append((prev[1], prev[0] != k))
            prev = (k, i)
    return out


def shares(extra: float, inner: int, edges: int, cap: float) -> tuple[float, float]:
    """(the share of a space or an opportunity inside a text, the share of one between two
    texts): equal, except that one between two texts gets at most `cap` while the others can
    take the rest. The distance between two texts is outside any /ActualText (see LOOSE)."""
    count = inner + edges
    if not count:
        return 0.0, 0.0
    even = extra / count
    if even <= cap or not inner:
        return even, even
    return (extra - cap * edges) / inner, cap


def _justify_line(context, line, extra_width):
    from weasyprint.layout import inline

    if not _cjk_style(line.style) or line.style["direction"] == "rtl":
        return _original["justify_line"](context, line, extra_width)
    found = _text_boxes(line, [])
    gaps = opportunities([None if box is None else box.text for box in found])
    by_box = {id(box): found_gaps for box, found_gaps in zip(found, gaps) if box is not None and found_gaps}
    edges = sum(edge for found_gaps in gaps for _, edge in found_gaps)
    inner = inline.count_expandable_spaces(line) + sum(len(g) for g in gaps) - edges
    if inner + edges:
        inside, between = shares(extra_width, inner, edges, LOOSE * line.style["font_size"])
        _spread(context, line, (inside, between), by_box, 0)


def _byte_ends(text: str, found: list[tuple[int, bool]], units: tuple[int, int]) -> dict[int, int]:
    """byte offset after each opportunity's character -> the Pango units it widens by."""
    wanted = dict(found)
    ends, at = {}, 0
    for i, ch in enumerate(text):
        at += len(ch.encode("utf-8"))
        if i in wanted:
            ends[at] = units[wanted[i]]
    return ends


def _spread(context, box, spacing, by_box, x_advance):
    """`add_word_spacing` with the opportunities: each space and each opportunity inside a
    text gets `spacing[0]`, one between two texts `spacing[1]`; a text box's opportunities
    are recorded on the layout it is drawn from."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout import inline
    from weasyprint.text.ffi import TO_UNITS

    if isinstance(box, boxes.TextBox):
        inside, between = spacing
        box.justification_spacing = inside
        box.position_x += x_advance
        spaces = inline.count_expandable_spaces(box)
        found = by_box.get(id(box), ())
        if spaces:
            layout = inline.create_layout(box.text, box.style, context, max_width=None,
                                          justification_spacing=inside)
            layout.deactivate()
            box.pango_layout = layout
        edges = sum(edge for _, edge in found)
        if found:
            units = (round(inside * TO_UNITS), round(between * TO_UNITS))
            loose = len(found) > edges and inside > LOOSE * box.style["font_size"]
            box.pango_layout.__dict__[_GAPS] = (box.text, _byte_ends(box.text, found, units), loose)
        extra = inside * (spaces + len(found) - edges) + between * edges
        x_advance += extra
        box.width += extra
    elif isinstance(box, (boxes.LineBox, boxes.InlineBox)):
        box.position_x += x_advance
        before = x_advance
        for child in box.children:
            if child.is_in_normal_flow():
                x_advance = _spread(context, child, spacing, by_box, x_advance)
        box.width += x_advance - before
    else:
        box.translate(x_advance, 0)
    return x_advance


def _widen(line, ends: dict[int, int]) -> int:
    """Widen the glyph that ends at each byte offset of `ends` by its Pango units."""
    from weasyprint.text.ffi import ffi

    widened = 0
    run = line.runs
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        item = glyph_item.item
        if item.analysis.level % 2:
            continue              # right-to-left: not justified here (see _justify_line)
        glyphs = glyph_item.glyphs
        count = glyphs.num_glyphs
        clusters = glyphs.log_clusters
        offset, length = item.offset, item.length
        infos = glyphs.glyphs
        for j in range(count):
            end = offset + (clusters[j + 1] if j + 1 < count else length)
            units = ends.get(end)
            if units is not None and (j + 1 == count or clusters[j + 1] != clusters[j]):
                infos[j].geometry.width += units
                widened += 1
    return widened


def _draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix):
    from weasyprint.text.ffi import pango

    layout = textbox.pango_layout
    gaps = layout.__dict__.get(_GAPS)
    if gaps is None or text_overflow == "ellipsis" or block_ellipsis != "none" \
            or gaps[0] != layout.text:
        return _original["draw_first_line"](stream, textbox, text_overflow, block_ellipsis, matrix)
    # as draw_first_line does first; set here, the lines widened below are the ones it draws
    pango.pango_layout_set_single_paragraph_mode(layout.layout, True)
    line, _ = layout.get_first_line()
    if layout.__dict__.get(_WIDENED) != line:
        _widen(line, gaps[1])
        layout.__dict__[_WIDENED] = line
    loose = gaps[2]
    if loose:
        import pydyf
        pydyf.Stream.begin_marked_content(
            stream, "Span", pydyf.Dictionary({"ActualText": pydyf.String(actual_text(textbox.text))}))
    try:
        return _original["draw_first_line"](stream, textbox, text_overflow, block_ellipsis, matrix)
    finally:
        if loose:
            pydyf.Stream.end_marked_content(stream)


def actual_text(text: str) -> str:
    """What a text box's glyphs read as: its text less the characters drawn as no glyph."""
    return text.translate(_NO_GLYPH)


def justify_between_characters() -> bool:
    """Install `_justify_line` and `_draw_first_line` in WeasyPrint (once); False, and
    WeasyPrint left as it is, for another WeasyPrint version."""
    import weasyprint
    from weasyprint.draw import text
    from weasyprint.layout import inline

    if weasyprint.__version__ != WEASYPRINT_FOR_CJK_JUSTIFY:
        return False
    if inline.justify_line is _justify_line:
        return True
    _original["justify_line"] = inline.justify_line
    _original["draw_first_line"] = text.draw_first_line
    inline.justify_line = _justify_line
    text.draw_first_line = _draw_first_line
    return True
