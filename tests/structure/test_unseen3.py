"""Structure rules the fifth round of unseen documents prompted (issue #11, unseen3, xj1-xj6):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

PROSE = "现将有关事项通知如下，请结合实际认真贯彻落实，确保各项工作任务按期完成，并及时报告工作进展情况。"


def test_a_document_number_first_is_no_title_in_traditional_copies_too():
    for number in ("某府發〔2019〕12號", "某府发〔2019〕12号"):
        doc = doc_of("\n\n".join([number, "某某市人民政府關於加強某某工作的通知", "各區人民政府：", PROSE]))
        assert doc.title == "某某市人民政府關於加強某某工作的通知"


def test_reading_annotations_do_not_make_a_title_too_long():
    title = "某某市人民政府印發(fā)《關(guān)于本市加強(qiáng)某某領(lǐng)域誠信建設(shè)工作的實(shí)施意見》的通知"
    doc = doc_of("\n\n".join(["某府發(fā)〔2017〕9號", title, PROSE]))
    assert doc.title == title


def test_an_issuing_notice_without_guanyu_heads_the_issued_document():
    text = "\n\n".join(["某某市人民政府印發《關于加強某某工作的實施意見》的通知", "各區人民政府：", PROSE,
                      "某某市人民政府", "2017年12月20日", "關于加強某某工作的實施意見", PROSE,
                      "一、總體要求", "（一）指導思想", PROSE])
    assert outline(doc_of(text)) == [(1, "關于加強某某工作的實施意見"), (2, "一、總體要求"), (3, "（一）指導思想")]


def test_a_site_year_tag_after_the_headline_leaves_the_title():
    doc = doc_of("\n\n".join(["2022年某县国民经济和社会发展统计公报 2022", PROSE]))
    assert doc.title == "2022年某县国民经济和社会发展统计公报"
    # a year the headline does not name already is part of it
    doc = doc_of("\n\n".join(["某县统计公报 2022", PROSE]))
    assert doc.title.replace(" ", "") == "某县统计公报2022"


def test_a_numbered_line_of_whole_sentences_cut_short_is_no_heading():
    text = "\n\n".join(["某县人民政府工作规则", "第一章　总则", "一、" + PROSE, "第二章　职能",
                      "二、县政府实行县长负责制。县长主持县政府全面工作。常"])
    assert outline(doc_of(text)) == [(1, "第一章　总则"), (1, "第二章　职能")]
