"""One embedded subset per font across the chunks of a merged PDF (render/pdf/subsets.py):
the pieces of /W and ToUnicode, and real WeasyPrint PDFs merged against one written whole."""
from __future__ import annotations

import io

import pikepdf
import pytest

from pipeline.render.pdf import subsets
from pipeline.render.pdf.subsets import _cid_set, _to_unicode_cmap, _w_array, merge_font_subsets
from pipeline.render.pdf.fontmaps import cid_widths, to_unicode_map

STYLE = "body { font-family: 'Noto Serif CJK SC'; font-size: 12pt } b { font-weight: bold }"


def test_w_array_runs_read_back():
    widths = {3: 1000, 4: 500.5, 5: 1000, 9: 250, 11: 0}
    array = _w_array(widths)
    assert list(array[::2]) == [3, 9, 11]
    assert cid_widths(pikepdf.Dictionary(W=array)) == widths


def test_to_unicode_cmap_reads_back_in_order_with_ligatures_and_astral_text():
    text = {gid: chr(0x4E00 + gid) for gid in range(250, 0, -1)}   # three bfchar blocks
    text[7] = "fi"
    text[300] = "\U00020000"
    back = to_unicode_map(_to_unicode_cmap(text).decode("latin-1"))
    assert [int(code, 16) for code in back] == list(text) and list(back.values()) == list(text.values())


def test_cid_set_is_weasyprints():
    cids = [0, 1, 9, 17, 64]
    padded = (cids[-1] + 1 + 7) // 8
    bits = ["0"] * padded * 8
    for cid in cids:
        bits[cid] = "1"
    assert _cid_set(dict.fromkeys(cids, 1000)) == int("".join(bits), 2).to_bytes(padded, "big")


# ---- real PDFs ---------------------------------------------------------------------------

def _pdf(html: str) -> bytes:
    from weasyprint import CSS, HTML
    return HTML(string=f"<html lang='zh-CN'><body>{html}</body></html>").write_pdf(
        stylesheets=[CSS(string=STYLE)], hinting=False)


def _joined(*pdfs: bytes) -> pikepdf.Pdf:
    out = pikepdf.open(io.BytesIO(pdfs[0]))
    for data in pdfs[1:]:
        out.pages.extend(pikepdf.open(io.BytesIO(data)).pages)
    return out


def _saved(pdf: pikepdf.Pdf) -> pikepdf.Pdf:
    buffer = io.BytesIO()
    pdf.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return pikepdf.open(io.BytesIO(buffer.getvalue()))


def _programs(pdf: pikepdf.Pdf) -> dict[str, list[bytes]]:
    out: dict[str, list[bytes]] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            program = obj.get("/FontFile3") or obj.get("/FontFile2")
            out.setdefault(str(obj.FontName), []).append(program.read_bytes())
    return out


def _fonts(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
    return {str(font.BaseFont): font for page in pdf.pages for font in page.Resources.Font.values()}


@pytest.fixture(scope="module")
def chunks():
    """Three chunk PDFs and the same text laid out as one PDF."""
    parts = ["<p>河西区人民政府 2010</p>", "<p>工作报告<b>要点</b></p>", "<p>区政府 ABC</p>"]
    return [_pdf(p) for p in parts], _pdf("".join(f"<div style='break-before: page'>{p}</div>" for p in parts))


def test_merged_subset_is_the_single_layouts(chunks):
    pieces, whole = chunks
    merged = _joined(*pieces)
    before = _programs(_saved(_joined(*pieces)))
    assert max(len(v) for v in before.values()) == 3          # one program per chunk to start with
    assert merge_font_subsets(merged) >= 1
    merged = _saved(merged)
    single = pikepdf.open(io.BytesIO(whole))
    assert {k: len(v) for k, v in _programs(merged).items()} == {k: 1 for k in _programs(single)}
    assert _programs(merged) == _programs(single)               # the same bytes as one layout embeds
    for name, font in _fonts(single).items():
        other = _fonts(merged)[name]
        assert cid_widths(other.DescendantFonts[0]) == cid_widths(font.DescendantFonts[0])
        assert to_unicode_map(other.ToUnicode.read_bytes().decode("latin-1")) == \
            to_unicode_map(font.ToUnicode.read_bytes().decode("latin-1"))
    # every page names the one font object
    regular = {page.Resources.Font[name].objgen for page in merged.pages
               for name in page.Resources.Font.keys()
               if "Bold" not in str(page.Resources.Font[name].BaseFont)}
    assert len(regular) == 1


def test_merged_text_and_pixels_are_the_chunks(chunks, tmp_path):
    import subprocess
    pieces, _whole = chunks
    merged = _joined(*pieces)
    merge_font_subsets(merged)
    paths = {"merged": tmp_path / "merged.pdf", "plain": tmp_path / "plain.pdf"}
    merged.save(paths["merged"])
    _joined(*pieces).save(paths["plain"])
    texts = {k: subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=True).stdout
             for k, p in paths.items()}
    assert texts["merged"] == texts["plain"] and "河西区人民政府".encode() in texts["merged"]
    for k, p in paths.items():
        subprocess.run(["pdftoppm", "-r", "60", "-gray", str(p), str(tmp_path / k)], check=True)
    for i in (1, 2, 3):
        assert (tmp_path / f"merged-{i}.pgm").read_bytes() == (tmp_path / f"plain-{i}.pgm").read_bytes()


def test_a_width_that_differs_between_chunks_keeps_the_subsets(chunks):
    pieces, _whole = chunks
    merged = _joined(*pieces)
    fonts = [f for page in merged.pages for f in page.Resources.Font.values()
             if "Bold" not in str(f.BaseFont)]
    widths = cid_widths(fonts[1].DescendantFonts[0])
    gid = next(iter(widths))
    fonts[0].DescendantFonts[0].W = _w_array({**cid_widths(fonts[0].DescendantFonts[0]), gid: widths[gid] + 1})
    merge_font_subsets(merged)
    programs = _programs(_saved(merged))
    assert [len(v) for k, v in programs.items() if "Bold" not in k] == [3]


def test_a_face_not_installed_keeps_the_subsets(chunks, monkeypatch):
    pieces, _whole = chunks
    monkeypatch.setattr(subsets, "_faces_named", lambda name: ())
    merged = _joined(*pieces)
    assert merge_font_subsets(merged) == 0
    assert max(len(v) for v in _programs(_saved(merged)).values()) == 3


def test_a_face_whose_widths_differ_is_not_taken(chunks, monkeypatch):
    """An installed face with the same PostScript name but other glyphs (here: the sans
    face stands in for the serif one) fails the advance-width check: no merge."""
    from pipeline.render.pdf.glyphs import faces
    pieces, _whole = chunks
    sans = faces("Noto Sans CJK SC")
    assert sans
    monkeypatch.setattr(subsets, "_faces_named", lambda name: sans[:1])
    merged = _joined(*pieces)
    assert merge_font_subsets(merged) == 0
    assert max(len(v) for v in _programs(_saved(merged)).values()) == 3
