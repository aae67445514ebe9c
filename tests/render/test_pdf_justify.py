"""render/pdf/justify.py: Chinese lines justified between their characters.

Laid out and written by WeasyPrint with the project's patches, a justified Chinese paragraph
must end every line but the last flush with the text block (the glyphs drawn where the boxes
say), keep the line-break rules (no closing mark at a line start, no opening mark at a line
end), keep Latin words and numbers together, and read back from the PDF — with pdfium and with
poppler — as the text, with no space added; a loose line too. English text keeps WeasyPrint's
justification, and another WeasyPrint version keeps WeasyPrint's code."""
from __future__ import annotations

import ctypes
import re
import subprocess
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipeline.render.pdf.justify import LOOSE, actual_text, opportunities, shares

WIDTH_EM = 17
FULL_WIDTH = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]"
PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><style>
@page {{ size: 200mm 280mm; margin: 10mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 12pt; width: {width}em; line-height: 1.8; }}
p {{ text-align: justify; margin: 0 0 1em; }}
</style></head><body>{body}</body></html>"""


def _pdf(body: str, width: int = WIDTH_EM, patched: bool = True) -> bytes:
    script = """
import sys
from weasyprint import HTML
from pipeline.render.pdf.patches import reuse_line_layouts
from pipeline.render.pdf.justify import justify_between_characters
reuse_line_layouts()
if sys.argv[1] == "patched":
    assert justify_between_characters()
