"""WeasyPrint's fontTools subsetter and instancer are loaded on first use (render/lazy.py,
issue 16: 0.05-0.06 CPU-s of the PDF worker's start-up), and behave as the real ones then."""
import subprocess
import sys

SCRIPT = r"""
import sys
from pipeline.render import renderer

renderer("pdf")
deferred = ("fontTools.subset", "fontTools.varLib.instancer", "fontTools.varLib")
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
"""


def test_weasyprint_loads_the_subsetter_and_instancer_only_when_used():
    from pipeline.render.pdf.glyphs import faces

    font = faces("Liberation Sans")[0][0]   # any static face
    out = subprocess.run([sys.executable, "-c", SCRIPT, font], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == "loaded []"
    assert lines[1] == "same error True"    # a static face: the real instancer's own error, through the stand-in
    assert lines[2] == "same subsetter True"


def test_the_stand_ins_leave_sys_modules():
    from pipeline.render.lazy import DEFERRED, deferred_font_tools

    missing = [m for m in DEFERRED if m not in sys.modules]
    with deferred_font_tools():
        assert all(type(sys.modules[m]).__name__ == "_StandIn" for m in missing)
    assert all(not type(sys.modules.get(m)).__name__ == "_StandIn" for m in DEFERRED)
