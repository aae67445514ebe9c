"""The PDF laid out in parts (body, appendix, front matter) with page numbers as text,
the cached pydyf page references, and the renderer's garbage-collector setting."""
from __future__ import annotations

import gc
import io
import re

import pytest
from lxml import etree

from pipeline.render.pdf.parts import (PAGE_ATTRIBUTE, continue_folio, page_numbers, split_parts,
                                       write_page_numbers)

WHOLE = """<html lang="zh-CN" class="paper-a4 lang-zh"><head><title>T</title></head><body>
<div class="front"><section class="titlepage"><h1>T</h1></section>
<nav class="toc" id="toc"><ol><li class="toc1"><a href="#s1">一、甲</a></li>
<li class="toc1 toc-appendix"><a href="#app">附录</a></li></ol></nav></div>
<main id="body-start"><header class="opening"><p>T</p></header>
<section class="level1" id="s1"><h2>一、甲</h2><p id="p1">正文<span id="v1">3</span></p></section>
<section class="appendix" id="app"><h2>附录</h2><table><tr><td><a href="#v1" class="back">原文</a></td></tr>
<tr><td><a href="#nowhere" class="back">原文</a></td></tr></table></section>
</main></body></html>"""


def _tree():
    return etree.fromstring(WHOLE, etree.HTMLParser())


def test_split_parts_moves_each_part_into_its_own_document():
    parts = split_parts(_tree())
    for part in (parts.front, parts.body, parts.appendix):
        assert part.get("lang") == "zh-CN" and part.get("class") == "paper-a4 lang-zh"
        assert part.findtext("head/title") == "T"
    assert parts.front.find("body/div[@class='front']") is not None
    assert parts.front.find("body/main") is None
    assert parts.body.find("body/div") is None
    main = parts.body.find("body/main")
    assert main.get("id") == "body-start"
    assert [s.get("id") for s in main.iter("section")] == ["s1"]
    amain = parts.appendix.find("body/main")
    assert amain.get("id") is None                       # the body's start anchor stays unique
    assert [s.get("id") for s in amain.iter("section")] == ["app"]


def test_split_parts_without_appendix():
    root = _tree()
    main = root.find("body/main")
    main.remove(main.find("section[@class='appendix']"))
    assert split_parts(root).appendix is None


def test_page_numbers_first_page_of_an_anchor_wins():
    class Page:
        def __init__(self, *anchors):
            self.anchors = dict.fromkeys(anchors, (0, 0, 0, 0))

    class Doc:
        pages = [Page("a"), Page("b", "a"), Page("c")]

    assert page_numbers(Doc(), 7) == {"a": "7", "b": "8", "c": "9"}


def test_write_page_numbers_only_for_known_targets():
    parts = split_parts(_tree())
    write_page_numbers(parts.appendix, {"v1": "1"})
    links = {a.get("href"): a.get(PAGE_ATTRIBUTE) for a in parts.appendix.iter("a")}
    assert links == {"#v1": "1", "#nowhere": None}       # no number rather than a wrong one
    write_page_numbers(parts.front, {"s1": "1", "app": "2"})
    assert [a.get(PAGE_ATTRIBUTE) for a in parts.front.iter("a")] == ["1", "2"]


def test_continue_folio_names_the_body_page_group():
    assert continue_folio(23) == "@page :nth(1 of body) { counter-reset: page 23 }"


@pytest.mark.slow
def test_parts_continue_the_folio_and_fill_the_numbers():
    """A real layout: the appendix's first page is numbered after the body's last, and the
    numbers written into the contents and back-links are the pages the targets are on."""
    import pypdf
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from pipeline.render.pdf.parts import lay_out_parts
    from pipeline.resources import styles_dir

    root = _tree()
    body = root.find("body/main/section[@class='level1']")
    for n in range(60):                                   # a few body pages
        etree.SubElement(body, "p").text = "正文段落" * 40
    fonts = FontConfiguration()
    css = CSS(filename=str(styles_dir() / "print.css"))

    def layout(part, extra):
        html = etree.tostring(part, method="html", encoding="unicode")
        return HTML(string=html).render(stylesheets=[css, CSS(string="@page{size:A4}" + extra)],
                                        font_config=fonts)

    parts = split_parts(root)
    document = lay_out_parts(parts, layout)
    reader = pypdf.PdfReader(io.BytesIO(document.write_pdf()))
    texts = [page.extract_text() for page in reader.pages]
    front = next(i for i, p in enumerate(document.pages) if "body-start" in p.anchors)
    body_pages = next(i for i, p in enumerate(document.pages) if "app" in p.anchors) - front
    assert body_pages >= 3
    appendix_first = front + body_pages
    assert f"— {body_pages + 1} —" in texts[appendix_first]          # the folio continues
    assert "（第1页）" in texts[appendix_first].replace(" ", "")      # v1 is on body page 1
    toc = "".join(texts[:front]).replace(" ", "")
    assert re.search(r"一、甲[·\s]*1\b", toc)
    assert re.search(rf"附录[·\s]*{body_pages + 1}\b", toc)


def test_cached_page_references_match_pydyf():
    import pydyf

    from pipeline.render.pdf.patches import cache_page_references

    def expected(pdf):   # what pydyf 0.13 computes on every read
        return tuple(f"{n} 0 R".encode("ascii") for n in pdf.pages["Kids"][::3])

    cache_page_references()
    pdf = pydyf.PDF()
    for _ in range(3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert pdf.page_references == expected(pdf)
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))         # a page added later is seen
    assert pdf.page_references == expected(pdf) and len(pdf.page_references) == 4


def test_rare_collections_restores_the_collector():
    from pipeline.render import rare_collections

    before = gc.get_threshold()
    with rare_collections(12345):
        assert gc.get_threshold()[0] == 12345
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
