"""A contents line's leader dots as one run of text, not one box per dot.

    one_run_leaders()     # once, before layout; False: WeasyPrint left as it is

Why: WeasyPrint fills a `leader("·")` with copies of the one-dot text box, one per dot, each
laid at `right edge - k × dot width` (`layout/leader.py`), and then draws, tags and writes
each copy as a text object of its own: the sample's contents and list of figures hold 882 of
them, 0.10-0.12 CPU-s of its 1.1 CPU-s PDF (bench/results.md, "Leader dots"). Here, once
WeasyPrint has placed them, the copies become one text box holding the same dots, starting
where the leftmost copy starts: Pango advances each dot by the same width, so every dot stays
where it was (the page at 60 dpi is unchanged; a text extractor reads the same dots), but it is
one box to draw and one text object in the PDF. (The PDF places a run's glyphs in thousandths
of an em from its start, so along a run of 40-50 dots a dot may sit up to ~0.05 pt from where
its own copy sat: the sample's worst is 0.028 pt, a fortieth of a pixel at 60 dpi.)

Merged only when WeasyPrint's own layout gives a plain run: left-to-right, every copy the same
text and style, placed edge to edge, no decoration, no letter- or word-spacing (the run's
width is then the copies' widths, to Pango's 1/1024 pt). Anything else keeps its copies.
For WeasyPrint 70.0 (`handle_leader` and `leader_index` as read there).
"""
from __future__ import annotations

WEASYPRINT = "70.0"
_original: dict = {}


def _plain_run(children) -> bool:
    from weasyprint.formatting_structure import boxes

    first = children[0]
    style = first.style
    if (style["direction"] != "ltr" or style["letter_spacing"] != "normal"
            or style["word_spacing"] != 0 or style["text_decoration_line"] != "none"
            or first.justification_spacing):
        return False
    width = first.width
    for right, left in zip(children, children[1:]):   # WeasyPrint adds them right to left
        if not (type(left) is boxes.TextBox and left.style is style and left.text == first.text
                and left.width == width and abs(right.position_x - width - left.position_x) < 1e-6):
            return False
    return type(first) is boxes.TextBox and width > 0


def _handle_leader(context, line, containing_block):
    from weasyprint.layout.leader import leader_index
    from weasyprint.text import line_break

    _original["handle_leader"](context, line, containing_block)
    index, leader_box = leader_index(line)
    if index is None or len(leader_box.children) < 2 or not _plain_run(leader_box.children):
        return
    copies = leader_box.children
    leftmost = copies[-1]
    run = leftmost.copy_with_text(leftmost.text * len(copies))
    run.width = leftmost.width * len(copies)
    run.pango_layout = line_break.create_layout(run.text, run.style, context, None, 0)
    run.pango_layout.deactivate()
    leader_box.children = (run,)


def one_run_leaders() -> bool:
    """Install `_handle_leader` in WeasyPrint's inline layout (once); False, and WeasyPrint left
    as it is, for another WeasyPrint version."""
    import weasyprint
    from weasyprint.layout import inline

    if weasyprint.__version__ != WEASYPRINT:
        return False
    if inline.handle_leader is _handle_leader:
        return True
    _original["handle_leader"] = inline.handle_leader
    inline.handle_leader = _handle_leader
    return True
