"""Structure rules the round13zh round (issue #11, check set 10's Chinese half, yq) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_an_issued_name_over_its_numbered_parts_is_the_title_when_no_headline():
    text = "\n\n".join(["各镇人民政府，县政府各部门：", "《某某县政府专题会议工作规则》已经县政府同意，现印发给你们，请认真遵照执行。",
                        "某某县人民政府", "2021年4月6日", "某某县政府专题会议工作规则",
                        "第一章 总则", "第一条 为了规范专题会议，制定本规则。", P,
                        "第二章 组织", "第二条 专题会议由县长或者副县长召集。", P])
    doc = doc_of(text)
    assert doc.title == "某某县政府专题会议工作规则"
    assert outline(doc)[:2] == [(1, "第一章 总则"), (1, "第二章 组织")]
    # with a headline of its own, the name stays where the other rules put it
    titled = doc_of("某某县人民政府关于印发某某县政府专题会议工作规则的通知\n\n" + text)
    assert titled.title.startswith("某某县人民政府关于印发")
