"""Charts in the PDF as matplotlib's own PDF (form XObjects), against the SVG path they replace:
same pages and pixels at 150 dpi (edges of glyph outlines may round to the next pixel), same
Figure structure element and alt text, no chart text in the text layer, same bytes from any folder."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
ROWS = (("区域口径生产总值", 450.0), ("区属口径生产总值", 133.3), ("国内招商引资实际到位额", 77.7),
        ("三级财政收入", 52.7))


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    """mini.xml rendered twice: charts as SVG (the old path), and with the PDF imageobject."""
    from pipeline.docbook import load_docbook
    from pipeline.figures.draw import draw_chart
    from pipeline.options import Options
    from pipeline.render.pdf import render_pdf

    folder = tmp_path_factory.mktemp("charts")
    (folder / "mini.charts").mkdir()
    for fmt, data in draw_chart(ROWS, "亿元", "mini").items():
        (folder / "mini.charts" / f"fig1.{fmt}").write_bytes(data)
    # each part over half a page, as a report's are: two or three shorter parts run on and cannot be cut into chunks
    filler = ("<para>" + "这一部分的正文写得足够长，使每一部分都超过半页。" * 25 + "</para>\n").encode()
    svg_xml = re.sub(rb"(<section xml:id=\"s\d\">\s*<title>[^<]*</title>)", lambda m: m.group(1) + b"\n" + filler,
                     (FIXTURES / "mini.xml").read_bytes())
    pdf_xml = svg_xml.replace(b'format="SVG"/></imageobject>', b'format="SVG"/></imageobject>\n'
                              b'        <imageobject><imagedata fileref="mini.charts/fig1.pdf" format="PDF"/>'
                              b'</imageobject>')
    assert pdf_xml != svg_xml
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(folder / "mini.charts", elsewhere / "mini.charts")
    out = {}
    for name, xml in (("svg", svg_xml), ("pdf", pdf_xml)):
        out[name] = render_pdf(load_docbook(xml, folder, "mini"), Options())
    out["pdf-elsewhere"] = render_pdf(load_docbook(pdf_xml, elsewhere, "mini"), Options())
    doc = load_docbook(pdf_xml, folder, "mini")
    out["pdf-chunked"] = render_pdf(doc, Options(pdf_chunks="2", workers=2))
    from pipeline.render.html import docbook_to_html_tree
    from pipeline.render.pdf.chunks import chunk_count
    from pipeline.render.pdf.parts import split_parts
    out["chunks"] = chunk_count(split_parts(docbook_to_html_tree(doc, Options())).body,
                                Options(pdf_chunks="2", workers=2))
    return out


def _pages(data: bytes, dpi: int, tmp: Path) -> list[np.ndarray]:
    tmp.mkdir()
    pdf = tmp / "x.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(tmp / "p")], check=True)
    pages = [np.asarray(Image.open(p).convert("L")).astype(int) for p in sorted(tmp.glob("p*.png"))]
    shutil.rmtree(tmp)
    return pages


def _unexplained(a: np.ndarray, b: np.ndarray, level: int = 48) -> int:
    """Pixels of `a` differing by more than `level` from every pixel of `b` within one pixel:
    a shape drawn elsewhere or missing counts; an edge that rounds to the next pixel does not."""
    pad = np.pad(b, 1, mode="edge")
    near = np.stack([pad[1 + dy: 1 + dy + b.shape[0], 1 + dx: 1 + dx + b.shape[1]]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1)])
    return int((np.abs(near - a[None]).min(axis=0) > level).sum())


def test_same_pixels_at_150_dpi(editions, tmp_path):
    old, new = _pages(editions["svg"], 150, tmp_path / "a"), _pages(editions["pdf"], 150, tmp_path / "b")
    assert len(old) == len(new)
    for n, (a, b) in enumerate(zip(old, new)):
        assert a.shape == b.shape
        differing = int((a != b).sum())
        assert differing <= 0.0005 * a.size, f"page {n + 1}: {differing} pixels differ"
        assert _unexplained(a, b) == 0 and _unexplained(b, a) == 0, f"page {n + 1}: a shape moved"


def _xobject_kinds(data: bytes) -> list[tuple[str, int, int]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(str(obj.get("/Subtype")), int(obj.get("/Width", 0)), int(obj.get("/Height", 0)))
                for page in pdf.pages for _, obj in (page.Resources.get("/XObject") or {}).items()]


def test_chunked_layout_embeds_the_charts_too(editions, tmp_path):
    assert editions["chunks"] == 2
    kinds = _xobject_kinds(editions["pdf-chunked"])
    assert ("/Form", 0, 0) in kinds and not [k for k in kinds if k[0] == "/Image"]
    single, chunked = _pages(editions["pdf"], 60, tmp_path / "a"), _pages(editions["pdf-chunked"], 60, tmp_path / "b")
    assert len(single) == len(chunked) and all((a == b).all() for a, b in zip(single, chunked))


def test_the_chart_is_a_form_xobject_and_no_placeholder_is_left(editions):
    with pikepdf.open(io.BytesIO(editions["pdf"])) as pdf:
        kinds = []
        for page in pdf.pages:
            for _, obj in (page.Resources.get("/XObject") or {}).items():
                kinds.append((str(obj.get("/Subtype")), int(obj.get("/Width", 0)), int(obj.get("/Height", 0))))
        assert ("/Form", 0, 0) in kinds
        assert not [k for k in kinds if k[0] == "/Image"], "a placeholder image is still in the PDF"
    with pikepdf.open(io.BytesIO(editions["svg"])) as pdf:
        assert not any((page.Resources.get("/XObject") or {}) for page in pdf.pages)   # the SVG is drawn inline


def _figures(data: bytes) -> list[tuple[str, list]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found, stack = [], [pdf.Root.StructTreeRoot]
        while stack:
            el = stack.pop()
            if isinstance(el, pikepdf.Array):
                stack.extend(reversed(list(el)))
                continue
            if not isinstance(el, pikepdf.Dictionary):
                continue
            if el.get("/S") == "/Figure":
                found.append((str(el.get("/Alt")), [float(v) for v in el.A.BBox]))
            if "/K" in el:
                stack.append(el.K)
        return found


def test_same_figure_tag_alt_text_and_text_layer(editions, tmp_path):
    old, new = _figures(editions["svg"]), _figures(editions["pdf"])
    assert old == new and len(new) == 1 and new[0][0].startswith("柱状图：区域口径生产总值450亿元")
    texts = []
    for name in ("svg", "pdf"):
        (tmp_path / f"{name}.pdf").write_bytes(editions[name])
        texts.append(subprocess.run(["pdftotext", str(tmp_path / f"{name}.pdf"), "-"], capture_output=True,
                                    check=True).stdout)
    assert texts[0] == texts[1]
    assert "国内招商引资".encode() not in texts[1], "the chart's labels are outlines, not text"


def test_same_bytes_from_another_folder(editions):
    assert editions["pdf"] == editions["pdf-elsewhere"]


def test_placeholders_only_for_the_documents_chart_pdfs(tmp_path):
    from pipeline.figures.draw import draw_chart
    from pipeline.render.pdf.charts import ChartPlaceholders
    chart = tmp_path / "fig1.pdf"
    chart.write_bytes(draw_chart(ROWS, "亿元", "t")["pdf"])
    other = tmp_path / "other.pdf"
    other.write_bytes(chart.read_bytes())
    places = ChartPlaceholders({chart, tmp_path / "fig1.svg"})
    svg = places.placeholder(chart).decode()
    with pikepdf.open(chart) as pdf:
        width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
    url = "file:///pipeline-chart-placeholder/0.png"     # the same in any folder: same image names
    assert f'width="{width}pt" height="{height}pt"' in svg and f'"{url}"' in svg
    assert places.placeholder(other) is None
    assert places.marker_image("file:///pipeline-chart-placeholder/1.png") is None
    assert places.marker_image(chart.as_uri()) is None
    png = Image.open(io.BytesIO(places.marker_image(url)))
    assert png.size == (2, 1) and png.convert("RGB").tobytes() == b"PLH\0\0\0"


def test_an_unreadable_chart_pdf_is_left_out_with_one_warning(tmp_path):
    from pipeline import log
    from pipeline.docbook import load_docbook
    from pipeline.options import Options
    from pipeline.render.pdf import render_pdf
    (tmp_path / "mini.charts").mkdir()
    shutil.copy(FIXTURES / "mini.charts" / "fig1.png", tmp_path / "mini.charts")
    shutil.copy(FIXTURES / "mini.charts" / "fig1.svg", tmp_path / "mini.charts")
    (tmp_path / "mini.charts" / "fig1.pdf").write_bytes(b"%PDF-1.4 not really")
    xml = (FIXTURES / "mini.xml").read_bytes().replace(
        b'format="SVG"/></imageobject>',
        b'format="SVG"/></imageobject><imageobject><imagedata fileref="mini.charts/fig1.pdf" format="PDF"/>'
        b'</imageobject>')
    first = len(log.collected)
    data = render_pdf(load_docbook(xml, tmp_path, "mini"), Options())
    warnings = [w.message for w in log.collected[first:]]
    assert len([w for w in warnings if "fig1.pdf" in w]) == 1, warnings
    assert "not a readable PDF" in " ".join(warnings)
    assert not [k for k in _xobject_kinds(data) if k[0] == "/Image"], "no placeholder left behind"
