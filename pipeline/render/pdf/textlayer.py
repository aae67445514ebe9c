"""The PDF's text layer reads as written: Chinese justification gaps become positioning.

    count = drop_justification_spaces(pdf)   # pdf: an open pikepdf.Pdf, changed in place

Why: Chinese lines end flush because `render/html/cjk.py` puts a U+0020 at every break
opportunity and the stylesheet cancels its width (`word-spacing: -0.256em`); WeasyPrint then
stretches those spaces. They are glyphs, so every extractor (pdfium, poppler, a copy from a
viewer, a search indexer) read `是 河 西 区`. Here each such space glyph is taken out of its
`TJ` array and replaced by the one kerning number that moves the pen exactly as far as the
space and its adjustments did: glyphs stay where they were, the text loses the space.

Which spaces: a U+0020 glyph drawn with *negative* spacing. WeasyPrint writes the spacing a
space gets (word-spacing + justification) as a Pango letter-spacing, half of it as the glyph's
x-offset, which it emits as the number just before the glyph, after an empty string
(`<>{-offset}<`): positive there means the space was narrowed, which only the gaps are
(`word-spacing: -0.256em` plus a justification share smaller than a space). Real spaces
(`span.sp`, English text, headings, table cells) get zero or positive spacing and are kept;
a run of a single space is always a real one. A gap in a line stretched by a whole space or
more per gap is widened like a real space: it goes when its neighbours are ones cjk.py
separates with a gap, one of them Han or Chinese-only punctuation (`_loose_gap`).

Where a gap is wider than LOOSE, pdfium and poppler would still read its distance as a word
space, so that run also carries its text as /ActualText (with a real space at its edges
where one is, and inkless glyphs covering a gap at its edges). Whatever is still wrong, exact
verify (pipeline/verify) names rather than ships.

Cost: a regular-expression pass over each page's content stream (no content-stream parse):
2.5 % of the PDF's render CPU on the sample, 2.7 % at ten times its length.
"""
from __future__ import annotations

import re

import pikepdf

from ..html.cjk import gap_between

_OPS = re.compile(rb"/([^\s/\[\]<>()]+)\s+(-?[\d.]+)\s+Tf|\[([^\]]*)\]\s*TJ")
_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
# A gap wider than this (1/1000 em) may read as a word space to poppler (from about 0.1 em;
# 0.065 em did not) and pdfium (from half a space, 0.128 em): such a run also gets its
# text as /ActualText.
LOOSE = 80.0


class _Font:
    """One Type0 font: its 2-byte codes' text (ToUnicode) and the widths of those that
    show U+0020 (1/1000 em)."""

    def __init__(self, font: pikepdf.Object):
        self.space_widths: dict[bytes, float] = {}
        self.text: dict[bytes, str] = {}
        self.widths: dict[int, float] = {}
        self.default = 1000.0
        self.patterns = None
        if font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font:
            return
        self.text = to_unicode_map(font.ToUnicode.read_bytes().decode("latin-1"))
        # one glyph serves U+0020 and U+00A0; ToUnicode names whichever came first
        codes = [code for code, text in self.text.items() if len(text) == 1 and text.isspace()]
        if codes:
            descendant = font.DescendantFonts[0]
            self.widths = cid_widths(descendant)
            self.default = float(descendant.get("/DW", 1000))
            self.space_widths = {code: self.widths.get(int(code, 16), self.default) for code in codes}

    def advance(self, body: bytes) -> float:
        """The pen's advance over a TJ array's operands, in 1/1000 em."""
        codes = b"".join(_HEX.findall(body))
        total = sum(self.widths.get(int(codes[k:k + 4], 16), self.default) for k in range(0, len(codes), 4))
        return total - sum(float(n) for n in _NUMBER.findall(body))


