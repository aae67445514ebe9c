"""HTML generation for the PDF edition: escaping, contents, list of figures, registry."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from pipeline import log
from pipeline.docbook.read import DB, XML_ID, Intermediate, load_docbook, q
from pipeline.options import Options
from pipeline.render.html import docbook_to_html
from pipeline.render.html.cjk import gap_between, mark_text, stretches

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xml"
HOSTILE_LINK = '<link href="http://127.0.0.1:9/x">'


@pytest.fixture
def mini() -> Intermediate:
    return load_docbook((FIXTURES / "mini.xml").read_bytes(), FIXTURES, "mini")


def tree_of(doc: Intermediate, options: Options = Options()):
    return lxml_html.document_fromstring(docbook_to_html(doc, options))


def with_root(doc: Intermediate, root) -> Intermediate:
    return Intermediate(tree=root.getroottree(), base=doc.base, name=doc.name)


def test_html_lang_title_and_metadata(mini):
    page = tree_of(mini)
    assert page.get("lang") == "zh-CN"
    assert "paper-a4" in page.get("class") and "lang-zh" in page.get("class")
    assert page.findtext(".//title") == "示例市2010年政府工作报告"
    metas = {m.get("name"): m.get("content") for m in page.iter("meta") if m.get("name")}
    assert metas["author"] == "王某某"
    assert metas["dcterms.created"] == "2010-01-08"
    assert "2009年主要工作回顾" in metas["keywords"]


def test_hostile_text_stays_text(mini):
    root = copy.deepcopy(mini.root)
    para = root.find(f".//{q('para')}[@{{http://www.w3.org/XML/1998/namespace}}id='p0-2']")
    para.text += HOSTILE_LINK
    html = docbook_to_html(with_root(mini, root), Options())
    assert "&lt;img" in html and "&lt;link" in html and "&lt;script&gt;" in html
    assert "<img src=\"file" not in html and "<link" not in html and "<script" not in html
    page = lxml_html.document_fromstring(html)
    assert [i.get("src") for i in page.iter("img")] == ["mini.charts/fig1.svg"]
    assert not list(page.iter("link", "script", "iframe", "object"))
    text = "".join(page.find(".//main").itertext()).replace(" ", "").replace("\u200b", "")  # wrap.py: break hints
    assert '<imgsrc="file:///etc/passwd">' in text
    assert '<linkhref="http://127.0.0.1:9/x">' in text


def test_contents_entries_follow_toc_depth(mini):
    toc = tree_of(mini).find(".//nav[@id='toc']")
    assert toc.findtext("h2") == "目录"
    entries = [(li.get("class"), a.get("href"), a.text) for li in toc.iter("li") for a in li]
    assert entries == [
        ("toc1", "#s1", "2009年主要工作回顾"),
        ("toc2", "#s1-1", "积极应对金融危机，区域经济实现新发展"),
        ("toc1", "#s2", "2010年主要工作任务"),
        ("toc2", "#s2-1", "迎难而上，进一步提升区域经济发展质量"),
        ("toc1 toc-appendix", "#figures", "附录　数据图表"),
    ]
    shallow = tree_of(mini, Options(toc_depth=1)).find(".//nav[@id='toc']")
    assert [a.get("href") for a in shallow.iter("a")] == ["#s1", "#s2", "#figures"]


def test_list_of_figures_and_tables(mini):
    lof = tree_of(mini).find(".//nav[@id='lof']")
    assert lof.findtext("h2") == "图表目录"
    assert [(a.get("href"), a.text) for a in lof.iter("a")] == [
        ("#fig1", "图1 生产总值（亿元）"), ("#t1", "表1 主要数据")]


def test_appendix_table_figure_and_back_links(mini):
    page = tree_of(mini)
    table = page.find(".//table[@id='t1']")
    assert table.findtext("caption") == "表1 主要数据"
    group = table.find(".//tr[@class='group']/td")
    assert group.get("colspan") == "6" and group.text == "2009年主要工作回顾"
    backs = [a.get("href") for a in table.iter("a")]
    assert backs[0] == "#p1-1-1-v1" and len(backs) == 5
    assert page.get_element_by_id("p1-1-1-v1").tag == "span"     # the target exists
    fig = page.get_element_by_id("fig1")
    assert fig.find("img").get("alt").startswith("柱状图：区域口径生产总值450亿元")
    assert fig.findtext("figcaption") == "图1 生产总值（亿元）"


def test_body_structure_and_bookmark_classes(mini):
    page = tree_of(mini)
    main = page.find(".//main")
    assert main.get("id") == "body-start"
    assert [s.get("id") for s in main.iterfind("section")] == ["s1", "s2", "figures"]
    assert main.find("section[@id='s1']/h2") is not None
    assert main.find("section[@id='s1']/section[@id='s1-1']/h3") is not None
    lead = page.get_element_by_id("p1-1-2").find("strong")
    assert lead.get("class") == "lead" and lead.text.replace(" ", "") == "服务业主体地位更加凸显。"


def test_unknown_element_warns_and_keeps_text(mini):
    root = copy.deepcopy(mini.root)
    sec = root.find(q("section"))
    odd = etree.SubElement(sec, f"{{{DB}}}sidebar")
    odd.text = "侧栏文字"
    inline = etree.SubElement(root.find(f".//{q('para')}"), f"{{{DB}}}quote")
    inline.text = "引文"
    log.collected.clear()
    html = docbook_to_html(with_root(mini, root), Options())
    messages = [str(w) for w in log.collected]
    assert any("<sidebar>" in m and "/article/section[1]/sidebar" in m for m in messages)
    assert any("<quote>" in m and "#p0-1" in m for m in messages)
    text = "".join(lxml_html.document_fromstring(html).itertext()).replace(" ", "")
    assert "侧栏文字" in text and "引文" in text


def test_english_labels_and_run_in_space(mini):
    root = copy.deepcopy(mini.root)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    page = tree_of(with_root(mini, root))
    assert page.find(".//nav[@id='toc']/h2").text == "Contents"
    assert page.find(".//nav[@id='lof']/h2").text == "List of Figures and Tables"
    assert page.get_element_by_id("p1-1-2").find("strong").tail.startswith(" ")
    assert "lang-en" in page.get("class")


@pytest.mark.parametrize("a,b,gap", [
    ("中", "国", True), ("值", "4", True), ("%", "，", False), ("5", "亿", True),
    ("，", "我", True), ("我", "，", False), ("“", "好", False), ("进", "“", True),
    ("1", "3", False), ("—", "—", False), ("…", "…", False), ("H", "N", False),
])
def test_gap_rules(a, b, gap):
    assert gap_between(a, b) is gap


@pytest.mark.parametrize("a,b,stretch", [
    ("中", "国", True), ("值", "4", True), ("，", "我", True), ("进", "“", True), ("”", "时", True),
    ("n", "’", False), ("’", "s", False), ("”", "A", False), ("A", "“", False), ("我", "，", False),
])
def test_a_line_stretches_only_next_to_chinese(a, b, stretch):
    assert stretches(a, b) is stretch


def test_the_html_holds_the_text_and_breaks_next_to_curly_quotes_only():
    # Pango (UAX #14, class QU) breaks on neither side of a curly quote; everywhere else
    # its own rules are Chinese ones, so nothing else is inserted
    assert mark_text("增长13.5%，达到") == "增长13.5%，达到"
    assert mark_text("围绕“十四五”时期") == "围绕\u200b“十四五”\u200b时期"
    assert mark_text("要求，“好”。") == "要求，\u200b“好”。"
    assert mark_text("Alice’s “book”") == "Alice’s “book”"


def test_a_chinese_paragraph_has_no_inserted_spaces(mini):
    page = tree_of(mini)
    for p in page.iter("p"):
        assert "span" not in [el.tag for el in p.iter() if el.get("class") == "sp"]
        assert not re.search("[\u4e00-\u9fff，。] [\u4e00-\u9fff]", "".join(p.itertext()))
