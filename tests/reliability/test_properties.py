"""Property-based tests (hypothesis) on decode, clean and structure, and the XML they lead to.

For any text: each stage returns a result or raises the project's own user-facing error
(pipeline.errors.PipelineError), never anything else; the XML is schema-valid; and every
character that the cleaning report does not account for (removed lines and labels, the
documented typography rules of docs/cleaning.md) is in the XML, in order.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st
from lxml import etree

from pipeline.errors import PipelineError

# derandomize: the same examples on every run, so a red CI is a change's, reproducible, not a draw's
# (random seeds found the known loss below in 1 of 6 runs)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

# ---- strategies: realistic report text, and anything at all --------------------------------

HANZI = "政府工作报告经济发展改革开放区域城市建设社会事业人民生活水平提高全面推进加快实施完成增长亿元万人以上同比"
PUNCT = "，。、；：？！“”‘’（）《》——…·"
ASCIIISH = "0123456789.%,:;()!? abcXYZ"
FULLWIDTH = "０１２３４５６７８９．％ＧＤＰ"
HEADINGS = ["一、", "二、", "十二、", "（一）", "（十）", "1.", "2、", "（1）", "①", "第一章 ", "第二部分 ", "1.1 ", "1.1.1 ", "一是", "二是"]
BOILERPLATE = [
    "请输入您要查询的百科知识:", "随便看", "Copyright © 2004-2023 Cnenc.net All Rights Reserved",
    "更新时间:2024/12/23 16:47:16", "当前位置：", "首页", ">", "发表时间：", "2026-02-09 09:45:30", "来源：",
    "宁夏日报客户端", "阅读量：", "【字体：", "小", "中", "大", "】", "扫一扫在手机打开当前页", "【", "打印本页",
    "关闭窗口", "词条 某区政府工作报告", "释义", "京ICP备12345678号", "首页 | 新闻中心 | 政务公开",
    "百科全书收录4421916条中文百科知识,是一部内容开放、自由的电子版百科全书。", "相关阅读",
    "新华社北京３月５日电", "宁夏日报记者 ×× 摄",
]
TITLES = ["某区2010年政府工作报告", "政府工作报告", "——2010年1月7日在区第十五届人民代表大会第五次会议上",
          "区长 张三", "自治区人民政府主席 张雨浦", "各位代表：", "Annual Report 2010"]

words = st.text(alphabet=HANZI + PUNCT + ASCIIISH + FULLWIDTH, min_size=1, max_size=60)
prose = st.builds(lambda a, b: a + b + "。", st.text(alphabet=HANZI, min_size=4, max_size=40), words)
heading = st.builds(lambda h, t: h + t, st.sampled_from(HEADINGS), st.text(alphabet=HANZI + "，", min_size=1, max_size=25))
indent = st.sampled_from(["", "", "", " ", "  ", "\u3000\u3000", "\t"])
line = st.one_of(prose, prose, heading, words, st.sampled_from(BOILERPLATE), st.sampled_from(TITLES),
                 st.just(""), st.sampled_from([" ", "\t", "\u3000"]))
realistic = st.builds(lambda ls, ins, nl: nl.join(i + l for i, l in zip(ins, ls)),
                      st.lists(line, min_size=1, max_size=40), st.lists(indent, min_size=40, max_size=40),
                      st.sampled_from(["\n", "\r\n", "\n\n"]))
anything = st.text(max_size=400)                                    # every code point but surrogates
any_text = st.one_of(realistic, realistic, anything, st.builds(lambda a, b: a + "\n" + b, realistic, anything))

# ---- helpers ---------------------------------------------------------------------------------

_BREAK = re.compile("\r\r\n|\r\n|[\r\u0085\u2028\u2029]")
# A UTF-8 lead byte read as Latin-1 (Â..ô) followed by a C1 character: the start of mojibake, whose
# C1 "controls" are bytes decode keeps for the clean stage's repair (docs/cleaning.md, `mojibake`;
# tests/clean/test_mojibake.py). The round trip below states the contract for every other text.
_MOJIBAKE_START = re.compile("[\u00c2-\u00f4][\x80-\x9f]|[\u00e0-\u00f4][\x80-\xbf][\x80-\x9f]"
                             "|[\u00f0-\u00f4][\x80-\xbf]{2}[\x80-\x9f]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")


def expected_decode(text: str) -> str:
    """decode's normalisation as docs/cleaning.md states it (written independently of the code)."""
    text = text.removeprefix("\ufeff")       # a UTF-8 byte-order mark (the decoder skips it) ...
    text = text.removeprefix("\ufeff")       # ... and a leading BOM character (normalisation drops it)
    return unicodedata.normalize("NFC", _CONTROL.sub("", _BREAK.sub("\n", text)))


