"""build_docbook: a Document (and Figures) as schema-valid DocBook 5.0 bytes."""
from __future__ import annotations

from dataclasses import replace

import dataclasses

import pytest
from lxml import etree

from common import HOSTILE_MARKUP
from pipeline.docbook import build_docbook, body_text, parse_safely
from pipeline.docbook.read import NS, XML_ID, XML_LANG, q
from pipeline.errors import InputError, SchemaError
from pipeline.model import Author, Chart, Figures, Paragraph, Section


def tree(data: bytes) -> etree._Element:
    return parse_safely(data, "test").getroot()


def texts(root, xpath: str) -> list[str]:
    return ["".join(el.itertext()) for el in root.xpath(xpath, namespaces=NS)]


def test_valid_against_both_schemas(document, figures, official_valid):
    for figs in (figures, None, Figures((), ())):
        data = build_docbook(document, figs, chart_dir="mini.charts")
        official_valid(data)  # build_docbook already validated against schema.rng


def test_declaration_lang_and_info(document, figures):
    data = build_docbook(document, figures)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<article ')
    root = tree(data)
    assert root.get("version") == "5.0" and root.get(XML_LANG) == "zh-CN"
    assert texts(root, "db:info/db:title") == [document.title]
    assert texts(root, "db:info/db:subtitle") == [document.subtitle]
    # the office before the name, as the speaker line prints it (市长　王某某)
    assert texts(root, "db:info/db:author/db:personname") == ["市长王某某"]
    assert texts(root, "db:info/db:author/db:personname/db:honorific") == ["市长"]
    assert texts(root, "db:info/db:author/db:personname/db:othername") == ["王某某"]
    assert texts(root, "db:info/db:author/db:affiliation") == []
    assert texts(root, "db:info/db:author/db:orgname") == ["示例市人民政府"]
    assert texts(root, "db:info/db:date") == ["2010-01-08"]
    assert [(b.get("role"), b.text) for b in root.xpath("db:info/db:bibliosource", namespaces=NS)] == [
        ("file", "mini.txt"), ("site", "Example.net"), ("updated", "2024/12/23 16:47:16")]


def test_english_speaker_name_before_office(document, figures, official_valid):
    english = replace(document, lang="en", authors=[Author("Jane Doe", role="Mayor")])
    data = build_docbook(english, figures)
    official_valid(data)
    root = tree(data)
    assert texts(root, "db:info/db:author/db:personname") == ["Jane Doe"]
    assert texts(root, "db:info/db:author/db:affiliation/db:jobtitle") == ["Mayor"]


def test_ids_and_structure(document, figures):
    root = tree(build_docbook(document, figures, chart_dir="mini.charts"))
    assert [s.get(XML_ID) for s in root.iter(q("section"))] == ["s1", "s1-1", "s2", "s2-1"]
    assert [p.get(XML_ID) for p in root.xpath("db:para", namespaces=NS)] == ["p0-1", "p0-2"]
    assert [f.get(XML_ID) for f in root.iter(q("formalpara"))] == ["p1-1-2", "p2-1-1"]
    assert texts(root, "//db:formalpara/db:title") == ["服务业主体地位更加凸显。", "推进第三产业优化升级。"]
    stats = root.xpath("//db:phrase[@role='stat']", namespaces=NS)
    assert [(s.get(XML_ID), s.text) for s in stats] == [
        ("p1-1-v1", "150项"), ("p1-1-1-v1", "450亿元"), ("p1-1-2-v1", "73%"), ("p2-1-1-v1", "3.95万人")]
    assert root[-1].tag == q("appendix")
    assert (root[-1].get("role"), root[-1].get(XML_ID)) == ("figures-appendix", "figures")


