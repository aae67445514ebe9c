"""render/pdf/patches.py, `read_font_files_lazily`: WeasyPrint's fonts copy a face's whole file
only when something reads it. The PDF must keep its bytes, with subset fonts (the copy is never
made) and with whole fonts embedded (the copy is made on the first read, and must be the file);
another WeasyPrint version must be left alone."""
from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page { size: A6; margin: 12mm; @top-center { content: "页眉 head"; font-family: "Noto Sans CJK SC" } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 9pt; }
b { font-family: "Noto Sans CJK SC", sans-serif; }
</style></head><body><h1>标题 Title</h1><p>正文，<b>粗体</b> and Latin text.</p></body></html>"""

LATIN = """<!DOCTYPE html><html><head><style>
body { font-family: "DejaVu Sans"; } b { font-family: "DejaVu Serif"; }
</style></head><body><p>Whole fonts, <b>embedded</b> as their files.</p></body></html>"""

SCRIPT = """
import sys
from weasyprint import HTML
if sys.argv[1] == "patched":
    from pipeline.render.pdf.patches import read_font_files_lazily
    assert read_font_files_lazily()
full = sys.argv[3] == "full"
sys.stdout.buffer.write(HTML(string=sys.argv[2]).write_pdf(pdf_identifier=b"x", full_fonts=full))
"""


def _pdf(mode: str, page: str, fonts: str) -> bytes:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, page, fonts], check=True,
                          capture_output=True).stdout


@pytest.mark.parametrize("page, fonts", [(PAGE, "subset"), (LATIN, "full")])
def test_the_pdf_keeps_its_bytes(page, fonts):
    patched, plain = _pdf("patched", page, fonts), _pdf("plain", page, fonts)
    assert patched.startswith(b"%PDF") and patched == plain


def test_a_subset_font_never_copies_its_file():
    from weasyprint import HTML
    from weasyprint.pdf import fonts

    from pipeline.render.pdf import patches

    assert patches.read_font_files_lazily()
    copied, made = [], []
    face_data, init = patches._original["face_data"], fonts.Font.__init__

    def counting(hb_object, *args):
        data = face_data(hb_object, *args)
        copied.append(len(data))
        return data

    def recording(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    # both names WeasyPrint's own code would read the face's data by
    patches._original["face_data"] = fonts.get_hb_object_data = counting
    fonts.Font.__init__ = recording
    try:
        HTML(string=PAGE).write_pdf()
    finally:
        patches._original["face_data"] = fonts.get_hb_object_data = face_data
        fonts.Font.__init__ = init
    assert len(made) >= 2   # the serif and the sans faces
    # only the subsets' data is read: each far smaller than a Noto CJK collection (19-27 MB)
    assert copied and len(copied) <= len(made) and max(copied) < 2_000_000, copied
    whole = made[0]
    whole.__dict__.pop(patches._CONTENT)   # as made: the first read copies the face's file
    assert whole.file_content[:4] in (b"ttcf", b"OTTO") and len(whole.file_content) > 10_000_000


def test_another_weasyprint_version_is_left_alone():
    out = subprocess.run([sys.executable, "-c", """
import weasyprint
from weasyprint.pdf import fonts
weasyprint.__version__ = "71.0"
from pipeline.render.pdf.patches import read_font_files_lazily
before = fonts.Font.__init__
print(read_font_files_lazily(), fonts.Font.__init__ is before, "file_content" in vars(fonts.Font))
"""], check=True, capture_output=True, text=True).stdout.split()
    assert out == ["False", "True", "False"]
