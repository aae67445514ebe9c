"""pipeline/regex_cache.py: a pattern built from the recorded table is the pattern the compiler
makes (same code, groups, flags, matches); what the table lacks is compiled as usual; a table of
another Python or a damaged file is not read."""
import marshal
import re
import subprocess
import sys
from re import _compiler, _parser

import pytest

from pipeline import regex_cache

PATTERNS = [
    (r"(?P<year>\d{4})年(?:(?P<month>\d{1,2})月)?", 0),
    (r"(?i)\b(?:one|two|three)\s+(?P<unit>per\s?cent|percent)\b", 0),
    (r"(?<=[：:])\s*[一二三四五六七八九十百千万亿]+(?=[、.])", 0),
    (r"^\s*第[一二三四五六七八九十]+章\s*$", re.M),
    (r"[\u3000\s]+|[^\w\s]", re.U | re.S),
    (rb"\x00[\x01-\x1f]+", 0),
    (r"(a)|(b)(?(2)c|d)", re.X),
]
PATTERNS = [(p, int(f)) for p, f in PATTERNS]     # re.compile hands the compiler plain ints


def _table():
    return {(p, f): regex_cache._entry(p, f) for p, f in PATTERNS}


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_tabled_pattern_is_the_compiled_one(pattern, flags, monkeypatch):
    original = getattr(_compiler.compile, "original", _compiler.compile)
    expected = original(pattern, flags)
    compile = regex_cache.compile_from(_table(), original)
    monkeypatch.setattr(_parser, "parse", lambda *a: pytest.fail("a tabled pattern was parsed again"))
    got = compile(pattern, flags)
    assert got == expected          # Pattern equality compares the engine's code, flags and text
    assert (got.groups, got.groupindex, got.flags) == (expected.groups, expected.groupindex, expected.flags)
    sample = b"\x00\x02\x03" if isinstance(pattern, bytes) else "2020年3月 two percent ：十二、 第三章 bcd"
    assert [m.span() for m in got.finditer(sample)] == [m.span() for m in expected.finditer(sample)]


def test_a_pattern_not_in_the_table_is_compiled_as_usual():
    calls = []

    def original(p, flags=0):
        calls.append(p)
        return _compiler.compile(p, flags)

    compile = regex_cache.compile_from(_table(), original)
    assert compile(r"x+y", 0).match("xxy")
    assert compile(PATTERNS[0][0], re.I)            # same text, other flags: not the tabled entry
    assert calls == [r"x+y", PATTERNS[0][0]]


def test_a_table_of_another_python_or_a_damaged_file_is_not_read(tmp_path):
    good = tmp_path / "good.marshal"
    good.write_bytes(marshal.dumps((sys.version, _table())))
    assert regex_cache.load(good) == _table()
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps(("2.7.18 (default)", _table())))
    assert regex_cache.load(other) == {}
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(good.read_bytes()[:100])
    assert regex_cache.load(damaged) == {}
    assert regex_cache.load(tmp_path / "missing.marshal") == {}


def test_the_recorded_table_holds_the_pipelines_patterns_as_compiled(tmp_path):
    """Recorded as make does, in a fresh interpreter (this one has imported the modules already,
    so their patterns would not be compiled, and noted, again)."""
    path = tmp_path / "table.marshal"
    subprocess.run([sys.executable, "-c", f"from pipeline.regex_cache import record; record({str(path)!r})"],
                   check=True, timeout=300)
    table = regex_cache.load(path)
    from pipeline.figures import scan
    assert any(p == scan._QUANTITY.pattern for p, _ in table)
    original = getattr(_compiler.compile, "original", _compiler.compile)
    from_table = regex_cache.compile_from(table, original)
    for pattern, flags in table:
        assert original(pattern, flags) == from_table(pattern, flags), pattern
