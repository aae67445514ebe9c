"""Structure rules the unseen6 round (issue #11, xy1-xy8: Chinese portal pages, reports of other
years, policy texts, a speech, a notice printed to PDF) prompted: made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

PROSE = "现将有关事项通知如下，请结合实际认真贯彻落实，确保各项工作任务按期完成，并及时报告工作进展情况。"
ARTICLE = "第一条 为了加强某某管理，根据有关法律法规，结合本市实际，制定本规定。"


def test_a_date_typed_with_a_latin_o_is_a_date():
    assert sg.BARE_DATE.match("二oo八年三月一日") and sg.BARE_DATE.match("二OO八年三月")
    text = "\n".join(["某某市人民政府关于印发某某市河道管理暂行办法的通知", "", "各区人民政府：", PROSE,
                      "二oo八年三月一日", "  某某市河道管理暂行办法", "  第一章 总 则", "  " + ARTICLE])
    assert ("某某市河道管理暂行办法" in [t for _, t in outline(doc_of(text))])


def test_a_headline_filed_under_its_number_gives_the_name_in_the_marks():
    text = "\n\n".join(["某政发〔2019〕7号《某某省人民政府关于加快某某产业发展的意见》", "某某省人民政府关于加快某某产业发展的意见",
                        "各市人民政府：", PROSE, "一、总体要求", PROSE])
    assert doc_of(text).title == "某某省人民政府关于加快某某产业发展的意见"
    # a headline that only quotes a name after other words keeps its words
    other = "\n\n".join(["学习《某某省人民政府关于加快某某产业发展的意见》", PROSE, "一、总体要求", PROSE])
    assert doc_of(other).title.startswith("学习")


def test_a_title_glued_to_its_dateline_by_two_hyphens_comes_apart():
    text = "\n\n".join(["政府工作报告--2001年3月2日在某某市第十届人民代表大会第四次会议上", "各位代表：", PROSE,
                        "一、过去一年的工作", PROSE])
    doc = doc_of(text)
    assert doc.title == "政府工作报告" and doc.date == "2001-03-02"
    assert outline(doc) == [(1, "一、过去一年的工作")]
    glued = doc_of("\n\n".join(["政府工作报告--2001年3月2日在某某市第十届人民代表大会第四次会议上某某市市长某某某",
                                "各位代表：", PROSE]))
    assert glued.title == "政府工作报告" and [a.name for a in glued.authors] == ["某某某"]
    # words after the dateline that name no speaker leave the line whole
    assert "--" in doc_of("\n\n".join(["政府工作报告--2001年3月2日在某某市第十届人民代表大会第四次会议上的说明和补充意见",
                                       PROSE])).title


def test_a_reports_long_own_name_over_the_dateline_is_its_subtitle():
    text = "\n\n".join(["2001年政府工作报告", "关于某某市国民经济和社会发展第十个五年计划纲要草案的报告",
                        "——2001年3月2日在某某市第十届人民代表大会第四次会议上", "某某市市长 某某某", "各位代表：",
                        PROSE, "一、“九五”时期的回顾", PROSE])
    doc = doc_of(text)
    assert doc.title == "2001年政府工作报告" and doc.subtitle.startswith("关于某某市")
    assert outline(doc) == [(1, "一、“九五”时期的回顾")]


def test_a_four_line_printed_headline_ending_in_de_and_kind_is_one_title():
    text = "\n".join(["某某市发展和改革委员会 某某市民政局 某某市财", "政局 某某市住房和城乡建设局 关于印发某某市",
                      "社区养老服务设施建设三年行动实施方案", "的通知", "", "各区县政府，市级有关部门：", PROSE])
    doc = doc_of(text)
    assert doc.title.endswith("三年行动实施方案的通知") and doc.title.startswith("某某市发展和改革委员会")
    assert outline(doc) == []


def test_a_single_line_de_kind_after_prose_is_not_glued():
    text = "\n".join(["某某县2020年工作总结", "", PROSE, "", "的通知", "", PROSE])
    assert "的通知" not in doc_of(text).title


def test_the_issuer_over_the_rest_of_the_title_is_no_heading_and_the_issued_plan_heads_its_annex():
    title = "某某市人民政府辦公室關于印發《某某市落實〈關于促進某某發展的若干措施〉實施方案》的通知"
    text = "\n\n".join([title, "某政辦發〔2024〕5號", "某某市人民政府辦公室",
                        "關于印發《某某市落實〈關于促進某某發展的若干措施〉實施方案》的通知", "各縣市區人民政府：", PROSE,
                        "某某市人民政府辦公室", "2024年1月5日", "某某市落實《關于促進某某發展", "的若干措施》實施方案",
                        PROSE, "一、促進消費", PROSE])
    doc = doc_of(text)
    assert doc.title == title
    assert outline(doc) == [(1, "某某市落實《關于促進某某發展的若干措施》實施方案"), (2, "一、促進消費")]
    assert "關于印發" in doc.title_abbrev   # the repeat over two lines is kept whole


def test_the_same_short_line_twice_in_a_row_is_no_heading():
    text = "\n\n".join(["某某省人民代表大会常务委员会关于某某事项的规定", "某某省人大常委会", "某某省人大常委会",
                        "（2001年5月1日某某省第九届人民代表大会常务委员会第二十次会议通过）", PROSE, "一、对某某行为设定罚款，不得超过一千元。"])
    assert "某某省人大常委会" not in [t for _, t in outline(doc_of(text))]
    # one copy over a paragraph is left to the other rules (here: a weak heading of its own)
    once = "\n\n".join(["某某工作的总结", PROSE, "工作中的不足", PROSE, "工作中的不足之处", PROSE])
    assert "工作中的不足" in [t for _, t in outline(doc_of(once))]
