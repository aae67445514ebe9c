"""Round 19 (zh) chrome: made-up variants of what check set 15's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某县2020年政府工作报告"


# link-list: a portal's bulleted list of links to other sites over the headline
def test_a_list_of_linked_governments_goes():
    links = [f"- {name}人民政府" for name in ("甲市", "乙市", "丙市", "丁市", "戊市", "己市")]
    kept, removed, _ = run_rule("link-list", links + [HEADLINE, PROSE, PROSE2])
    assert [t for _, t in removed] == links and kept[0] == HEADLINE


def test_a_list_of_linked_sites_with_blank_lines_between_goes():
    links = ["• 某某省统计局网站", "", "• 某某市统计局网站", "• 某某县统计局网站", "• 某某区统计局网站", "• 某某镇统计局网站"]
    kept, removed, _ = run_rule("link-list", [HEADLINE, PROSE, PROSE2] + links)
    assert len(removed) == 5


def test_a_bulleted_list_of_tasks_stays():
    tasks = ["- 抓好春耕生产", "- 稳定粮食面积", "- 推进乡村建设", "- 改善人居环境", "- 做好防汛准备"]
    assert run_rule("link-list", tasks + [HEADLINE, PROSE, PROSE2])[1] == []


def test_four_linked_names_are_too_few():
    links = [f"- {name}人民政府" for name in ("甲市", "乙市", "丙市", "丁市")]
    assert run_rule("link-list", links + [HEADLINE, PROSE, PROSE2])[1] == []


# catalogue-run: a catalogue box one cell a line, labels without colons
def test_a_catalogue_box_one_cell_a_line_goes():
    box = ["索引号", "000123456/2024-00001", "文件类型", "政府文件", "发文单位", "某某办公室", "效力状态", "有效"]
    kept, removed, _ = run_rule("catalogue-run", [HEADLINE, ""] + box + ["", PROSE, PROSE2])
    assert [t for _, t in removed] == box and HEADLINE in kept


def test_a_lone_field_name_over_a_line_stays():
    lines = [HEADLINE, "名称", "某某县城市管理办法", PROSE, PROSE2]
    assert run_rule("catalogue-run", lines)[1] == []


def test_a_field_name_over_a_sentence_keeps_the_sentence():
    lines = ["索引号", "000123456/2024-00001", "发布日期", "2024-01-02", "文件类型", "为了规范管理，制定本办法。", PROSE, PROSE2]
    kept, removed, _ = run_rule("catalogue-run", lines)
    assert "为了规范管理，制定本办法。" in kept and "000123456/2024-00001" not in kept


# share-stats: a document-sharing site's listing facts run together on one line
def test_a_one_line_row_of_file_facts_goes_with_its_buttons():
    lines = [HEADLINE, "VIP专免", "2023-05-06 888+ 21.5KB 7 页 海报", "侵权投诉", PROSE, PROSE2]
    kept, removed, _ = run_rule("share-stats", lines)
    assert [t for _, t in removed] == lines[1:4]


def test_a_year_and_a_page_count_in_a_sentence_stay():
    lines = [HEADLINE, "2023 年 7 页", "全文共 7 页", PROSE, PROSE2]
    assert run_rule("share-stats", lines)[1] == []


# page-meta: a counter worded 'times looked at'
def test_a_looked_at_counter_goes():
    lines = [HEADLINE, "2022-05-16", "查看次数:1234", PROSE, PROSE2]
    kept, removed, _ = run_rule("page-meta", lines)
    assert "查看次数:1234" in [t for _, t in removed]


# widget: an app page's tab and the digest's label
@pytest.mark.parametrize("line", ["详情", "导读"])
def test_an_app_tab_or_a_digest_label_goes(line):
    kept, removed, _ = run_rule("widget", [line, HEADLINE, PROSE, PROSE2])
    assert [t for _, t in removed] == [line]


# site-channel: the site's name and its channel over the headline
def test_the_sites_name_and_channel_over_the_headline_go():
    lines = ["某某区人民政府", "", "政府信息公开", "", "某某区人民政府关于印发工作要点的通知", PROSE, PROSE2]
    kept, removed, _ = run_rule("site-channel", lines)
    assert [t for _, t in removed] == ["某某区人民政府", "政府信息公开"] and lines[4] in kept


def test_an_issuer_over_its_document_number_stays():
    lines = ["某某区人民政府", "某政发〔2024〕1号", "某某区人民政府关于印发工作要点的通知", PROSE, PROSE2]
    assert run_rule("site-channel", lines)[1] == []


# repeated-title: a title wrapped over three lines under the headline stays for the title block
def test_a_title_wrapped_over_three_lines_under_its_headline_stays():
    headline = "某某区2020年国民经济和社会发展计划执行情况的报告"
    lines = [headline, "某某区2020年国民经济", "和社会发展计划执行", "情况的报告", PROSE, PROSE2]
    assert run_rule("repeated-title", lines)[1] == []


def test_a_short_title_under_its_headline_still_goes():
    lines = [HEADLINE, "政府工作报告", PROSE, PROSE2]
    assert [t for _, t in run_rule("repeated-title", lines)[1]] == ["政府工作报告"]


# summary-copy: a document-preview page's auto summary in Chinese over the text layer
BODY = ("各位代表：现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。"
        "一、过去一年工作回顾过去的一年是全县发展进程中极不平凡的一年，我们在县委的坚强领导下，坚持稳中求进工作总基调，"
        "统筹推进经济社会发展，全县经济运行总体平稳，民生保障持续加强，各项事业取得新的进展。")


def test_a_chinese_preview_summary_over_its_respaced_text_goes():
    summary = "2024年某某县政府工作报告" + BODY[:110]
    text_layer = ["年某某县政府工作报告 2024", BODY[:40], BODY[40:95], "2023 " + BODY[95:160], BODY[160:]]
    kept, removed, _ = run_rule("summary-copy", ["2024年某某县政府工作报告(20240110)", summary] + text_layer)
    assert [t for _, t in removed] == [summary]


def test_a_long_first_paragraph_the_text_does_not_repeat_stays():
    lines = [HEADLINE, BODY, PROSE, PROSE2]
    assert run_rule("summary-copy", lines)[1] == []


# repeated-title: the text's own title whose year a PDF text layer moved onto the next line
def test_a_title_copy_with_its_year_moved_out_stays():
    lines = ["2024年某某县政府工作报告(20240110)", "年某某县政府工作报告", "2024", "各位代表：", PROSE, PROSE2]
    assert run_rule("repeated-title", lines)[1] == []
