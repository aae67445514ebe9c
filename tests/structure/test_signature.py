"""The closing signature block (pipeline/structure/signature.py) on made-up official texts: the
issuing bodies over the signing date are flagged where they close the text, the notice before the
document it issues, or the text before its attachments; a date inside the text, a dateline under
a title, a lone date and English text are not."""
from __future__ import annotations

from pipeline.structure.signature import signature_block
from structure.helpers import all_paragraphs, doc_of

NOTICE = ("某某县人民政府办公室关于做好冬季防火工作的通知\n\n各乡镇人民政府，县直有关部门：\n\n"
          "现将冬季防火工作有关事项通知如下，请认真贯彻执行。\n\n一、加强巡查\n\n各乡镇要加强林区巡查。\n\n"
          "二、落实责任\n\n各部门要落实防火责任。\n\n某某县人民政府办公室\n\n2021年11月3日\n")


def signed(doc) -> list[str]:
    return [p.text for p in all_paragraphs(doc) if p.signature]


def test_the_issuer_over_the_date_at_the_end_of_a_notice_is_the_signature():
    doc = doc_of(NOTICE)
    assert signed(doc) == ["某某县人民政府办公室", "2021年11月3日"]
    assert not any(p.signature for p in all_paragraphs(doc) if p.text.startswith("各"))


def test_a_joint_notice_signs_with_a_line_for_each_body_and_a_note_may_follow():
    texts = ["现将方案印发给你们，请认真组织实施。", "中共某某市委办公室", "某某市人民政府办公室",
             "二〇二三年三月五日", "（此件公开发布）"]
    assert signature_block(texts) == [1, 2, 3]


def test_a_joint_notice_of_many_bodies_signs_two_a_line_over_several_lines():
    texts = ["请结合实际认真贯彻落实。", "某某部 某某委", "某某局 某某署", "某某省人民政府 某某市人民政府",
             "某某县人民政府", "2020年10月30日"]
    assert signature_block(texts) == [1, 2, 3, 4, 5]


def test_an_issuing_notice_signs_before_the_title_of_the_document_it_issues():
    texts = ["《某某市会议规则》已经市政府研究同意，现予印发。", "某某市人民政府", "2024年5月20日",
             "（此件公开发布）", "某某市人民政府常务会议规则（2024—2026年）", "为规范会议程序，制定本规则。"]
    assert signature_block(texts) == [1, 2]


def test_an_attachment_list_after_the_date_does_not_hide_the_signature():
    texts = ["请各单位于月底前报送。", "某某省教育厅", "2019年6月1日", "附件：1.报名表", "2.汇总表"]
    assert signature_block(texts) == [1, 2]


def test_a_date_line_followed_by_more_text_is_prose():
    texts = ["会议回顾了一年来的工作。", "某某委员会", "2018年12月7日", "会议强调，要继续抓好落实。"]
    assert signature_block(texts) == []


def test_a_sentence_over_the_date_is_no_issuer_but_the_date_still_signs():
    texts = ["特此通知。", "2020年5月6日"]
    assert signature_block(texts) == [1]


def test_a_bracketed_dateline_and_a_date_that_is_the_whole_text_sign_nothing():
    assert signature_block(["在全市工作会议上的讲话", "（2019年1月15日）"]) == []
    assert signature_block(["2019年1月15日"]) == []
    assert signature_block(["某某市统计局", "2023年2月28日"]) == []   # a byline under a title: nothing above it


def test_a_speech_with_its_speaker_and_date_under_the_title_has_no_signature():
    doc = doc_of("在全县经济工作会议上的讲话\n\n县长 某某某\n\n2022年1月8日\n\n同志们：\n\n"
                 "今天召开会议，主要任务是总结工作。\n\n一、总结成绩\n\n过去一年成绩显著。\n")
    assert signed(doc) == []


def test_english_text_is_left_alone():
    doc = doc_of("Notice of Closure\n\nThe office closes on Friday.\n\nCity Council\n\n2021年11月3日\n")
    assert signed(doc) == []
