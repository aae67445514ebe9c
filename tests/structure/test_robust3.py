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
