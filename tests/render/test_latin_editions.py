"""An English document as its reader sees it: the faces of every line (running heads and folios
included), the folios, the hyphenation patterns, and the DOCX's paragraphs once laid out.

Before: the PDF's running heads and folios were set in Noto Serif CJK's Latin letters whatever the
language; a document saying "en" was hyphenated by British patterns (pyphen's bare "en"); the DOCX
indented English paragraphs by two characters, after headings too, and set its title and headings
in Noto Sans CJK. Read back from the PDFs (the DOCX laid out by LibreOffice)."""
from __future__ import annotations

import collections
import ctypes
import re
import shutil

import pyphen
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from pipeline.docbook import build_docbook
from pipeline.docbook.read import load_docbook
from pipeline.model import Document, Paragraph, Provenance, Section
from pipeline.options import Options
from pipeline.render.docx import render_docx
from pipeline.render.docx.pages import docx_to_pdf
from pipeline.render.pdf import render_pdf

LONG = ("It was a pleasure, and natural enough, that she remembered the important dictionary; "
        "possibly the information was respectable, and the knowledge of anxiously wandered "
        "everything frightened her curiosity, said the Caterpillar violently and rapidly. ")
HYPHEN = "\u2010"


def _intermediate(tmp_path, lang: str, paragraphs: int = 6):
    sections = [Section("s1", "Down the Rabbit-Hole", 1,
                        [Paragraph(f"p1-{i}", LONG * 3) for i in range(1, paragraphs + 1)],
                        [Section("s1-1", "The pool of tears", 2,
                                 [Paragraph(f"p1-1-{i}", LONG * 3) for i in range(1, paragraphs + 1)])])]
    document = Document(title="Pleasure and Knowledge", lang=lang,
                        provenance=Provenance(source_file="t.txt"), sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    return load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")


def _pdf(tmp_path, lang: str, paper: str = "A5"):
    data = render_pdf(_intermediate(tmp_path, lang), Options(figures="none", pdf_chunks="off", paper=paper))
    (tmp_path / "t.pdf").write_bytes(data)
    return pdfium.PdfDocument(str(tmp_path / "t.pdf"))


def _font(textpage, index: int) -> str:
    """The base font name of a character, without the subset tag (ABCDEF+DejaVu-Serif)."""
    buf = bytes(256)
    flags = raw.ctypes.c_int()
    n = raw.FPDFText_GetFontInfo(textpage.raw, index, buf, 256, flags)
    return buf[:max(n - 1, 0)].decode("utf-8", "replace").split("+", 1)[-1]


def _folios(pdf) -> list[str]:
    """The text of each body page's folio band (the bottom tenth), title page and contents left out."""
    out = []
    for i in range(2, len(pdf)):
        page, tp = pdf[i], pdf[i].get_textpage()
        height = page.get_size()[1]
        out.append("".join(tp.get_text_range(n, 1) for n in range(tp.count_chars())
                           if tp.get_charbox(n)[3] < height * 0.1).strip())
    return out


def _faces_by_band(pdf) -> dict[str, set[str]]:
    """The fonts of the visible characters of the body pages' head band, folio band and text."""
    bands: dict[str, set[str]] = {"head": set(), "folio": set(), "text": set()}
    for i in range(2, len(pdf)):              # title page and contents first
        page, tp = pdf[i], pdf[i].get_textpage()
        height = page.get_size()[1]
        for n in range(tp.count_chars()):
            if not tp.get_text_range(n, 1).strip():
                continue
            bottom, top = tp.get_charbox(n)[1], tp.get_charbox(n)[3]
            band = "head" if bottom > height * 0.9 else "folio" if top < height * 0.1 else "text"
            bands[band].add(_font(tp, n))
    return bands


def test_english_running_heads_and_folios_are_in_the_text_face(tmp_path):
    pdf = _pdf(tmp_path, "en")
    try:
        bands = _faces_by_band(pdf)
    finally:
        pdf.close()
    assert bands["head"] and bands["folio"], bands          # the test sees heads and folios
    text_faces = {f.replace("-Bold", "") for f in bands["text"]}
    assert not any("CJK" in f for f in bands["head"] | bands["folio"] | bands["text"]), bands
    assert bands["head"] <= text_faces and bands["folio"] <= text_faces, bands


def test_english_folios_are_the_number_alone(tmp_path):
    """The dashes either side ("— 3 —") are the Chinese convention (GB/T 9704)."""
    pdf = _pdf(tmp_path, "en")
    try:
        folios = [f for f in _folios(pdf) if f]
    finally:
        pdf.close()
    assert len(folios) >= 3 and all(re.fullmatch(r"\d+", f) for f in folios), folios


def test_chinese_running_heads_stay_in_the_song_face(tmp_path):
    sections = [Section("s1", "一、过去一年工作回顾", 1,
                        [Paragraph(f"p1-{i}", "全年地区生产总值增长百分之八，城乡居民收入稳步提高。" * 40)
                         for i in range(1, 4)])]
    document = Document(title="政府工作报告", lang="zh", provenance=Provenance(source_file="t.txt"),
                        sections=sections)
    (tmp_path / "t.xml").write_bytes(build_docbook(document, None))
    doc = load_docbook((tmp_path / "t.xml").read_bytes(), tmp_path, "t")
    (tmp_path / "t.pdf").write_bytes(render_pdf(doc, Options(figures="none", pdf_chunks="off")))
    pdf = pdfium.PdfDocument(str(tmp_path / "t.pdf"))
    try:
        bands, folios = _faces_by_band(pdf), [f for f in _folios(pdf) if f]
    finally:
        pdf.close()
    assert bands["head"] and all("Serif-CJK" in f for f in bands["head"]), bands
    assert folios and all(re.fullmatch(r"—\s*\d+\s*—", f) for f in folios), folios


def _line_end_breaks(pdf) -> list[tuple[str, str]]:
    lines = [ln.strip() for i in range(len(pdf))
             for ln in pdf[i].get_textpage().get_text_range().splitlines()]
    return [(re.search(r"[A-Za-z]+$", a[:-1]).group(), re.match(r"[a-z]+", b).group())
            for a, b in zip(lines, lines[1:])
            if a.endswith((HYPHEN, "-")) and re.search(r"[A-Za-z]$", a[:-1]) and re.match(r"[a-z]", b)]


@pytest.mark.parametrize("lang, patterns, other", [("en", "en_US", "en_GB"), ("en-GB", "en_GB", "en_US")])
def test_hyphenation_follows_the_documents_english(tmp_path, lang, patterns, other):
    """'en' breaks plea-sure, natu-ral, possi-bly (American); 'en-GB' pleas-ure, nat-ural."""
    pdf = _pdf(tmp_path, lang)
    try:
        breaks = _line_end_breaks(pdf)
    finally:
        pdf.close()
    assert len(breaks) >= 5, breaks
    mine, theirs = pyphen.Pyphen(lang=patterns), pyphen.Pyphen(lang=other)
    wrong = [f"{a}-{b}" for a, b in breaks if len(a) not in mine.positions((a + b).lower())]
    assert not wrong, (lang, wrong)
    # the text is chosen so that the two patterns differ at some line end: the test can tell them apart
    assert any(len(a) not in theirs.positions((a + b).lower()) for a, b in breaks), breaks


# ---- the DOCX, laid out by LibreOffice ----------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_english_docx_paragraphs_indent_1_5_em_not_after_a_heading_lines_1_5_em_apart(tmp_path):
    """Before: two characters' indent after headings too, and lines 2.2 em apart (1.5 times Noto
    Serif CJK's line height): an English page that looked double-spaced."""
    data = render_docx(_intermediate(tmp_path, "en", paragraphs=3), Options(figures="none"))
    (tmp_path / "t.pdf").write_bytes(docx_to_pdf(data))
    pdf = pdfium.PdfDocument(str(tmp_path / "t.pdf"))
    starts: dict[str, list[float]] = {}      # the first word of a line -> the x where it starts
    fonts: set[str] = set()
    pitches: collections.Counter = collections.Counter()   # baseline to baseline, in pt
    try:
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            text = tp.get_text_range()
            baselines = sorted({round(_origin_y(tp, n), 1) for n in range(tp.count_chars())
                                if tp.get_text_range(n, 1).strip()}, reverse=True)
            pitches.update(round(a - b, 1) for a, b in zip(baselines, baselines[1:]))
            for m in re.finditer(r"(?m)^(\S+)", text):
                starts.setdefault(m.group(1), []).append(tp.get_charbox(m.start())[0])
            fonts |= {_font(tp, n) for n in range(tp.count_chars()) if tp.get_text_range(n, 1).strip()}
    finally:
        pdf.close()
    assert not any("CJK" in f for f in fonts), fonts          # title, headings and text in Latin faces
    margin = min(x for word, xs in starts.items() for x in xs if word[0].islower())  # a wrapped line
    first_lines = starts["It"]              # every paragraph opens "It was a pleasure"
    assert len(first_lines) == 6, starts["It"]
    indents = sorted(round(x - margin, 1) for x in first_lines)
    # two paragraphs follow a heading (flush), four are indented 1.5 em of 12 pt = 18 pt
    assert all(abs(x) < 1 for x in indents[:2]) and all(abs(x - 18) < 1 for x in indents[2:]), indents
    # the lines of a paragraph: 1.5 em of 12 pt apart, as in the PDF edition
    assert abs(pitches.most_common(1)[0][0] - 18) < 0.3, pitches.most_common(5)


def _origin_y(textpage, index: int) -> float:
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage.raw, index, x, y)
    return y.value
