"""Round 14 (zh) chrome: made-up variants of what check set 12's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某市二〇二二年经济运行情况分析"


def test_font_size_bar_in_traditional_script_with_bars():
    bar = "字號: 默認 超大 | 打印 |"
    kept, removed, _ = run_rule("widget", [HEADLINE, bar, "", PROSE, PROSE2])
    assert [t for _, t in removed] == [bar] and kept[0] == HEADLINE


def test_language_link_and_site_root_address_at_the_head():
    lines = ["EN", "https://www.example.gov.cn/", "", HEADLINE, PROSE, PROSE2]
    kept, removed, _ = run_rule("widget", lines)
    assert [t for _, t in removed] == ["EN", "https://www.example.gov.cn/"] and HEADLINE in kept


def test_an_address_with_a_path_or_in_a_sentence_stays():
    lines = [HEADLINE, "https://www.example.gov.cn/zwgk/2022/notice.html", PROSE, "详见 https://www.example.gov.cn/ 。", PROSE2]
    assert run_rule("widget", lines)[1] == []


def test_image_placeholder_word_alone_on_its_line():
    for word in ["图片", "【圖片】", "[图片]"]:
        kept, removed, _ = run_rule("image-file-name", [HEADLINE, "", word, "", PROSE, PROSE2])
        assert [t for _, t in removed] == [word]


def test_the_word_inside_a_caption_or_sentence_stays():
    lines = [HEADLINE, "图片：某某路口改造后", PROSE, "图片展示了改造成果。", PROSE2]
    assert run_rule("image-file-name", lines)[1] == []


def test_contents_box_whose_entries_end_in_page_numbers():
    box = ["目录", "1.某某规划学习要点之一：过去五年的主要成就 2", "2.某某规划学习要点之二：今后五年的目标任务 7",
           "3.某某规划学习要点之三：重点工作 ——以产业升级为主线 全面推进城乡融合发展 12"]
    kept, removed, _ = run_rule("contents-box", box + ["某某规划学习要点之一：过去五年的主要成就", PROSE, PROSE2])
    assert [t for _, t in removed] == box


def test_numbers_out_of_page_order_or_sentences_are_no_contents():
    lines = ["目录", "全年接待游客 12", "其中境外游客 3", "过夜游客 8", PROSE, PROSE2]
    assert run_rule("contents-box", lines)[1] == []
