"""What a subset font's PDF objects say about its glyphs: the text of each code (ToUnicode)
and each code's width (/W), read from the PDF as WeasyPrint wrote it.

    text = to_unicode_map(font.ToUnicode.read_bytes().decode("latin-1"))   # code -> text
    widths = cid_widths(font.DescendantFonts[0])                          # CID -> width

`subsets.merge_font_subsets` reads both to merge the subsets of chunked layouts.
"""
from __future__ import annotations

import re

import pikepdf

_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


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
