"""One embedded subset per font in a merged PDF: the union of the glyphs its chunks used.

    merged = merge_font_subsets(pdf)   # pdf: the merged pikepdf.Pdf, changed in place

Why: each chunk of a chunked layout (chunks.py) is written by its own WeasyPrint, which
embeds its own subset of every font it used. Appended as they are, the CJK faces come
once per chunk: the sample's PDF was 2.4x the single layout's.

Why this is safe: WeasyPrint writes a font as a Type0 font with /Identity-H encoding and
/CIDToGIDMap /Identity, subset by HarfBuzz with the glyph ids retained (its second pass
keeps every id up to the last one used, so none is renumbered). A code in a content
stream is therefore the glyph id in the installed font file, in every chunk. Two chunks'
fonts with the same resource name and /BaseFont (WeasyPrint derives both from the Pango
font description) are one font.

For each such font: the installed face is found by the PostScript name in the embedded
program (fontconfig), and taken only if it has the same advance widths as every chunk's
subset for the glyphs that chunk used; it is subset again to the union of the glyphs
with WeasyPrint's own HarfBuzz subsetting, so the program is what the single layout
embeds; /W, the ToUnicode CMap and /CIDSet (PDF 1.4) are rewritten from the union (in
page order: where two chunks map a glyph to different text, the first one's wins, as in
one layout); every font resource then names the first chunk's font object, and the
others are no longer written.

A font that is not like that keeps one subset per chunk — correct, only larger: a Type3
(bitmap) font, a custom encoding (glyphs missing from the font), a variable or colour
face (WeasyPrint changes their programs further), a face not found or not matching, or
a glyph whose /W differs between chunks (each chunk's content stream positions glyphs
against its own widths).
"""
from __future__ import annotations

import io
import struct
from functools import lru_cache
from math import ceil
from types import SimpleNamespace

import pikepdf
from pikepdf import Array, Dictionary, Name

from ...log import debug
from .glyphs import fc_output
from .fontmaps import cid_widths, to_unicode_map

HINTING = False   # as render_pdf writes (write_pdf(hinting=False))
_CHANGED_BY_WEASYPRINT = ("fvar", "CBDT", "CBLC", "sbix", "SVG ", "COLR", "EBDT")


def merge_font_subsets(pdf: pikepdf.Pdf) -> int:
    """Give each font one embedded subset; return how many fonts were merged."""
    fonts, font_dicts = _fonts_in_use(pdf)
    keep: dict[tuple[int, int], pikepdf.Object] = {}
    merged = 0
    for key, group in fonts.items():
        if len(group) < 2:
            continue
        reason = _merge(pdf, group)
        if reason:
            debug("PDF fonts: %s keeps one subset per chunk (%s)", key[1], reason)
            continue
        merged += 1
        for font in group[1:]:
            keep[font.objgen] = group[0]
    for font_dict in font_dicts:
        for name, font in list(font_dict.items()):
            if font.objgen in keep:
                font_dict[name] = keep[font.objgen]
    return merged


