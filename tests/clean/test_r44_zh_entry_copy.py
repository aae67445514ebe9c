"""(r44, issue 11) A Chinese encyclopedia entry copied from the browser. The texts are made up.

- the entry's tools under its name (`播报` / `编辑` / `收藏` / `讨论`, a line each or on one line) and the
  site's bar over the name, one item a line: the site's; the name is the title (`rules_wiki.zh_entry_tools`);
- the same tools after each section's heading (`发展历程播报编辑`, `发展历程 播报 编辑`) or under it: cut, the
  heading stays; the gallery's labels after the text (`词条图册`) go;
- a site's bar at the very top with no tools under the name (`_leading_bar`): eight short items or more,
  two of them navigation words;
- a reference list's entry closed by the date it was looked up (`[引用日期…]`) is no heading
  (`headings.CITED_ON`).
"""
from __future__ import annotations

from pipeline.clean import clean_text, rules_wiki
from pipeline.structure import structure_document

NAME = "青石古桥"
BAR = ["首页", "资讯", "图片", "视频", "地图", "问答", "文库", "商城", "网站首页", "登录", "注册", "个人中心"]
SECTIONS = [("建造经过", "古桥始建于明代，由当地乡绅出资，石匠用了十一年才完成五孔石拱。"),
            ("修缮记录", "清乾隆年间一场大冻使中孔石料开裂，次年由县衙主持修复。"),
            ("现状保护", "古桥现为县级文物保护单位，仅供行人和自行车通行。")]


def _entry(bar=True, tools="lines", heads="glued"):
    lines = (BAR + [""] if bar else []) + [NAME]
    lines += {"lines": ["播报", "编辑", "收藏", "讨论"], "one": ["播报 编辑 收藏 讨论"], "none": []}[tools]
    lines += ["", "青石古桥是县城南门外的一座五孔石拱桥，横跨清水河，至今仍在使用。", ""]
    for head, text in SECTIONS:
        lines += {"glued": [head + "播报编辑"], "spaced": [head + " 播报 编辑"], "under": [head, "播报", "编辑"],
                  "plain": [head]}[heads] + ["", text, ""]
    lines += ["词条图册", "参考资料", "1.  清水县志．清水县地方志办公室[引用日期2021-04-12]", ""]
    return "\n".join(lines) + "\n"


def _titles(doc):
    return [s.title for s in doc.sections]


def test_tools_bar_and_gallery_go_and_the_heads_stay():
    for tools in ("lines", "one"):
        for heads in ("glued", "spaced", "under"):
            cleaned = clean_text(_entry(tools=tools, heads=heads), source_file="qiao.txt")
            kept = [t for t in cleaned.lines if t.strip()]
            assert kept[0] == NAME, (tools, heads, kept[:3])
            assert not {"播报", "编辑", "收藏", "讨论", "词条图册", "个人中心"} & set(kept), (tools, heads)
            doc = structure_document(cleaned)
            assert doc.title == NAME
            assert _titles(doc)[:3] == [h for h, _ in SECTIONS], (tools, heads, _titles(doc))


def test_a_bar_at_the_top_without_tools():
    doc = structure_document(clean_text(_entry(tools="none", heads="plain"), source_file="qiao.txt"))
    assert doc.title == NAME
    assert _titles(doc)[:3] == [h for h, _ in SECTIONS]


def test_a_verse_of_short_lines_is_no_bar():
    verse = ["春日", "", "青山", "绿水", "白云", "红花", "小桥", "流水", "人家", "炊烟", "", "作者写于某年春天。"]
    assert rules_wiki._leading_bar(verse) == set()


def test_a_line_saying_the_tools_words_once_stays():
    text = "某某说明\n\n本页面的播报编辑\n\n正文第一段，介绍播报和编辑两个按钮的用途。\n"
    cleaned = clean_text(text, source_file="note.txt")
    assert "本页面的播报编辑" in cleaned.lines


def test_a_cited_reference_is_no_heading():
    doc = structure_document(clean_text(_entry(), source_file="qiao.txt"))
    assert not any("引用日期" in t for t in _titles(doc))
