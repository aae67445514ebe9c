"""Structure rules the round16zh round (issue #11, check set 14's Chinese half, yy1-yy9) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg


def test_a_period_part_with_a_masked_year_is_a_period_part():
    """A report template masks the year ('200*年', '20**年'): the part still names a period's work."""
    for text in ("200*年政府工作回顾", "20**年工作回顾", "201*年工作安排", "20*年的主要工作"):
        assert sg.is_period_part(text), text
    for text in ("2*年工作回顾", "***工作回顾", "200*年"):
        assert not sg.is_period_part(text), text


ZH = "一年来，全镇认真贯彻落实条例精神，不断拓展公开内容，创新公开形式，完善公开制度，进一步促进了政务公开工作。"


def test_one_sentence_repeated_as_the_body_of_several_parts_is_no_parallel_run_of_heads():
    from structure.test_unseen_kinds import doc_of, outline
    none = "本镇本年度无此类申请。"
    text = "\n".join(["某某镇政府信息公开年度报告", ZH, "一、基本情况", ZH, "二、依申请公开情况", none,
                      "三、收费及减免情况", none, "四、行政复议情况", none, "五、存在的问题", ZH])
    assert outline(doc_of(text)) == [(1, "一、基本情况"), (1, "二、依申请公开情况"), (1, "三、收费及减免情况"),
                                     (1, "四、行政复议情况"), (1, "五、存在的问题")]


def test_a_numbered_head_ending_in_a_colon_over_its_paragraph_is_a_heading():
    from structure.test_unseen_kinds import doc_of, outline
    text = "\n".join(["某某局年度工作总结", ZH, "一、主要工作", ZH, "二、问题和措施", "（一）存在的不足：", ZH, "（二）整改措施：", ZH])
    assert outline(doc_of(text)) == [(1, "一、主要工作"), (1, "二、问题和措施"), (2, "（一）存在的不足："),
                                     (2, "（二）整改措施：")]


def test_a_numbered_colon_line_over_a_list_or_a_clause_is_no_heading():
    from pipeline.structure.headings import _colon_head
    para = ZH
    assert _colon_head("（一）存在的不足：", para)
    assert not _colon_head("（一）存在的不足：", "1.人员不足，经费紧张，公开形式比较单一，群众知晓率不高，需要进一步改进。")
    assert not _colon_head("2. 马克笔：", "* 模拟水彩笔效果，渲染时设置透明度并加倍线宽，实现笔迹叠加变深的效果，供用户标注重点。")
    assert not _colon_head("（一）我们在工作中发现，存在以下问题：", para)   # a clause, not a name
    assert not _colon_head("（一）存在的不足：", "人员不足。")                  # no paragraph under it


def test_a_report_with_no_title_line_takes_the_name_its_opening_sentence_gives_it():
    from pipeline.structure.front import self_named_report
    assert self_named_report(["本年报是根据某某区政府信息公开规定的要求，由某某区某某街道办事处编制的2023年度政府信息公开"
                              "年度报告。全文包括概述等。"]) == "某某区某某街道办事处2023年度政府信息公开年度报告"
    assert self_named_report(["本年度报告根据上级要求，向社会公开2021年度乡政府信息公开年度报告。本报告统计期限为全年。"]) \
        == "2021年度乡政府信息公开年度报告"
    assert self_named_report(["本报告所列数据的统计期限自2021年1月1日起至12月31日止。"]) == ""   # names nothing
    assert self_named_report(["根据要求，由某某镇编制的2023年度政府信息公开年度报告。"]) == ""      # not '本报告…'


def test_the_self_named_report_titles_the_document():
    from structure.test_unseen_kinds import doc_of
    text = "\n".join(["本年报是根据有关要求，由某某镇人民政府编制的2023年度政府信息公开年度报告。全文包括概述、主动公开情况等。",
                      "一、概述", ZH, "二、主动公开情况", ZH])
    assert doc_of(text).title == "某某镇人民政府2023年度政府信息公开年度报告"


def test_a_piece_label_over_its_title_split_mid_word_gives_one_heading_under_it():
    from structure.test_unseen_kinds import doc_of, outline
    text = "\n".join(["某某局工作总结范文三篇", ZH, "第一篇：某某局2007年工作总结及2008", "某某局2007年工作总结及2008",
                      "年工作思路", ZH, "一、主要工作", ZH, "二、存在问题", ZH])
    assert outline(doc_of(text)) == [(1, "第一篇：某某局2007年工作总结及2008"), (2, "某某局2007年工作总结及2008年工作思路"),
                                     (3, "一、主要工作"), (3, "二、存在问题")]


def test_a_line_under_a_piece_label_that_does_not_repeat_it_is_not_glued():
    from structure.test_unseen_kinds import doc_of, outline
    text = "\n".join(["某某局工作总结范文三篇", ZH, "第一篇：某某局2007年工作总结", "工作回顾", ZH, "一、主要工作", ZH])
    assert (2, "工作回顾") in outline(doc_of(text))
