"""The PDF edition: one slow end-to-end render of a multi-page document, and the
helpers that read a PDF back (flush-line share, page labels, outline)."""
from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from e2e.pdfread import outline_entries
from pipeline.render.layout import MARGIN_BAND

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
DB = "http://docbook.org/ns/docbook"
XML_NS = "http://www.w3.org/XML/1998/namespace"


# ---- reading a PDF back ------------------------------------------------------

def body_lines(page, band: float = MARGIN_BAND, tol: float = 1.5):
    """Lines of text between the margin bands: dicts with x0, x1, top, size, text."""
    h = page.height
    chars = [c for c in page.chars
             if c["text"].strip() and band * h < c["top"] and c["bottom"] < (1 - band) * h]
    chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
    lines: list[dict] = []
    for c in chars:
        if lines and abs(lines[-1]["top"] - c["top"]) <= tol:
            line = lines[-1]
        else:
            line = {"top": c["top"], "x0": c["x0"], "x1": c["x1"], "chars": [], "sizes": Counter()}
            lines.append(line)
        line["chars"].append(c)
        line["x0"] = min(line["x0"], c["x0"])
        line["x1"] = max(line["x1"], c["x1"])
        line["sizes"][round(c["size"], 1)] += 1
    for line in lines:
        line["size"] = line["sizes"].most_common(1)[0][0]
        line["text"] = "".join(c["text"] for c in line["chars"])
    return lines


def full_body_lines(pdf_bytes: bytes) -> tuple[list[dict], float]:
    """Full body lines (followed by another line of the same paragraph on the same
    page) of the body pages (decimal page labels), and the text block's right edge.

    Body text is the most common font size; paragraphs start indented, so a line is
    'followed by a line of the same paragraph' when the next line, at most about one
    line-height lower, starts at the block's left edge.
    """
    import pdfplumber
    from pypdf import PdfReader

    labels = PdfReader(io.BytesIO(pdf_bytes)).page_labels
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        pages = [p for i, p in enumerate(pdf.pages) if labels[i].isdigit()]
        all_lines = [body_lines(p) for p in pages]
    sizes = Counter(l["size"] for ls in all_lines for l in ls)
    body_size = sizes.most_common(1)[0][0]
    body = [[l for l in ls if l["size"] == body_size] for ls in all_lines]
    starts = Counter(round(l["x0"], 1) for ls in body for l in ls)
    left = min(x for x, n in starts.items() if n >= 2 or len(starts) == 1)
    full = [line for lines in body for line, nxt in zip(lines, lines[1:])
            if abs(nxt["x0"] - left) < 1 and 0 < nxt["top"] - line["top"] < 2.2 * body_size]
    # the block's right edge: where most full lines end (justified text)
    right = Counter(round(l["x1"], 1) for l in full).most_common(1)[0][0] if full else 0.0
    return full, right


def measure_flush_lines(pdf_bytes: bytes, tolerance: float = 0.5) -> float:
    """Share of full body lines whose right end is within `tolerance` pt of the edge."""
    full, right = full_body_lines(pdf_bytes)
    if not full:
        return 1.0
    return sum(abs(line["x1"] - right) <= tolerance for line in full) / len(full)


def ragged_lines(pdf_bytes: bytes, tolerance: float = 0.5) -> list[str]:
    """The text of full body lines that do not end flush (for diagnosis)."""
    full, right = full_body_lines(pdf_bytes)
    return [f"{right - l['x1']:+.2f} {l['text']}" for l in full
            if abs(l["x1"] - right) > tolerance]




