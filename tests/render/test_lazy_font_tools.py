"""WeasyPrint's fontTools subsetter, instancer and WOFF2 decoder are loaded on first use (render/lazy.py,
issue 16: 0.05-0.06 CPU-s of the PDF worker's start-up), and behave as the real ones then."""
import subprocess
import sys

SCRIPT = r"""
import sys
from pipeline.render import renderer

renderer("pdf")
deferred = ("fontTools.subset", "fontTools.varLib.instancer", "fontTools.varLib", "fontTools.ttLib.woff2")
print("loaded", [m for m in deferred if m in sys.modules])

from weasyprint.pdf import fonts
from fontTools.ttLib import TTFont
face = TTFont(sys.argv[1])
try:
    fonts.instantiateVariableFont(face, {"wght": 400}, static=True)
except Exception as exc:
    through = (type(exc).__name__, str(exc))
from fontTools.varLib.instancer import instantiateVariableFont
try:
    instantiateVariableFont(face, {"wght": 400}, static=True)
except Exception as exc:
    direct = (type(exc).__name__, str(exc))
print("same error", through == direct)
import fontTools.subset
print("same subsetter", fonts.subset.Subsetter is fontTools.subset.Subsetter)

import io
from weasyprint.text import fonts as text_fonts
packed = io.BytesIO()
face.flavor = "woff2"
face.save(packed)
through, direct = io.BytesIO(), io.BytesIO()
text_fonts.woff2.decompress(io.BytesIO(packed.getvalue()), through)   # WeasyPrint's binding: the stand-in
from fontTools.ttLib import woff2
woff2.decompress(io.BytesIO(packed.getvalue()), direct)
print("same woff2", through.getvalue() == direct.getvalue() and len(direct.getvalue()) > 1000)
"""


def test_weasyprint_loads_the_subsetter_and_instancer_only_when_used():
    from pipeline.render.pdf.glyphs import faces

    font = faces("Liberation Sans")[0][0]   # any static face
    out = subprocess.run([sys.executable, "-c", SCRIPT, font], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == "loaded []"
    assert lines[1] == "same error True"    # a static face: the real instancer's own error, through the stand-in
    assert lines[2] == "same subsetter True"
    assert lines[3] == "same woff2 True"   # a WOFF2 web font still decodes, through the stand-in


def test_the_stand_ins_leave_sys_modules():
    from pipeline.render.lazy import DEFERRED, deferred_font_tools

    missing = [m for m in DEFERRED if m not in sys.modules]
    with deferred_font_tools():
        assert all(type(sys.modules[m]).__name__ == "_StandIn" for m in missing)
    assert all(not type(sys.modules.get(m)).__name__ == "_StandIn" for m in DEFERRED)
