"""Structure rules the round21zh round (issue #11, check set 17's Chinese half, zw) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

ARTICLES = ["第一章 总 则", "第一条 为加强市容管理，根据有关法律、法规，结合本县实际，制定本条例。",
            "第二条 本县行政区域内的市容管理活动，适用本条例。", "第三条 市容管理工作实行政府主导、公众参与的原则。"]


def test_an_announcement_over_the_regulation_it_promulgates_leaves_the_title_to_the_regulation():
    text = "\n".join(["某某县人民代表大会", "常务委员会公告", "(第3号)",
                      "《某某县市容管理条例》已于2020年5月6日由某某县人民代表大会常务委员会第九次会议通过，现予公布，自2020年7月1日起施行。",
                      "特此公告。", "某某县人民代表大会常务委员会", "2020年5月8日", "《某某县市容管理条例》"] + ARTICLES)
    doc = doc_of(text)
    assert doc.title == "某某县市容管理条例"
    assert outline(doc) == [(1, "第一章 总 则")]   # the number line '(第3号)' heads no section


def test_an_announcement_naming_nothing_under_it_keeps_its_title():
    text = "\n".join(["某某县人民政府公告", "(第3号)",
                      "《某某县市容管理条例》已于2020年5月6日经县人民政府常务会议通过，现予公布，自2020年7月1日起施行。",
                      "特此公告。", "某某县人民政府", "2020年5月8日"])
    assert doc_of(text).title == "某某县人民政府公告"
    other = "\n".join(["某某县人民政府公告", "《某某县市容管理条例》已经通过，现予公布。", "特此公告。",
                       "《某某县绿化条例》"] + ARTICLES)   # the line names another regulation
    assert doc_of(other).title == "某某县人民政府公告"
