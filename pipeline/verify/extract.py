"""Text back out of each edition, as a reader would see the body.

One extractor per format in the EXTRACTORS table; each takes the edition's bytes.
"""
from __future__ import annotations

import bisect
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import Callable

from lxml import etree

from ..errors import VerifyError
from ..render.layout import MARGIN_BAND

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XHTML = "http://www.w3.org/1999/xhtml"
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


@dataclass(frozen=True)
class PdfBody:
    """The body pages' text and where each page starts in it (for messages)."""
    text: str
    page_starts: tuple[int, ...]   # offset in `text` of body page 1, 2, …

    def page_at(self, offset: int) -> int:
        """The printed number of the body page holding character `offset`."""
        return bisect.bisect_right(self.page_starts, offset)


def pdf_body(data: bytes, until: str | None = None) -> PdfBody:
    """Body pages only (from the page labelled "1"), without running heads and folios:
    text inside each page's body area (`body_area`).

    `until` (folded as `subsequence.fold`, right-to-left letters split off) stops the
    reading at the page where the last of its characters is matched in order. Both checks
    of `verify` match greedily, leftmost first: once every body character is matched in
    the pages read, the pages after (the appendix, generated tables and charts: a fifth
    of verify at 1×) can change neither result. A body character not found keeps the
    reading going to the last page, as without `until`."""
    import pypdfium2 as pdfium

    from .subsequence import fold

    pdf = pdfium.PdfDocument(data)
    start = body_start(pdf)
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    matched = 0                     # characters of `until` matched so far
    try:
        for index in range(start, len(pdf)):
            if until is not None and matched == len(until):
                break
            page = pdf[index]
            left, bottom, right, top = body_area(page)
            textpage = page.get_textpage()
            text = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
            textpage.close()
            page.close()
            # pdfium reports a hyphen that ends a line as U+0002 (its soft-hyphen marker), and
            # joins the two lines: the break is given back, so a space there stays neutral.
            text = unicodedata.normalize("NFKC", text.replace("\x02", "-\n").replace("\r\n", "\n"))
            starts.append(offset)
            parts.append(text)
            offset += len(text) + 1
            if until is not None:
                matched = _match_on(until, matched, fold(text))
    finally:
        pdf.close()
    return PdfBody("\n".join(parts), tuple(starts))


def blank_opening(text: str, kept: tuple[str, ...], printed_again: tuple[str, ...]) -> str:
    """`text` (from body page 1 on; the DOCX's and the EPUB's from the title page on) with the
    characters of the lines printed from <info> — the title, dateline and speaker the PDF prints
    again at the top of body page 1 (`render/html/front.opening`), a title page — blanked out,
    offsets unchanged. They are <info>, not body: where the body repeats them (a work report's
    copied title block, `2026年…会议上陕西省省长赵刚` glued), the in-order match would otherwise
    take the opening's copy (`陕西省省长　赵刚`) for the body's and name a space the body has
    not. The cover lines printed above them (`kept`) are body text and stay. Unchanged where the
    page does not open with exactly these lines."""
    from .subsequence import fold, is_ignored

    pos, blank = 0, []
    for line, printed in [(line, False) for line in kept] + [(line, True) for line in printed_again]:
        for ch in fold(line):
            while pos < len(text) and (text[pos].isspace() or is_ignored(text[pos])):
                pos += 1
            if pos == len(text) or text[pos] != ch:
                return text
            if printed:
                blank.append(pos)
            pos += 1
    chars = list(text)
    for k in blank:
        chars[k] = " "
    return "".join(chars)


def _match_on(needle: str, matched: int, haystack: str) -> int:
    """How many characters of `needle` are matched in order once `haystack` is read too
    (greedy, as `subsequence.first_missing`)."""
    pos = 0
    find = haystack.find
    while matched < len(needle):
        pos = find(needle[matched], pos)
        if pos < 0:
            break
        matched += 1
        pos += 1
    return matched


def pdf_text(data: bytes) -> str:
    return pdf_body(data).text


