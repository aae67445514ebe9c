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


BULLETIN = ["2019年，全县上下坚持稳中求进工作总基调，经济社会发展保持了平稳健康的良好态势，各项事业取得新进展。",
            "一、综合", "初步核算，2019年全县地区生产总值123456万元，比上年增长7.1%。其中，第一产业增加值23456万元，增长3.2%。",
            "二、农业", "全年粮食总产量45678吨，比上年增长1.2%，其中夏粮产量5678吨，秋粮产量40000吨，各项指标稳中有升。"]


def test_a_bulletin_without_a_title_line_is_named_by_its_year_and_kind():
    assert doc_of("\n".join(BULLETIN)).title == "2019年国民经济和社会发展统计公报"
    hant = ["2019年，全縣上下堅持穩中求進工作總基調，經濟社會發展保持了平穩健康的良好態勢，各項事業實現新進展。",
            "一、綜合", "初步核算，2019年全縣地區生產總值123456萬元，比上年增長7.1%。其中，第一產業增加值23456萬元，增長3.2%。",
            "二、農業", "全年糧食總產量45678噸，比上年增長1.2%，這個數字說明農業發展進一步鞏固，各項指標穩中有升。"]
    assert doc_of("\n".join(hant)).title == "2019年國民經濟和社會發展統計公報"


def test_a_text_opening_on_another_part_or_without_a_year_is_not_named_a_bulletin():
    other = BULLETIN[:1] + ["一、农业"] + BULLETIN[4:]   # the first part is not the economy as a whole
    assert "统计公报" not in doc_of("\n".join(other)).title
    no_year = ["全县上下坚持稳中求进工作总基调，经济社会发展保持了平稳健康的良好态势，各项事业取得新进展。"] + BULLETIN[1:]
    assert "统计公报" not in doc_of("\n".join(no_year)).title


def test_a_notices_attached_explanation_of_the_draft_holds_its_parts():
    text = "\n".join(["《某某市物业管理办法(征求意见稿)》公开征求意见",
                      "为了广泛听取社会各界的意见和建议，现将《某某市物业管理办法(征求意见稿)》全文公布，征求社会各界意见。",
                      "请于2021年3月1日前将意见和建议送某某市司法局。", "某某市司法局", "2021年2月1日",
                      "《某某市物业管理办法(征求意见稿)》起草说明",
                      "现将《某某市物业管理办法(征求意见稿)》起草有关情况说明如下：",
                      "一、起草的必要性", "近年来我市物业管理工作取得了明显成效，但也存在一些问题，需要通过立法予以规范和解决。",
                      "二、起草的过程", "起草过程中，我们广泛征求了有关部门和社会各界的意见，并进行了反复修改和完善。"])
    assert outline(doc_of(text)) == [(1, "《某某市物业管理办法(征求意见稿)》起草说明"), (2, "一、起草的必要性"), (2, "二、起草的过程")]


def test_an_explanation_of_another_document_is_no_annex():
    text = "\n".join(["《某某市物业管理办法(征求意见稿)》公开征求意见",
                      "为了广泛听取社会各界的意见和建议，现将《某某市物业管理办法(征求意见稿)》全文公布，征求社会各界意见。",
                      "《某某市停车管理办法》起草说明",
                      "一、起草的必要性", "近年来我市物业管理工作取得了明显成效，但也存在一些问题，需要通过立法予以规范和解决。",
                      "二、起草的过程", "起草过程中，我们广泛征求了有关部门和社会各界的意见，并进行了反复修改和完善。"])
    assert (2, "一、起草的必要性") not in outline(doc_of(text))
