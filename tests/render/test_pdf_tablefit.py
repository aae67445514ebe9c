"""The figures tables laid out with the widths render/pdf/tablefit.py computes, on every paper and
in every shipped style: the table never passes the text block and no header word is broken
(`Sou` / `rce`); where nothing had to give way
(not `breaking`: the default style on every paper, gongwen on its A4), no header word is broken,
no value wraps and no back-link is split from its page."""
import re

import pytest
from lxml import etree

from pipeline.render.pdf.tablefit import BREAKING, fit_tables, text_width
from pipeline.resources import preset_names
from pipeline.style import load_style

PAPERS = ("A4", "A5", "B5")
STYLES = tuple(preset_names())          # report and every preset
TABLES = {
    "en": [("summary-figures", ("Indicator", "Actual", "Target", "Unit", "Change", "Source"),
            [("total area", "106,400,000", "", "km²", "", ["text"]),
             ("depths of the basin", "3,700–5,500", "4,000", "m", "+12.5%", ["actual", "target"]),
             ("land that drains into the Atlantic", "4 (four)", "", "times", "", ["text"])]),
           ("key-figures", ("Indicator", "Value", "Unit", "Change", "Type", "Source"),
            [("volume", "354,700,000", "km³", "", "actual", ["text"]),
             ("troughs", "8,605", "troughs", "−3.4%", "target", ["text"])])],
    "zh": [("summary-figures", ("指标", "实际", "目标", "单位", "变化", "出处"),
            [("区域口径生产总值", "450亿", "", "元", "+13.5%", ["原文"]),
             ("吸引外资实际利用额", "3.52亿", "1.386亿", "美元", "+348.48%", ["实际", "目标"])]),
           ("key-figures", ("指标", "数值", "单位", "变化", "类型", "出处"),
            [("全区路面影像数据", "99.12", "平方公里", "+25.3%", "实际", ["原文"]),
             ("新就业", "4.1万", "人", "", "目标", ["原文"])])],
}
WHOLE = {("report", paper, lang) for paper in PAPERS for lang in TABLES} | {("gongwen", "A4", "zh")}


def appendix(lang: str, paper: str) -> etree._Element:
    html = etree.Element("html", {"lang": lang, "class": f"paper-{paper.lower()} lang-{lang}"})
    section = etree.SubElement(etree.SubElement(etree.SubElement(html, "body"), "main"), "section",
                               {"class": "appendix"})
    for n, (cls, heads, rows) in enumerate(TABLES[lang]):
        table = etree.SubElement(section, "table", {"class": cls, "id": f"t{n}"})
        etree.SubElement(table, "caption").text = "Table"
        tr = etree.SubElement(etree.SubElement(table, "thead"), "tr")
        for c, head in enumerate(heads):
            etree.SubElement(tr, "th", {"data-t": f"t{n}", "data-c": str(c)}).text = head
        body = etree.SubElement(table, "tbody")
        for row in rows:
            tr = etree.SubElement(body, "tr")
            for c, value in enumerate(row[:-1]):
                etree.SubElement(tr, "td", {"data-t": f"t{n}", "data-c": str(c)}).text = value
            source = etree.SubElement(tr, "td", {"data-t": f"t{n}", "data-c": "5"})
            for i, link in enumerate(row[-1]):
                a = etree.SubElement(source, "a", {"class": "back", "href": "#x", "data-page": str(98 + i * 40)})
                a.text = link
                if i < len(row[-1]) - 1:
                    a.tail = "、" if lang == "zh" else ", "
    return html


def lay_out_with(style: str, paper: str):
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    sheet = CSS(string=load_style(style).layered("print.css", absolute_urls=True))
    fonts = FontConfiguration()

    def lay_out(html: str, extra_css: str = ""):
        return HTML(string=html).render(stylesheets=[sheet, CSS(string=f"@page {{ size: {paper} }}\n{extra_css}")],
                                        font_config=fonts)
    return lay_out


def boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from boxes(child)


def line_texts(cell) -> list[str]:
    return ["".join(b.text for b in boxes(line) if hasattr(b, "text") and isinstance(b.text, str))
            for line in boxes(cell) if type(line).__name__ == "LineBox"]


@pytest.mark.parametrize("lang", sorted(TABLES))
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("style", STYLES)
def test_tables_fit_the_text_block(style, paper, lang):
    lay_out = lay_out_with(style, paper)
    root = appendix(lang, paper)
    fit_tables(root, lay_out, paper, lang)
    tables = root.findall(".//table")
    assert all(len(t.findall("colgroup/col")) == 6 for t in tables)
    breaking = {t.get("id"): BREAKING in t.get("class").split() for t in tables}
    if (style, paper, lang) in WHOLE:
        assert not any(breaking.values()), (style, paper, lang)
    document = lay_out(etree.tostring(root, method="html", encoding="unicode"))
    link = re.compile(r"^(?:[^\s（(]+(?:（第\d+页）| \(p\. \d+\))(?:、|, ?)?)+$")
    all_boxes = [b for page in document.pages for b in boxes(page._page_box)]
    section = next(b for b in all_boxes if b.element_tag == "section")
    right = section.content_box_x() + section.width                  # the text block's right edge
    for box in all_boxes:
        if type(box).__name__ == "TableBox":
            assert box.position_x + box.margin_width() <= right + 0.5, (style, paper, lang)
        if type(box).__name__ != "TableCellBox" or box.element_tag not in ("th", "td"):
            continue
        assert box.position_x + box.margin_width() <= right + 0.5, (style, paper, lang)
        column = int(box.element.get("data-c"))
        lines = line_texts(box)
        if box.element_tag == "th":       # every line holds whole header words, in every style
            words = set(box.element.text.split())
            assert all(set(line.split()) <= words for line in lines), (style, paper, lines)
        if breaking[box.element.get("data-t")]:
            continue
        if box.element_tag == "th":
            continue
        elif 0 < column < 5 and box.element.text:
            assert len(lines) == 1, (style, paper, box.element.text, lines)
        elif column == 5:
            assert all(link.match(line.strip()) for line in lines), (style, paper, lines)


def test_the_shaper_measures_what_the_layout_draws():
    """tablefit measures pieces with WeasyPrint's text shaper (its internal API): the width it
    gets is the width of the same text laid out in the same cell."""
    lay_out = lay_out_with("report", "A5")
    html = ('<html lang="en" class="paper-a5 lang-en"><body><main><section class="appendix">'
            '<table class="key-figures"><thead><tr><th><span style="white-space: nowrap">Indicator</span>'
            '</th></tr></thead><tbody><tr><td><span style="white-space: nowrap">106,400,000 km²</span>'
            '</td></tr></tbody></table></section></main></body></html>')
    document = lay_out(html)
    cells = [b for b in boxes(document.pages[0]._page_box) if type(b).__name__ == "TableCellBox"]
    for cell, text in zip(cells, ("Indicator", "106,400,000 km²")):
        drawn = sum(span.width for line in boxes(cell) if type(line).__name__ == "LineBox"
                    for span in line.children)
        assert text_width(text, cell.style) == pytest.approx(drawn, abs=0.5)
