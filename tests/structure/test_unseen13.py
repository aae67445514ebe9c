"""Structure rules the unseen13 round (issue #11, xxn1-xxn8: work reports of other years on portals,
news and yearbook sites, a document-sharing site, an essay site's template) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

P = "全年完成各项任务，群众满意度明显提高，为下一步工作打下了坚实基础，各方面工作都取得了新的进展。"


def test_a_dateline_whose_date_lost_its_year_and_month_marks_is_still_the_dateline():
    for dateline in ("——2019310日在某某县第九届人民代表大会第三次会议上",
                     "── 20xx年 月 日在XX市第五届人民代表大会第二次会议上"):
        text = "\n\n".join(["某某县政府工作报告", dateline, "县长 某某某", "各位代表：", P, "一、过去一年工作回顾", P])
        doc = doc_of(text)
        assert outline(doc) == [(1, "一、过去一年工作回顾")], dateline
        assert doc.title == "某某县政府工作报告"
    # a dashed line with a blank date that goes on as a sentence is no dateline
    text = "\n\n".join(["某某县政府工作报告", "——20xx年 月 日，全县在某某会议上部署工作，群众满意。", P])
    assert doc_of(text).subtitle == ""


def test_a_speaker_with_a_letter_spaced_office_is_the_speaker_not_the_title():
    text = "\n\n".join(["2019年3月1日在某某县第九届人民代表大会第三次会议上", "县 长 某某某", "各位代表：", P, "一、过去一年工作回顾", P])
    doc = doc_of(text)
    assert doc.title != "县 长 某某某" and "某某某" not in doc.title
    assert [a.name for a in doc.authors] == ["某某某"]
    assert outline(doc) == [(1, "一、过去一年工作回顾")]
    # three letter-spaced words that name no office stay what they were (no speaker)
    text = "\n\n".join(["春 夏 秋冬", P])
    assert doc_of(text).authors == []


def test_a_dateline_wrapped_after_the_congress_name_is_no_issuing_body():
    text = "\n\n".join(["某某县政府工作报告", "——2019年1月3日在县第九届人民代表大会", "第三次会议上", "某某县县长某某某",
                        "各位代表：", P, "一、过去一年工作回顾", P])
    doc = doc_of(text)
    assert [a.name for a in doc.authors] == ["某某某"]
    assert "第三次会议上" in doc.subtitle and doc.subtitle.startswith("——2019年1月3日")
    assert outline(doc) == [(1, "一、过去一年工作回顾")]


def test_a_labelled_field_is_no_heading():
    text = "\n".join(["1995年某某工作报告", P, "报告时间：1995年3月5日", "报告人：某某部部长某某", "各位代表：", P, "一、过去一年的回顾", P])
    assert outline(doc_of(text)) == [(1, "一、过去一年的回顾")]
    # a heading ending in a colon with nothing after it is not a field
    text = "\n\n".join(["某某县政府工作报告", P, "一、过去一年的回顾", P, "主要做法：", P + P])
    assert (1, "一、过去一年的回顾") in outline(doc_of(text))


def test_a_sites_arabic_outline_over_the_reports_parts_is_no_heading():
    text = "\n".join(["某某工作报告", P, "1、导言", "各位代表：", P, "2、回顾", "一、过去一年的回顾", P, "二、今年的任务", P])
    assert outline(doc_of(text)) == [(1, "一、过去一年的回顾"), (1, "二、今年的任务")]
    # Arabic items under a part keep their rank; one label alone before the parts stays too
    text = "\n".join(["某某工作报告", P, "一、过去一年的回顾", P, "1、工业", P, "2、农业", P])
    assert [t for _, t in outline(doc_of(text))][:1] == ["一、过去一年的回顾"]

