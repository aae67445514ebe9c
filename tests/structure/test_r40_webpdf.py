"""(r40webpdf, issue #11) Government and public bodies' web pages printed by a browser with its default
header and footer (print date + page title, URL + `n/N`) and extracted with pdftotext, in the forms the
first-sight set ty showed: a section head set under the paragraph before it with no blank line (also the
last line of a page), a headline wrapped so that its last word stands alone, a post's date row with its
comments link, a share row after the date, a closing date line, a contact line under `Contact us`, a
Chinese line left short by a bracketed web address, a footer that names its sponsor and builder before
their labels. Made-up pages of several sites; body lines that look like the chrome must stay."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels


def _doc(text: str):
    return structure_document(clean_text(text, source_file="page.txt"))


def _body(doc) -> str:
    return " ".join(p.text for p in all_paragraphs(doc))


def _head(date: str, title: str) -> list[str]:
    return [date, "", title, ""]


def _foot(url: str, n: int, total: int) -> list[str]:
    return [url, "", f"{n}/{total}", "", "\f"]


SHIRE = "Kerbside Collection Changes - Northern Wards - Shire of Example"
SHIRE_URL = "https://www.example-shire.wa.gov.au/news/2023/03/kerbside-collection-changes-northern-wards"


def shire_notice() -> str:
    lines = _head("3/14/25, 9:12 AM", SHIRE) + [
        "Skip to main content", "Shire of Example Search Contact us", "",
        "Home > News > Kerbside Collection Changes", "",
        "Kerbside Collection Changes - Northern Wards", "",
        "14 March 2023 Share: Facebook Twitter Email", "",
        "What is changing", "",
        "From 3 April the general waste bin in the northern wards will be collected on",
        "Tuesdays instead of Mondays. Recycling bins will continue to be collected every",
        "second week on the same day as general waste, and green waste bins remain on",
        "their current fortnightly cycle until the end of the financial year.",
        "Why the change",
        "",
        "The Shire has added a second truck to the northern round so that collections",
        "finish earlier in the day and the trucks spend less time on narrow streets during",
        "school drop-off. The new timetable was set after consulting residents last year.",
        "What you need to do",
        "",
    ] + _foot(SHIRE_URL, 1, 2) + _head("3/14/25, 9:12 AM", SHIRE) + [
        "Place your bins on the verge by 6am on the morning of collection, with the lid",
        "closed and the handle facing the house.",
        "Contact us",
        "",
        "Phone 9123 4567",
        "Privacy | Accessibility | Sitemap",
        "© Shire of Example",
        "",
    ] + _foot(SHIRE_URL, 2, 2)
    return "\n".join(lines)


def test_heads_under_their_paragraphs_and_at_a_page_foot_stand_alone():
    doc = _doc(shire_notice())
    heads = [t for _, t in levels(doc)]
    # (`Contact us` and its phone line, last on the page, go as the site's footer: a known limit, not this rule's)
    assert heads[:3] == ["What is changing", "Why the change", "What you need to do"]
    assert "Phone 9123 4567" not in heads
    body = _body(doc)
    assert "the end of the financial year." in body and "consulting residents last year." in body


def test_date_and_share_row_goes_and_the_wrapped_headline_is_the_title():
    doc = _doc(shire_notice())
    assert "Share:" not in _body(doc)
    lines = shire_notice().split("\n")
    k = lines.index("Kerbside Collection Changes - Northern Wards")
    lines[k:k + 1] = ["Kerbside Collection Changes - Northern", "Wards"]   # the headline wrapped at the print's measure
    assert _doc("\n".join(lines)).title == "Kerbside Collection Changes - Northern Wards"


ISLAND = "Water Supply Interruption | Example Island Government"
ISLAND_URL = "http://www.example-island.gov/2019/public-notices/water-supply-interruption/"


def island_notice(date_row: str = "12 June 2019 | Comments") -> str:
    lines = [f"  3/14/25, 9:12 AM                 {ISLAND}", "  Example Island Government Search this website", "",
             "  Home Departments News Public Notices", "", "  Water Supply Interruption", f"  {date_row}", "", "",
             "  The Water Section would like to advise the public that the supply to Upper Town",
             "  and the valley will be interrupted on Tuesday 18 June 2019 between 8am and",
             "  1pm while a valve is replaced at the reservoir outlet.", "",
             "  Customers are advised to store enough water for the period of the",
             "  interruption. Tankers will be available at the market square.", "",
             "  The Water Section thanks the public for their patience.", "",
             "  12 June 2019", "", "  Share this: Facebook Twitter Email", "", "",
             f"{ISLAND_URL}   1/1", ""]
    return "\n".join(lines)


def test_post_date_row_with_a_comments_link_goes_and_a_closing_date_is_no_heading():
    for row in ("12 June 2019 | Comments", "June 12, 2019 | Leave a comment"):
        doc = _doc(island_notice(row))
        assert doc.title == "Water Supply Interruption"
        assert levels(doc) == []
        body = _body(doc)
        assert "Comments" not in body and "Leave a comment" not in body
        assert body.rstrip().endswith("12 June 2019")


def test_numbered_heads_and_a_table_row_about_comments_stay():
    text = "\n".join(["Review of Parking Rules", "", "1 Introduction", "",
                      "The council asked for a review of the parking rules in the town centre after a year",
                      "of complaints from traders and residents about the time limits.", "",
                      "2 Scope of the review", "",
                      "The review covered every street inside the ring road and the two car parks run by",
                      "the council, but not the hospital's own car park.", "",
                      "Submissions | Comments", "",
                      "Traders asked for longer limits near the market; residents asked for permits."])
    doc = _doc(text)
    assert [t for _, t in levels(doc)] == ["1 Introduction", "2 Scope of the review"]
    assert "Submissions | Comments" in _body(doc)   # no date in the row: a table's head, not a post's row


def test_a_sentence_that_ends_over_its_last_words_keeps_them():
    text = "\n".join(["Budget Update", "", "Funding",
                      "",
                      "The minister said the new funding would be spread across the next four years and",
                      "would be reviewed each year by the Treasurer and the Minister for",
                      "Health", "",
                      "The review will be published in the budget papers each May."])
    doc = _doc(text)
    assert "Health" not in [t for _, t in levels(doc)]
    assert "the Minister for Health" in _body(doc)


def test_a_contact_line_under_contact_us_is_no_heading():
    text = "\n".join(["Road Closure", "", "Works", "",
                      "The road will be closed between the bridge and the school from Monday to Friday while the",
                      "drainage is replaced. Detours will be signposted on both sides of the works.", "",
                      "Contact us", "", "Tel: (08) 9123 4567", "",
                      "Residents with questions about access to their homes can call the project team on the",
                      "number above between 8am and 4pm on weekdays."])
    heads = [t for _, t in levels(_doc(text))]
    assert "Tel: (08) 9123 4567" not in heads and "Works" in heads


def test_a_phone_heading_without_a_number_stays_a_heading():
    text = "\n".join(["Scams Advice", "", "Phone scams", "",
                      "Scammers may call you pretending to be from a bank or a government agency and ask for",
                      "your account details. Hang up and call the agency on its published number.", "",
                      "Email scams", "",
                      "Do not open attachments or links in emails you did not expect, even when the",
                      "sender's name looks familiar."])
    assert [t for _, t in levels(_doc(text))] == ["Phone scams", "Email scams"]


# ---- Chinese pages printed to PDF -----------------------------------------------------------------
ZH_TITLE = "某市2019年政府信息公开工作年度报告_年度报告_某市人民政府"
ZH_URL = "http://www.example.gov.cn/xxgk/ndbg/2020-01-20/1234.html"
P = "本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况"


def zh_report(short: str, after: str, footer: list[str]) -> str:
    lines = _head("1/20/20, 10:05 AM", ZH_TITLE) + [
        "首页 政务公开 政务服务 互动交流", "您当前的位置：首页 > 政府信息公开 > 年度报告", "",
        "某市2019年政府信息公开工作年度报告", "",
        "发布时间：2020-01-20 来源：市政府办公室 【字体：大 中 小】", "",
        "本报告根据《中华人民共和国政府信息公开条例》要求编",
        "制，全文包括总体情况、主动公开政府信息情况、收到和",
        "处理政府信息公开申请情况等部分。本报告中所列数据的",
        "统计期限自2019年1月1日起至2019年12月31日止。",
        short, after,
        "若对本报告有疑问，可与市政府办公室政府信息公开科联",
        "系。联系电话：0000-1234567。",
        "一、总体情况",
        "2019年，我市认真贯彻落实《条例》和上级关于政务公开",
        "工作的部署要求，围绕中心工作，全面推进决策、执行、",
        "管理、服务、结果公开，政务公开工作取得新进展。",
    ] + footer + _foot(ZH_URL, 1, 1)
    return "\n".join(lines)


def test_zh_line_short_before_a_bracketed_address_runs_on():
    for short, after in (("本报告电子版可在市政府门户网站", "(http://www.example.gov.cn/)政府信息公开专栏下载。"),
                         ("公众可通过政府信息公开意见箱或电子邮箱", "(xxgk@example.gov.cn)提出意见建议，我们将认真研究。")):
        doc = _doc(zh_report(short, after, ["【打印本页】 【关闭窗口】"]))
        assert [t for _, t in levels(doc)] == ["一、总体情况"]
        assert doc.title == "某市2019年政府信息公开工作年度报告"


def test_zh_sponsor_footer_without_colons_goes_and_the_body_sentence_stays():
    footer = ["【打印】 【关闭】", "          某市人民政府办公室主办  某市大数据中心承办",
              "          地址：某市人民路1号 联系电话：0000-1234567"]
    doc = _doc(zh_report("本报告电子版可在市政府门户网站", "(http://www.example.gov.cn/)政府信息公开专栏下载。", footer))
    body = _body(doc)
    assert "承办" not in body and "人民路1号" not in body
    text = zh_report("本次公开日活动由市政务公开办主办，市档案馆承办。", "活动当天共接待市民300余人次，发放资料500余份。", [])
    assert "由市政务公开办主办，市档案馆承办。" in _body(_doc(text))


def test_zh_sentence_ended_before_an_address_line_ends_its_paragraph():
    doc = _doc(zh_report("详见门户网站。", "(http://www.example.gov.cn/)为本市政府门户网站的网址，欢迎访问。",
                         ["【打印本页】 【关闭窗口】"]))
    assert [t for _, t in levels(doc)] == ["一、总体情况"]
    assert "详见门户网站。" in _body(doc)


def test_a_bar_with_the_home_link_among_short_names_is_the_sites_menu():
    text = "\n".join(["某某政策文件库　｜　首页　｜　高级检索　｜　使用帮助", "某市物业管理办法",
                      "第一条　为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本办法。",
                      "第二条　本市行政区域内的物业管理活动，适用本办法。"])
    doc = _doc(text)
    assert doc.title == "某市物业管理办法" and "首页" not in _body(doc)


def test_a_survey_with_its_answers_goes_before_a_footer_sentence():
    text = "\n".join(["Library Opening Hours", "", "Changes over the holidays", "",
                      "The central library will close at 1pm on Christmas Eve and reopen on 2 January. The",
                      "mobile library will not run between those dates.", "",
                      "Was this page helpful? Yes No",
                      "The Council acknowledges the Traditional Owners of the land on which we work and live."])
    doc = _doc(text)
    assert "helpful" not in _body(doc) and "reopen on 2 January." in _body(doc)
    asked = text.replace("Was this page helpful? Yes No", "Was this page helpful to you when planning a visit over the break?")
    assert "planning a visit" in _body(_doc(asked))   # a question of the text's own, no answers on its line
