"""The chunked PDF layout (--pdf-chunks): the decision, the cut, the links between chunks,
the scheduler and its errors (with stand-in layouts), and the real thing against the
single layout of the sample."""
from __future__ import annotations

import copy
import os
import re

import pytest
from lxml import etree

from pipeline.errors import BatchError, InputError
from pipeline.options import Options
from pipeline.render.pdf.chunks import (AUTO_MIN_COLUMNS, PLACEHOLDER, _cuts, chunk_count, lay_out_in_parallel,
                                        link_across, split_body, text_columns)
from pipeline.render.pdf.parts import split_parts


def _document(parts: int = 3, chars: int = 100, appendix: bool = True) -> etree._Element:
    sections = "".join(f'<section class="level1" id="s{i}"><h2>{i}</h2><p id="p{i}">{"字" * chars}</p>'
                       f'<a href="#app">附录</a></section>' for i in range(1, parts + 1))
    back = ('<section class="appendix" id="app"><h2>附录</h2><table><tr><td>'
            + "".join(f'<a class="back" href="#p{i}">原文</a>' for i in range(1, parts + 1))
            + "</td></tr></table></section>") if appendix else ""
    toc = "".join(f'<li><a href="#s{i}">{i}</a></li>' for i in range(1, parts + 1))
    html = (f'<html lang="zh-CN" class="paper-a4 lang-zh"><head><title>T</title></head><body>'
            f'<div class="front"><nav class="toc"><ol>{toc}</ol></nav></div>'
            f'<main id="body-start"><header class="opening"><p>开场</p></header>{sections}{back}</main></body></html>')
    return etree.fromstring(html, etree.HTMLParser())


# ---- deciding and cutting -----------------------------------------------------------------

@pytest.mark.parametrize("sizes,n", [([10, 1], 2), ([1, 10], 2), ([5] * 8, 4), ([1, 1, 1, 100], 3),
                                     ([100, 1, 1, 1], 3), ([3, 3, 3], 3), ([7], 1)])
def test_cuts_make_n_nonempty_runs_covering_everything(sizes, n):
    starts, ends = _cuts(sizes, n)
    assert len(starts) == n and starts[0] == 0 and ends[-1] == len(sizes)
    assert all(a < b for a, b in zip(starts, ends)) and starts[1:] == ends[:-1]


def test_cuts_balance_the_text():
    starts, ends = _cuts([10] * 20, 2)
    assert (starts, ends) == ([0, 10], [10, 20])


def test_the_length_is_counted_in_columns_a_cjk_character_two():
    assert text_columns("报告 2010 report，") == 3 * 2 + 12   # 报 告 ，: two each
    # the same number of characters: Chinese text is twice the layout English text is
    chars = AUTO_MIN_COLUMNS // 4 + 1
    chinese = split_parts(_document(chars=chars)).body
    english = copy.deepcopy(chinese)
    for p in english.iter("p"):
        p.text = "x" * len(p.text)
    assert chunk_count(chinese, Options(pdf_chunks="auto", workers=2)) == 2
    assert chunk_count(english, Options(pdf_chunks="auto", workers=2)) == 1