def stages(text: str):
    """decode -> clean -> structure -> figures -> xml; returns the intermediates, or raises."""
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.docbook import build_docbook
    from pipeline.figures import find_figures
    from pipeline.structure import structure_document

    decoded = decode_bytes(text.encode("utf-8"), name="t.txt")
    cleaned = clean_text(decoded.text, source_file="t.txt")
    document = structure_document(cleaned)
    figures = find_figures(document)
    return decoded, cleaned, document, build_docbook(document, figures, chart_dir="t.charts")


def fold(text: str) -> str:
    from pipeline.verify.subsequence import fold as _fold

    return _fold(text)


def xml_parts(data: bytes) -> tuple[str, str]:
    """(info text without the ISO date, document text outside info and the appendix), in order."""
    from pipeline.docbook.read import q

    root = etree.fromstring(data)
    info = root.find(q("info"))
    info_text = "".join(t for el in info.iter() if el.tag != q("date")
                        for t in ([el.text] if el.text else [])) if info is not None else ""
    rest = []
    for child in root:
        if child.tag in (q("info"), q("appendix")):
            continue
        rest.append("".join(child.itertext()))
    return info_text, "".join(rest)


def unaccounted(cleaned) -> list[tuple[int, str]]:
    """Kept lines (line number, text): what the cleaning report does not account for."""
    return [(n, t) for n, t in zip(cleaned.line_numbers, cleaned.lines) if t.strip()]


# ---- decode -------------------------------------------------------------------------------

@SETTINGS
@given(st.binary(max_size=600))
def test_decode_any_bytes_gives_text_or_input_error(data):
    from pipeline.decode import decode_bytes

    try:
        decoded = decode_bytes(data, name="x.txt")
    except PipelineError as exc:
        assert exc.exit_code == 3 and "\n" not in exc.message
        return
    assert decoded.text.strip()
    assert unicodedata.is_normalized("NFC", decoded.text)
    assert "\r" not in decoded.text
    assert not _CONTROL.search(decoded.text)


@SETTINGS
@given(any_text)
@example("a\x00b")
@example("The big WAVE of reform")
@example("\ufeff\ufeff正文")
@example("\xad")                  # a soft hyphen alone: nothing visible, refused as blank (a random seed)
def test_decode_utf8_text_round_trips(text):
    """Valid UTF-8 text without NUL comes back as itself (normalised as documented), or an InputError."""
    from pipeline.decode import decode_bytes
    from pipeline.decode.sniff import binary_kind

    assume(not _MOJIBAKE_START.search(text))
    data = text.encode("utf-8")
    try:
        decoded = decode_bytes(data, name="x.txt")
    except PipelineError as exc:
        assert exc.exit_code == 3
        want = expected_decode(text)
        blank = all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in want)   # zero-width, soft hyphen
        assert (blank or "\x00" in text or binary_kind(data)
                or len(_CONTROL.findall(text)) * 10 > len(text)), f"refused valid UTF-8: {exc}"
        return
    assert decoded.text == expected_decode(text)


@SETTINGS
@given(st.text(alphabet=HANZI + PUNCT + "0123456789\n", min_size=30, max_size=300))
def test_decode_gb18030_and_utf16_round_trip(text):
    """Chinese text in GB18030 (no BOM) and UTF-16 (with a BOM) decodes to exactly itself."""
    from pipeline.decode import decode_bytes

    assume(sum(ch in HANZI for ch in text) >= 20)
    for data in (text.encode("gb18030"), b"\xff\xfe" + text.encode("utf-16-le")):
        try:
            decoded = decode_bytes(data, name="x.txt")
        except PipelineError:
            continue   # refusing is allowed; decoding into something else is not
        assert decoded.text == expected_decode(text), decoded.encoding


# ---- clean, structure, xml -------------------------------------------------------------------

@SETTINGS
@given(any_text)
def test_every_stage_returns_or_raises_a_pipeline_error(text):
    try:
        stages(text)
    except PipelineError as exc:
        assert exc.exit_code in (3, 4, 5), exc
        assert exc.message and "\n" not in exc.message


