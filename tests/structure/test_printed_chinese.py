"""Chinese text printed to PDF (a portal page printed by a browser, then pdftotext): lines wrap
at the printed width, which digits and Latin letters make longer in characters; a paragraph cut
by a page break goes on after the removed running lines; short lines stay apart."""
from __future__ import annotations

from pipeline.structure.blocks import _printed_end, display_width, make_blocks, print_width
from structure.test_rules import doc_of, outline

SENTENCES = ["国内生产总值20.94万亿元，比上年增长10.7%；居民消费价格总水平上涨1.5%。",
             "全国财政收入3.93万亿元，比上年增加7694亿元；规模以上工业企业实现利润增长31%。",
             "科技创新取得重大成果，教育事业继续发展，公共卫生体系建设得到加强，文化、体育事业进一步繁荣。",
             "城镇新增就业1184万人，城镇居民人均可支配收入11759元，农村居民人均纯收入3587元。"]


def _wrap(text: str, width: int = 84, indent: int = 4) -> list[str]:
    """Break a paragraph as a browser does: a line ends where the next character would not fit."""
    lines, line, used = [], "", indent
    for ch in text:
        w = display_width(ch)
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += w
    return lines + [line]


def _paragraph(n: int) -> str:
    return "".join(SENTENCES[(n + k) % 4] for k in range(3))


def test_printed_width_is_found_where_character_counts_vary():
    lines = [l for n in range(8) for l in _wrap(_paragraph(n))]
    assert len({len(l) for l in lines if display_width(l) >= 80}) > 3   # lengths in characters differ
    assert 80 <= print_width(lines) <= 84


def test_one_paragraph_per_line_text_is_not_printed_text():
    assert print_width([_paragraph(n) for n in range(30)]) == 0


def test_wrapped_lines_rejoin_without_spaces_and_headings_stay_apart():
    lines = ["一、过去一年工作回顾"] + _wrap(_paragraph(0)) + _wrap(_paragraph(1)) + ["二、今年工作安排"] \
        + [l for n in range(2, 7) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    texts = [b.text for b in blocks]
    assert texts[:4] == ["一、过去一年工作回顾", _paragraph(0), _paragraph(1), "二、今年工作安排"]
    assert all(" " not in t for t in texts)


def test_a_paragraph_cut_by_a_page_break_goes_on_after_the_blank_lines():
    first = _wrap(_paragraph(0)) + _wrap(_paragraph(1))
    cut = _wrap(_paragraph(2))
    assert len(cut) >= 3
    lines = first + cut[:2] + ["", "", ""] + cut[2:] + [l for n in range(3, 7) for l in _wrap(_paragraph(n))]
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert _paragraph(2) in [b.text for b in blocks]


def test_a_full_line_that_ends_a_sentence_ends_its_paragraph():
    # the paragraph's last sentence ends exactly at the margin: the next paragraph stays apart
    last = "一" * 38 + "。"
    lines = [l for n in range(6) for l in _wrap(_paragraph(n))] + ["某" * 40, last, "我们必须继续努力。"] \
        + [l for n in range(6, 9) for l in _wrap(_paragraph(n))]
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "zh")]
    assert "某" * 40 + last in texts and "我们必须继续努力。" in texts


def test_printed_report_outline():
    lines = ["政府工作报告", "各位代表："] + _wrap(_paragraph(0)) + ["一、过去一年工作回顾"] \
        + [l for n in range(1, 4) for l in _wrap(_paragraph(n))] + ["二、今年工作安排"] \
        + [l for n in range(4, 8) for l in _wrap(_paragraph(n))]
    doc = doc_of("\n".join(lines))
    assert outline(doc) == [(1, "一、过去一年工作回顾"), (1, "二、今年工作安排")]


def _numbered(lines):
    return list(range(1, len(lines) + 1))


