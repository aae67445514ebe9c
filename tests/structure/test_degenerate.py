"""Structure never crashes on degenerate input, and stays roughly linear in time."""
from __future__ import annotations

import time

import pytest

from pipeline import log
from pipeline.errors import InputError
from pipeline.model import Cleaned, Provenance
from pipeline.structure import structure_document
from structure.helpers import all_paragraphs, all_sections


def cleaned(text: str, name: str = "x.txt") -> Cleaned:
    lines = tuple(text.split("\n"))
    return Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance(source_file=name))


def test_empty_after_cleaning_is_an_input_error():
    for text in ("", "\n\n", "   \n\u3000\n\t"):
        with pytest.raises(InputError):
            structure_document(cleaned(text))


def test_only_headings():
    doc = structure_document(cleaned("一、总则\n二、范围\n三、附则"))
    assert [s.title for s in all_sections(doc)] == ["一、总则", "二、范围", "三、附则"]


def test_only_numbers():
    doc = structure_document(cleaned("\n".join(str(n) for n in range(1, 200))))
    assert "".join(p.text for p in all_paragraphs(doc)).replace(" ", "") == "".join(str(n) for n in range(1, 200))


def test_thirty_levels_of_numbering_are_capped():
    lines = ["报告"]
    for depth in range(1, 31):
        lines += [".".join(["1"] * depth) + " 第%d层标题" % depth, "这一层的正文内容，写得足够长，像一个段落。"]
    log.collected.clear()
    doc = structure_document(cleaned("\n".join(lines)))
    sections = all_sections(doc)
    assert len(sections) == 30
    assert max(s.level for s in sections) == 6
    assert all(len(s.id) <= 40 for s in sections)
    assert all(len(p.id) <= 40 for p in all_paragraphs(doc))
    assert any("deeper than" in w.message for w in log.collected)


def test_one_huge_line():
    text = "这是一句很长的话，" * 50_000 + "。"
    doc = structure_document(cleaned(text))
    assert sum(len(p.text) for p in all_paragraphs(doc)) == len(text)


def _cpu_seconds(lines: int) -> float:
    start = time.process_time()
    for mark in ("字", "。", "a"):
        structure_document(cleaned("\n".join(mark for _ in range(lines))))
    return time.process_time() - start


def test_hundred_thousand_one_character_lines_in_linear_time():
    """Five times the lines may cost about five times the CPU, never twenty-five (quadratic).
    A ratio of CPU times in one run, not a wall-clock limit: a loaded machine slows both sides."""
    small, large = _cpu_seconds(20_000), _cpu_seconds(100_000)
    assert large < 12 * small, f"20k lines {small:.2f} s, 100k lines {large:.2f} s: worse than linear"


def test_english_and_chinese_mixed():
    text = "Annual Report 年度报告\n\n一、Overview 概况\n\nThis year 今年 we did well，成绩很好。\n\nCHAPTER II. Next\n\nMore text here."
    doc = structure_document(cleaned(text))
    assert doc.title == "Annual Report 年度报告"
    assert doc.sections


def test_hostile_text_is_kept_literally():
    text = "标题\n\n<script>alert(1)</script> ]]> &xxe; <!DOCTYPE x [<!ENTITY y \"z\">]>"
    doc = structure_document(cleaned(text))
    assert "<script>" in "".join(p.text for p in all_paragraphs(doc))