def test_appendix_summary_chart_and_table(document, figures):
    root = tree(build_docbook(document, figures, chart_dir="mini.charts"))
    app = root[-1]
    assert texts(app, "db:title") == ["附录　数据图表"]
    # the summary first, the charts, the full table last
    assert [(etree.QName(el).localname, el.get(XML_ID)) for el in app[1:]] == [
        ("table", "t1"), ("figure", "fig1"), ("table", "t2")]
    summary, table = app.findall(q("table"))
    assert (summary.get("role"), table.get("role")) == ("summary-figures", "key-figures")
    assert texts(summary, "db:title") == ["表1 主要指标"]
    assert texts(summary, ".//db:thead/db:row/db:entry") == ["指标", "实际", "目标", "单位", "变化", "出处"]
    assert [texts(r, "db:entry") for r in summary.iterfind(f".//{q('tbody')}/{q('row')}")] == [
        ["国家级、市级荣誉", "150", "", "项", "", "原文"],
        ["区域口径生产总值", "450亿", "", "元", "+13.5%", "原文"],
        ["第三产业所占比重", "73", "", "%", "", "原文"],
        ["新增就业", "", "约3.95万", "人", "", "原文"],
    ]
    assert texts(table, "db:title") == ["表2 全部数据"]
    assert table.find(q("tgroup")).get("cols") == "6"
    assert texts(table, ".//db:thead/db:row/db:entry") == ["指标", "数值", "单位", "变化", "类型", "出处"]
    rows = [texts(r, "db:entry") for r in table.iterfind(f".//{q('tbody')}/{q('row')}")]
    assert rows == [
        ["2009年主要工作回顾"],
        ["国家级、市级荣誉", "150", "项", "", "实际", "原文"],
        ["2009年主要工作回顾——积极应对金融危机，区域经济实现新发展"],
        ["区域口径生产总值", "450亿", "元", "+13.5%", "实际", "原文"],
        ["第三产业所占比重", "73", "%", "", "实际", "原文"],
        ["2010年主要工作任务——迎难而上，进一步提升区域经济发展质量"],
        ["新增就业", "约3.95万", "人", "", "目标", "原文"],
    ]
    group = table.xpath(".//db:entry[@role='group']", namespaces=NS)[0]
    assert (group.get("namest"), group.get("nameend")) == ("c1", "c6")
    links = [link.get("linkend") for link in table.iter(q("link"))]
    assert links == ["p1-1-v1", "p1-1-1-v1", "p1-1-2-v1", "p2-1-1-v1"]
    fig = app.find(q("figure"))
    assert (fig.get("role"), fig.get(XML_ID)) == ("chart", "fig1")
    assert texts(fig, "db:title") == ["图1 生产总值（亿元）"]
    refs = [(i.get("fileref"), i.get("format")) for i in fig.iter(q("imagedata"))]
    assert refs == [("mini.charts/fig1.png", "PNG"), ("mini.charts/fig1.svg", "SVG"), ("mini.charts/fig1.pdf", "PDF")]
    assert texts(fig, ".//db:textobject/db:phrase") == ["柱状图：区域口径生产总值450亿元。"]


def test_summary_puts_actual_beside_target(mk):
    doc = mk.document(text="新增就业约3.95万人。")
    p = doc.sections[0].sections[0].paragraphs[1]
    q2 = doc.sections[1].sections[0].paragraphs[0]
    actual = mk.span(p.id, "text", p.text, "3.95万人", 1, indicator="新增就业", unit="人", display="3.95万")
    target = mk.span(q2.id, "text", q2.text, "3.95万人", 1, indicator="新增就业", unit="人", display="4万",
                     target=True)
    from pipeline.figures.summary import key_figures
    root = tree(build_docbook(doc, Figures((actual, target), (), key_figures((actual, target)))))
    summary = root.find(f".//{q('table')}")
    rows = [texts(r, "db:entry") for r in summary.iterfind(f".//{q('tbody')}/{q('row')}")]
    assert rows == [["新增就业", "3.95万", "4万", "人", "", "实际、目标"]]
    assert [link.get("linkend") for link in summary.iter(q("link"))] == [actual.id, target.id]


@pytest.mark.parametrize("view, shown", [
    ("both", [("table", "summary-figures"), ("figure", "chart"), ("table", "key-figures")]),
    ("key", [("table", "summary-figures"), ("figure", "chart")]),
    ("all", [("figure", "chart"), ("table", "key-figures")]),
])
def test_figures_view_chooses_the_tables(document, figures, view, shown):
    app = tree(build_docbook(document, figures, view=view))[-1]
    assert [(etree.QName(el).localname, el.get("role")) for el in app[1:]] == shown
    assert texts(app, "db:table[1]/db:title") == ["表1 " + ("全部数据" if view == "all" else "主要指标")]


def test_figures_view_none_gives_no_appendix_and_no_marks(document, figures):
    root = tree(build_docbook(document, figures, view="none"))
    assert root.find(q("appendix")) is None
    assert not root.xpath("//db:phrase", namespaces=NS)


def test_key_view_without_headline_rows_shows_the_full_table(document, figures):
    no_key = Figures(figures.records, figures.charts, ())
    app = tree(build_docbook(document, no_key, view="key"))[-1]
    assert [el.get("role") for el in app.iterfind(q("table"))] == ["key-figures"]


def test_chart_dir_empty_gives_relative_paths(document, figures):
    root = tree(build_docbook(document, figures))
    assert [i.get("fileref") for i in root.iter(q("imagedata"))] == ["fig1.png", "fig1.svg", "fig1.pdf"]


