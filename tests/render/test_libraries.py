"""The renderers' C libraries are found from the linker cache, without a gcc or ld per guess."""
import ctypes.util
import json
import subprocess
import sys

import pytest

from common import REPO
from pipeline.render.libraries import find_in_cache, quick_library_lookup

# what WeasyPrint asks for (weasyprint/text/ffi.py), hits and misses, and two of the C library's own
NAMES = ("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", "pango-1.0", "harfbuzz", "harfbuzz-subset",
         "fontconfig", "pangoft2-1.0", "c", "m", "no-such-library-anywhere")


@pytest.mark.parametrize("name", NAMES)
def test_the_cache_gives_what_find_library_gives(name):
    assert find_in_cache(name) == ctypes.util.find_library(name)


def test_the_lookup_is_put_back_afterwards():
    original = ctypes.util.find_library
    with quick_library_lookup():
        assert ctypes.util.find_library is find_in_cache
    assert ctypes.util.find_library is original


_PROBE = """
import json, subprocess
started = []
class Recording(subprocess.Popen):
    def __init__(self, args, *a, **k):
        started.append(str(args[0] if isinstance(args, (list, tuple)) else args).rsplit("/", 1)[-1])
        super().__init__(args, *a, **k)
subprocess.Popen = Recording
from pipeline.render import renderer
renderer("pdf")
from weasyprint.text.ffi import pango, harfbuzz, fontconfig
print(json.dumps(started))
"""


def test_the_pdf_renderer_loads_weasyprint_running_no_gcc():
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    started = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not [p for p in started if p in ("gcc", "cc", "ld", "x86_64-linux-gnu-gcc")], started
    assert started.count("ldconfig") <= 1, started
