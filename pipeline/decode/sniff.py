"""Recognise bytes that are not text: known binary signatures and NUL bytes.

    >>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n...")
    'a PNG image'
"""
from __future__ import annotations

# (offset, signature, what it is): the first match names the file in the error message.
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive (or a DOCX, EPUB or ODT file)"),
    (0, b"PK\x05\x06", "an empty ZIP archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (0, b"{\\rtf", "an RTF document"),
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"OggS", "an Ogg media file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"wOFF", "a WOFF font"),
    (0, b"wOF2", "a WOFF2 font"),
    (0, b"\x00\x00\x00", "an MP4 or QuickTime media file"),   # with b"ftyp" at 4, checked below
    (0, b"RIFF", "a RIFF media file (WAV, AVI or WebP)"),
)


def binary_kind(data: bytes) -> str:
    """Name the binary format `data` starts with, or '' when no known signature matches."""
    for offset, signature, kind in SIGNATURES:
        if data[offset:offset + len(signature)] == signature:
            if kind == "an MP3 audio file" and b"\x00" not in data[:64]:
                continue  # "ID3" can open a text line; a real tag has NULs in its header
            if kind.startswith("an MP4") and data[4:8] != b"ftyp":
                continue
            return kind
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "a Windows executable"
    return ""


def text_likeness(text: str) -> float:
    """Share of characters that ordinary prose is made of (0.0-1.0).

    Counts ASCII printable characters and whitespace, Latin letters, general
    punctuation, CJK punctuation and ideographs, kana, Hangul and full-width forms.
    """
    if not text:
        return 0.0
    good = sum(1 for ch in text if _texty(ord(ch)))
    return good / len(text)


def _texty(cp: int) -> bool:
    return (
        0x20 <= cp < 0x7F or cp in (0x09, 0x0A, 0x0D)
        or 0xA0 <= cp < 0x0250                       # Latin-1 and Latin Extended
        or 0x2000 <= cp < 0x2070                     # general punctuation
        or 0x2E80 <= cp < 0xA000                     # CJK radicals .. unified ideographs, kana
        or 0xAC00 <= cp < 0xD7A4                     # Hangul syllables
        or 0xF900 <= cp < 0xFB00                     # CJK compatibility ideographs
        or 0xFE30 <= cp < 0xFE50 or 0xFF00 <= cp < 0xFFF0
    )
