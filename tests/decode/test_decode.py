"""decode_bytes: encodings, line endings, refusals (tests/decode)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline import log
from pipeline.decode import decode_bytes
from pipeline.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "examples" / "hexi-2010.txt").read_bytes()
TEXT = SAMPLE.decode("utf-8")
TRADITIONAL = ("各位代表：現在，我代表市人民政府，向大會報告工作，請予審議。過去一年，全市經濟穩定增長，"
               "民生持續改善，財政收入增長百分之十二，城鄉居民收入穩步提高。")


@pytest.mark.parametrize("codec, expected", [
    ("utf-8", "utf-8"),
    ("gb18030", "gb18030"),
    ("utf-16", "utf-16"),          # Python writes a BOM (little-endian here)
])
def test_sample_reencoded(codec, expected):
    decoded = decode_bytes(TEXT.encode(codec), name="hexi.txt")
    assert decoded.encoding == expected
    assert decoded.text == unicodedata.normalize("NFC", TEXT)


@pytest.mark.parametrize("bom, codec", [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom(bom, codec):
    decoded = decode_bytes(bom + TEXT.encode(codec))
    assert decoded.encoding == "utf-16"
    assert decoded.text == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_when_clear(codec):
    assert decode_bytes(TEXT.encode(codec)).text == TEXT


def test_nul_bytes_that_are_not_utf16_are_refused():
    with pytest.raises(InputError, match="x.bin is not text"):
        decode_bytes(b"abc\x00\x01\x02\xff\xfe\x00\x00\x13" * 20, name="x.bin")


def test_utf8_bom_and_crlf():
    decoded = decode_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode())
    assert decoded.encoding == "utf-8-sig"
    assert decoded.text == TEXT and "\r" not in decoded.text and "\ufeff" not in decoded.text


@pytest.mark.parametrize("ending", ["\r", "\r\r\n", "\r\n", "\u2028"])
def test_line_endings(ending):
    assert decode_bytes(TEXT.replace("\n", ending).encode()).text == TEXT


def test_national_fixture_bom_crlf():
    decoded = decode_bytes((ROOT / "tests/fixtures/national-2009-gov-report-crlf-bom.txt").read_bytes())
    assert decoded.encoding == "utf-8-sig"
    assert decoded.text.startswith("2009年国务院政府工作报告\n")


def test_big5_traditional_snippet():
    decoded = decode_bytes(TRADITIONAL.encode("big5"), name="tw.txt")
    assert decoded.encoding == "big5"
    assert decoded.text == TRADITIONAL


def test_gbk_detection_decodes_as_gb18030():
    snippet = TEXT[:2000].replace("\xa0", " ")
    decoded = decode_bytes(snippet.encode("gbk"))
    assert decoded.encoding == "gb18030" and decoded.text == snippet


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
    (b"\x7fELF\x02\x01\x01" + bytes(20), "ELF executable"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
])
def test_binary_is_refused(data, kind):
    with pytest.raises(InputError, match=rf"^pic is not text \(looks like an? {kind}"):
        decode_bytes(data, name="pic")


def test_truncated_utf8_names_the_offset():
    cut = SAMPLE.index("随便看".encode()) + 2          # inside the three bytes of 随
    data = SAMPLE[:cut]
    with pytest.raises(InputError, match=rf"t.txt has bytes that are not valid utf-8 at byte offset {cut - 2} "):
        decode_bytes(data, name="t.txt")


def test_replace_mode_counts_and_warns():
    log.collected.clear()
    damaged = TEXT[:100].encode() + b"\xff" + TEXT[100:200].encode() + b"\xfe" + TEXT[200:].encode()
    decoded = decode_bytes(damaged, name="d.txt", errors="replace")
    assert decoded.replaced == 2 and decoded.text.count("\ufffd") == 2
    assert [str(w) for w in log.collected] == ["d.txt: replaced 2 invalid byte sequence(s) in utf-8 with U+FFFD"]


def test_strict_mode_refuses_the_same_damage():
    head = TEXT[:100].encode()
    with pytest.raises(InputError, match=rf"at byte offset {len(head)} \(0xff\)"):
        decode_bytes(head + b"\xff" + TEXT[100:].encode(), name="d.txt")


def test_over_size_is_refused_up_front():
    with pytest.raises(InputError, match=r"^big.txt is 12.3 MB, over the 10 MB limit; raise it with --max-size$"):
        decode_bytes(b"\x89PNG" + bytes(12_900_000), name="big.txt")


def test_small_limit():
    with pytest.raises(InputError, match="over the 1 KB limit"):
        decode_bytes(SAMPLE, name="s", max_size=1024)


@pytest.mark.parametrize("data, message", [
    (b"", "e.txt is empty"),
    (b"\xef\xbb\xbf", "e.txt is empty"),
    (b"  \n\t\r\n\xe3\x80\x80 \n", "e.txt contains only whitespace"),
])
def test_empty_and_whitespace(data, message):
    with pytest.raises(InputError, match=f"^{message}$"):
        decode_bytes(data, name="e.txt")


def test_controls_removed_and_counted_nfc_applied():
    decoded = decode_bytes("天津市河西区2010年政府工作报告 a\x07b\tc\x1b\u0085d e\u0301".encode())
    assert decoded.text == "天津市河西区2010年政府工作报告 ab\tc\nd é"
    assert decoded.removed_controls == 2


def test_unknown_error_mode():
    with pytest.raises(InputError):
        decode_bytes(b"abc", errors="ignore")


def test_damaged_gb18030_names_the_offset():
    data = TEXT.replace("\xa0", " ").encode("gb18030")
    data = data[:-1] + b"\x81"                       # a lead byte with nothing after it
    with pytest.raises(InputError, match=rf"not valid gb18030 at byte offset {len(data) - 1} \(0x81\)"):
        decode_bytes(data, name="g.txt")


def test_short_big5_snippet():
    assert decode_bytes("你好，世界。".encode("big5")).text == "你好，世界。"