def page_text(pdf_path: Path, index: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(index + 1), "-l", str(index + 1),
                           str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout


# ---- the big test document ---------------------------------------------------

def make_big_xml(folder: Path, copies: int = 15) -> Path:
    """mini.xml with its sections repeated `copies` times (ids and titles renumbered),
    hostile text in a paragraph, and the appendix links pointing into copy 8."""
    from lxml import etree
    root = etree.parse(str(FIXTURES / "mini.xml")).getroot()
    sections = [s for s in root if s.tag == f"{{{DB}}}section"]
    appendix = root.find(f"{{{DB}}}appendix")
    for el in sections + [appendix]:
        root.remove(el)
    k = 0
    for rep in range(copies):
        for sec in sections:
            k += 1
            c = copy.deepcopy(sec)
            for el in c.iter():
                if el.get(f"{{{XML_NS}}}id"):
                    el.set(f"{{{XML_NS}}}id", f"r{rep}-{el.get(f'{{{XML_NS}}}id')}")
            title = c.find(f"{{{DB}}}title")
            title.text = f"{k}. {title.text}"
            root.append(c)
    for link in appendix.iter(f"{{{DB}}}link"):
        link.set("linkend", "r7-" + link.get("linkend"))
    root.append(appendix)
    para = root.find(f"{{{DB}}}para")
    para.text += '<link href="http://127.0.0.1:9/x"><img src="file:///etc/passwd">'
    shutil.copytree(FIXTURES / "mini.charts", folder / "big.charts")
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    path = folder / "big.xml"
    path.write_bytes(data.replace(b"mini.charts/", b"big.charts/"))
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from pipeline.docbook import load_docbook
    from pipeline.options import Options
    from pipeline.render.pdf import render_pdf
    from pipeline.render.pdf.fetch import SafeFetcher, chart_files

    mp = pytest.MonkeyPatch()
    mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    folder = tmp_path_factory.mktemp("big")
    xml = make_big_xml(folder)
    doc = load_docbook(xml.read_bytes(), folder, "big")
    fetcher = SafeFetcher(chart_files(doc))
    first = render_pdf(doc, Options(), fetcher=fetcher)
    second = render_pdf(doc, Options())
    mp.undo()
    pdf_path = folder / "big.pdf"
    pdf_path.write_bytes(first)
    return {"doc": doc, "pdf": first, "again": second, "path": pdf_path, "fetcher": fetcher}


def _headings(doc) -> list[tuple[int, str]]:
    """(level, title) of every section and the appendix, in document order."""
    from pipeline.docbook.read import q
    return [(len(list(t.getparent().iterancestors(q("section")))) + 1, "".join(t.itertext()))
            for t in doc.root.iter(q("title"))
            if t.getparent().tag in (q("section"), q("appendix"))]


@pytest.mark.slow
def test_big_same_bytes_twice(big):
    assert big["pdf"] == big["again"]


@pytest.mark.slow
def test_big_file_id_starts_with_the_document_name(big):
    """WeasyPrint writes no /ID (post.name_file); the saved file's starts with the name."""
    import pikepdf
    with pikepdf.open(io.BytesIO(big["pdf"])) as pdf:
        first, second = (bytes(part) for part in pdf.trailer.ID)
    assert first == b"big" and len(second) == 16 and second != first


@pytest.mark.slow
def test_big_page_labels_outline_and_toc_numbers(big):
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(big["pdf"]))
    labels = reader.page_labels
    front = labels.index("1")
    assert labels[:front] == ["i", "ii", "iii", "iv"][:front] and front >= 2
    assert labels[front:] == [str(n) for n in range(1, len(labels) - front + 1)]

    outline = outline_entries(reader)
    assert [(lvl, title) for lvl, title, _ in outline] == _headings(big["doc"])
    assert all(page >= front for _, _, page in outline)      # no title page / TOC entries

    entries = []
    for index in range(front):
        for line in page_text(big["path"], index).splitlines():
            m = re.match(r"\s*(\S.*?)\s*·[·\s]*(\d+)\s*$", line)
            if m:
                entries.append((m.group(1).replace(" ", "").replace("　", ""), m.group(2)))
    toc_titles = [t.replace(" ", "").replace("　", "") for lvl, t in _headings(big["doc"])
                  if lvl <= 2]
    assert [t for t, _ in entries[:len(toc_titles)]] == toc_titles
    in_toc = [(title, labels[page]) for lvl, title, page in outline if lvl <= 2]
    for (title, number), (heading, label) in zip(entries, in_toc):
        assert number == label, (title, heading)
    lof = entries[len(toc_titles):]
    assert [t for t, _ in lof] == ["图1生产总值（亿元）", "表1主要数据"]
    assert {n for _, n in lof} == {labels[-1]} or len({n for _, n in lof}) <= 2


