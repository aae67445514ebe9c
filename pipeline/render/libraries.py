"""Find the renderers' C libraries from one `ldconfig -p` listing, not one process per guess.

    with quick_library_lookup():
        import weasyprint        # Pango, HarfBuzz, fontconfig, GObject: found without gcc

WeasyPrint loads its libraries through cffi, which asks `ctypes.util.find_library` for each
of the names WeasyPrint tries in turn (`libgobject-2.0-0`, `gobject-2.0-0`, `gobject-2.0`,
...). On Linux every name that misses runs `ldconfig -p`, then gcc, then ld: about thirty
processes, 0.15 s of CPU and 0.3-0.7 s of wall, in every process that imports WeasyPrint
(bench/results.md, "Profile of the 1x build": gcc, ld, ldconfig). Inside this context
find_library reads the linker cache once, as its own first step does, and answers a miss
with None at once. Nothing is lost by skipping gcc and ld: a library outside the cache
(LD_LIBRARY_PATH only) is still found, because WeasyPrint's list of names ends with real
file names (`libgobject-2.0.so.0`), which cffi hands to dlopen directly.
"""
from __future__ import annotations

import ctypes.util
import functools
import os
import re
import struct
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

# ldconfig's name for this process's ABI, as ctypes.util spells it (CPython's mach_map)
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


@functools.lru_cache(maxsize=1)
def _listing() -> str:
    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False,
                              env={"LC_ALL": "C", "LANG": "C"}).stdout
    except OSError:
        return ""


def find_in_cache(name: str) -> str | None:
    """The soname ldconfig lists for `name` (`gobject-2.0` -> `libgobject-2.0.so.0`), or None."""
    abi = _ABI.get(f"{os.uname().machine}-{struct.calcsize('l') * 8}", "libc6")
    found = re.search(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({re.escape(abi)}", _listing())
    return found.group(1) if found else None


@contextmanager
def quick_library_lookup() -> Iterator[None]:
    """ctypes.util.find_library answered from the linker cache while the block runs."""
    original = ctypes.util.find_library
    ctypes.util.find_library = find_in_cache
    try:
        yield
    finally:
        ctypes.util.find_library = original