def test_chunk_count_follows_the_setting_and_the_length():
    short = split_parts(_document(chars=10)).body
    long = split_parts(_document(chars=AUTO_MIN_COLUMNS // 6 + 1)).body   # 字: two columns
    assert chunk_count(short, Options(pdf_chunks="auto", workers=2)) == 1
    assert chunk_count(long, Options(pdf_chunks="auto", workers=2)) == 2
    assert chunk_count(long, Options(pdf_chunks="auto", workers=8)) == 3       # one chunk per part at most
    assert chunk_count(long, Options(pdf_chunks="auto", workers=1)) == 1       # nothing to gain on one core
    assert chunk_count(long, Options(pdf_chunks="off", workers=2)) == 1
    assert chunk_count(short, Options(pdf_chunks="2", workers=1)) == 2         # asked for: done
    one_part = split_parts(_document(parts=1, chars=AUTO_MIN_COLUMNS)).body
    assert chunk_count(one_part, Options(pdf_chunks="4", workers=2)) == 1      # nowhere to cut


def test_split_body_cuts_before_level1_parts_and_keeps_the_start_anchor():
    body = split_parts(_document(parts=4)).body
    chunks = split_body(body, 2)
    mains = [c.find("body/main") for c in chunks]
    assert mains[0].get("id") == "body-start" and mains[1].get("id") is None
    assert [[el.get("id") or el.tag for el in m] for m in mains] == [["header", "s1", "s2"], ["s3", "s4"]]
    assert chunks[1].get("lang") == "zh-CN" and chunks[1].findtext("head/title") == "T"


def test_links_into_other_chunks_become_placeholders():
    parts = split_parts(_document(parts=2))
    first, second = split_body(parts.body, 2)
    link_across(second)
    assert [a.get("href") for a in second.iter("a")] == [PLACEHOLDER + "app"]
    link_across(parts.appendix)
    assert [a.get("href") for a in parts.appendix.iter("a")] == [PLACEHOLDER + "p1", PLACEHOLDER + "p2"]
    html = etree.fromstring('<html><body><p id="x"/><a href="#x">in</a><a href="http://e.org/">out</a></body></html>')
    link_across(html)
    assert [a.get("href") for a in html.iter("a")] == ["#x", "http://e.org/"]


# ---- the scheduler, with stand-in layouts -------------------------------------------------

class _Page:
    def __init__(self, anchors):
        self.anchors = dict.fromkeys(anchors, (0, 0, 0, 0))


class _Laid:
    """A page from each <p>, <nav> or <div> on; an id is on the page of the last such."""
    def __init__(self, html: str, css: str):
        root = etree.fromstring(html, etree.HTMLParser())
        pages, seen = [[]], False
        for el in root.iter():
            if el.tag in ("p", "nav", "div"):
                if seen:
                    pages.append([])
                seen = True
            if el.get("id"):
                pages[-1].append(el.get("id"))
        self.pages = [_Page(a) for a in pages]
        self.html, self.css = html, css


def _write(document, tagged: bool) -> bytes:
    return repr((len(document.pages), tagged, document.css, re.findall(r'data-page="(\d+)"', document.html))).encode()


def test_scheduler_numbers_the_parts_in_order():
    parts = split_parts(_document(parts=3))
    bodies = split_body(parts.body, 3)
    pieces = lay_out_in_parallel(parts, bodies, 2, _Laid, _write)
    front, *body, appendix = [eval(pdf) for pdf in pieces.pdfs]
    assert [b[0] for b in body] == [2, 1, 1]                 # opening, s1; s2; s3
    assert body[0][2] == "" and body[1][2].startswith("@page body { @bottom-center { content: none }")
    assert "counter-reset: page 5" in appendix[2]            # after 4 body pages
    assert appendix[3] == ["2", "3", "4"]                    # back-links to p1, p2, p3
    assert front[3] == ["1", "3", "4"]                       # contents: s1, s2, s3
    assert pieces.front_pages == 2 and pieces.folio_from == 2
    folio = eval(pieces.folio)
    assert folio[:2] == (2, False) and "counter-reset: page 3" in folio[2]   # untagged, pages 3-4
    assert pieces.tables == [False, False, False, False, True]


def test_scheduler_without_appendix():
    parts = split_parts(_document(parts=2, appendix=False))
    pieces = lay_out_in_parallel(parts, split_body(parts.body, 2), 2, _Laid, _write)
    assert len(pieces.pdfs) == 3 and pieces.tables == [False, False, False]


def test_a_worker_error_is_the_users_error():
    def layout(html, css):
        if "appendix" in html:
            raise InputError("the appendix cannot be laid out")
        return _Laid(html, css)

    parts = split_parts(_document(parts=2))
    with pytest.raises(BatchError, match="appendix cannot") as caught:
        lay_out_in_parallel(parts, split_body(parts.body, 2), 2, layout, _write)
    assert caught.value.exit_code == InputError.exit_code


def test_a_dead_worker_stops_the_build_cleanly():
    def layout(html, css):
        if "s2" in html:
            os._exit(9)
        return _Laid(html, css)

    parts = split_parts(_document(parts=2))
    with pytest.raises(BatchError, match="stopped unexpectedly"):
        lay_out_in_parallel(parts, split_body(parts.body, 2), 2, layout, _write)


# ---- the real layout ------------------------------------------------------------------------

@pytest.mark.slow
def test_chunked_pdf_is_the_single_pdf(sample_build, tmp_path):
    """Same pages, text (poppler and pdfium), folios, contents and back-link numbers, outline,
    links, structure tree, pixels, embedded font programs and file size (within 5 %) as the
    single layout (which the sample gets by default); the same bytes twice."""
    from e2e.pdfcompare import differences
    from pipeline.build import load_intermediate
    from pipeline.render import render

    doc = load_intermediate(sample_build["xml"])
    chunked = tmp_path / "chunked.pdf"
    data = render("pdf", doc, Options(pdf_chunks="2"))
    chunked.write_bytes(data)
    assert differences(sample_build["pdf"], chunked, with_pixels=True) == []
    assert render("pdf", doc, Options(pdf_chunks="2")) == data     # deterministic bytes


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["none", "pdf/a-3u"])
def test_chunked_pdf_in_the_other_variants(sample_build, tmp_path, variant):
    """Untagged (no structure tree to merge) and PDF/A (output intent, metadata) chunked PDFs
    are their single layouts too."""
    from e2e.pdfcompare import differences
    from pipeline.build import load_intermediate
    from pipeline.render import render

    doc = load_intermediate(sample_build["xml"])
    paths = []
    for chunks in ("off", "2"):
        paths.append(tmp_path / f"{chunks}.pdf")
        paths[-1].write_bytes(render("pdf", doc, Options(pdf_chunks=chunks, pdf_variant=variant)))
    assert differences(*paths) == []
