"""Structure rules check set 18's Chinese half (zy, round22, issue #11) prompted after its first-sight
score: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_round21_zh import ARTICLES
from structure.test_unseen_kinds import doc_of, outline

# a reposting site that drops every year of the text: the signing date is '5月8日'
ANNOUNCEMENT = ["某某县人民代表大会常务委员会", "公告",
                "《某某县市容管理条例》已于5月6日由某某县人民代表大会常务委员会第九次会议通过，现予公布，自7月1日起施行。",
                "特此公告。", "某某县人民代表大会常务委员会", "5月8日", "某某县市容管理条例"]


def test_a_signing_date_without_its_year_closes_the_signature_and_joins_no_title():
    doc = doc_of("\n".join(ANNOUNCEMENT + ARTICLES))
    assert doc.title == "某某县市容管理条例"
    assert outline(doc) == [(1, "第一章 总 则")]   # no heading '…常务委员会5月8日某某县市容管理条例'



def test_a_photo_caption_glued_before_the_speaker_line_is_front_matter():
    doc = doc_of("\n".join(["政府工作报告", "——2013年1月22日在某某省第十二届人民代表大会第一次会议上",
                            "某某某作政府工作报告 省长 某某某", "各位代表：",
                            "现在，我代表省人民政府向大会报告工作，请予审议。", "过去五年的工作回顾",
                            "五年来，全省经济社会发展取得显著成就，人民生活水平不断提高。"]))
    assert [(a.role, a.name) for a in doc.authors] == [("省长", "某某某")]
    assert outline(doc) == [(1, "过去五年的工作回顾")]
    assert "某某某作政府工作报告" in [p.text for p in doc.front]


def test_a_line_naming_another_person_before_the_speaker_is_no_caption():
    doc = doc_of("\n".join(["政府工作报告", "——2013年1月22日在某某省第十二届人民代表大会第一次会议上",
                            "张某主持会议 省长 李某某", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。"]))
    assert not [a for a in doc.authors if a.name == "李某某"]


def test_a_cover_title_broken_over_short_lines_over_the_salutation_is_one_title():
    opening = ["各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "过去五年工作回顾",
               "五年来，全市经济社会发展取得显著成就，人民生活水平不断提高。"]
    doc = doc_of("\n".join(["某某市政府", "五年", "工作报告"] + opening))
    assert doc.title == "某某市政府五年工作报告"
    assert outline(doc) == [(1, "过去五年工作回顾")]


def test_a_menu_at_the_top_is_no_cover_title():
    # the menu's lines are not followed by the salutation: nothing is joined
    doc = doc_of("\n".join(["首页", "政务公开", "工作报告", "某某市政府工作报告", "各位代表：",
                            "现在，我代表市人民政府，向大会报告工作，请予审议。"]))
    assert "首页政务公开工作报告" not in doc.title