sys.stdout.buffer.write(HTML(string=sys.argv[2]).write_pdf(pdf_identifier=b"x"))
"""
    return subprocess.run([sys.executable, "-c", script, "patched" if patched else "plain",
                           PAGE.format(width=width, body=body)], check=True, capture_output=True).stdout


def _lines(data: bytes) -> list[tuple[str, float, float]]:
    """(text, left, right) of each printed line from pdfium's character origins: `right` is
    where the pen stands after the line's last character when that is a full-width one (Han or
    Chinese punctuation, 1 em = 12 pt), else the right of its box."""
    page = pdfium.PdfDocument(data)[0]
    text = page.get_textpage()
    chars = []
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if ch.strip():
            left, bottom, right, top = text.get_charbox(i)
            x, y = ctypes.c_double(), ctypes.c_double()
            pdfium_c.FPDFText_GetCharOrigin(text.raw, i, x, y)
            end = x.value + 12 if re.match(FULL_WIDTH, ch) else right
            chars.append((y.value, x.value, end, ch))
    rows: list[list] = []
    for char in sorted(chars, key=lambda c: -c[0]):
        if rows and rows[-1][0][0] - char[0] < 8:      # lines are 21.6pt apart
            rows[-1].append(char)
        else:
            rows.append([char])
    out = []
    for row in rows:
        row.sort(key=lambda c: c[1])
        out.append(("".join(c[3] for c in row), row[0][1], row[-1][2]))
    return out


def _poppler(data: bytes, tmp_path) -> str:
    path = tmp_path / "j.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()


TEXT = ("面对异常复杂和极其困难的发展环境，坚持把保持经济平稳较快发展作为首要任务，紧紧抓住产业结构调整，"
        "深入开展“保增长、渡难关、上水平”活动，实施 3 年行动计划。预计完成区域口径生产总值450亿元，增长13.5%，"
        "引进Python与Unicode标准，「商务河西」新定位，区属口径生产总值133.3亿元。")


def test_opportunities_are_between_chinese_characters_only():
    found = opportunities(["增长13.5%，达到", None, "Python的", "“好”"])
    assert found[0] == [(0, False), (1, False), (7, False), (8, False)]   # 增|长|13.5%，|达|到
    assert found[1] == [] and found[2] == [(5, False), (6, True)]         # Python|的|“
    assert found[3] == []
    # the U+200B of cjk.mark_quote_breaks is not a character: the share stays before it
    assert opportunities(["围绕\u200b“商”\u200b时"]) == [[(0, False), (1, False), (5, False)]]


def test_shares_between_texts_are_capped():
    assert shares(10.0, 4, 1, 3.0) == (2.0, 2.0)
    inside, between = shares(20.0, 4, 1, 3.0)
    assert between == 3.0 and inside == pytest.approx(17.0 / 4)
    assert shares(6.0, 0, 2, 1.0) == (3.0, 3.0)   # nothing else can take it
    assert actual_text("http://\u200bx\u00ad") == "http://x"


@pytest.fixture(scope="module")
def justified():
    return _pdf(f"<p>{TEXT}</p><p>{TEXT[:30]}<span></span>{TEXT[30:60]}</p>")


def test_every_line_but_the_last_ends_flush(justified):
    # measured from pdfium's glyph origins, which a span with /ActualText does not give
    assert b"ActualText" not in _content(justified)
    lines = _lines(justified)
    assert len(lines) >= 8
    left = min(line[1] for line in lines)
    block = WIDTH_EM * 12          # pt: the font size is 12pt
    ends = [k for k, line in enumerate(lines) if line[0].endswith("亿元。")]
    assert len(ends) == 1
    paragraphs = [lines[:ends[0] + 1], lines[ends[0] + 1:]]   # the second has an empty anchor
    for para in paragraphs:
        for text, start, end in para[:-1]:
            # a line ending in a Latin letter or digit is measured to its ink: 1.5 pt
            tolerance = 0.6 if re.match(FULL_WIDTH, text[-1]) else 1.5
            assert end == pytest.approx(left + block, abs=tolerance), text
        assert para[-1][2] < left + block - 6, "the last line of a paragraph is not justified"


def test_line_break_rules_and_latin_words_kept(justified):
    lines = [text for text, _l, _r in _lines(justified)]
    for text in lines:
        assert text[0] not in "，。、；：？！）》」”%", text
        assert text[-1] not in "（《「“", text
    joined = "".join(lines)
    assert "Python" in joined and "Unicode" in joined and "13.5%" in joined and "133.3" in joined


def test_latin_letters_are_not_spaced(justified):
    page = pdfium.PdfDocument(justified)[0]
    text = page.get_textpage()
    all_text = text.get_text_range()
    at = all_text.index("Python")
    boxes = [text.get_charbox(at + k, loose=True) for k in range(6)]
    # the letters keep their own advances: no justification share inside the word
    gaps = [boxes[k + 1][0] - boxes[k][2] for k in range(5)]
    assert max(abs(g) for g in gaps) < 0.3, gaps


def test_the_text_layer_holds_no_inserted_space(justified, tmp_path):
    for raw in (pdfium.PdfDocument(justified)[0].get_textpage().get_text_range(),
                _poppler(justified, tmp_path)):
        flat = re.sub(r"\s*\n\s*", "", raw.replace("\r", ""))
        assert "\u200b" not in flat
        assert TEXT in flat, flat


def test_a_loose_line_reads_as_its_text(tmp_path):
    # few opportunities and a long unbreakable word: the line is stretched far past LOOSE
    body = "<p>数据ABCDEFGHIJKLMNOPQRSTUV<span></span>数据XYZWVUTSRQPONMLKJIHG完</p>"
    data = _pdf(body, width=20)
    first = _lines(data)[0]
    assert first[0].startswith("数据ABCD")
    assert b"ActualText" in _content(data)
    for raw in (pdfium.PdfDocument(data)[0].get_textpage().get_text_range(), _poppler(data, tmp_path)):
        flat = re.sub(r"\s*\n\s*", "", raw.replace("\r", ""))
        assert "数据ABCDEFGHIJKLMNOPQRSTUV数据XYZWVUTSRQPONMLKJIHG完" in flat, flat
    assert LOOSE < 0.1     # poppler reads about a tenth of an em between two glyphs as a space


def _content(data: bytes) -> bytes:
    import pikepdf
    import io
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return b"".join(pdf.pages[0].obj.Contents.read_bytes() for _ in [0])


def test_english_text_keeps_weasyprints_justification():
    body = ('<p lang="en">A paragraph of English text long enough to wrap over a few lines of the '
            'text block, with Alice’s “quoted” words, so that its spaces are justified.</p>')
    assert _pdf(body, patched=True) == _pdf(body, patched=False)


def test_another_weasyprint_version_is_left_alone():
    script = """
import weasyprint
from weasyprint.layout import inline
weasyprint.__version__ = "0.0"
before = inline.justify_line
from pipeline.render.pdf.justify import justify_between_characters
print(justify_between_characters(), inline.justify_line is before)
"""
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "True"]


HAN = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳"


@pytest.mark.parametrize("body,first,second_starts", [
    # a full line's 18th character is a full stop: it may not start the next line, so the 17th
    # goes down with it and the 16 left are stretched to the full width
    (HAN[:17] + "。" + HAN[17:30] + "。", HAN[:16], HAN[16] + "。"),
    # an opening bracket as the 17th character may not end the line: it goes down
    (HAN[:16] + "「" + HAN[16:20] + "」" + HAN[20:30] + "。", HAN[:16], "「"),
    # a curly opening quote likewise, and the line may break before it (U+200B in the HTML)
    (HAN[:16] + "\u200b“" + HAN[16:20] + "”\u200b" + HAN[20:30] + "。", HAN[:16], "“"),
])
def test_line_start_and_end_rules_and_the_short_line_is_flush(body, first, second_starts):
    lines = _lines(_pdf(f"<p>{body}</p>"))
    left = min(line[1] for line in lines)
    assert lines[0][0] == first
    assert lines[0][2] == pytest.approx(left + WIDTH_EM * 12, abs=0.6)
    assert lines[1][0].startswith(second_starts)
