"""(r45, issue 11) A location trail that ends in the page's own headline, and a footer's link cells and owner.

A made-up news page of a small museum's site, as its rendered text reads: the trail runs from a column
to the article itself (`新闻中心 > 馆内动态 > <the headline>`), the side column's labels stand between
it and the headline printed again (`最新资讯`, `馆内动态 >`, `> 正文`); at the foot, under the pager, a
table of related sites read as one line of TAB-separated cells and the company that runs the site.
Before r45 the trail (its last item longer than a column's name) was read as the title, the side
labels as headings, and the two footer lines stayed. The texts are made up.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.clean.helpers import run_rule

HEADLINE = "某某纪念馆举办春季青少年研学活动暨志愿讲解员结业仪式"
BODY = [
    "本报讯 4月12日上午，某某纪念馆在多功能厅举办春季青少年研学活动，来自本市六所中学的一百二十名学生参加。",
    "活动中，志愿讲解员带领学生参观了基本陈列，讲述了馆藏文物背后的故事，学生们认真记录、踊跃提问。",
    "馆长在结业仪式上表示，纪念馆将继续开展面向青少年的公益教育活动，让更多人了解这段历史。",
]
PAGE = [
    "首页 | 本馆概况 | 新闻中心 | 陈列展览 | 社会教育 | 联系我们",
    f"新闻中心 > 馆内动态 > {HEADLINE}",
    "最新资讯",
    "馆内动态 >",
    "> 正文",
    HEADLINE,
    "来源：某某日报 2024年4月13日",
    "",
    *[line for p in BODY for line in (p, "")],
    "上一篇 下一篇",
    "某某革命历史研究会\t某某烈士陵园\t某某博物馆\t某某旧址管理处\t某某红色文化网",
    "某某文化传媒(某市)有限公司",
    "某市某区某某路8号    邮编100000    网站声明",
]


def test_trail_ending_in_the_headline_goes_with_the_side_labels():
    kept, removed, _ = run_rule("headline-trail", PAGE)
    assert [text for _, text in removed] == PAGE[1:5]
    assert HEADLINE in kept


def test_the_headline_is_the_title_and_no_label_is_a_heading():
    cleaned = clean_text("\n".join(PAGE), source_file="page.txt")
    kept = [line.strip() for line in cleaned.lines if line.strip()]
    for chrome in PAGE[1:5] + PAGE[-3:-1]:
        assert chrome not in kept
    doc = structure_document(cleaned)
    assert doc.title == HEADLINE
    assert doc.sections == [] or all(s.title not in ("最新资讯", "馆内动态 >", "> 正文") for s in doc.sections)


def test_a_trail_whose_last_item_is_printed_nowhere_stays():
    page = [f"新闻中心 > 馆内动态 > {HEADLINE}", "最新资讯", "另一篇报道的标题写在这里而且相当长", *BODY]
    assert run_rule("headline-trail", page)[1] == []


def test_a_document_number_between_trail_and_headline_stops_the_rule():
    page = [f"政府信息公开 > 政策文件 > {HEADLINE}", "某府办发〔2024〕12号", HEADLINE, *BODY]
    assert run_rule("headline-trail", page)[1] == []


def test_an_issuing_body_between_trail_and_headline_stops_the_rule():
    page = [f"政府信息公开 > 政策文件 > {HEADLINE}", "某某县人民政府办公室", HEADLINE, *BODY]
    assert run_rule("headline-trail", page)[1] == []


def test_a_short_trail_is_left_to_the_breadcrumb_rule():
    page = ["新闻中心 > 馆内动态 > 简讯", "简讯", *BODY]
    assert run_rule("headline-trail", page)[1] == []


def test_a_table_row_with_figures_and_a_closing_signature_stay():
    text = "\n".join([HEADLINE, "", *BODY,
                      "项目\t2022年\t2023年\t2024年",
                      "某某文化传媒(某市)有限公司",
                      "2024年4月13日"])
    kept = [line.strip() for line in clean_text(text, source_file="notice.txt").lines]
    assert "项目\t2022年\t2023年\t2024年" in kept or "项目 2022年 2023年 2024年" in kept
    assert "某某文化传媒（某市）有限公司" in kept   # the brackets set full width by the typography rules