@pytest.mark.slow
def test_big_fonts_embedded_and_subset(big):
    out = subprocess.run(["pdffonts", str(big["path"])], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    assert out, "no fonts listed"
    for line in out:
        emb, sub, uni = line.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line


@pytest.mark.slow
def test_big_flush_lines(big):
    share = measure_flush_lines(big["pdf"])
    print(f"flush-line share: {share:.4f}")
    assert share >= 0.95, ragged_lines(big["pdf"])[:10]


@pytest.mark.slow
def test_big_no_fetch_of_hostile_text(big):
    requests = big["fetcher"].requests
    assert requests, "the chart was not requested"
    assert all(allowed for _, allowed in requests), requests
    assert all(url.startswith("file://") and "big.charts/" in url for url, _ in requests)
    assert not any("passwd" in url or "127.0.0.1" in url for url, _ in requests)
    text = "".join(subprocess.run(["pdftotext", str(big["path"]), "-"], capture_output=True,
                                  text=True, check=True).stdout.split())
    assert '<linkhref="http://127.0.0.1:9/x"><imgsrc="file:///etc/passwd">' in text


@pytest.mark.slow
def test_big_margin_bands_and_kinsoku(big):
    import pdfplumber
    from pipeline.render.html.cjk import CLOSE
    with pdfplumber.open(big["path"]) as pdf:
        for number, page in enumerate(pdf.pages):
            top, bottom = MARGIN_BAND * page.height, (1 - MARGIN_BAND) * page.height
            for c in page.chars:
                assert c["bottom"] <= top or c["top"] >= top, (number, c["text"])
                assert c["top"] >= bottom or c["bottom"] <= bottom, (number, c["text"])
            for line in body_lines(page):
                assert line["text"][0] not in CLOSE, line["text"]


@pytest.mark.slow
def test_big_metadata_and_tags(big):
    import pikepdf
    with pikepdf.open(big["path"]) as pdf:
        assert str(pdf.Root.Lang) == "zh-CN"
        assert "/StructTreeRoot" in pdf.Root and bool(pdf.Root.MarkInfo.Marked)
        info = pdf.docinfo
        assert str(info.Title) == "示例市2010年政府工作报告"
        assert str(info.Author) == "王某某"
        assert str(info.CreationDate).startswith("D:20100108")
        assert "/PageLabels" in pdf.Root


# ---- fast checks of the PDF helpers --------------------------------------------

def _mini():
    from pipeline.docbook import load_docbook
    return load_docbook((FIXTURES / "mini.xml").read_bytes(), FIXTURES, "mini")


def test_fetcher_serves_only_styles_and_charts(tmp_path):
    from pipeline.render.pdf.fetch import SafeFetcher, chart_files
    from pipeline.resources import styles_dir
    doc = _mini()
    fetcher = SafeFetcher(chart_files(doc))
    chart = (FIXTURES / "mini.charts" / "fig1.svg").resolve()
    assert fetcher.fetch(chart.as_uri()).content_type == "image/svg+xml"
    assert fetcher.fetch((styles_dir() / "print.css").as_uri()).content_type == "text/css"
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    for url in ("http://127.0.0.1:9/x", "file:///etc/passwd", secret.as_uri(),
                "data:text/plain,hi", (FIXTURES / "mini.xml").resolve().as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert [ok for _, ok in fetcher.requests] == [True, True, False, False, False, False, False]


def test_missing_harfbuzz_subset_is_a_dependency_error(monkeypatch):
    from weasyprint.text import ffi
    from pipeline.errors import DependencyError
    from pipeline.render.pdf import require_harfbuzz_subset
    monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    with pytest.raises(DependencyError) as err:
        require_harfbuzz_subset()
    assert err.value.exit_code == 5 and "libharfbuzz-subset0" in str(err.value)


def test_glyph_check_names_fallbacks_and_missing(monkeypatch):
    from pipeline import log
    from pipeline.errors import VerifyError
    from pipeline.render.pdf import glyphs as pdf_glyphs
    families = ["Noto Serif CJK SC"]
    assert pdf_glyphs.check_glyphs(set("中文，ABC123"), families) == []
    log.collected.clear()
    fallbacks = pdf_glyphs.check_glyphs({"中", "\u265e"}, families)   # ♞: only DejaVu has it
    assert fallbacks and any("U+265E" in str(w) for w in log.collected)
    monkeypatch.setattr(pdf_glyphs, "fallback_family", lambda ch: None)
    with pytest.raises(VerifyError, match="U\\+265E"):
        pdf_glyphs.check_glyphs({"\u265e"}, families)


def test_raw_cmap_reading_matches_fonttools():
    """glyphs.cmap reads the (3, 10) format-12 subtable from the bytes; it must cover
    exactly the code points fontTools' getBestCmap gives, for every face the styles name."""
    from fontTools.ttLib import TTFont

    from pipeline.render.pdf import glyphs as pdf_glyphs
    from pipeline.resources import styles_dir
    css = "".join(p.read_text(encoding="utf-8") for p in styles_dir().rglob("print.css"))
    checked = 0
    for family in pdf_glyphs.stylesheet_families(css):
        for path, index in pdf_glyphs.faces(family)[:2]:
            font = TTFont(path, fontNumber=index, lazy=True)
            assert pdf_glyphs.cmap(path, index) == frozenset(font["cmap"].getBestCmap()), path
            checked += 1
    assert checked >= 4
    path, index = pdf_glyphs.faces("Noto Serif CJK SC")[0]
    ranges = pdf_glyphs._unicode_full_ranges(TTFont(path, fontNumber=index, lazy=True).reader["cmap"])
    assert ranges and any(a <= ord("中") <= b for a, b in ranges)   # the fast path was taken
    assert pdf_glyphs._unicode_full_ranges(b"\x00\x00\x00\x05") is None   # damaged: fontTools decides


def test_stylesheet_families_lists_cjk_fonts():
    from pipeline.render.pdf.glyphs import stylesheet_families
    from pipeline.resources import styles_dir
    names = stylesheet_families((styles_dir() / "print.css").read_text(encoding="utf-8"))
    assert names[0] == "Noto Serif CJK SC" and "Noto Sans CJK SC" in names


def test_page_labels_dictionary():
    from pipeline.render.pdf.post import page_labels
    nums = list(page_labels(3).Nums)
    assert int(nums[0]) == 0 and str(nums[1].S) == "/r"
    assert int(nums[2]) == 3 and str(nums[3].S) == "/D" and int(nums[3].St) == 1


def test_source_date_epoch_wins(monkeypatch):
    from pipeline.render.pdf import pdf_date
    doc = _mini()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert pdf_date(doc) == "2010-01-08"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1262908800")
    assert pdf_date(doc) == "2010-01-08T00:00:00Z"


@pytest.mark.slow
def test_pdf_a_variant_has_output_intent_and_markers():
    import pikepdf
    from pipeline.options import Options
    from pipeline.render.pdf import render_pdf
    data = render_pdf(_mini(), Options(pdf_variant="pdf/a-3u", paper="A5"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="U"' in xmp
        assert "/OutputIntents" in pdf.Root
        assert abs(float(pdf.pages[0].MediaBox[3]) - 595.28) < 1     # A5 height in pt


@pytest.mark.parametrize("outer", [100, 52, 51, 30, 12, 5])
def test_margin_box_min_content_only_when_it_can_matter(outer):
    """patches._outer_setter: WeasyPrint's width, min(max(min-content, outer - sugar),
    max-content), asking for the min-content width only below the max-content width."""
    from pipeline.render.pdf.patches import _outer_setter

    class Box:
        sugar = 2

        def __init__(self):
            self.asked = 0

        @property
        def min_content_size(self):
            self.asked += 1
            return 10

        max_content_size = 50

    box = Box()
    _outer_setter(box, outer)
    assert box.inner == min(max(10, outer - 2), 50)
    assert box.asked == (1 if outer - 2 < 50 else 0)


def test_margin_box_patch_is_installed_once():
    from weasyprint.layout import page

    from pipeline.render.pdf.patches import _outer_setter, size_margin_boxes_lazily
    getter = page.OrientedBox.outer.fget
    size_margin_boxes_lazily()
    size_margin_boxes_lazily()
    assert page.OrientedBox.outer.fset is _outer_setter and page.OrientedBox.outer.fget is getter
