"""Every character of the input is in a kept line (changed only by named typography rules) or in
a Removal, but the form feeds of page breaks, which the page rules read and drop; and clean_text
never fails with anything but a PipelineError."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text, normalise_line
from pipeline.errors import PipelineError

from .helpers import PROSE, PROSE2
from .test_documents import FILES
from pipeline.decode import decode_bytes


def assert_accounted(text: str, cleaned) -> None:
    # a form feed is the extractor's page break: the page rules read it, and it is no character of the text
    lines = text.replace("\f", "").split("\n")
    if text.endswith("\n"):
        lines.pop()
    kept = dict(zip(cleaned.line_numbers, cleaned.lines))
    removed: dict[int, list[str]] = {}
    puts = {(r.line, r.text): r.put for r in cleaned.removed if r.put}   # what stands in a cut's place
    for r in cleaned.removed:
        removed.setdefault(r.line, []).append(r.text)
    assert set(kept) | set(removed) == set(range(1, len(lines) + 1))
    for number, original in enumerate(lines, 1):
        rest = original
        for label in removed.get(number, []):
            assert label in rest, (number, label)
            rest = rest.replace(label, puts.get((number, label), ""), 1)
        if number in kept:
            assert kept[number] == normalise_line(rest), number
        else:
            assert rest == "", number


@pytest.mark.parametrize("key", sorted(FILES))
def test_real_documents_are_accounted_for(key):
    text = decode_bytes(FILES[key].read_bytes()).text
    assert_accounted(text, clean_text(text))


def test_character_multiset_is_kept():
    """A weaker, independent check: fold width and drop spaces, then count characters."""
    import unicodedata
    fold = lambda s: Counter("".join(unicodedata.normalize("NFKC", s).split()))
    text = decode_bytes(FILES["hexi"].read_bytes()).text
    cleaned = clean_text(text)
    assert fold(text) == fold("".join(cleaned.lines)) + fold("".join(r.text for r in cleaned.removed))


CHROME = ["当前位置：", "首页", ">", "政务信息", "发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端",
          "【字体：", "小", "中", "大", "】", "请输入您要查询的百科知识:", "词条 某某报告", "释义", "随便看",
          "Copyright © 2004-2023 Cnenc.net All Rights Reserved", "更新时间:2024/12/23 16:47:16",
          "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "", " ", "  一、总体要求", "２００９年,增长(9％)",
          "宁夏日报记者 ×× 摄", "新华社北京3月14日电", "*** START OF THIS PROJECT GUTENBERG EBOOK X ***",
          "End of Project Gutenberg's X", PROSE, PROSE2, "国务院总理 温家宝"]
lines_strategy = st.lists(st.one_of(st.sampled_from(CHROME), st.text(max_size=40)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(lines_strategy, st.booleans())
def test_any_page_is_accounted_for_or_refused(lines, final_newline):
    text = "\n".join(lines) + ("\n" if final_newline else "")
    try:
        cleaned = clean_text(text)
    except PipelineError:
        return
    assert_accounted(text, cleaned)
    assert all(line == line.rstrip() for line in cleaned.lines)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_returns_or_raises_a_pipeline_error(text):
    try:
        clean_text(text)
    except PipelineError:
        pass
