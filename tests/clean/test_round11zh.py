"""Cleaning rules the round11zh round (issue #11, check set 8's Chinese half, xxz) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

ZH = "本年度全区完成地区生产总值一百二十亿元，比上年增长百分之九，各项民生事业稳步推进。"


def test_a_print_bar_with_pinyin_glosses_and_a_page_jump_box_goes():
    bar = "頁(yè)面功能 【 】【打印】 【關(guān)閉】    跳轉(zhuǎn)到頁(yè)"
    kept, removed, _ = run_rule("widget", ["某區召開全會", bar, ZH, ZH, ZH])
    assert [t for _, t in removed] == [bar]
    kept, removed, _ = run_rule("widget", [ZH, ZH, "【字體：大 中 小】 打印本頁", "關閉窗口"])
    assert [t for _, t in removed] == ["【字體：大 中 小】 打印本頁", "關閉窗口"]
    # a sentence that speaks of closing or printing stays
    line = "會議決定關閉(guān)三家小企業並打印名冊。"
    kept, removed, _ = run_rule("widget", ["某區召開全會", line, ZH])
    assert removed == []


def test_a_document_share_previews_stat_lines_go():
    stats = ["免费", "2023-03-09", "1200+", "356.5KB", "共 12 页", "举报"]
    kept, removed, _ = run_rule("share-stats", ["关于某项工作的总结", *stats, "关于某项工作的总结", ZH])
    assert [t for _, t in removed] == stats and kept[-1] == ZH
    # numbers and words alone, or a run without a file size or a page count, stay
    lines = ["关于某项工作的总结", "2023-03-09", "1200", "收藏", ZH]
    kept, removed, _ = run_rule("share-stats", lines)
    assert removed == []
    kept, removed, _ = run_rule("share-stats", ["关于某项工作的总结", "12 页", ZH, "下载", ZH])
    assert removed == []


def test_a_byline_with_a_mirrors_host_and_a_glossed_source_goes():
    byline = "2009年3月2日 08:15    news.example.cn    某縣網(wǎng) "
    kept, removed, _ = run_rule("bare-timestamp", ["某縣召開全會", byline, ZH, ZH])
    assert [t for _, t in removed] == [byline]
    # three words after the time are a sentence's, not a byline's
    line = "2009年3月2日 08:15 會議 在 縣城 召開"
    kept, removed, _ = run_rule("bare-timestamp", ["某縣召開全會", line, ZH])
    assert removed == []


def test_a_printed_pages_catalogue_value_under_its_label_is_no_start_of_the_article():
    from pipeline.clean import clean_text
    title = "某市人民政府關于做好就業工作的實施意見"
    body = ["首頁 政務公開 政務服務", "", "名稱：", title, "文號：", "某府〔2022〕9號", "", title[:12], title[12:], "",
            "某府〔2022〕9號", ZH, ZH, ZH]
    lines = ["3/1/26, 9:15 AM", "", title + "_市政府文件", ""] + body + ["", "https://portal.example/c/9.html", "", "1/1", ""]
    cleaned = clean_text("\n".join(lines))
    kept = [t for t in cleaned.lines if t.strip()]
    assert kept[0] == title[:12] and "文號：" not in kept and kept.count("某府〔2022〕9號") == 1
