"""Each decision carries a reason and a confidence; the table gives unknown rules a default,
and the signals move a call the way the docstrings say."""
import pytest

from pipeline.clean import clean_text
from pipeline.confidence import (DEFAULT_RULE, RULE_CONFIDENCE, UNCERTAIN_BELOW, heading_confidence,
                                 removal_confidence, uncertain)
from pipeline.model import Decision
from pipeline.structure import structure_document

from common import REAL_DOCUMENTS


def _decisions(text, name="t.txt"):
    cleaned = clean_text(text, source_file=name)
    document = structure_document(cleaned)
    return cleaned, document


def test_a_rule_the_table_does_not_know_gets_the_default():
    assert "some-future-rule" not in RULE_CONFIDENCE
    assert removal_confidence("some-future-rule", in_body=False, prose=False, repeated=False) == \
        (DEFAULT_RULE, "some-future-rule")


def test_vocabulary_rule_in_the_body_is_less_sure_than_at_the_edge():
    edge, _ = removal_confidence("nav-menu", in_body=False, prose=False, repeated=False)
    body, reason = removal_confidence("nav-menu", in_body=True, prose=False, repeated=False)
    assert body < edge and "in the body" in reason
    # a rule built for anywhere (a copyright line) is not penalised in the body
    assert removal_confidence("copyright", in_body=True, prose=False, repeated=False)[0] == RULE_CONFIDENCE["copyright"]


def test_running_chrome_repeated_on_every_page_is_surer():
    once, _ = removal_confidence("page-header", in_body=True, prose=False, repeated=False)
    often, reason = removal_confidence("page-header", in_body=True, prose=False, repeated=True)
    assert often > once and "repeated" in reason


def test_weak_lone_unnumbered_heading_is_less_sure_than_a_numbered_one():
    numbered, _ = heading_confidence("一、", "一、|", True, 1, siblings=5, ranked=True)
    lone, reason = heading_confidence("", "plain|", False, 1, siblings=1, ranked=False, above_numbered=True)
    assert numbered >= 0.9
    assert lone < UNCERTAIN_BELOW and "only heading of its shape" in reason and "numbered headings under it" in reason


def test_every_removal_and_heading_of_a_document_has_a_decision():
    text = ("当前位置：首页 > 政务信息\n河西区政府工作报告\n一、过去一年的工作\n"
            "今年全区经济运行总体平稳，各项事业取得新的进展，人民生活水平进一步提高。\n"
            "二、今年的主要任务\n全年地区生产总值增长百分之八左右，城乡居民收入稳步增加。\n")
    cleaned, document = _decisions(text)
    removed = [d for d in cleaned.decisions if d.kind == "boilerplate"]
    assert [(d.line, d.decision, d.reason) for d in removed] == [(1, "removed", "breadcrumb")]
    title = [d for d in document.decisions if d.kind == "title"]
    assert [(d.line, d.text) for d in title] == [(2, "河西区政府工作报告")]
    headings = [(d.line, d.decision) for d in document.decisions if d.kind == "heading"]
    assert headings == [(3, "level 1"), (5, "level 1")]
    assert all(0 <= d.confidence <= 1 and d.reason for d in cleaned.decisions + tuple(document.decisions))


def test_file_name_as_title_is_uncertain():
    text = "今年全区经济运行总体平稳，各项事业取得新的进展，人民生活水平进一步提高。\n" * 3
    _, document = _decisions(text, "report-2024.txt")
    title = document.decisions[0]
    assert (title.kind, title.text, title.line) == ("title", "report-2024", 0)
    assert title in uncertain(document.decisions) and "file name" in title.reason


def _judge(rows):
    """structure_decisions over synthetic blocks: rows of (text, style, shape, strong, level or 0);
    a row with level 0 is body text. Independent of which lines the rules take as headings."""
    from pipeline.structure.blocks import Block
    from pipeline.structure.decisions import structure_decisions
    from pipeline.structure.headings import Heading

    blocks = [Block(text, line) for line, (text, *_rest) in enumerate(rows, 1)]
    headings = [Heading(i, shape, style, strong) for i, (_, style, shape, strong, level) in enumerate(rows) if level]
    levels = {i: level for i, (*_, level) in enumerate(rows) if level}
    return structure_decisions(blocks, headings, levels, 0)


