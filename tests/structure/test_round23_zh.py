"""Structure rules of the lead's round23 (issue #11): a mirror's reading glosses ('發(fā)') are looked
through wherever a line's whole shape is read. Made-up lines, and what the rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg

from structure.test_unseen_kinds import doc_of, outline

NOTICE = ["某政發(fā)〔2023〕8號(hào)", "各縣區人民政府，市政府各部門：",
          "《某某市人民政府工作規(guī)則》已經市政府常務會議審議通過，現印發(fā)給你們，請遵照執(zhí)行。",
          "某某市人民政府", "2023年1月19日", "某某市人民政府工作規(guī)則", "第一章　總　則",
          "第一條　為了規範市政府工作，制定本規(guī)則。", "第二章　職　責", "第二條　市政府履行經濟調節職責。"]


def test_a_glossed_document_number_is_no_title():
    doc = doc_of("\n".join(NOTICE))
    assert doc.title != NOTICE[0]
    assert (1, "第一章　總　則") in outline(doc) or (1, "第一章 總 則") in outline(doc)


def test_squeezed_reads_through_spaces_and_glosses_only():
    assert sg.squeezed("某政發(fā)〔2023〕8號(hào)") == "某政發〔2023〕8號"
    assert sg.squeezed("1 9 9 8 年3 月5 日") == "1998年3月5日"
    # a bracketed English aside or a code is no gloss: no tone mark
    assert sg.squeezed("国内生产总值(GDP)") == "国内生产总值(GDP)"
    assert sg.squeezed("附件(a)") == "附件(a)"


BULLETIN = ["某某市2019年国民经济和社会发展统计公报", "某某市统计局", "国家统计局某某调查队",
            "2019年，全市经济运行总体平稳，发展质量稳步提升。", "一、综合",
            "全年全市实现地区生产总值1200亿元，比上年增长6.5%。", "二、农业",
            "全年粮食种植面积120千公顷，比上年增加0.2千公顷。"]


def test_the_issuing_bodies_under_a_title_head_no_section():
    assert outline(doc_of("\n".join(BULLETIN))) == [(1, "一、综合"), (1, "二、农业")]


def test_a_body_named_as_a_section_under_running_text_still_heads_it():
    # the task breakdown's owners as unnumbered heads further down are not issuers under the title
    lines = ["某某市重点任务分工方案", "为抓好各项任务落实，现将分工明确如下。", "市发展改革委",
             "牵头推进重大项目建设，按季度报送进展情况。", "市财政局", "统筹安排资金保障，按季度报送进展情况。"]
    from pipeline.structure.headings import _issuer_under_title
    from pipeline.structure.blocks import Block
    blocks = [Block(t, n) for n, t in enumerate(lines[1:], 2)]
    assert not _issuer_under_title(blocks, 1, ("", "plain"))   # a sentence stands above it
