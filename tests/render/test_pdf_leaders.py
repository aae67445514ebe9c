"""render/pdf/leaders.py: a leader's dots as one run of text. The dots must stay where WeasyPrint
puts them (same count, same text, each within 0.1 pt: a run's glyphs are placed in
thousandths of an em from the run's start, so a long run drifts by a few hundredths of a point
where each copy was placed on its own; 0.1 pt is a twelfth of a pixel at 60 dpi), a plain leader must become one box, a
leader that is not a plain run (letter-spaced, right-to-left) must keep its copies, and another
WeasyPrint version must be left alone."""
from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page { size: A6; margin: 12mm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; }
li a { text-decoration: none; }
li a::after { content: leader("·") attr(data-page); }
li.spaced a::after { letter-spacing: 1pt; }
li.rtl { direction: rtl; }
li.dotted a::after { content: leader(dotted) attr(data-page); font-family: "DejaVu Serif"; }
</style></head><body><ol>
<li><a href="#a" data-page="1">第一部分 回顾</a></li>
<li><a href="#b" data-page="12">（二）一个相当长的标题，长得要折到第二行上去才能放得下它的全部文字</a></li>
<li class="dotted"><a href="#c" data-page="3">Latin entry</a></li>
<li class="spaced"><a href="#d" data-page="4">字距</a></li>
<li class="rtl"><a href="#e" data-page="5">שלום</a></li>
</ol><p id="a">正文</p></body></html>"""

SCRIPT = """
import sys
from weasyprint import HTML
if sys.argv[1] == "patched":
    from pipeline.render.pdf.leaders import one_run_leaders
    assert one_run_leaders()
sys.stdout.buffer.write(HTML(string=sys.argv[2]).write_pdf(pdf_identifier=b"x"))
"""


def _pdf(mode: str) -> bytes:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, PAGE], check=True,
                          capture_output=True).stdout


def _chars(data: bytes) -> tuple[str, list[tuple[str, tuple[float, ...]]]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0].get_textpage()
        chars = [(page.get_text_range(k, 1), page.get_charbox(k)) for k in range(page.count_chars())]
        return page.get_text_range(), chars
    finally:
        pdf.close()


def test_the_dots_stay_where_they_were():
    (text, chars), (plain_text, plain_chars) = _chars(_pdf("patched")), _chars(_pdf("plain"))
    assert text == plain_text and text.count("·") > 60
    assert [c for c, _ in chars] == [c for c, _ in plain_chars]
    worst = max(abs(a - b) for (_, box), (_, plain) in zip(chars, plain_chars) for a, b in zip(box, plain))
    assert worst < 0.1, worst


def _leader_boxes(document):
    from weasyprint.formatting_structure import boxes

    def walk(box):
        if getattr(box, "is_leader", False):
            yield box
        for child in getattr(box, "children", ()):
            if isinstance(child, boxes.Box):
                yield from walk(child)

    return [leader for page in document.pages for leader in walk(page._page_box)]


def test_a_plain_leader_is_one_box_and_the_others_keep_their_copies():
    from weasyprint import HTML

    from pipeline.render.pdf.leaders import one_run_leaders

    assert one_run_leaders()
    leaders = _leader_boxes(HTML(string=PAGE).render())
    counts = [len(leader.children) for leader in leaders]
    assert len(counts) == 5, counts
    first, wrapped, dotted, spaced, rtl = leaders
    for one in (first, wrapped, dotted):
        assert len(one.children) == 1 and len(one.children[0].text) > 5, counts
    assert len(spaced.children) > 5 and len(rtl.children) > 5, counts


def test_another_weasyprint_version_is_left_alone():
    out = subprocess.run([sys.executable, "-c", """
import weasyprint
from weasyprint.layout import inline
weasyprint.__version__ = "71.0"
from pipeline.render.pdf.leaders import one_run_leaders
before = inline.handle_leader
print(one_run_leaders(), inline.handle_leader is before)
"""], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]
