"""The `mojibake` rule: UTF-8 read as Latin-1/cp1252 is repaired, correct text is left byte-identical."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text, cleaning_report
from pipeline.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
DEV = ("a1_", "a3_", "b2_", "c1_", "e1_", "s01_", "s03_", "s06_", "d4_", "f1_", "s10_")


def garble(text: str, codec: str) -> bytes:
    """The UTF-8 file a tool writes after reading `text`'s UTF-8 bytes as `codec`."""
    return text.encode("utf-8").decode(codec).encode("utf-8")


def cleaned(data: bytes):
    decoded = decode_bytes(data, name="t.txt")
    result = clean_text(decoded.text, source_file="t.txt", skip=("cjk-stray-space",))
    return result, cleaning_report(result, decoded)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
@pytest.mark.parametrize("line", [
    "Café au lait, naïve señora, São Paulo and Zürich.",
    "The average temperature would drop below −40 °C, or 0.5–0.7 of it.",
    "Snow–temperature feedback — a so-called aquaplanet — at 27 °C.",
])
def test_latin_text_read_as_latin1_or_cp1252_is_repaired(line, codec):
    try:
        data = garble(line, codec)
    except UnicodeDecodeError:          # cp1252 has no character for some bytes: not a case it makes
        pytest.skip(f"{codec} cannot read these bytes")
    assert data != line.encode("utf-8")
    result, report = cleaned(b"Title\n\n" + data + b"\n")
    assert result.lines[-1] == line
    assert report["repaired"] and all(r["line"] == 3 for r in report["repaired"])
    assert all(r["fixed"] and r["fixed"] in line and r["text"] not in line for r in report["repaired"])


def test_chinese_read_as_latin1_is_repaired_and_each_repair_listed():
    line = "维基百科，自由的百科全书。"
    result, report = cleaned("Heading\n".encode() + garble(line, "latin-1") + b"\nplain line\n")
    assert result.lines[1] == line
    assert [r["line"] for r in report["repaired"]] == [2]
    assert report["repaired"][0]["fixed"] == line
    assert report["removed_controls"] == 0        # the C1 bytes were the characters', not controls


def test_the_rule_can_be_switched_off():
    data = garble("It was 20 °C.", "cp1252")
    decoded = decode_bytes(data, name="t.txt")
    assert clean_text(decoded.text, skip=("mojibake",)).lines[0] == "It was 20 Â°C."


@pytest.mark.parametrize("line", [
    "A literal Ã in a name, Â alone, and the words naïve, façade, Ørsted, Œuvre — “quoted”… ™",
    "“引号”——测试…《书名》，全角：，。、",
    "L’Âge d’or, Ãlvaro: a capital letter with a small one after it is a word, not a byte pair.",
])
def test_correct_text_with_latin_letters_is_not_touched(line):
    result, report = cleaned((line + "\n").encode("utf-8"))
    assert result.lines[0] == line
    assert report["repaired"] == []


def _documents():
    docs = sorted(p for p in CORPUS.glob("*.txt") if p.name.startswith(DEV))
    return docs + sorted((ROOT / "tests" / "corpus" / "extra" / "docs").glob("*.txt"))


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.stem[:12])
def test_the_corpus_without_mojibake_cleans_exactly_as_without_the_rule(path):
    """Dev and extra documents: the rule changes nothing where there is no mojibake (xw1, a page
    saved with its UTF-8 read as Latin-1, is the one with repairs)."""
    decoded = decode_bytes(path.read_bytes(), name=path.name)
    with_rule = clean_text(decoded.text, source_file=path.name)
    without = clean_text(decoded.text, source_file=path.name, skip=("mojibake",))
    repairs = [r for r in with_rule.removed if r.rule == "mojibake"]
    if path.name.startswith("xw1_"):
        assert len(repairs) >= 20 and "Â°C" not in "\n".join(with_rule.lines)
    else:
        assert repairs == [] and with_rule.lines == without.lines