def body_area(page) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the page without its running heads and folios, found
    by what they are: in a tagged PDF the text marked /Artifact (WeasyPrint marks the page
    margin boxes so; the chunked layout's folios too) — the area lies between the lowest
    artifact of the top half and the highest of the bottom half; in an untagged one the
    page's /ArtBox, which the renderer sets to the page's content box (`render/pdf/post.py`)."""
    width, height = page.get_size()
    top, bottom = height, 0.0
    artifacts = _artifact_boxes(page)
    if artifacts:
        for _l, b, _r, t in artifacts:
            if b > height / 2:
                top = min(top, b)
            elif t < height / 2:
                bottom = max(bottom, t)
        return 0.0, bottom, width, top
    art = page.get_artbox()
    media = page.get_mediabox()
    if art and tuple(art) != tuple(media):
        return 0.0, art[1] - media[1], width, art[3] - media[1]
    return 0.0, height * MARGIN_BAND, width, height * (1 - MARGIN_BAND)


def _artifact_boxes(page) -> list[tuple[float, float, float, float]]:
    """The bounds of the page's text objects marked /Artifact, in the page and in the forms it
    draws (three levels deep). Straight through pdfium's C API: a helper object per page
    object cost a fifth of verify (bench/results.md); every text object of a tagged page
    carries a mark (its /Span), so each one is looked at."""
    import ctypes

    import pypdfium2.raw as raw

    boxes: list[tuple[float, float, float, float]] = []
    buf = (ctypes.c_ushort * 32)()
    size = ctypes.c_ulong(0)
    bounds = [ctypes.c_float() for _ in range(4)]
    text, form = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM

    def visit(count: int, get, parent, level: int) -> None:
        for i in range(count):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == text:
                for m in range(raw.FPDFPageObj_CountMarks(obj)):
                    mark = raw.FPDFPageObj_GetMark(obj, m)
                    raw.FPDFPageObjMark_GetName(mark, buf, ctypes.sizeof(buf), ctypes.byref(size))
                    if bytes(buf)[:max(size.value - 2, 0)] == _ARTIFACT:
                        if raw.FPDFPageObj_GetBounds(obj, *bounds):
                            boxes.append(tuple(b.value for b in bounds))
                        break
            elif kind == form and level < 2:
                visit(raw.FPDFFormObj_CountObjects(obj), raw.FPDFFormObj_GetObject, obj, level + 1)

    visit(raw.FPDFPage_CountObjects(page.raw), raw.FPDFPage_GetObject, page.raw, 0)
    return boxes


_ARTIFACT = "Artifact".encode("utf-16-le")


def pdf_text_logical(data: bytes) -> str:
    """Like pdf_text, through poppler's pdftotext: right-to-left runs come back in logical order
    (pdfium gives visual order), which mixed Chinese and Arabic/Hebrew lines need."""
    import subprocess
    import tempfile

    import pikepdf

    start = _body_start(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
    width, height = box[2] - box[0], box[3] - box[1]
    band = int(height * MARGIN_BAND) + 1
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            proc = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", "-r", "72", "-f", str(start + 1),
                                   "-x", "0", "-y", str(band), "-W", str(int(width) + 1),
                                   "-H", str(int(height) - 2 * band), tmp.name, "-"],
                                  capture_output=True, timeout=600)
        except FileNotFoundError:
            from ..errors import DependencyError
            raise DependencyError("pdftotext (poppler-utils)", "apt-get install poppler-utils") from None
    return proc.stdout.decode("utf-8", "replace")


def _body_start(data: bytes) -> int:
    """Index of the page labelled "1" (`body_start`) of a PDF given as bytes."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return body_start(pdf)
    finally:
        pdf.close()


def body_start(pdf) -> int:
    """Index of the first page a viewer labels "1" (the renderer labels the front matter
    i, ii, … and the body 1, 2, …: `render/pdf/post.page_labels`); 0 without labels.
    Read through pdfium's FPDF_GetPageLabel on the document verify has open: opening
    the file a second time with pikepdf only for its /PageLabels was 8 % of verify."""
    import ctypes

    import pypdfium2.raw as raw

    for index in range(len(pdf)):
        size = raw.FPDF_GetPageLabel(pdf.raw, index, None, 0)
        if size <= 2:              # no label (pdfium counts the UTF-16 terminator)
            continue
        buf = ctypes.create_string_buffer(size)
        raw.FPDF_GetPageLabel(pdf.raw, index, buf, size)
        if buf.raw[:size - 2].decode("utf-16-le", "replace") == "1":
            return index
    return 0


def docx_text(data: bytes) -> str:
    """The text of word/document.xml's paragraphs, leaving out TOC and table-of-figures fields."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"), _XML)
    parts = []
    for p in root.iter(f"{{{W}}}p"):
        style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        name = style.get(f"{{{W}}}val", "") if style is not None else ""
        if name.startswith(("TOC", "TableofFigures", "TableOfFigures")) or _in_sdt(p):
            continue
        parts.append("".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
    return "\n".join(parts)


def _in_sdt(p: etree._Element) -> bool:
    return any(a.tag == f"{{{W}}}sdt" for a in p.iterancestors())


def epub_text(data: bytes) -> str:
    """The spine's XHTML bodies in reading order, without the nav and generated pages or headings."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        container = etree.fromstring(z.read("META-INF/container.xml"), _XML)
        opf_path = container.find(".//{*}rootfile").get("full-path")
        opf = etree.fromstring(z.read(opf_path), _XML)
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        manifest = {i.get("id"): i for i in opf.iter("{*}item")}
        parts = []
        for ref in opf.iter("{*}itemref"):
            item = manifest.get(ref.get("idref"))
            if item is None or "nav" in (item.get("properties") or "").split():
                continue
            doc = etree.fromstring(z.read(base + item.get("href")), _XML)
            body = doc.find(f"{{{XHTML}}}body")
            if body is None or "generated" in (body.get("class") or "").split():
                continue
            # generated: the list of figures, and the document's title heading the text before
            # the first heading (epub-filter.lua, 4.; the section keeps the body text under it)
            for gen in body.xpath(".//*[contains(concat(' ', @class, ' '), ' generated ')]"
                                  " | .//x:h1[contains(concat(' ', @class, ' '), ' front ')]", namespaces={"x": XHTML}):
                gen.getparent().remove(gen)
            parts.append("".join(body.itertext()))
    return "\n".join(parts)


EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "pdf": pdf_text,
    "docx": docx_text,
    "epub": epub_text,
}


def edition_text(fmt: str, data: bytes) -> str:
    """Extract the reader-visible body text of an edition; an unreadable edition fails verify."""
    try:
        return EXTRACTORS[fmt](data)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise VerifyError(f"the {fmt.upper()} edition cannot be read back: {exc}") from None