def to_unicode_map(cmap: str) -> dict[bytes, str]:
    """code (4 lower-case hex digits) -> text, from a ToUnicode CMap's bfchar and bfrange."""
    out: dict[bytes, str] = {}

    def text(hexdigits: str) -> str:
        return bytes.fromhex(hexdigits).decode("utf-16-be", "replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in _BFCHAR.findall(block):
            out[b"%04x" % int(src, 16)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in _BFRANGE.findall(block):
            first = int(dst, 16)
            for k in range(int(hi, 16) - int(lo, 16) + 1):
                out[b"%04x" % (int(lo, 16) + k)] = chr(first + k)
    return out


def cid_widths(descendant: pikepdf.Object) -> dict[int, float]:
    """The /W array: `c [w1 w2 …]` and `c_first c_last w` entries."""
    out: dict[int, float] = {}
    items = list(descendant.get("/W", []))
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            for k, w in enumerate(items[i + 1]):
                out[first + k] = float(w)
            i += 2
        else:
            for c in range(first, int(items[i + 1]) + 1):
                out[c] = float(items[i + 2])
            i += 3
    return out


def _number(value: float) -> bytes:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0") else "0").encode("ascii")


_NUM = rb"(-?\d*\.?\d+)"
_HEX = re.compile(rb"<([0-9a-f]*)>")
_NUMBER = re.compile(rb"(?<![0-9a-f<])-?\d*\.?\d+(?![0-9a-f]*>)")
_SAFE = re.compile(rb"[<>0-9a-f.\-\s]*")
_PREV_GLYPH = re.compile(rb"([0-9a-f]{4})>[^<]*(?:<>[^<]*)*\Z")
_NEXT_GLYPH = re.compile(rb"<?([0-9a-f]{4})")


def _patterns(font: _Font) -> tuple[re.Pattern, re.Pattern]:
    """(a space glyph after a number, a space glyph opening the array) for `font`'s codes.

    WeasyPrint writes a glyph with an x-offset as `>{-offset}<` + its code, and a glyph's
    kerning (width + offset - advance) as `>{kerning}<` after it; a space that opens a
    hex string with a number before it is therefore written `PRE<0001>POST<` (or
    `PRE<0001…` when its kerning is nil). Its advance is width - PRE - POST."""
    if font.patterns is None:
        codes = b"|".join(re.escape(c) for c in font.space_widths)
        font.patterns = (
            re.compile(rb"(?<=<>)" + _NUM + rb"<(" + codes + rb")(?:>" + _NUM + rb"(?=<|\Z)|(?=[0-9a-f])|>(?=<|\Z))"),
            re.compile(rb"\A\s*(?:<>\s*)?<(" + codes + rb")>" + _NUM + rb"(?=<|\Z)"))
    return font.patterns


def _rewrite_array(body: bytes, font: _Font) -> tuple[bytes, int, float, tuple[bool, bool]]:
    """One TJ array's operands without its gap spaces: (new operands, gaps dropped, the
    widest gap's advance in 1/1000 em, whether a gap opened and closed the array).

    A space is a gap when it was narrowed (advance < width: PRE > 0, or, opening the
    array, where Pango gives no x-offset, POST > 0), or when it was widened between two
    characters that cjk.py separates with a gap (`_loose_gap`)."""
    if not _SAFE.fullmatch(body):
        return body, 0, 0.0, (False, False)   # something WeasyPrint does not write
    glyphs = b"".join(_HEX.findall(body))
    if len(glyphs) == 4:
        # a run of one space is a space of the text (`span.sp`), however the line was
        # justified (an overfull line narrows real spaces too)
        return body, 0, 0.0, (False, False)
    inner, first = _patterns(font)
    widths = font.space_widths
    dropped = 0
    widest = 0.0
    closes = False

    def replace(m: re.Match) -> bytes:
        nonlocal dropped, widest, closes
        pre = float(m.group(1))
        if pre == 0 or (pre < 0 and not _loose_gap(body, m, font)):
            return m.group()
        shift = pre + float(m.group(3) or 0) - widths[m.group(2)]
        dropped += 1
        widest = max(widest, -shift)
        reopen = m.group(3) is None and not m.group().endswith(b">")
        closes = closes or not body[m.end():].strip()
        return b" " + _number(shift) + (b" <" if reopen else b" ")

    head = first.match(body)
    opens = bool(head and float(head.group(2)) > 0)
    if opens:
        shift = float(head.group(2)) - widths[head.group(1)]
        dropped, widest = 1, -shift
        body = _number(shift) + b" " + body[head.end():]
    out = inner.sub(replace, body)
    return out, dropped, widest, (opens, closes)


# Han, or punctuation only Chinese text uses (curly quotes are shared with English)
_CJK_ONLY = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f〇，。、；：？！）》」』】〕〉．（《「『【〔〈]")


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f〇]")


def _loose_gap(body: bytes, m: re.Match, font: _Font) -> bool:
    """A line stretched by a space's width or more per gap draws its gaps widened, like
    real spaces. Inside one text run of a Chinese paragraph every space is a gap (real
    spaces are runs of their own, `span.sp`); elsewhere (headings, cells, English) a real
    space next to a Han character or Chinese-only punctuation is what this mistakes. The
    XML has few such (clean's `cjk-stray-space`), and exact verify names any."""
    prev = _PREV_GLYPH.search(body, max(0, m.start() - 80), m.start())
    nxt = _NEXT_GLYPH.match(body, m.end())
    a = font.text.get(prev.group(1), "") if prev else ""
    b = font.text.get(nxt.group(1), "") if nxt else ""
    if a and b:
        return gap_between(a[-1], b[0]) and bool(_CJK_ONLY.search(a[-1] + b[0]))
    # at the edge of the run (its neighbour is in the next text object): by the one it has
    return bool(_HAN.match(a[-1:] or b[:1]))


