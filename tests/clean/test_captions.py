"""Picture captions a printed page sets just above a paragraph (text extraction glues them to
it): by their own label (`figure-caption`), or wrapped over two lines before a credit
(`photo-caption`); and what must stay."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule


def test_labelled_photo_caption_above_a_paragraph_goes():
    for caption in ("图为会议现场", "Photo: the assembly hall", "Image: the new bridge"):
        kept, removed, _ = run_rule("figure-caption", [PROSE, "", caption, PROSE2])
        assert kept == [PROSE, "", PROSE2] and removed == [(3, caption)], caption


FIGURE_CAPTIONS = ("图：2002—2006年国内生产总值及其增长速度", "图1 全省地区生产总值", "图2：全市财政收入构成",
                   "Figure 3. Growth of the region", "Fig. 2: Rainfall by month")


def test_a_figures_caption_in_the_body_is_the_documents_text():
    """A chart's or diagram's caption names a figure of the document: body kept (issue #11)."""
    for caption in FIGURE_CAPTIONS:
        for rule in ("figure-caption", "photo-caption"):
            lines = [PROSE, "", caption, PROSE2]
            assert run_rule(rule, lines)[0] == lines, (rule, caption)


def test_a_bare_figure_label_before_the_text_is_the_pages_photo():
    """Between the title block and the text, `图：…` is the portal's photo; with a credit anywhere too."""
    kept, _, _ = run_rule("photo-caption", ["某某市召开全市经济工作会议", "图：某某大桥建成通车", PROSE])
    assert kept == ["某某市召开全市经济工作会议", PROSE]
    kept, _, _ = run_rule("photo-caption", [PROSE, "图：大桥建成通车 新华社记者 张三 摄", PROSE2])
    assert kept == [PROSE, PROSE2]


def test_what_must_stay():
    stays = [
        "图：这是一个完整的句子，说明图的内容。",             # ends a sentence: a paragraph, not a caption
        "图书馆建设稳步推进",                                 # 图 opens a word, no caption label
        "Figure skating and other sports",                    # no number after the word
        "Photo: " + "x" * 70,                                 # too long for a caption
    ]
    for line in stays:
        kept, removed, _ = run_rule("figure-caption", [PROSE, line, PROSE2])
        assert removed == [], line
    # followed by the rest of a sentence (a lower-case or clause-mark continuation): stays
    for nxt in ("，并在全省推广。", "shows the growth since 2002."):
        kept, removed, _ = run_rule("figure-caption", [PROSE, "图1 全省地区生产总值", nxt])
        assert removed == [], nxt


def test_a_printed_photo_caption_wrapped_over_two_lines_goes_whole():
    first = "3月5日，第十届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理温家宝向大会"
    credit = "作政府工作报告。新华社记者 ×××摄"
    kept, removed, _ = run_rule("photo-caption", [PROSE, "", first, credit, "各位代表：", PROSE2])
    assert kept == [PROSE, "", "各位代表：", PROSE2]
    # the line above the credit ends a sentence, or is the tail of a paragraph: it stays
    kept, removed, _ = run_rule("photo-caption", [PROSE, "", PROSE2, credit, PROSE])
    assert kept == [PROSE, "", PROSE2, PROSE]
    kept, removed, _ = run_rule("photo-caption", [PROSE, first, credit, PROSE2])
    assert first in kept
