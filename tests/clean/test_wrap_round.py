"""The wrap round (issue 11, requirement 4): rules that held on a page but not on its PDF copy
(lines hard-wrapped at the measure, no blank lines between paragraphs). Made-up pages, each rule
in both forms, and what each must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

BOX = ["索 引 号：\t000123456/2026-00042\t主题分类：\t城乡建设", "发文机关：\t某某省人民政府办公厅\t成文日期：\t2026年03月02日",
       "标　　题：\t某某省人民政府办公厅关于加快推进城镇老旧小区改造工作的通知",
       "发文字号：\t某政办发〔2026〕7号\t发布日期：\t2026年03月05日", "主 题 词："]
TITLE = ["某某省人民政府办公厅关于加快推进", "城镇老旧小区改造工作的通知"]


def test_a_title_wrapped_under_the_box_is_no_value_of_its_empty_last_field():
    for gap in ([""], []):   # with the blank line after the box, and in a copy without blank lines
        kept, removed, _ = run_rule("meta-box", BOX + gap + TITLE + ["某政办发〔2026〕7号", PROSE])
        assert [t for _, t in removed] == BOX
        assert [t for t in kept if t.strip()][:2] == TITLE


def test_a_short_value_that_only_shares_a_name_with_a_field_above_is_still_a_value():
    box = BOX[:4] + ["发布机构："]
    kept, removed, _ = run_rule("meta-box", box + ["某某省人民政府办公厅", PROSE, PROSE])
    assert [t for _, t in removed] == box + ["某某省人民政府办公厅"]