def test_english_labels(mk):
    doc = mk.document(lang="en")
    root = tree(build_docbook(doc, mk.figures(doc), view="all"))
    assert texts(root, "db:appendix/db:title") == ["Appendix: Figures"]
    assert texts(root, "//db:table/db:title") == ["Table 1 All figures"]
    assert texts(root, "//db:thead//db:entry") == ["Indicator", "Value", "Unit", "Change", "Type", "Source"]
    assert texts(root, "//db:link") == ["text"] * 4
    assert "≈3.95万" in texts(root, "//db:entry") and "target" in texts(root, "//db:entry")
    root = tree(build_docbook(doc, mk.figures(doc)))
    assert texts(root, "//db:table/db:title") == ["Table 1 Key figures", "Table 2 All figures"]
    assert texts(root, "//db:table[1]//db:thead//db:entry") == [
        "Indicator", "Actual", "Target", "Unit", "Change", "Source"]


def test_no_records_gives_no_appendix(document):
    """A document without statistics: no appendix at all (not a page saying so), so no list of
    figures either; the same with a chart but no records, which cannot happen but must not crash."""
    for figs in (Figures((), ()), Figures((), (Chart("fig1", "图1", "alt", b"png", b"<svg/>"),))):
        root = tree(build_docbook(document, figs))
        assert root.find(q("appendix")) is None
        assert root.find(f".//{q('table')}") is None and root.find(f".//{q('figure')}") is None


def test_no_figures_stage_gives_no_appendix(document):
    root = tree(build_docbook(document, None))
    assert root.find(q("appendix")) is None
    assert not root.xpath("//db:phrase", namespaces=NS)


def test_stat_in_a_lead(mk):
    doc = mk.document(lead="比重达到73%。", text="其余。")
    p = doc.sections[0].sections[0].paragraphs[1]
    figs = Figures((mk.span(p.id, "lead", p.lead, "73%", 1, unit="%"),), ())
    root = tree(build_docbook(doc, figs))
    title = root.xpath("//db:formalpara[@xml:id='p1-1-2']/db:title", namespaces=NS)[0]
    assert title.text == "比重达到" and title[0].text == "73%" and title[0].tail == "。"


def test_bad_spans_are_bugs(mk):
    doc = mk.document()
    p = doc.sections[0].paragraphs[0]
    a = mk.span(p.id, "text", p.text, "150项", 1)
    overlapping = dataclasses.replace(a, id="p1-1-v2", start=a.start + 1, end=a.end + 1)
    for figs in (Figures((a, overlapping), ()),
                 Figures((dataclasses.replace(a, end=999),), ()),
                 Figures((dataclasses.replace(a, paragraph="p9-9"),), ()),
                 Figures((dataclasses.replace(a, part="lead"),), ())):
        with pytest.raises(SchemaError):
            build_docbook(doc, figs)


def test_empty_section_keeps_an_empty_para(mk, official_valid):
    doc = mk.document()
    doc.sections.append(Section("s3", "结束语", 1))
    data = build_docbook(doc, None)
    official_valid(data)
    assert tree(data).xpath("db:section[@xml:id='s3']/db:para", namespaces=NS)


def test_pretty_print_adds_no_space_to_text(document, figures):
    data = build_docbook(document, figures, chart_dir="mini.charts")
    assert b"\n  <section" in data  # indented between blocks
    root = tree(data)
    for el in root.iter(q("para"), q("title"), q("entry"), q("phrase")):
        for chunk in [el.text or ""] + [c.tail or "" for c in el]:
            assert chunk == chunk.strip(), (el.tag, chunk)


def test_deterministic(mk):
    doc1, doc2 = mk.document(), mk.document()
    assert build_docbook(doc1, mk.figures(doc1), chart_dir="a.charts") == \
        build_docbook(doc2, mk.figures(doc2), chart_dir="a.charts")


HOSTILE = HOSTILE_MARKUP + [
    "&amp; &#x41; &lt;",
    "<?xml-stylesheet href='x'?><!-- c -->",
]


@pytest.mark.parametrize("bad", HOSTILE)
def test_hostile_text_is_literal(mk, bad, official_valid):
    doc = mk.document(lead=f"引言{bad}。", text=f"正文{bad}比重预计达到73%。")
    doc.title = f"标题{bad}"
    doc.front[0].text = bad
    doc.sections[0].title = bad
    data = build_docbook(doc, mk.figures(doc))
    official_valid(data)
    assert b"<script" not in data and b"<img" not in data and b"<!DOCTYPE" not in data
    root = tree(data)
    assert texts(root, "db:info/db:title") == [f"标题{bad}"]
    assert texts(root, "db:para[1]") == [bad]
    assert texts(root, "db:section[1]/db:title") == [bad]
    assert texts(root, "//db:formalpara[@xml:id='p1-1-2']/db:title") == [f"引言{bad}。"]
    assert texts(root, "//db:formalpara[@xml:id='p1-1-2']/db:para") == [f"正文{bad}比重预计达到73%。"]


