"""render/pdf/patches.py `cache_percentages`: WeasyPrint's used lengths (margins, paddings,
widths, heights, border widths) set again for the same style and containing block. The patch
must give the same PDF bytes as WeasyPrint's own function on a page made of what the values
depend on (percentages of both axes, heights of absolutely placed boxes, calc(), box-sizing, min/max, auto heights, a collapsed
table whose cells keep the border widths the table resolved, margin boxes on several pages),
must actually answer from the cache (counted), and must leave another WeasyPrint version alone."""
from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page { size: A6; margin: 10mm 8%; @top-center { content: "页眉 head"; padding: 2% 1mm }
        @bottom-right { content: counter(page); width: 20%; margin-right: calc(1mm + 2%) } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; }
p { margin: 2% 5% 1em calc(3% + 2pt); padding: 1% 2pt; }
div.bb { box-sizing: border-box; width: 60%; padding: 0 5%; border: 3pt solid; min-height: 20%; }
div.pb { box-sizing: padding-box; width: calc(50% - 4pt); padding: 2%; max-width: 40mm; }
div.h { height: 30%; max-height: 25mm; border-left: 2pt solid; }
span.i { padding: 0 3%; margin: 0 1em; border: 1pt solid; }
table.c { border-collapse: collapse; width: 90%; }
table.c td { border: 0.5pt solid; padding: 1% 2pt; }
table.c td.thick { border: 2pt double; }
table.s { border-collapse: separate; border-spacing: 2pt; width: 70%; }
table.s td { border: 1pt solid; padding: 3%; }
div.rel { position: relative; }
div.abs { position: absolute; right: 0; top: 0; width: 10%; height: 50%; min-height: 10%;
          border-left: 1pt solid; }
</style></head><body>
""" + "".join(f"""<p>第{n}段：一二三四五六七八九十一二三四五六七八九十 <span class="i">inline {n}</span>
some Latin words to wrap across lines 一二三四五六七八九十。</p>
<div class="bb">border-box {n} 一二三四五六七八九十一二三四五</div>
<div class="pb">padding-box {n} 一二三四五六七八九十</div>
<div class="h">height {n}</div>
<table class="c"><tr><td>12.5</td><td class="thick">表格 cell {n}</td></tr>
<tr><td class="thick">3</td><td>另一格 cell</td></tr></table>
<table class="s"><tr><td>a {n}</td><td>b 表格</td></tr></table>
<div class="rel">{"一二三四五六七八九十" * (n + 1)}<div class="abs">x</div></div>
""" for n in range(6)) + "</body></html>"

SCRIPT = """
import sys
from weasyprint import HTML
from pipeline.render.pdf import patches
if sys.argv[1] == "patched":
    assert patches.cache_percentages()
data = HTML(string=sys.argv[2]).write_pdf(pdf_identifier=b"x")
sys.stderr.write(f"{patches._STATS['hits']} {patches._STATS['misses']}")
sys.stdout.buffer.write(data)
"""


def _pdf(mode: str) -> tuple[bytes, list[int]]:
    run = subprocess.run([sys.executable, "-c", SCRIPT, mode, PAGE], check=True, capture_output=True)
    return run.stdout, [int(n) for n in run.stderr.split()[-2:]]


def test_cached_used_lengths_give_the_same_bytes_and_are_used():
    (patched, counts), (plain, plain_counts) = _pdf("patched"), _pdf("plain")
    assert patched.startswith(b"%PDF") and patched == plain
    hits, misses = counts
    assert plain_counts == [0, 0]
    assert hits > misses > 0, counts   # the same styles come back line after line, page after page


def test_another_weasyprint_version_is_left_alone():
    out = subprocess.run([sys.executable, "-c", """
import weasyprint
from weasyprint.layout import block
weasyprint.__version__ = "71.0"
from pipeline.render.pdf.patches import cache_percentages
before = block.resolve_percentages
print(cache_percentages(), block.resolve_percentages is before)
"""], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True"]
