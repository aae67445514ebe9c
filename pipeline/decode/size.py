"""The over-size message, shared by `read_source` and `decode_bytes`.

    >>> too_large("big.txt", 12_900_000, 10 * 1024 * 1024)
    'big.txt is 12.3 MB, over the 10 MB limit; raise it with --max-size'
"""
from __future__ import annotations

KB = 1024
MB = 1024 * 1024


def human_size(n: int) -> str:
    """12.3 MB, 10 MB, 3.5 KB, 200 bytes."""
    for unit, size in (("MB", MB), ("KB", KB)):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def too_large(name: str, size: int, limit: int) -> str:
    return f"{name} is {human_size(size)}, over the {human_size(limit)} limit; raise it with --max-size"
