"""The sidecar's YAML: the keys a user may write, and one clear InputError for anything else,
hostile files included (never a traceback, never a long wait)."""
import time

import pytest

from pipeline.clean import normalise_line
from pipeline.corrections import MAX_BYTES, load_corrections, parse_corrections, sidecar_path
from pipeline.errors import InputError
from pipeline.model import LineRef

FULL = """\
title: 河西区2010年政府工作报告
subtitle: ——2010年1月5日在区第十五届人民代表大会第五次会议上
author: 区长 张三
date: 2010-01-05
lang: zh-CN
drop:
  - 3
  - 欢迎访问本站
keep: [12]
headings:
  积极应对金融危机，区域经济实现新发展: 2
  主要预期目标: 0
  40: 3
figures:
  exclude: [450亿元, p1-1-2-v1]
"""


def test_every_key_is_read():
    c = parse_corrections(FULL, "r.pipeline.yaml")
    assert (c.title, c.author, c.date, c.lang) == ("河西区2010年政府工作报告", "区长 张三", "2010-01-05", "zh-CN")
    assert c.subtitle.startswith("——2010年")
    assert c.drop == (LineRef(number=3), LineRef(text="欢迎访问本站", normalised="欢迎访问本站"))
    assert c.keep == (LineRef(number=12),)
    assert [(str(ref), level) for ref, level in c.headings] == [
        ("'积极应对金融危机，区域经济实现新发展'", 2), ("'主要预期目标'", 0), ("line 40", 3)]
    assert c.exclude_figures == ("450亿元", "p1-1-2-v1")
    assert c.source == "r.pipeline.yaml"


def test_a_line_text_is_kept_as_written_and_as_normalised():
    c = parse_corrections("drop: [增长９％,区属]\n", "x", normalise_line)
    assert c.drop[0].texts() == {"增长９％", "增长9%"}


def test_numbers_that_are_not_line_numbers_stay_text():
    """A line '3.50' or '2026-02-02' is text as written, not a float or a date."""
    c = parse_corrections("drop: [3.50, 2026-02-02, 7]\ndate: 2010-01-05\n", "x")
    assert [(r.number, r.text) for r in c.drop] == [(0, "3.50"), (0, "2026-02-02"), (7, "")]
    assert c.date == "2010-01-05"


def test_written_as_a_pandoc_metadata_block():
    c = parse_corrections("---\ntitle: 报告\nauthor:\n  - 区长 张三\n---\n", "x")
    assert (c.title, c.author) == ("报告", "区长 张三")
    assert parse_corrections("---\ntitle: 报告\n...\n", "x").title == "报告"
    with pytest.raises(InputError, match="holds 2 YAML documents"):
        parse_corrections("title: a\n---\nauthor: b\n", "x")
    with pytest.raises(InputError, match="author: expected text, got a list"):
        parse_corrections("author: [甲, 乙]\n", "x")


def test_empty_file_means_no_corrections():
    assert parse_corrections("", "x").drop == ()
    assert parse_corrections("# nothing yet\n", "x").headings == ()


@pytest.mark.parametrize("text, message", [
    ("titel: x\n", "unknown key 'titel'"),
    ("figures:\n  include: [1]\n", "figures: unknown key 'include'"),
    ("- a\n- b\n", "expected a mapping"),
    ("title: [a, b]\n", "title: expected text, got a list"),
    ("drop: [0]\n", "drop: line numbers start at 1"),
    ("drop: [true]\n", "drop: a line is a number or a text"),
    ("drop: ['']\n", "an empty line text"),
    ("keep: [{a: 1}]\n", "keep: a line is a number or a text, got a mapping"),
    ("headings: [a]\n", "headings: expected a mapping"),
    ("headings:\n  总则: 9\n", "level must be a number 0-6"),
    ("headings:\n  总则: yes\n", "level must be a number 0-6"),
    ("date: 5 January 2010\n", "date: expected YYYY"),
    ("lang: 中文\n", "lang: expected a language tag"),
    ("title: x\n  bad: indent\n", "not valid YAML"),
    ("title: 'open\n", "not valid YAML"),
    ("title: a\ntitle: b\n", "line 2: not valid YAML: 'title' is given twice"),
    ("headings:\n  总则: 1\n  总则: 2\n", "'总则' is given twice"),
    ("? [a, b]\n: 1\n", "unhashable key"),
    ("title: \x00\n", "not valid YAML"),
    ("---\ntitle: a\n---\ntitle: b\n", "holds 2 YAML documents"),
])
def test_what_is_not_understood_is_an_input_error_naming_it(text, message):
    with pytest.raises(InputError) as info:
        parse_corrections(text, "r.pipeline.yaml")
    assert message in info.value.message and info.value.message.startswith("r.pipeline.yaml")
    assert "\n" not in info.value.message


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))


@pytest.mark.parametrize("text, message", [
    (BOMB, "anchors and aliases"),
    ("title: !!python/object/apply:os.system ['echo hi']\n", "tags (!)"),
    ("title: !custom x\n", "tags (!)"),
    ("drop: !!set {1, 2}\n", "tags (!)"),
    ("drop: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than"),
    ("headings:\n" + "".join(f"{'  ' * i}k{i}:\n" for i in range(1, 40)), "nested more than"),
])
def test_hostile_yaml_is_refused_with_one_line_quickly(text, message):
    started = time.process_time()   # CPU, not wall: a loaded machine must not fail it
    with pytest.raises(InputError) as info:
        parse_corrections(text, "evil.pipeline.yaml")
    assert message in info.value.message and "\n" not in info.value.message
    assert time.process_time() - started < 2


def test_huge_and_binary_files_are_refused(tmp_path):
    big = tmp_path / "big.pipeline.yaml"
    big.write_bytes(b"drop:\n" + b"  - 1\n" * (MAX_BYTES // 6 + 10))
    with pytest.raises(InputError, match="larger than"):
        load_corrections(tmp_path / "big.txt", big)
    binary = tmp_path / "bin.pipeline.yaml"
    binary.write_bytes(b"title: \xff\xfe\x00")
    with pytest.raises(InputError, match="not UTF-8"):
        load_corrections(tmp_path / "bin.txt", binary)


def test_sidecar_is_found_beside_the_source_and_optional(tmp_path):
    source = tmp_path / "report.v2.txt"
    assert sidecar_path(source) == tmp_path / "report.v2.pipeline.yaml"
    assert load_corrections(source).source == ""          # no sidecar: no corrections, no error
    sidecar_path(source).write_text("title: T\n", encoding="utf-8")
    assert load_corrections(source).title == "T"
    with pytest.raises(InputError, match="does not exist"):
        load_corrections(source, tmp_path / "missing.yaml")   # an explicit file must exist


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    import os

    fifo = tmp_path / "fix.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_corrections(tmp_path / "r.txt", fifo)
