"""(r32zhpages) A Chinese Markdown source (a law-reading site's guide page, a study-notes page, a
Chinese README) heads its sections setext-style (`标题` / `====`, `小节` / `----`) and quotes
outlines and samples as INDENTED CODE: lines opening with a tab or four ASCII spaces after a blank
line. A quoted law outline's `第一章　总则` / `第一条` lines are the quoted text, never the page's
headings (`verbatim.setext_markdown`, `verbatim.indented_code` (ascii_indent)). Must stay: a Chinese plain
text's paragraphs indented by full-width spaces, a plain text's tab-indented chapter head, a list
item's indented continuation; not a letter of the quoted text is lost."""
from .helpers import doc_of, levels, texts

LAW_GUIDE = """法律读本使用说明
=================

本站收录常用法律的读本，每部法律一节，附目录。

2015-立法法
-----------

　　最初版本：20000315
　　最近版本：20150315

\t《中华人民共和国立法法》
\t第一章　总则
\t\t第一条　为了规范立法活动，制定本法。
\t第二章　法律
\t第三章　行政法规

2018-监察法
-----------

　　最初版本：20180320

\t《中华人民共和国监察法》
\t第一章　总则
\t第二章　监察机关及其职责
"""

NOTES_SPACES = """学习笔记：合同编要点
====================

下面摘录合同编的目录结构，便于对照。

    第一分编　通则
    第一章　一般规定
    第二章　合同的订立

合同的效力
----------

合同依法成立的，自成立时生效。

    第五百零二条　依法成立的合同，自成立时生效。
    第三章　合同的效力
"""

README_HASH = """# 数据说明

本仓库整理统计公报的目录。

    一、综合
    二、农业
    三、工业

## 使用方法

运行脚本即可生成表格。
"""

# must stay: a Chinese plain text, full-width indents, a title underlined, its parts plain
PLAIN_UNDERLINED = """某县2020年政府工作报告
======================

　　各位代表：

一、过去一年工作回顾

　　过去一年，全县经济平稳运行。

二、今年工作安排

　　今年要抓好三件事。
"""

# must stay: a plain text (no Markdown) whose chapter heads are tab-indented
PLAIN_TAB = """某市物业管理条例

\t第一章　总则

　　第一条　为了规范物业管理活动，制定本条例。

\t第二章　业主大会

　　第二条　业主大会由全体业主组成。
"""


def _code_texts(doc):
    return [p.text for p in _paras(doc) if getattr(p, "code", False) or getattr(p, "verbatim", "")]


def _paras(doc):
    from .helpers import all_paragraphs
    return list(all_paragraphs(doc))


def _joined(doc):
    return "".join("".join(t.split()) for t in texts(doc))


def test_a_quoted_law_outline_under_setext_sections_is_no_heading():
    doc = doc_of(LAW_GUIDE)
    assert levels(doc) == [(1, "2015-立法法"), (1, "2018-监察法")] or \
        [t for _, t in levels(doc)] == ["2015-立法法", "2018-监察法"]
    body = _joined(doc)
    for quoted in ("第一章总则", "第一条为了规范立法活动，制定本法。", "第二章监察机关及其职责"):
        assert quoted in body   # not a letter lost


def test_four_space_samples_in_a_setext_notes_page_are_no_headings():
    doc = doc_of(NOTES_SPACES)
    titles = [t for _, t in levels(doc)]
    assert not any(t.startswith("第") for t in titles), titles
    assert "合同的效力" in titles
    assert "第二章合同的订立" in _joined(doc)


def test_an_indented_outline_in_a_hash_headed_chinese_readme_is_no_heading():
    doc = doc_of(README_HASH)
    titles = [t for _, t in levels(doc)]
    assert not any(t.startswith(("一、", "二、", "三、")) for t in titles), titles
    assert "三、工业" in _joined(doc)


def test_plain_text_with_full_width_indents_keeps_its_parts():
    doc = doc_of(PLAIN_UNDERLINED)
    assert [t for _, t in levels(doc)] == ["一、过去一年工作回顾", "二、今年工作安排"]
    assert not _code_texts(doc)


def test_plain_text_tab_indented_chapter_heads_stay_headings():
    doc = doc_of(PLAIN_TAB)
    assert [t for _, t in levels(doc)][:2] == ["第一章　总则", "第二章　业主大会"] or \
        ["".join(t.split()) for _, t in levels(doc)][:2] == ["第一章总则", "第二章业主大会"]
