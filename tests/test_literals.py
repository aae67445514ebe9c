"""pipeline.literals: URLs, e-mail addresses, file names and code are found as spans."""
from __future__ import annotations

import pytest

from pipeline.literals import inside, is_literal_line, literal_spans


def covered(text: str) -> list[str]:
    return [text[s:e] for s, e in literal_spans(text)]


@pytest.mark.parametrize("text, literals", [
    ("见 <https://baike.baidu.com/item/%E4%BF%9D%E9%99%A9%E6%B3%95> 一文", [
        "https://baike.baidu.com/item/%E4%BF%9D%E9%99%A9%E6%B3%95"]),
    ("See http://example.org/a?b=1.", ["http://example.org/a?b=1"]),
    ("mail simon@josefsson.org today", ["simon@josefsson.org"]),
    ("saved as rfc4648.txt and docs/report-2.5.pdf", ["rfc4648.txt", "docs/report-2.5.pdf"]),
    ("call base64_encode(src, 76) and `x = 3 % 2`", ["base64_encode(src, 76)", "`x = 3 % 2`"]),
    ("std::vector<int> and p->next", ["std::vector", "p->next"]),
    ("\\hyphenpenalty 1000 % so strings", ["\\hyphenpenalty 1000 "]),
    # a URL cut by a line break: its second half still reads as escapes, not as 88%
    ("%88%9B%E6%96%B0>", ["%88%9B%E6%96%B0"]),
    ("www.gov.cn/zhengce/2020.htm，全文", ["www.gov.cn/zhengce/2020.htm"]),
])
def test_literals_found(text, literals):
    assert covered(text) == literals


@pytest.mark.parametrize("text", [
    "增长13.5%，达到450亿元。",
    "growth of 3.5% (after 2.1%) in 2009.",
    "Article (1) of the Declaration, see (above).",
    "The encoding uses 24-bit groups and 6 bits per character.",
])
def test_prose_has_no_literals(text):
    assert literal_spans(text) == []


def test_inside_and_literal_lines():
    spans = literal_spans("见 https://x.org/a%E5%88%9B 文")
    assert inside(spans, 5) and not inside(spans, 0) and inside(spans, 0, 3)
    assert is_literal_line("  <https://baike.baidu.com/item/%E4%BF%9D%E9%99%A9%E5%8D%95> ")
    assert is_literal_line("base64_encode(input, length);")
    assert not is_literal_line("一、2009年主要工作回顾")
