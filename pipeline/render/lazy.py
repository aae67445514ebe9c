"""WeasyPrint's three fontTools imports that a PDF of ours never uses, loaded on first use.

    with deferred_font_tools():
        import weasyprint        # fontTools.subset, .varLib.instancer and .ttLib.woff2 not loaded

`weasyprint.pdf.fonts` imports fontTools' subsetter (used only without HarfBuzz subsetting,
which render/pdf requires) and its variable-font instancer (used only for a face with an
`fvar` table): with their dependencies (varLib, otTables, feaLib ...) 0.05-0.06 CPU-s of
every process that imports WeasyPrint, and in a build that is the PDF worker's start-up,
which the PDF waits for (bench/results.md, "The PDF chain"). `weasyprint.text.fonts` also
imports fontTools' WOFF2 decoder (with brotli: 0.01 CPU-s), used only for a WOFF2 web font in
an @font-face rule, which no style of ours has. While WeasyPrint is imported, each of these
names resolves to a stand-in that imports the real module when WeasyPrint
first reads from it, so nothing changes when they are used; afterwards the stand-ins leave
sys.modules, so any other `import fontTools.subset` gets the real module.
"""
from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

# module -> the names WeasyPrint binds with `from module import name` at its import
DEFERRED: dict[str, tuple[str, ...]] = {
    "fontTools.subset": (),
    "fontTools.varLib.instancer": ("instantiateVariableFont",),
    "fontTools.ttLib.woff2": (),   # `from fontTools.ttLib import woff2`: found in sys.modules
}


class _StandIn(types.ModuleType):
    """A module whose attributes are the real module's, imported on the first read."""

    def __getattr__(self, name: str):
        if name.startswith("__"):   # the import system's questions (__path__ ...): a plain module
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(module: str) -> types.ModuleType:
    if isinstance(sys.modules.get(module), _StandIn):   # still in place: import the real one
        del sys.modules[module]
    return importlib.import_module(module)


def _forwarder(module: str, name: str):
    def forward(*args, **kwargs):
        return getattr(_real(module), name)(*args, **kwargs)
    forward.__name__ = forward.__qualname__ = name
    return forward


@contextmanager
def deferred_font_tools() -> Iterator[None]:
    """DEFERRED's modules are stand-ins while the block runs (if not imported already)."""
    placed = {}
    for module, names in DEFERRED.items():
        if module in sys.modules:
            continue
        stand_in = _StandIn(module)
        for name in names:   # a `from module import name` reads these at import time
            setattr(stand_in, name, _forwarder(module, name))
        sys.modules[module] = placed[module] = stand_in
    try:
        yield
    finally:
        for module, stand_in in placed.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
