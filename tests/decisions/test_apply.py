"""Corrections applied at the seams: drop/keep in clean_text, headings in structure_document,
figures after find_figures; a line that matches nothing is an InputError naming it."""
import pytest

from pipeline.clean import clean_text, normalise_line
from pipeline.corrections import exclude_figures, parse_corrections
from pipeline.errors import InputError
from pipeline.figures import find_figures
from pipeline.structure import structure_document

from common import SAMPLE

BODY = "今年全区经济运行总体平稳，各项事业取得新的进展，人民生活水平进一步提高。"
TEXT = "\n".join([
    "当前位置：首页 > 政务信息",        # 1  breadcrumb (removed by a rule)
    "河西区政府工作报告",              # 2  title
    "一、过去一年的工作",              # 3
    BODY,                              # 4
    "欢迎访问河西区门户网站",          # 5  leaked chrome (kept by the rules)
    "主要预期目标",                    # 6  a bold phrase on its own line, taken as a heading
    "全年地区生产总值增长８％左右，城乡居民收入稳步增加，就业形势保持稳定。",  # 7
    "二、今年的主要任务",              # 8
    "今年要坚持稳中求进，统筹发展和安全，扎实推进各项工作。",  # 9
]) + "\n"


def corrections(yaml_text):
    return parse_corrections(yaml_text, "t.pipeline.yaml", normalise_line)


def test_drop_by_text_and_keep_by_number():
    cleaned = clean_text(TEXT, source_file="t.txt", corrections=corrections("drop: [欢迎访问河西区门户网站]\nkeep: [1]\n"))
    assert 5 not in cleaned.line_numbers and 1 in cleaned.line_numbers
    assert cleaned.lines[0] == "当前位置：首页 > 政务信息"
    assert [(r.line, r.rule) for r in cleaned.removed] == [(5, "correction")]
    assert {(d.line, d.decision, d.reason, d.confidence) for d in cleaned.decisions} == {
        (1, "kept", "correction", 1.0), (5, "removed", "correction", 1.0)}


def test_a_line_matches_as_normalised_too():
    """Line 7 written as the output shows it (ASCII digits, half-width %) still names it."""
    normalised = normalise_line(TEXT.split("\n")[6])
    assert normalised != TEXT.split("\n")[6]
    cleaned = clean_text(TEXT, source_file="t.txt", corrections=corrections(f"drop: ['{normalised}']\n"))
    assert 7 not in cleaned.line_numbers


def test_dropping_a_line_a_rule_removed_makes_its_decision_certain():
    cleaned = clean_text(TEXT, source_file="t.txt", corrections=corrections("drop: [1]\n"))
    (decision,) = [d for d in cleaned.decisions if d.line == 1]
    assert decision.confidence == 1.0 and decision.reason == "breadcrumb (correction)"


@pytest.mark.parametrize("yaml_text, message", [
    ("drop: [99]\n", "drop: line 99 matches no line (the text has 9 lines)"),
    ("keep: [没有这一行]\n", "keep: '没有这一行' matches no line"),
    ("drop: [5]\nkeep: [欢迎访问河西区门户网站]\n", "line 5 is in both drop: and keep:"),
])
def test_a_line_that_matches_nothing_is_an_input_error(yaml_text, message):
    with pytest.raises(InputError) as info:
        clean_text(TEXT, source_file="t.txt", corrections=corrections(yaml_text))
    assert info.value.message == f"t.pipeline.yaml: {message}" or message in info.value.message
    assert info.value.exit_code == 3


def _outline(document):
    out = []
    stack = list(reversed(document.sections))
    while stack:
        s = stack.pop()
        out.append((s.level, s.title))
        stack.extend(reversed(s.sections))
    return out


def test_headings_override_levels_and_switch_headings_off():
    plain = structure_document(clean_text(TEXT, source_file="t.txt"), structure="rules")   # the rules' heading
    assert (2, "主要预期目标") in _outline(plain)           # the rules take the bold phrase as a heading
    fixed = corrections("headings:\n  主要预期目标: 0\n  二、今年的主要任务: 2\n")
    document = structure_document(clean_text(TEXT, source_file="t.txt"), corrections=fixed)
    assert _outline(document) == [(1, "一、过去一年的工作"), (2, "二、今年的主要任务")]
    made = {d.text: (d.decision, d.reason, d.confidence) for d in document.decisions if d.kind == "heading"}
    assert made["主要预期目标"] == ("not a heading", "correction", 1.0)
    assert made["二、今年的主要任务"] == ("level 2", "correction", 1.0)
    # the text of a switched-off heading stays, as a paragraph
    assert any(p.text == "主要预期目标" for s in document.sections for p in s.paragraphs)


def test_headings_by_line_number():
    document = structure_document(clean_text(TEXT, source_file="t.txt"), corrections=corrections("headings:\n  6: 0\n"))
    assert (2, "主要预期目标") not in _outline(document)


def test_a_heading_entry_that_matches_nothing_is_an_input_error():
    with pytest.raises(InputError, match="headings: '不存在的标题' matches no line"):
        structure_document(clean_text(TEXT, source_file="t.txt"), corrections=corrections("headings:\n  不存在的标题: 1\n"))


def test_figures_exclude_leaves_the_value_out_of_the_records_and_charts():
    document = structure_document(clean_text(SAMPLE.read_text(encoding="utf-8"), source_file=SAMPLE.name))
    figures = find_figures(document)
    first = figures.records[0]
    kept = exclude_figures(figures, document, corrections(f"figures:\n  exclude: ['{first.mention}']\n"))
    assert first.mention not in {r.mention for r in kept.records}
    assert len(kept.records) == len(figures.records) - sum(r.mention == first.mention for r in figures.records)
    by_id = exclude_figures(figures, document, corrections(f"figures:\n  exclude: [{first.id}]\n"))
    assert [r.id for r in by_id.records] == [r.id for r in figures.records if r.id != first.id]
    with pytest.raises(InputError, match="exclude: '123456789亿元' matches no statistic"):
        exclude_figures(figures, document, corrections("figures:\n  exclude: [123456789亿元]\n"))


def test_a_long_headings_map_stays_fast():
    """20,000 entries against a long document: indexed matching, not entries x blocks."""
    import time

    text = "\n".join(f"第{i}段　{BODY}" if i % 10 else f"标题{i}" for i in range(1, 20001)) + "\n"
    cleaned = clean_text(text, source_file="t.txt")
    entries = "".join(f"  标题{i}: 2\n" for i in range(10, 20001, 10))
    entries += "".join(f"  {n}: 0\n" for n in range(11, 20001, 10))
    fixed = corrections("headings:\n" + entries)
    # CPU time against the same document without the map, timed in the same run: a loaded machine
    # slows both (matching entries x blocks, 4,000 x 20,000, takes many times the structuring itself)
    started = time.process_time()
    structure_document(cleaned)
    plain = time.process_time() - started
    started = time.process_time()
    document = structure_document(cleaned, corrections=fixed)
    mapped = time.process_time() - started
    assert mapped < 3 * plain, f"with the map {mapped:.1f} s, without {plain:.1f} s"
    assert sum(d.reason == "correction" for d in document.decisions) == 3999