def _actual_text(body: bytes, font: _Font, before: str = "", after: str = "") -> bytes:
    """The marked-content prefix that gives a TJ array's glyphs as their text."""
    codes = b"".join(_HEX.findall(body))
    text = before + "".join(font.text.get(codes[k:k + 4], "") for k in range(0, len(codes), 4)) + after
    return b"/Span <</ActualText <feff" + text.encode("utf-16-be").hex().encode("ascii") + b">>> BDC "


def _edges_covered(new: bytes, font: _Font, edges: tuple[bool, bool]) -> bytes:
    """A loose array whose first or last item is a gap's positioning gets a space glyph
    of no advance (`<space> width`) at that edge, inside its /ActualText.

    The distance a gap leaves at the edge of a text run (next to a statistic's anchor or
    a link) lies between two text objects, outside the glyphs the ActualText covers;
    pdfium and poppler read a space there when it is wide. An inkless glyph at the far
    side of the gap stretches the covered extent over it; being inside the ActualText,
    it adds nothing to the text."""
    code, width = next(iter(font.space_widths.items()))
    marker = b"<" + code + b"> " + _number(width)
    if edges[0]:
        new = marker + b" " + new
    if edges[1]:
        new = new + b" " + marker
    return new


_TM = re.compile(rb"(-?[\d.]+)\s+(-?[\d.]+)\s+Tm")
WORD_GAP = 0.15   # em: a distance between two runs of one line that reads as a space


def rewrite_content(data: bytes, fonts: dict[str, _Font]) -> tuple[bytes, int]:
    """A content stream with the gap spaces of every TJ array replaced by positioning.

    A loose array (a gap wider than LOOSE) also gets its text as /ActualText. pdfium does
    not look at the distance between such a span and the run before or after it, so a real
    space there (a `span.sp` run, which WeasyPrint draws as nothing but distance) is put
    into the ActualText: the runs of each line are followed by their pen positions."""
    runs = []     # (match, font, size, x, y)
    font, size, x, y = None, 0.0, 0.0, 0.0
    for m in _OPS.finditer(data):
        if m.group(1) is not None:
            font, size = fonts.get(m.group(1).decode("latin-1")), float(m.group(2))
            tm = None
            for tm in _TM.finditer(data, max(0, m.start() - 120), m.start()):
                pass
            if tm is not None:
                x, y = float(tm.group(1)), float(tm.group(2))
            continue
        runs.append((m, font, size, x, y))
        if font is not None:
            x += font.advance(m.group(3)) * size / 1000
    chunks: list[bytes] = []
    last = 0
    total = 0
    for index, (m, font, size, x, y) in enumerate(runs):
        if font is None:
            continue
        new, dropped, widest, edges = _rewrite_array(m.group(3), font)
        if not dropped:
            continue
        total += dropped
        if widest > LOOSE:
            before = " " if index and _spaced(runs[index - 1], runs[index]) else ""
            after = " " if index + 1 < len(runs) and _spaced(runs[index], runs[index + 1]) else ""
            chunks += [data[last:m.start(3) - 1], _actual_text(new, font, before, after),
                       b"[", _edges_covered(new, font, edges), b"] TJ EMC"]
            last = m.end()
        else:
            chunks += [data[last:m.start(3)], new]
            last = m.end(3)
    if not total:
        return data, 0
    chunks.append(data[last:])
    return b"".join(chunks), total


def _spaced(first, second) -> bool:
    """Whether run `second` starts a word space after run `first` ends, on the same line."""
    m, font, size, x, y = first
    _m2, _f2, size2, x2, y2 = second
    if font is None or abs(y - y2) > 0.5 or not size:
        return False
    end = x + font.advance(m.group(3)) * size / 1000
    return x2 - end > WORD_GAP * size


def drop_justification_spaces(pdf: pikepdf.Pdf) -> int:
    """Rewrite every page's content stream; return the number of gap spaces dropped."""
    cache: dict[tuple[int, int], _Font] = {}
    total = 0
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        font_dict = resources.get("/Font") if resources is not None else None
        if font_dict is None:
            continue
        fonts = {}
        for name, font in font_dict.items():
            key = font.objgen
            if key not in cache:
                cache[key] = _Font(font)
            if cache[key].space_widths:
                fonts[name[1:]] = cache[key]
        if not fonts:
            continue
        contents = page.obj.get("/Contents")
        streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
        for stream in streams:
            data, dropped = rewrite_content(stream.read_bytes(), fonts)
            if dropped:
                stream.write(data)
                total += dropped
    return total
