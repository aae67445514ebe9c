"""Compiled regular expressions kept from one run to the next (issue 16: start-up).

    from pipeline.regex_cache import record; record()   # `make` runs it when a source changes
    import pipeline                     # pipeline/__init__ calls install(): the table is used

WHY: the front half compiles ~900 patterns when its modules are imported (cleaning rules,
structure signals, the figures readers); parsing and compiling them is about a third of the CPU a
`pipeline xml` process spends before its first stage, on the critical path of every build. What
the compiler makes of a pattern is deterministic, so it is recorded once (the engine's code, group
count and names for each pattern and flags) in __pycache__/ next to the bytecode, and `install()`
hands that code to the engine instead of compiling again. The table is keyed by the pattern text
and flags: a pattern missing from it (new, edited, built at run time) is compiled as usual, so a
stale table is never wrong, only slower. A table from another Python or regex engine (its name
holds the interpreter's cache tag and the engine's MAGIC, its contents the full version) is not
read; without `re._compiler` (another interpreter) nothing is patched. PIPELINE_REGEX_TABLE=off
compiles every pattern as before (to measure what the table saves: bench/results.md, Start-up).
"""
from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:                                   # not CPython 3.11+: compile as usual
    _sre = _compiler = _parser = None


def table_path() -> Path:
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return Path(__file__).with_name("__pycache__") / f"regex-table.{tag}.marshal"


def _entry(pattern, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile for `pattern`, as marshal-able values."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]   # some are named int constants
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def compile_from(table: dict, original):
    """A stand-in for re._compiler.compile that takes a pattern's code from `table`."""
    def compile(p, flags=0):
        entry = table.get((p, flags)) if isinstance(p, (str, bytes)) else None
        if entry is None:
            return original(p, flags)
        return _sre.compile(p, *entry)
    compile.original = original
    return compile


def load(path: Path | None = None) -> dict:
    """The recorded table, or {} when there is none for this interpreter or it cannot be read."""
    try:
        version, table = marshal.loads((path or table_path()).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if version == sys.version and isinstance(table, dict) else {}


def install() -> None:
    """Use the recorded table for every pattern compiled in this process from now on."""
    if _compiler is None or hasattr(_compiler.compile, "original") or os.environ.get("PIPELINE_REGEX_TABLE") == "off":
        return
    table = load()
    if table:
        _compiler.compile = compile_from(table, _compiler.compile)


def record(path: Path | None = None) -> Path:
    """Import every pipeline module while noting each pattern compiled, and write the table
    (atomically: a process starting meanwhile reads the old one or none). Run it in a fresh
    interpreter: a module imported before the call compiles nothing, so is not noted."""
    import importlib
    import pkgutil
    import re

    import pipeline
    from .atomic import write_atomic

    table: dict = {}
    original = getattr(_compiler.compile, "original", _compiler.compile)

    def noting(p, flags=0):
        if type(p) in (str, bytes) and type(flags) is int and not flags & _compiler.SRE_FLAG_DEBUG:
            table[(p, flags)] = _entry(p, flags)
        return original(p, flags)

    re.purge()               # patterns compiled before this call are compiled (and noted) again
    _compiler.compile = noting
    try:
        for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
            if not info.name.endswith("__main__"):
                try:
                    importlib.import_module(info.name)
                except Exception:                    # an optional renderer's library missing: skip it
                    pass
    finally:
        _compiler.compile = original
    path = Path(path) if path else table_path()
    path.parent.mkdir(exist_ok=True)
    write_atomic(path, marshal.dumps((sys.version, table)))
    return path