BODY = ("正文", "", "", False, 0)


def test_a_stray_line_over_numbered_parts_is_flagged_and_its_children_are_not_counted():
    """A byline taken as a part title pushes the numbered parts down a level (issue 11)."""
    made = _judge([("区长 张三丰作报告", "", "plain|", False, 1), BODY,
                   ("一、过去一年的工作", "一、", "一、|", True, 2), BODY,
                   ("二、今年的主要任务", "一、", "一、|", True, 2), BODY])
    assert [d.text for d in uncertain(made)] == ["区长 张三丰作报告"]
    assert "numbered headings under it" in made[0].reason
    children = [d for d in made if d.text.startswith(("一、", "二、"))]
    assert all(d.confidence == UNCERTAIN_BELOW and "under an uncertain heading (line 1)" in d.reason
               for d in children)


def test_a_contents_list_repeating_the_headings_is_flagged():
    made = _judge([("第一章　总则", "第章", "第章|", True, 1), ("第二章　附则", "第章", "第章|", True, 1),
                   ("第一章　总则", "第章", "第章|", True, 1), BODY, ("第二章　附则", "第章", "第章|", True, 1), BODY])
    assert [(d.line, d.text) for d in uncertain(made)] == [(1, "第一章　总则"), (2, "第二章　附则")]
    assert "a contents list" in made[0].reason


def test_a_parallel_series_of_plain_headings_is_surer_than_a_lone_one():
    series = _judge([(f"标题{i}，内容", "", "plain|,", False, 1) for i in range(4)])
    lone = _judge([("标题，内容", "", "plain|,", False, 1), BODY])
    assert series[0].confidence > lone[0].confidence
    assert "one of 4 alike" in series[0].reason and "only heading of its shape" in lone[0].reason


@pytest.mark.parametrize("name", sorted(REAL_DOCUMENTS))
def test_the_tuned_documents_have_no_uncertain_decision(name):
    """The samples stay quiet: their decisions are right, and --strict builds of them pass."""
    cleaned, document = _decisions(REAL_DOCUMENTS[name].read_text(encoding="utf-8-sig"), name + ".txt")
    assert uncertain(cleaned.decisions + tuple(document.decisions)) == []


def test_uncertain_sorts_by_line():
    ds = [Decision(9, "b", "heading", "level 1", "x", 0.1), Decision(2, "a", "title", "title", "y", 0.2),
          Decision(5, "c", "heading", "level 1", "z", 0.9)]
    assert [d.line for d in uncertain(ds)] == [2, 9]


def test_explain_table_keeps_its_columns_with_wide_text():
    from pipeline.decisions import format_decisions

    rows = format_decisions([
        Decision(12, "积极应对金融危机，区域经济实现新发展，城市环境呈现新面貌，社会事业取得新进步", "heading",
                 "level 2", "plain heading", 0.45),
        Decision(0, "report", "title", "title", "file name", 0.2),
    ]).splitlines()
    assert rows[1].split()[:4] == ["12", "heading", "level", "2"]
    assert "…" in rows[1] and rows[1].endswith("plain heading")
    assert rows[2].split()[:3] == ["-", "title", "title"]
    # the reason column starts at the same display column on every row (CJK counts two)
    from pipeline.decisions import _width
    assert _width(rows[1][: rows[1].index("plain heading")]) == _width(rows[2][: rows[2].index("file name")])


def test_removing_a_copy_of_a_kept_line_is_sure_even_in_the_body():
    alone, _ = removal_confidence("contents-box", in_body=True, prose=False, repeated=False)
    copy, reason = removal_confidence("contents-box", in_body=True, prose=False, repeated=False, copy_of_kept=True)
    assert alone < UNCERTAIN_BELOW <= copy and "a copy of a kept line" in reason
