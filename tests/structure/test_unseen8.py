"""Structure rules the unseen8 round (issue #11, xl1-xl8: Chinese work reports of standing
committees, a call for comments with its draft, transcripts, essay-site samples) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_piece_label_heads_the_numbered_parts_under_it():
    assert sg.numbering("篇2") == "篇1" and sg.numbering("篇首语") == ""
    text = "\n".join(["某局年度工作总结（3篇）", "篇1", P, "一、主要工作", P, "二、存在问题", P, "篇2", P, "一、主要工作", P])
    assert outline(doc_of(text)) == [(1, "篇1"), (2, "一、主要工作"), (2, "二、存在问题"), (1, "篇2"), (2, "一、主要工作")]


def test_speaker_lines_of_a_transcript_head_no_section():
    text = "\n\n".join(["某某发布会实录", "某某局新闻发言人 张某某", P, "某某委员会主任 李某：", P, "记者：" + P])
    doc = doc_of(text)
    assert outline(doc) == []
    # a single unpunctuated line ending in a role word, in a text with no other speaker line, is left to the rules
    text = "\n\n".join(["某某工作报告", "一、优秀党员代表", P, "二、工作安排", P])
    assert (1, "一、优秀党员代表") in outline(doc_of(text))


def test_the_line_naming_the_text_after_a_lead_in_is_the_title():
    lead = ("据某某网报道，某某会议新闻发布会今天下午在某某大厅举行，吸引了数百名中外记者，"
            "发言人回答了中外记者关心的各方面问题，本网为您一一整理如下。")
    text = "\n".join([lead, "某某会议新闻发布会发言人答记者问", "▲某某报记者：今年的工作重点是什么？", "某某：" + P])
    doc = doc_of(text)
    assert doc.title == "某某会议新闻发布会发言人答记者问" and outline(doc) == []
    # a lead-in over a section that names no kind of text: the section stays a heading
    text = "\n".join([lead, "会场花絮", P])
    assert outline(doc_of(text)) == [(1, "会场花絮")]


def test_a_draft_under_a_call_for_comments_heads_its_chapters():
    text = "\n\n".join(["关于《某某市养犬管理条例（草案）》公开征求意见的公告", P, "某某市人大常委会办公厅",
                        "2020年5月6日", "某某市养犬管理条例", "（草案）", "第一章 总则", "第一条 为了规范养犬行为，制定本条例。",
                        "第二章 管理", "第二条 养犬人应当遵守本条例。"])
    assert outline(doc_of(text)) == [(1, "某某市养犬管理条例"), (2, "第一章 总则"), (2, "第二章 管理")]
