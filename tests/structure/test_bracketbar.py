"""bracketbar (issue #11): a speaker line with a masked name, a piped table row. Made-up lines."""
from __future__ import annotations

from .helpers import doc_of, levels


# a speaker line whose name a template masked ('旗 长  **'), its office letter-spaced
def test_a_spaced_office_over_a_masked_name_is_a_speaker_line():
    from pipeline.structure.front import speaker_line
    assert speaker_line("旗 长  **")
    assert speaker_line("县　长　××")
    assert not speaker_line("总 体  **")   # no office


# a table's row whose cells a copy set apart by bars is never a heading
def test_a_piped_table_row_is_no_heading():
    from pipeline.structure import signals as sg
    assert sg.is_piped_row("第三产业 | 240.54 | 6.7 |")
    assert sg.is_piped_row("| 2019 | 12.5% |")
    assert not sg.is_piped_row("新闻中心 | 某某网")
    assert not sg.is_piped_row("工作回顾 | 主要成就 | 发展目标")


def test_the_last_row_of_a_piped_table_heads_nothing():
    doc = doc_of("某某市2019年统计公报\n一、综合\n全市生产总值增长5.2%，经济运行总体平稳，各项工作取得新进展。\n"
                 "指标 | 数值 | 增长 |\n第一产业 | 37.11 | 2.6 |\n第三产业 | 240.54 | 6.7 |\n"
                 "全市户籍人均生产总值为141647元，比上年增长4.8%。\n二、农业\n农业结构转型回升，总产值增长2.5%。")
    assert [t for _, t in levels(doc)] == ["一、综合", "二、农业"]
