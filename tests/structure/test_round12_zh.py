"""Structure rules the round12zh round (issue #11, check set 9's Chinese half, xxc) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_call_for_comments_with_the_status_after_the_quote_heads_the_draft():
    text = "\n\n".join(["关于《某某市河道管理条例》（修订草案）公开征求意见的通知", P, "某某市人大常委会法工委",
                        "2021年4月6日", "《某某市河道管理条例》", "（修订草案）", "第一章 总则", "第一条 为了加强河道管理，制定本条例。",
                        "第二章 管理", "第二条 河道管理应当遵守本条例。"])
    assert outline(doc_of(text)) == [(1, "《某某市河道管理条例》"), (2, "第一章 总则"), (2, "第二章 管理")]
    # a bracket after the quote that is no draft status: no call for comments; the law's name still holds
    # its chapters (r35: a document's name over its numbered parts holds them, headings._names_document)
    text = "\n\n".join(["关于《某某市河道管理条例》（2021年）实施情况的通知", P, "《某某市河道管理条例》",
                        "第一章 总则", "第一条 为了加强河道管理，制定本条例。", "第二章 管理", "第二条 本条例自公布之日起施行。"])
    assert outline(doc_of(text)) == [(1, "《某某市河道管理条例》"), (2, "第一章 总则"), (2, "第二章 管理")]


def test_an_announcement_publishing_a_draft_in_full_heads_the_draft():
    opening = "市人大常委会会议对《某某市停车管理条例（草案）》（以下简称《条例（草案）》）进行了审议。现将《条例（草案）》全文公布，征求意见。"
    text = "\n\n".join(["某某市人大常委会办公室公告（第3号）", opening, P, "某某市人大常委会办公室", "2021年4月6日",
                        "某某市停车管理条例（草案）", "第一章 总则", "第一条 为了加强停车管理，制定本条例。",
                        "第二章 管理", "第二条 停车管理应当遵守本条例。"])
    assert outline(doc_of(text)) == [(1, "某某市停车管理条例（草案）"), (2, "第一章 总则"), (2, "第二章 管理")]
    # a paragraph that only mentions a draft, publishing nothing: the draft's name still holds its chapters (r35)
    text = text.replace("现将《条例（草案）》全文公布，征求意见。", "会议决定继续审议。")
    assert outline(doc_of(text)) == [(1, "某某市停车管理条例（草案）"), (2, "第一章 总则"), (2, "第二章 管理")]
    # a line naming no document over the chapters stays their peer
    text = text.replace("某某市停车管理条例（草案）", "停车管理的主要内容")
    assert (1, "第一章 总则") in outline(doc_of(text))
