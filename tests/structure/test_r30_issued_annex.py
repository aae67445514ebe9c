"""r30zhpdf (issue #11): an ISSUED FILE's text out of a PDF (an issuing notice, then the document it
issues from the next page): the signature block's date lost its 年/月/日 in the conversion
('某某市人民政府办公室' / '2018525'), and the page break between it and the issued document's centred
title is gone. The date closes the signature block: the title under it is the annex's level-1
heading, never glued to the signature into one paragraph, and the annex's numbered parts sit
under it. Made-up notices in three printed forms (`pdftotext -layout` with its indents, the
plain text layer, a joint notice signed by two bodies); what must stay: a number cut onto its own
line inside a sentence still joins it, and a notice with its date whole behaves as before."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

COVER = "经市政府同意,现将《某某市防汛应急预案》印发给你们,请认真贯彻执行。"
BODY = "为做好防汛工作,最大程度减少灾害损失,保障人民群众生命财产安全,制定本预案。"


def _doc(text: str):
    return structure_document(clean_text(text, source_file="n.txt"))


def _paras(doc) -> list[str]:
    return ["".join(p.text.split()) for p in all_paragraphs(doc)]


def test_layout_text_signature_with_a_date_that_lost_its_marks_then_the_annex_title():
    text = "\n".join(["    某某市人民政府办公室关于印发", "    某某市防汛应急预案的通知", "各县区人民政府,市政府各部门:",
                      "   " + COVER, "", "              某某市人民政府办公室", "                    2031525", "", "", "",
                      "                              —1—", "\f       某某市防汛应急预案", "  1 总则", "  1.1 编制目的",
                      "  " + BODY, "", "                              —2—", ""])
    doc = _doc(text)
    assert levels(doc)[:3] == [(1, "某某市防汛应急预案"), (2, "1 总则"), (3, "1.1 编制目的")]
    assert "某某市人民政府办公室2031525" in _paras(doc)


def test_plain_text_signature_with_an_eight_digit_date_then_a_law_like_annex():
    text = "\n".join(["某某县人民政府关于印发某某县河道管理办法的通知", "各乡镇人民政府,县直各单位:", COVER,
                      "某某县人民政府", "20310312", "某某县河道管理办法", "第一章 总则",
                      "第一条 为了加强河道管理,保障防洪安全,制定本办法。", "第二条 本办法适用于本县行政区域内的河道。", ""])
    doc = _doc(text)
    assert (1, "某某县河道管理办法") in levels(doc)
    assert not any(p.endswith("某某县河道管理办法") for p in _paras(doc))


def test_a_joint_notice_signed_by_two_bodies():
    text = "\n".join(["某某市教育局 某某市财政局关于印发某某市助学金管理办法的通知", "各区县教育局、财政局:", COVER,
                      "某某市教育局", "某某市财政局", "2031610", "", "某某市助学金管理办法", "一、总则", BODY,
                      "二、资助对象", BODY, ""])
    doc = _doc(text)
    assert (1, "某某市助学金管理办法") in levels(doc)
    assert (2, "一、总则") in levels(doc)


def test_must_stay_a_number_cut_onto_its_own_line_inside_a_sentence_joins_it():
    text = "\n".join(["某某县2031年重点项目进展情况", "", "一、总体情况", "全县重点项目共计",
                      "2031525", "万元的投资计划已经全部下达,各项目进展顺利。", ""])
    doc = _doc(text)
    assert any("2031525万元的投资计划已经全部下达" in p for p in _paras(doc))


def test_must_stay_a_whole_date_signature_as_before():
    text = "\n".join(["某某市人民政府办公室关于印发某某市防汛应急预案的通知", "各县区人民政府,市政府各部门:", COVER,
                      "某某市人民政府办公室", "2031年5月25日", "", "某某市防汛应急预案", "一、总则", BODY, ""])
    doc = _doc(text)
    assert (1, "某某市防汛应急预案") in levels(doc)
