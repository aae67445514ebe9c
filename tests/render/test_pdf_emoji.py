"""Emoji and symbols in the text (a README's 🚀, a web page's ✅) print: every font stack of
the print styles ends with Symbola, an outline (monochrome) face that covers them, and the
glyph check counts it. A character no installed font has still stops the PDF with one line."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from common import run_cli
from pipeline.resources import styles_dir
from pipeline.resources import preset_names
from pipeline.style import load_style

FALLBACK = "Symbola"
EMOJI = "🚀✅❤⚠🎉"   # what READMEs and web text carry (Unicode ≤ 9: the faces Debian ships cover them)
_DECL = re.compile(r"font-family\s*:\s*([^;}]+)")


def _print_sheets():
    yield styles_dir() / "print.css"
    for name in preset_names():
        sheet = styles_dir() / "presets" / name / "print.css"
        if sheet.is_file():
            yield sheet


@pytest.mark.parametrize("sheet", list(_print_sheets()), ids=lambda p: p.parent.name)
def test_every_print_font_stack_ends_with_the_symbol_fallback(sheet):
    stacks = [d.strip() for d in _DECL.findall(sheet.read_text(encoding="utf-8"))]
    assert stacks
    for stack in stacks:
        if stack == "inherit":      # a margin box takes the root's stack, itself checked here
            continue
        assert stack.rsplit(",", 1)[-1].strip() == f'"{FALLBACK}"', stack


def _installed(family: str) -> bool:
    from pipeline.render.pdf.glyphs import faces
    return bool(faces(family))


@pytest.mark.parametrize("style", ["", *preset_names()])
def test_emoji_come_from_the_stack_without_a_fallback_warning(style):
    from pipeline import log
    from pipeline.render.pdf.glyphs import check_glyphs, stylesheet_families
    if not _installed(FALLBACK):
        pytest.skip("fonts-symbola is not installed (make setup installs it)")
    families = stylesheet_families(load_style(style).layered("print.css"))
    log.collected.clear()
    assert check_glyphs(set("中文 text " + EMOJI), families) == []
    assert not [w for w in log.collected if "fallback" in str(w)]


def _no_font_has() -> str | None:
    """An assigned letter of a script no installed font covers: Adlam, Mro, Mende Kikakui … on a
    machine without Noto's scripts; with them (fonts-noto-core, the set-up's), scripts of Unicode
    13 and 14 it does not have yet (Toto, Tangsa, Vithkuqi, Old Uyghur, Chorasmian)."""
    from pipeline.render.pdf.glyphs import fallback_family
    for cp in (0x1E900, 0x16A40, 0x1E800, 0x10D00, 0x16E40, 0xA500, 0x1E290, 0x16A70, 0x10570, 0x10F70, 0x10FB0):
        if fallback_family(chr(cp)) is None:
            return chr(cp)
    return None


def test_a_character_no_font_has_still_fails_with_one_line():
    from pipeline.errors import VerifyError
    from pipeline.render.pdf.glyphs import check_glyphs, stylesheet_families
    ch = _no_font_has()
    if ch is None:
        pytest.skip("every candidate script has an installed font here")
    families = stylesheet_families(load_style("").layered("print.css"))
    with pytest.raises(VerifyError, match=f"no installed font has a glyph for U\\+{ord(ch):04X}") as err:
        check_glyphs({"中", "🚀", ch}, families)
    assert "1F680" not in str(err.value) and "\n" not in str(err.value)


README = """# rocket

## 简介

一个在浏览器中运行的点云库，简单易用，还有很多很多！🚀

## 特性

- 支持所有现代浏览器 ✅
- 请注意 ⚠ 版本要求
"""


@pytest.mark.slow
def test_readme_with_emoji_builds_and_keeps_them(tmp_path, capfd):
    """No fallback warning (the stack has the face); the emoji are in the PDF's text, drawn
    from the Symbola subset, and in the DOCX's document.xml."""
    if not _installed(FALLBACK) or shutil.which("pdftotext") is None:
        pytest.skip("fonts-symbola / poppler-utils not installed (make setup installs them)")
    src = tmp_path / "readme.txt"
    src.write_text(README, encoding="utf-8")
    code = run_cli("build", src, "--to", "pdf,docx", "-o", tmp_path / "out",
                   "--build-dir", tmp_path / "build", "-j", "1")
    assert code == 0
    assert "fallback" not in capfd.readouterr().err
    pdf = tmp_path / "out" / "readme.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert all(e in text for e in "🚀✅⚠")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert FALLBACK in fonts
    with zipfile.ZipFile(tmp_path / "out" / "readme.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert all(e in body for e in "🚀✅⚠")
