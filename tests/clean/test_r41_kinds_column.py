"""(r41, issue 11) A portal's column named by kinds alone is no title.

A portal files each item in a column named for what it holds, and a copied page often keeps the
column's name over the headline: `通知公告`, `公示公告`, `政策文件`, `新闻动态`. Such a name is two or
three kinds of item and nothing else, which no document's title is (a title names its subject), so
over a headline that ends in a kind of document it is the column's label, byline or not. A single
kind (`通知`, `公告`) may be a short title and stays. The texts are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

HEADLINE = "某某县人民政府办公室关于做好汛期防灾减灾工作的通知"
NOTICE = f"""{HEADLINE}

各乡镇人民政府，县政府各部门：

为切实做好今年汛期防灾减灾工作，保障人民群众生命财产安全，现就有关事项通知如下。

一、压实防汛责任

各乡镇要落实防汛责任制，明确责任人，确保责任到人、措施到位。

二、加强隐患排查

各部门要组织力量对山洪、地质灾害隐患点开展排查，发现问题及时整改。

某某县人民政府办公室
2024年5月20日
"""


@pytest.mark.parametrize("column", ["通知公告", "公示公告", "政策文件", "新闻动态", "通知公告文件"])
def test_a_column_of_kinds_over_the_headline_is_chrome(column):
    cleaned = clean_text(f"{column}\n\n{NOTICE}", source_file="page.txt")
    assert any(r.text.strip() == column and r.rule == "column-label" for r in cleaned.removed)
    doc = structure_document(cleaned)
    assert doc.title == HEADLINE
    assert [s.title for s in doc.sections] == ["一、压实防汛责任", "二、加强隐患排查"]


@pytest.mark.parametrize("line", ["通知", "公告", "防汛通知"])
def test_one_kind_or_a_named_kind_stays(line):
    cleaned = clean_text(f"{line}\n\n{NOTICE}", source_file="page.txt")
    assert not any(r.text.strip() == line and r.rule == "column-label" for r in cleaned.removed)