def test_headings_moved_to_the_page_end_go_before_the_paragraph_running_over_the_break():
    # pdftotext -raw: positioned headings come after the page's last line, before the page break
    para = _wrap(_paragraph(2))
    page1 = [l for n in range(2) for l in _wrap(_paragraph(n))] + para[:2]
    lines = page1 + ["三、促进经济又好又快发展", "（一）坚持加强和改善宏观调控"]
    numbers = _numbered(lines)
    rest = para[2:] + [l for n in range(4, 7) for l in _wrap(_paragraph(n))]
    assert not _printed_end(para[1])
    lines += rest
    numbers += list(range(numbers[-1] + 4, numbers[-1] + 4 + len(rest)))   # 3 running lines removed
    texts = [b.text for b in make_blocks(lines, numbers, "zh")]
    at = texts.index("三、促进经济又好又快发展")
    assert texts[at:at + 3] == ["三、促进经济又好又快发展", "（一）坚持加强和改善宏观调控", _paragraph(2)]
    assert at == 2


def test_a_heading_at_a_page_end_after_a_finished_paragraph_stays_where_it_is():
    page1 = [l for n in range(2) for l in _wrap(_paragraph(n))]
    lines = page1 + ["二、今年工作安排"] + [l for n in range(2, 7) for l in _wrap(_paragraph(n))]
    numbers = _numbered(page1 + ["二、今年工作安排"])
    numbers += list(range(numbers[-1] + 4, numbers[-1] + 4 + len(lines) - len(numbers)))
    texts = [b.text for b in make_blocks(lines, numbers, "zh")]
    assert texts[2:4] == ["二、今年工作安排", _paragraph(2)]


def test_a_printed_line_split_into_two_runs_is_one_line():
    # raw extraction: a full-width quote starts a new text run; the two pieces fill one line
    body = [l for n in range(6) for l in _wrap(_paragraph(n))]
    lines = body + ["二是经济增长方式粗放。突出表现在能源消耗高、环境污染重。", "“十一五”规划提出了节能降",
                    "耗和污染减排目标，并作为约束性指标。"] + [l for n in range(6, 9) for l in _wrap(_paragraph(n))]
    texts = [b.text for b in make_blocks(lines, _numbered(lines), "zh")]
    assert "二是经济增长方式粗放。突出表现在能源消耗高、环境污染重。“十一五”规划提出了节能降耗和污染减排目标，并作为约束性指标。" in texts
    # a short last line and a short unnumbered line that do not fill a line together stay apart
    lines = body + ["我们必须继续努力。", "各位代表：", "现在我代表国务院作报告。"] + body
    texts = [b.text for b in make_blocks(lines, _numbered(lines), "zh")]
    assert "各位代表：" in texts


def test_a_figures_caption_is_a_paragraph_not_a_heading():
    """The cleaner keeps a chart's caption (`图：…`, issue #11: body kept); it names a figure,
    not a section, so it must not open one."""
    from structure.helpers import all_paragraphs
    for caption in ("图：2002—2006年国内生产总值及其增长速度", "图1 全省地区生产总值", "表2：全市财政收入构成"):
        doc = doc_of("\n".join(["某某报告", "一、过去一年工作回顾", _paragraph(0), caption, "一年来的主要工作是：",
                                _paragraph(1), "二、今年工作安排", _paragraph(2)]))
        assert outline(doc) == [(1, "一、过去一年工作回顾"), (1, "二、今年工作安排")], caption
        assert caption in [p.text for p in all_paragraphs(doc)]


def test_a_short_heading_that_only_starts_like_a_label_stays_a_heading():
    for heading in ("图书馆建设", "表彰先进"):
        doc = doc_of("\n".join(["某某报告", "一、过去一年工作回顾", _paragraph(0), heading, _paragraph(1),
                                "二、今年工作安排", _paragraph(2)]))
        assert (2, heading) in outline(doc) or (1, heading) in outline(doc), (heading, outline(doc))
