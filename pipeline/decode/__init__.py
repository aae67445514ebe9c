"""Stage 1, decode: bytes -> `Decoded` (NFC text with "\\n" line endings).

    from pipeline.decode import decode_bytes, read_source
    decoded = decode_bytes(read_source(path, max_size), name=path.name)
    decoded.encoding, decoded.text[:20]

No file I/O here except in `read_source` (pipeline/decode/source.py), which the CLI calls.
"""
from __future__ import annotations

import codecs
import re
import threading
import unicodedata

from ..errors import InputError
from ..log import warn
from ..model import Decoded
from ..options import DEFAULT_MAX_SIZE
from .detect import Choice, detect_encoding
from .normalise import LATIN1_UTF8, normalise_text
from .size import too_large
from .sniff import binary_kind
from .source import read_source

__all__ = ["decode_bytes", "read_source", "DEFAULT_MAX_SIZE"]

ERROR_MODES = ("strict", "replace")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_replaced = threading.local()


def _count_and_replace(exc: UnicodeDecodeError) -> tuple[str, int]:
    _replaced.count += 1
    return "\ufffd", exc.end


codecs.register_error("pipeline-count-replace", _count_and_replace)


def decode_bytes(data: bytes, *, name: str = "", errors: str = "strict",
                 max_size: int = DEFAULT_MAX_SIZE) -> Decoded:
    """Decode `data` into normalised text, or raise InputError with one sentence saying why not.

    errors="strict" refuses bytes invalid in the detected encoding (the message gives the
    byte offset); errors="replace" substitutes U+FFFD and warns with the count.
    """
    name = name or "the input"
    if errors not in ERROR_MODES:
        raise InputError(f"unknown --decode-errors mode {errors!r}; use 'strict' or 'replace'")
    if len(data) > max_size:
        raise InputError(too_large(name, len(data), max_size))
    if not data:
        raise InputError(f"{name} is empty")
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{name} is not text (looks like {kind})")
    choice = detect_encoding(data, name)
    text, replaced = _decode(data, choice, name, errors)
    # the C1 bytes of UTF-8 read as Latin-1 are characters' bytes (mojibake), not controls
    if len(text) >= 8 and len(_CONTROLS.findall(LATIN1_UTF8.sub("", text))) * 10 > len(text):
        raise InputError(f"{name} is not text (it is mostly control characters)")
    text, removed_controls = normalise_text(text)
    if not text:
        raise InputError(f"{name} is empty")
    if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):   # zero-width too
        raise InputError(f"{name} contains only whitespace")
    if replaced:
        warn(f"replaced {replaced} invalid byte sequence(s) in {choice.encoding} with U+FFFD", name)
    return Decoded(text=text, encoding=choice.encoding, replaced=replaced,
                   removed_controls=removed_controls)


def _decode(data: bytes, choice: Choice, name: str, errors: str) -> tuple[str, int]:
    body = data[choice.skip:]
    if errors == "replace":
        _replaced.count = 0
        return body.decode(choice.codec, errors="pipeline-count-replace"), _replaced.count
    try:
        return body.decode(choice.codec), 0
    except UnicodeDecodeError as exc:
        offset = exc.start + choice.skip
        bad = exc.object[exc.start:exc.end][:4].hex(" ")
        raise InputError(
            f"{name} has bytes that are not valid {choice.encoding} at byte offset {offset} "
            f"(0x{bad}); rerun with --decode-errors=replace to substitute U+FFFD"
        ) from None