def _fonts_in_use(pdf: pikepdf.Pdf):
    """{(resource name, /BaseFont): [font objects in page order]} and the /Font dictionaries,
    from the pages' resources and those of the forms and patterns they draw."""
    fonts: dict[tuple[str, str], list] = {}
    font_dicts, seen_fonts, seen = [], set(), set()

    def walk(resources):
        if not isinstance(resources, Dictionary):
            return
        font_dict = resources.get("/Font")
        if isinstance(font_dict, Dictionary):
            if font_dict.objgen == (0, 0) or font_dict.objgen not in seen:
                seen.add(font_dict.objgen)
                font_dicts.append(font_dict)
            for name, font in font_dict.items():
                if font.objgen not in seen_fonts:
                    seen_fonts.add(font.objgen)
                    fonts.setdefault((name, str(font.get("/BaseFont", ""))), []).append(font)
        for kind in ("/XObject", "/Pattern"):
            for item in (resources.get(kind) or {}).values():
                if isinstance(item, (pikepdf.Stream, Dictionary)) and item.objgen not in seen:
                    seen.add(item.objgen)
                    walk(item.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
    return fonts, font_dicts


def _merge(pdf: pikepdf.Pdf, group: list) -> str:
    """Make group[0] the union of the group's fonts; return why not, or ''."""
    programs = []
    for font in group:
        program = _program(font)
        if program is None:
            return "not an Identity-H font with an embedded program"
        programs.append(program)
    if len({file_key for file_key, _ in programs}) != 1:
        return "different kinds of font program"
    widths: dict[int, float] = {}
    text: dict[int, str] = {}
    used: list[list[int]] = []
    for font in group:
        chunk_widths = cid_widths(font.DescendantFonts[0])
        for gid, width in chunk_widths.items():
            if widths.setdefault(gid, width) != width:
                return f"glyph {gid} is {widths[gid]} wide in one chunk, {width} in another"
        chunk_text = {int(code, 16): t for code, t in
                      to_unicode_map(font.ToUnicode.read_bytes().decode("latin-1")).items()}
        for gid, t in chunk_text.items():
            text.setdefault(gid, t)
        used.append(sorted(chunk_text))
    blobs = tuple(program.read_bytes() for _, program in programs)
    face = _installed_face(_postscript_name(blobs[0]), tuple(tuple(u) for u in used), blobs)
    if face is None:
        return "the installed face was not found or does not match"
    subset = _subset(*face, sorted(text))
    if subset is None:
        return "HarfBuzz could not subset it"
    _rewrite(pdf, group[0], programs[0][0], subset, widths, text)
    return ""


def _program(font) -> tuple[str, pikepdf.Stream] | None:
    if (font.get("/Subtype") != "/Type0" or font.get("/Encoding") != "/Identity-H"
            or "/ToUnicode" not in font or "/DescendantFonts" not in font):
        return None
    descendant = font.DescendantFonts[0]
    if descendant.get("/CIDToGIDMap", Name.Identity) != "/Identity":
        return None
    descriptor = descendant.get("/FontDescriptor")
    for key in ("/FontFile2", "/FontFile3"):
        if descriptor is not None and key in descriptor:
            return key, descriptor[key]
    return None


def _postscript_name(data: bytes) -> str:
    from fontTools.ttLib import TTFont
    try:
        return TTFont(io.BytesIO(data), lazy=True)["name"].getDebugName(6) or ""
    except Exception:   # a program fontTools cannot read is simply not merged
        return ""


def _advances(font, gids) -> list[int]:
    """Advance widths (font units) of `gids`, straight from the hmtx table."""
    count = font["hhea"].numberOfHMetrics
    raw = font.reader["hmtx"]
    return [struct.unpack_from(">H", raw, 4 * min(g, count - 1))[0] for g in gids]


def _installed_face(name: str, used: tuple, programs: tuple) -> tuple[str, int] | None:
    """(file, index) of the installed face named `name` whose advance widths match every
    chunk's program for the glyphs that chunk used."""
    from fontTools.ttLib import TTFont
    if not name:
        return None
    chunk_advances = [_advances(TTFont(io.BytesIO(p), lazy=True), gids) for p, gids in zip(programs, used)]
    for path, index in _faces_named(name):
        face = TTFont(path, fontNumber=index, lazy=True)
        try:
            if any(tag in face for tag in _CHANGED_BY_WEASYPRINT):
                continue
            if all(_advances(face, gids) == adv for gids, adv in zip(used, chunk_advances)):
                return path, index
        finally:
            face.close()
    return None


@lru_cache(maxsize=None)
def _faces_named(name: str) -> tuple[tuple[str, int], ...]:
    out = fc_output("fc-list", "--format=%{file}\t%{index}\n", f":postscriptname={name}")
    faces = []
    for line in out.splitlines():
        path, _, index = line.rpartition("\t")
        if path and index.isdigit():
            faces.append((path, int(index)))
    return tuple(sorted(faces))


# ---- HarfBuzz --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _harfbuzz():
    """A face from a file: the two calls WeasyPrint's own HarfBuzz binding does not declare."""
    import cffi
    ffi = cffi.FFI()
    ffi.cdef("""
        typedef struct hb_blob_t hb_blob_t;
        typedef struct hb_face_t hb_face_t;
        hb_blob_t * hb_blob_create_from_file_or_fail (const char *file_name);
        hb_face_t * hb_face_create (hb_blob_t *blob, unsigned int index);
        void hb_blob_destroy (hb_blob_t *blob);
        void hb_face_destroy (hb_face_t *face);
    """)
    for name in ("libharfbuzz.so.0", "harfbuzz", "libharfbuzz-0", "libharfbuzz.0.dylib"):
        try:
            return ffi, ffi.dlopen(name)
        except OSError:
            continue
    return None


def _subset(path: str, index: int, gids: list[int]) -> bytes | None:
    """The face subset to `gids` exactly as WeasyPrint subsets a font it embeds."""
    from weasyprint.pdf.fonts import Font
    from weasyprint.text import ffi as weasy
    binding = _harfbuzz()
    # Font._harfbuzz_subset is WeasyPrint's own (pinned by the lock, checked by test_pdf_subsets):
    # if an upgrade renames it, the chunks keep their own subsets instead of the render failing.
    if binding is None or weasy.harfbuzz_subset is None or not gids or not hasattr(Font, "_harfbuzz_subset"):
        return None
    ffi, hb = binding
    blob = hb.hb_blob_create_from_file_or_fail(path.encode())
    if blob == ffi.NULL:
        return None
    face = hb.hb_face_create(blob, index)
    hb.hb_blob_destroy(blob)
    try:
        stub = SimpleNamespace(hb_face=weasy.ffi.cast("hb_face_t *", int(ffi.cast("uintptr_t", face))),
                               missing={}, family=path, file_content=None)
        try:
            Font._harfbuzz_subset(stub, dict.fromkeys(gids), HINTING)
        except (AttributeError, TypeError):   # another WeasyPrint's signature: do not merge
            return None
        return stub.file_content
    finally:
        hb.hb_face_destroy(face)


# ---- writing the merged font -------------------------------------------------------------

def _rewrite(pdf: pikepdf.Pdf, font, file_key: str, program: bytes,
             widths: dict[int, float], text: dict[int, str]) -> None:
    descendant = font.DescendantFonts[0]
    descriptor = descendant.FontDescriptor
    stream = pikepdf.Stream(pdf, program)
    if file_key == "/FontFile3":
        stream.Subtype = Name.OpenType
    else:
        stream.Length1 = len(program)
    descriptor[file_key] = stream
    descendant.W = _w_array(widths)
    font.ToUnicode = pikepdf.Stream(pdf, _to_unicode_cmap(text))
    bbox = list(descriptor.FontBBox)
    bbox[2] = _number(max(widths.values()) if widths else 0)
    descriptor.FontBBox = Array(bbox)
    flags = int(descriptor.Flags) & ~1
    if len(widths) > 1 and len(set(widths.values())) == 1:
        flags |= 1   # FixedPitch
    descriptor.Flags = flags
    if "/CIDSet" in descriptor:
        descriptor.CIDSet = pikepdf.Stream(pdf, _cid_set(widths))


def _number(value: float):
    return int(value) if float(value).is_integer() else value


def _w_array(widths: dict[int, float]) -> Array:
    """Runs of consecutive glyph ids: `first [w w …]`, as WeasyPrint writes /W."""
    items: list = []
    run: list = []
    for gid in sorted(widths):
        if gid - 1 not in widths:
            run = []
            items += [gid, run]
        run.append(_number(widths[gid]))
    return Array([Array(item) if isinstance(item, list) else item for item in items])


def _to_unicode_cmap(text: dict[int, str]) -> bytes:
    """The ToUnicode CMap, in WeasyPrint's words and order (100 bfchar entries a block)."""
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo", b"<< /Registry (Adobe)", b"/Ordering (UCS)", b"/Supplement 0",
             b">> def", b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
             b"1 begincodespacerange", b"<0000> <ffff>", b"endcodespacerange"]
    items = list(text.items())
    for i in range(ceil(len(items) / 100)):
        batch = items[i * 100:(i + 1) * 100]
        lines.append(f"{len(batch)} beginbfchar".encode())
        lines += [f"<{gid:04x}> <{t.encode('utf-16-be').hex()}>".encode() for gid, t in batch]
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)


def _cid_set(widths: dict[int, float]) -> bytes:
    """One bit per CID in use, from CID 0 (PDF/A-1 asks for it in a subset)."""
    cids = sorted(widths)
    size = ceil((cids[-1] + 1) / 8) if cids else 1
    bits = bytearray(size)
    for cid in cids:
        bits[cid // 8] |= 0x80 >> (cid % 8)
    return bytes(bits)
