"""render/pdf/patches.py: WeasyPrint drawing a line with the Pango layout it broke the line
with. The patch must give the same PDF bytes as WeasyPrint's own code (checked on a page
made of the cases the reuse must refuse or handle: justified spaces, tabs, preserved line
breaks, letter and word spacing, overflow-wrap, leaders, ellipsis, right-to-left text), must
actually skip the second layout (counted), must not make a justified line's layout before it
is drawn, and must leave another WeasyPrint version alone."""
from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page { size: A6; margin: 12mm; @top-center { content: "页眉 running head" } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; overflow-wrap: break-word; }
p.j { text-align: justify; word-spacing: -0.256em; }
p.j span { word-spacing: normal; }
p.ls { letter-spacing: 1pt; text-align: justify; }
pre { font-family: monospace; tab-size: 4; }
.toc a::after { content: leader(dotted) " 7"; }
.ell { width: 30mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rtl { direction: rtl; }
td { border: 0.3pt solid; padding: 1pt; }
</style></head><body>
<h1>标题 Title</h1>
<p class="j">一 二 三 四 五 六 七 八 九 十 一 二 三 四 五 六 七 八 九 十 一 二 三 四 五 六 七 八
九 十 一 二 三 四 五 六 七 八 九 十，<span>some Latin words in between</span> 完。</p>
<p>A left-aligned paragraph of English text long enough to wrap over a few lines, with
averyveryverylongwordthatmustbreaksomewherebecauseitcannotfitonaline and more words.</p>
<p class="ls">Letter spaced, justified text across more than one line of the page box.</p>
<pre>line one
	tabbed line two
line three</pre>
<div class="toc"><a href="#x">第一章 目录项</a></div>
<div class="ell">an ellipsis cuts this long line of text</div>
<p class="rtl">שלום עולם and some text</p>
<table><tr><td>12.5</td><td>表格 cell</td></tr><tr><td>3</td><td>另一格</td></tr></table>
<p id="x">末段。</p>
</body></html>"""

SCRIPT = """
import sys
from weasyprint import HTML
if sys.argv[1] == "patched":
    from pipeline.render.pdf.patches import reuse_line_layouts
    assert reuse_line_layouts()
sys.stdout.buffer.write(HTML(string=sys.argv[2]).write_pdf(pdf_identifier=b"x"))
"""


def _pdf(mode: str) -> bytes:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, PAGE], check=True,
                          capture_output=True).stdout


def test_reused_line_layouts_give_the_same_bytes():
    patched, plain = _pdf("patched"), _pdf("plain")
    assert patched.startswith(b"%PDF") and patched == plain


def test_drawing_reuses_the_layouts_of_line_breaking():
    from weasyprint import HTML
    from weasyprint.text import line_break

    from pipeline.render.pdf.patches import reuse_line_layouts

    assert reuse_line_layouts()
    document = HTML(string=PAGE).render()
    built = []
    setup = line_break.Layout.setup

    def counting_setup(self, style):
        if hasattr(self, "text"):          # a layout made again to draw a line
            built.append((self.text, self.justification_spacing))
        return setup(self, style)

    line_break.Layout.setup = counting_setup
    try:
        document.write_pdf()
    finally:
        line_break.Layout.setup = setup
    drawn = sum(1 for page in document.pages for _ in _text_boxes(page._page_box))
    # only the lines whose spaces justification widens, and the tabbed line, are laid out again
    assert drawn > 20 and 0 < len(built) <= 5, (drawn, built)
    assert all("\t" in text or (spacing and " " in text) for text, spacing in built), built


def test_a_justified_line_layout_is_made_only_to_draw_it():
    from weasyprint import HTML

    from pipeline.render.pdf.patches import _KEPT, reuse_line_layouts

    assert reuse_line_layouts()
    document = HTML(string=PAGE).render()
    justified = [box for page in document.pages for box in _text_boxes(page._page_box)
                 if box.justification_spacing and " " in box.text]
    assert len(justified) >= 2
    # add_word_spacing's layout holds no Pango layout before drawing (WeasyPrint's holds one)
    assert all(not hasattr(box.pango_layout, "layout") and _KEPT not in box.pango_layout.__dict__
               for box in justified)


def _text_boxes(box):
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.TextBox):
        yield box
    for child in getattr(box, "children", ()):
        yield from _text_boxes(child)


def test_another_weasyprint_version_is_left_alone():
    out = subprocess.run([sys.executable, "-c", """
import weasyprint
from weasyprint.text import line_break
weasyprint.__version__ = "71.0"
from pipeline.render.pdf.patches import reuse_line_layouts
before = line_break.Layout.reactivate
print(reuse_line_layouts(), line_break.Layout.reactivate is before)
"""], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]
