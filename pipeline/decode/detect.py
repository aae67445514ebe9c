"""Choose the encoding of some bytes: BOM, then UTF-16 by NUL pattern, then strict UTF-8,
then charset-normalizer (GB18030, Big5, Windows-1252), then a damaged-text fallback.

    >>> detect_encoding("政府工作报告".encode("gb18030"), "x.txt").encoding
    'gb18030'
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from .sniff import text_likeness


@dataclass(frozen=True)
class Choice:
    encoding: str    # the name reported in Decoded.encoding
    codec: str       # the Python codec that decodes the bytes after the BOM
    skip: int = 0    # length of the byte-order mark in front


# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, Choice], ...] = (
    (b"\xef\xbb\xbf", Choice("utf-8-sig", "utf-8", 3)),
    (b"\xff\xfe\x00\x00", Choice("utf-32", "utf-32-le", 4)),
    (b"\x00\x00\xfe\xff", Choice("utf-32", "utf-32-be", 4)),
    (b"\x84\x31\x95\x33", Choice("gb18030", "gb18030", 4)),
    (b"\xff\xfe", Choice("utf-16", "utf-16-le", 2)),
    (b"\xfe\xff", Choice("utf-16", "utf-16-be", 2)),
)

# What charset-normalizer may answer (no UTF-16/32 without a BOM: short CJK texts
# come out as UTF-16 by accident), and the codec each answer decodes with.
CANDIDATES = ["gb18030", "big5", "cp1252"]
CODECS = {  # detected name -> (reported name, codec); GB2312/GBK decode as their superset
    "gb18030": ("gb18030", "gb18030"), "gbk": ("gb18030", "gb18030"),
    "gb2312": ("gb18030", "gb18030"), "hz": ("gb18030", "gb18030"),
    "big5": ("big5", "cp950"), "cp950": ("big5", "cp950"), "big5hkscs": ("big5hkscs", "big5hkscs"),
    "cp1252": ("cp1252", "cp1252"), "latin_1": ("cp1252", "cp1252"),
    "utf_8": ("utf-8", "utf-8"), "ascii": ("utf-8", "utf-8"),
}
SUPPORTED = "UTF-8, UTF-16, GB18030/GBK/GB2312, Big5"


def detect_encoding(data: bytes, name: str) -> Choice:
    """Return how to decode `data` (never empty); raise InputError when it is not text."""
    for bom, choice in BOMS:
        if data.startswith(bom):
            return choice
    if b"\x00" in data:
        # UTF-16 of Latin text is half NULs (and valid UTF-8); a few stray NULs in
        # valid UTF-8 are control characters the decode stage drops and counts.
        if data.count(0) * 3 < len(data) and _is_utf8(data):
            return Choice("utf-8", "utf-8")
        return _utf16_without_bom(data, name)
    if _is_utf8(data):
        return Choice("utf-8", "utf-8")
    if _mostly_valid(data, "utf-8"):
        return Choice("utf-8", "utf-8")
    from charset_normalizer import from_bytes   # here: ~0.006 CPU-s to import, needed only for a non-UTF-8 input

    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is not None and best.encoding in CODECS:
        return Choice(*CODECS[best.encoding])
    for codec, reported in (("gb18030", "gb18030"), ("cp950", "big5")):
        if _mostly_valid(data, codec):
            return Choice(reported, codec)
    raise InputError(f"{name} is not text in any supported encoding ({SUPPORTED})")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes, name: str) -> Choice:
    """UTF-16 without a BOM is accepted only when one byte order clearly reads as text."""
    scores = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            scores[codec] = text_likeness(data[: len(data) // 2 * 2].decode(codec))
        except UnicodeDecodeError:
            scores[codec] = 0.0
    codec = max(scores, key=scores.get)
    other = min(scores, key=scores.get)
    if scores[codec] >= 0.95 and scores[codec] - scores[other] >= 0.2:
        return Choice("utf-16", codec)
    raise InputError(f"{name} is not text (it contains NUL bytes and does not read as UTF-16)")


def _mostly_valid(data: bytes, codec: str) -> bool:
    """True when `data` is text in `codec` with a few damaged bytes (at most 1 error per 20 characters)."""
    text = data.decode(codec, errors="replace")
    genuine = data.count(b"\xef\xbf\xbd") if codec == "utf-8" else 0   # U+FFFD already in the file
    errors = text.count("\ufffd") - genuine
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - max(errors, 0)
    return non_ascii > 0 and errors * 20 <= non_ascii and text_likeness(text) >= 0.9
