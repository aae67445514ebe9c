"""cffi's parse of WeasyPrint's C declarations, kept from one run to the next.

    with cached_cdefs():
        import weasyprint        # its `ffi.cdef(...)` read from __pycache__ after the first run

WHY: `weasyprint.text.ffi` declares Pango, HarfBuzz, fontconfig and GObject to cffi in one
`ffi.cdef` (~550 lines of C), which cffi parses with pycparser on every import: 0.04 CPU-s the
first time in a process (pycparser's tables included), the largest single cost of the PDF
worker's imports, which the 1x build's PDF waits for (bench/results.md, "speed2"). What the
parser makes of a source is deterministic: its declarations (cffi's type model: plain Python
objects) are pickled once, keyed by the source, the options, cffi's and Python's versions, in
__pycache__/ beside this module's bytecode (trusted as the bytecode is), and given to the next
process's parser instead of parsing again (~0.0004 s). A parser that already holds declarations,
a key not in the cache, or a cache that cannot be read or written: cffi parses as usual.
PIPELINE_CDEF_CACHE=off parses every time (to measure what this saves).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FOLDER = Path(__file__).with_name("__pycache__")
STATE = ("_declarations", "_int_constants", "_anonymous_counter", "_recomplete", "_uses_new_feature")


def _key(csource: str, options: tuple) -> str:
    import cffi

    text = repr((csource, options, cffi.__version__, sys.version, pickle.HIGHEST_PROTOCOL))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _path(key: str) -> Path:
    return FOLDER / f"cdefs-{sys.implementation.cache_tag}-{key}.pickle"


def _fresh(parser) -> bool:
    return not parser._declarations and not parser._int_constants and not parser._included_declarations


@contextmanager
def cached_cdefs() -> Iterator[None]:
    """cffi's Parser.parse answered from the cache while the block runs (see module doc)."""
    if os.environ.get("PIPELINE_CDEF_CACHE") == "off":
        yield
        return
    try:
        from cffi import cparser
    except ImportError:   # no cffi: nothing to patch
        yield
        return
    original = cparser.Parser.parse

    def parse(self, csource, override=False, packed=False, pack=None, dllexport=False):
        if not isinstance(csource, str) or not _fresh(self):
            return original(self, csource, override, packed, pack, dllexport)
        path = _path(_key(csource, (override, packed, pack, dllexport)))
        try:
            state = pickle.loads(path.read_bytes())
        except Exception:   # noqa: BLE001 - absent, truncated or from another cffi: parse
            state = None
        if isinstance(state, tuple) and len(state) == len(STATE):
            for name, value in zip(STATE, state):
                setattr(self, name, value)
            return None
        result = original(self, csource, override, packed, pack, dllexport)
        _store(path, tuple(getattr(self, name) for name in STATE))
        return result

    cparser.Parser.parse = parse
    try:
        yield
    finally:
        cparser.Parser.parse = original


def _store(path: Path, state: tuple) -> None:
    """Write the parsed state atomically (a temporary file, then a rename); never an error."""
    try:
        data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, path)
    except Exception:   # noqa: BLE001 - a read-only install, a full disk: parse again next time
        try:
            part.unlink()
        except Exception:   # noqa: BLE001
            pass
