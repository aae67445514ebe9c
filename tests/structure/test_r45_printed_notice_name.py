"""(r45, issue 11) A headline-less notice printed from a web page: the browser's page head names it.

A made-up office notice whose page hides its headline (the portal shows the title elsewhere), printed
to PDF with the browser's head (date and time, the page's <title>) and foot (address, `n/2`) and read
by pdftotext: the text opens with the addressees, then `一、工作目标`. Before r45 the first part head
was taken as the title; the page head the cleaner removed on every page is the notice's name. Where a
kept line holds that name (the headline printed, glued to its number or not), the title is read from
the text as before; a head naming the site, no kind of document, gives nothing. The texts are made up.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

NAME = "某某省林业局办公室关于做好春季森林防火巡查工作的通知"
PAGE1 = """各市林业局，省直有关单位：
为切实做好今年春季森林防火工作，防范重大森林火灾发生，现将有关事项通知如下。
一、工作目标
坚持预防为主、积极消灭的方针，落实各级防火责任，确保不发生重大森林火灾，确保人民群众生命财产安全。
二、重点任务
（一）加强巡查值守
各地要在重点林区增设巡查点位，实行全天候巡护，发现火情及时报告并组织扑救。"""
PAGE2 = """（二）强化宣传教育
各地要通过广播、宣传栏、短信等方式，广泛宣传森林防火知识，提高群众防火意识。
三、工作要求
各单位要高度重视，明确责任人，于5月31日前将工作情况报送省林业局。
某某省林业局办公室
2024年3月1日"""


def _printed(head: str, pages: list[str]) -> str:
    out = []
    for n, body in enumerate(pages, 1):
        out.append(f"3/2/24, 9:30 AM\n\n{head}\n\n{body}\n\nhttp://127.0.0.1:8080/notice/3.html\n\n{n}/{len(pages)}\n\n\f")
    return "".join(out)


def test_the_print_head_names_a_notice_whose_headline_is_hidden():
    doc = structure_document(clean_text(_printed(NAME, [PAGE1, PAGE2]), source_file="notice.txt"))
    assert doc.title == NAME
    assert [s.title for s in doc.sections][:2] == ["一、工作目标", "二、重点任务"]


def test_a_head_naming_the_site_names_no_notice():
    doc = structure_document(clean_text(_printed("某某省林业局门户网站", [PAGE1, PAGE2]), source_file="notice.txt"))
    assert doc.title != "某某省林业局门户网站"


def test_a_kept_headline_is_read_as_before():
    body = [f"{NAME}某林办发〔2024〕5号\n" + PAGE1, PAGE2]
    doc = structure_document(clean_text(_printed(NAME, body), source_file="notice.txt"))
    assert doc.title.startswith(NAME)