@SETTINGS
@given(any_text)
@example("。\nÂ\x80")          # a garbled line the mojibake rule repairs: the repair is accounted for
@example("0\n!\n输入查询Â\x80")   # ... and then a boilerplate rule removes the repaired line (a random seed)
def test_cleaning_accounts_for_every_input_line(text):
    """Each decoded line is kept (changed only by the typography rules, minus removed labels) or removed."""
    from pipeline.clean import clean_text, normalise_line
    from pipeline.decode import decode_bytes

    try:
        decoded = decode_bytes(text.encode("utf-8"), name="t.txt")
        cleaned = clean_text(decoded.text, source_file="t.txt")
    except PipelineError:
        return
    original = decoded.text.split("\n")
    removed: dict[int, list[str]] = {}
    puts = {(r.line, r.text): r.put for r in cleaned.removed if r.put}   # a repair: what stands in its place
    for r in cleaned.removed:
        assert 1 <= r.line <= len(original), r
        removed.setdefault(r.line, []).append(r.text)
    kept = dict(zip(cleaned.line_numbers, cleaned.lines))
    assert list(cleaned.line_numbers) == sorted(set(cleaned.line_numbers))
    for n, source in enumerate(original, start=1):
        if n in kept:
            rest = source
            for label in removed.get(n, []):
                assert label in rest, f"line {n}: removed {label!r} is not in {rest!r}"
                rest = rest.replace(label, puts.get((n, label), ""), 1)
            assert fold(kept[n]) == fold(normalise_line(rest.rstrip())), f"line {n}: {source!r} -> {kept[n]!r}"
        else:   # removed: the removals, a repair's put in its place, take the whole line
            rest = source
            gone = "".join(removed.get(n, []))
            for label in removed.get(n, []):
                assert label in rest, f"line {n} {source!r}: removed {label!r} is not in {rest!r}"
                rest = rest.replace(label, puts.get((n, label), ""), 1)
            assert not fold(rest), f"line {n} {source!r} vanished without a removal ({gone!r})"


@SETTINGS
@given(any_text)
@example("万\n万\n——2010年1月7日在区第十五届人民代表大会第五次会议上\n区长 张三")   # <info> takes the speaker
def test_xml_is_valid_and_keeps_every_kept_character_in_order(text):                 # under a front-matter line
    from pipeline.docbook import load_docbook

    try:
        _decoded, cleaned, _document, data = stages(text)
    except PipelineError:
        return
    load_docbook(data, base=Path("."), name="t")          # validates against the shipped schema
    info, rest = xml_parts(data)
    info_f, rest_f = fold(info), fold(rest)
    kept = [(n, fold(t)) for n, t in unaccounted(cleaned)]
    # Front matter may have become metadata (title, dateline, speaker split into name and role):
    # any of the leading lines may be absorbed by <info>, in any order — also one after a line
    # that stays in the body (a speaker under a dateline that became front matter); all the others
    # must be in the rest of the XML, in order. A line found whole in <info> is the title's short
    # form repeated (structure.front), not more characters for <info> to hold.
    failure = _place(kept, Counter(info_f), info_f, rest_f, 0, LEADING)
    if failure is not None:
        n, line_text = failure
        raise AssertionError(f"kept line {n} {line_text!r} is not in the XML in order")


LEADING = 8   # lines at the head that <info> may absorb


def _place(lines, info: Counter, info_text: str, hay: str, at: int, leading: int):
    """None if each of the first `leading` lines is in <info> or next in `hay` (the body), and every
    later line is next in `hay`, in order; else the furthest (line number, text) that could not be
    placed (tried both ways for each leading line: a handful of lines, so at most 2**LEADING tries)."""
    if leading == 0 or not lines:
        return _first_missing_line(lines, hay, at)
    (n, text), later = lines[0], lines[1:]
    end = _subsequence_end(text, hay, at)
    failure = (n, text) if end is None else _place(later, info, info_text, hay, end, leading - 1)
    if failure is None:
        return None
    need = Counter() if text in info_text else Counter(text)
    if all(info[ch] >= k for ch, k in need.items()):
        other = _place(later, info - need, info_text, hay, at, leading - 1)
        if other is None:
            return None
        failure = max(failure, other)   # name the line the better placing reached
    return failure


def _first_missing_line(lines, hay: str, at: int = 0):
    for n, needle in lines:
        found = _subsequence_end(needle, hay, at)
        if found is None:
            return n, needle
        at = found
    return None


def _subsequence_end(needle: str, hay: str, start: int) -> int | None:
    i = start
    for ch in needle:
        i = hay.find(ch, i)
        if i < 0:
            return None
        i += 1
    return i


def test_lines_an_open_dateline_takes_stay_when_it_is_front_matter():
    """Found by a random seed (2026-11-29): a dateline not closed by '上' ('…会议上0') took the next
    short line ('一、万') and, as a thematic subtitle ('万') came first, only its own first line went
    to the front matter: the line it took was lost. Now the lines it takes go with it, and a
    numbered line is not taken (structure/front.py; tests/structure/test_lossless.py)."""
    test_xml_is_valid_and_keeps_every_kept_character_in_order.hypothesis.inner_test(
        "万\n万\n——2010年1月7日在区第十五届人民代表大会第五次会议上\n0\n一、万")