@pytest.mark.parametrize("char", ["\x0b", "\x00", "\x1f", "\ufffe"])
def test_stray_control_character_is_a_clear_error(mk, char):
    doc = mk.document()
    doc.sections[0].paragraphs[0] = Paragraph("p1-1", f"荣获{char}了")
    with pytest.raises(InputError) as err:
        build_docbook(doc, None)
    assert "paragraph p1-1" in str(err.value) and f"U+{ord(char):04X}" in str(err.value)


def test_bad_lang_date_and_empty_document(mk):
    for change in (dict(lang="zh CN"), dict(date="2010年"), dict(front=[], sections=[])):
        with pytest.raises(InputError):
            build_docbook(dataclasses.replace(mk.document(), **change), None)


def test_round_trip_body_text(document, figures):
    root = tree(build_docbook(document, figures))

    def blocks(paragraphs):
        for p in paragraphs:
            yield from ([p.lead] if p.lead else []) + [p.text]

    def walk(sections):
        for s in sections:
            yield s.title
            yield from blocks(s.paragraphs)
            yield from walk(s.sections)

    expected = list(blocks(document.front)) + list(walk(document.sections))
    assert body_text(root) == "\n".join(expected)


def test_any_xml_text_round_trips(mk):
    from hypothesis import given, settings, strategies as st

    xml_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01\x02\x03\x04\x05\x06"
                              "\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d"
                              "\x1e\x1f\ufffe\uffff")

    @settings(max_examples=60, deadline=None)
    @given(st.text(xml_chars, max_size=40), st.text(xml_chars, max_size=40))
    def check(lead, text):
        doc = mk.document(lead=lead, text=text)
        root = tree(build_docbook(doc, None))
        fp = root.xpath("//db:formalpara[@xml:id='p1-1-2']", namespaces=NS)
        if lead:
            assert texts(fp[0], "db:title") == [lead] and texts(fp[0], "db:para") == [text]
        else:
            assert texts(root, "//db:para[@xml:id='p1-1-2']") == [text]

    check()


def test_a_value_in_words_shows_the_value_as_written(mk):
    doc = mk.document(text="全年预算五十四万亿元。")
    p = doc.sections[0].sections[0].paragraphs[1]
    rec = mk.span(p.id, "text", p.text, "五十四万亿元", 1, indicator="全年预算", value=5.4e13, display="54万亿")
    root = tree(build_docbook(doc, Figures((rec,), ()), view="all"))
    rows = [texts(r, "db:entry") for r in root.iterfind(f".//{q('tbody')}/{q('row')}")]
    assert rows[-1][:3] == ["全年预算", "54万亿", "元"]      # too wide with its words: the link leads there


def test_a_short_value_in_words_shows_its_words_without_the_unit_and_no_double_approximation(mk):
    doc = mk.document(text="龙口仅剩八十米，出动80多台车辆。")
    p = doc.sections[0].sections[0].paragraphs[1]
    words = mk.span(p.id, "text", p.text, "八十米", 1, indicator="龙口剩余宽度", value=80, display="80")
    words = replace(words, unit="米")
    many = replace(mk.span(p.id, "text", p.text, "80多台", 2, indicator="车辆", value=80, display="80多"),
                   unit="台", approximate=True)
    root = tree(build_docbook(doc, Figures((words, many), ()), view="all"))
    rows = [texts(r, "db:entry") for r in root.iterfind(f".//{q('tbody')}/{q('row')}")]
    assert rows[-2][:3] == ["龙口剩余宽度", "80（八十）", "米"]
    assert rows[-1][:3] == ["车辆", "80多", "台"]


def test_value_cell_width_counts_cjk_twice():
    from pipeline.docbook.write import VALUE_WIDTH, _width
    assert _width("80（八十）") == 10 <= VALUE_WIDTH < _width("4000（四千）") == 12


def test_a_change_start_is_typed_as_a_start_in_the_full_table(mk):
    doc = mk.document(text="比重由1%上升到19.1%。")
    p = doc.sections[0].sections[0].paragraphs[1]
    start = replace(mk.span(p.id, "text", p.text, "1%", 1, indicator="比重", value=1, display="1"),
                    unit="%", starts_change=True)
    end = replace(mk.span(p.id, "text", p.text, "19.1%", 2, indicator="比重", value=19.1, display="19.1"),
                  unit="%", change_from="1%")
    root = tree(build_docbook(doc, Figures((start, end), ()), view="all"))
    rows = [texts(r, "db:entry") for r in root.iterfind(f".//{q('tbody')}/{q('row')}")]
    assert [row[4] for row in rows[-2:]] == ["起点", "实际"]
