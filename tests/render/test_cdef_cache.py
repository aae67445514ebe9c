"""WeasyPrint's C declarations given to cffi from the cache (pipeline/render/cdefs.py) are the
ones cffi parses, and the libraries work through them (bench/results.md, "speed2")."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SUMMARY = r"""
import json, sys
from pipeline.render import renderer
from pipeline.render import cdefs
renderer("pdf")
from weasyprint.text.ffi import ffi, pango, harfbuzz
p = ffi._parser
print(json.dumps({
    "declarations": sorted([k, tp._get_c_name() if hasattr(tp, "_get_c_name") else repr(tp), q]
                           for k, (tp, q) in p._declarations.items()),
    "constants": sorted(p._int_constants.items()),
    "sizes": [ffi.sizeof("PangoRectangle"), ffi.sizeof("PangoWeight"), int(ffi.cast("PangoWeight", 700))],
    "pango": pango.pango_version(),
    "cached": sorted(x.name for x in cdefs.FOLDER.glob("cdefs-*.pickle")) != [],
}))
"""


def _summary(cache: str) -> dict:
    env = dict(os.environ, PIPELINE_CDEF_CACHE=cache)
    proc = subprocess.run([sys.executable, "-c", SUMMARY], capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_cached_declarations_are_those_cffi_parses():
    parsed = _summary("off")
    first = _summary("on")      # parses, and writes the cache if it was not there
    cached = _summary("on")     # reads it
    assert cached["cached"]
    assert len(parsed["declarations"]) > 200
    for got in (first, cached):
        assert {k: v for k, v in got.items() if k != "cached"} == {k: v for k, v in parsed.items() if k != "cached"}


def test_a_damaged_cache_is_parsed_again(tmp_path, monkeypatch):
    import cffi

    from pipeline.render import cdefs

    monkeypatch.setattr(cdefs, "FOLDER", tmp_path)
    source = "typedef struct { int a; char *b; } thing_t; int f(thing_t *); #define N 3\n"
    source = source.replace("#define N 3\n", "") + "static const int N;\n"
    with cdefs.cached_cdefs():
        ffi = cffi.FFI()
        ffi.cdef(source)
    (written,) = tmp_path.glob("cdefs-*.pickle")
    written.write_bytes(b"not a pickle")
    with cdefs.cached_cdefs():
        again = cffi.FFI()
        again.cdef(source)
    assert sorted(again._parser._declarations) == sorted(ffi._parser._declarations)
    assert again.sizeof("thing_t") == ffi.sizeof("thing_t")
    with cdefs.cached_cdefs():   # now from the cache rewritten above
        third = cffi.FFI()
        third.cdef(source)
    assert third.sizeof("thing_t") == ffi.sizeof("thing_t")
    assert [getattr(d[0], "_get_c_name", lambda: d[0])() for d in third._parser._declarations.values()] == [
        getattr(d[0], "_get_c_name", lambda: d[0])() for d in ffi._parser._declarations.values()]
