"""Structure rules that held on a document but not on the same text in another form (issue #11,
robust3). Made-up texts, each rule in both forms, and what each must leave alone."""
from __future__ import annotations

from pipeline.structure.headings import _item_value


def test_an_item_series_typed_half_width_is_the_same_series():
    items = ["一{}第三条第二款修改为：“本市的机关、企业和个人都有依法参加某某活动的义务。",
             "二{}第四条第一款修改为：“某某工作，实行预防为主的方针。”",
             "三{}第五条第二款后增加：“某某经费应由市人民政府给予特殊补助。”"]
    for mark in ("、", "．", "."):   # `一.` typed half-width is the same item as `一、`
        assert [_item_value(i.format(mark)) for i in items] == [1, 2, 3], mark
    # what stays: a decimal or a bare numeral opens no item
    assert _item_value("一九九九年") is None and _item_value("第一条") is None


def test_a_first_part_numbered_bare_under_hashes_is_no_title():
    from structure.test_rules import doc_of, outline
    para = ("The board of each entity is responsible for preparing the annual report, and for the "
            "statements of performance that the report holds, in the form the Act requires.")
    text = ("Preparing the Annual Report - Guidance and Requirements\nfor Public Entities\n## 1 Process and production of the report\n\n### 1.1 Roles and duties\n\n"
            + para + "\n\n### 1.2 Structure and style\n\n" + para)   # one chapter of the report: its one '##
    doc = doc_of(text)
    assert doc.title.startswith("Preparing the Annual Report")
    assert [t for _, t in outline(doc)][:2] == ["1 Process and production of the report", "1.1 Roles and duties"]
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2]
    # what stays: a first '##' not numbered from the next one is still the title written as a heading
    from pipeline.structure.headings import _numbers_the_next
    assert not _numbers_the_next("10 Things to know", "1.1 Roles") and not _numbers_the_next("1 Process", "10.1 Roles")
    assert _numbers_the_next("2 Content", "2.1 Scope")


def test_a_marked_forwarded_document_under_a_catalogue_box_is_no_title():
    from structure.test_rules import outline
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    para = "为贯彻落实有关文件精神，系统化推进某某工作，结合本区实际，制定本方案，请各单位认真贯彻执行。"
    box = ["索 引 号: | XX-2024-001 | 主题分类: | 区政府 |", "名 称: | 某某区人民政府办公室关于转发《某某区推进某某工作的实施方案》的通知 | ||",
           "文 号: | 某府办发〔2024〕5号 | 公开类型: | 主动公开 |", "公开属性: | 全部公开 | 公开期限: | 长期公开 |"]
    letter = ["各镇人民政府：", "《某某区推进某某工作的实施方案》已经区政府同意，现转发给你们。", "某某区人民政府办公室", "2024年3月1日"]
    for mark in ("", "## "):
        parts = [mark + "某某区推进某某工作的实施方案", para, "#" * bool(mark) + mark + "一、工作目标", para,
                 "#" * bool(mark) + mark + "二、主要任务", para]
        doc = structure_document(clean_text("\n".join(box + letter + parts), source_file="t.txt"), structure="rules")
        assert doc.title == "某某区人民政府办公室关于转发《某某区推进某某工作的实施方案》的通知", mark
        assert outline(doc) == [(1, "某某区推进某某工作的实施方案"), (2, "一、工作目标"), (2, "二、主要任务")], mark
