"""Cleaning rules the unseen12 round (issue #11, xxp1-xxp8: Chinese government portal pages with
their chrome, 2010-2025, county to national sites and a Traditional-script page) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text

from .helpers import PROSE, run_rule

HEADLINE = "某某县召开年度经济工作会议部署全年重点任务"


def _kept(lines: list[str]) -> list[str]:
    return [t for t in clean_text("\n".join(lines)).lines if t.strip()]


def test_a_date_bar_a_skip_link_an_access_key_and_a_read_aloud_button_are_furniture():
    for line in ("今天是:", "今天是：2021年3月2日 星期二", "跳到主要內容", ":::", "语音阅读", "详细信息"):
        kept, removed, _ = run_rule("widget", [line, HEADLINE, PROSE])
        assert [t for _, t in removed] == [line], line
    # inside the text a sentence that opens with the words stays
    kept, removed, _ = run_rule("widget", [HEADLINE, "今天是全县人民的节日，大家欢聚一堂。", PROSE])
    assert removed == []


def test_a_bulletins_date_label_makes_its_meta_line_a_byline():
    cleaned = clean_text("\n".join([HEADLINE, "刊发日期:2019-05-06 阅读次数: 作者:  语音阅读:", PROSE]))
    assert [t for t in cleaned.lines if t.strip()] == [HEADLINE, PROSE.replace(",", "，")]
    assert cleaned.provenance.published == "2019-05-06"


def test_a_glued_location_bar_and_an_edition_line_over_the_headline_go():
    for line in ("某某市政协政协要闻正文", "3:综合新闻总第56期 >2019-04-02编印", "第A2版：要闻"):
        kept, removed, _ = run_rule("location-bar", [line, HEADLINE, PROSE])
        assert [t for _, t in removed] == [line], line
    # a headline naming an issue or ending in a meeting stays; so does a line further down
    for line in ("全市第5期青年干部培训班开班", "某某报告正文解读要点在会上发布，会议强调"):
        kept, removed, _ = run_rule("location-bar", [line, PROSE])
        assert removed == [], line
    kept, removed, _ = run_rule("location-bar", [HEADLINE, PROSE, PROSE, "附件正文"])
    assert removed == []


def test_section_names_over_a_dated_headline_go_and_a_minguo_date_with_them():
    kept, removed, _ = run_rule("section-names", ["新聞稿", "本部新聞", "112年05月20日", "部長出席某某論壇 盼深化區域合作", PROSE])
    assert [t for _, t in removed] == ["新聞稿", "本部新聞", "112年05月20日"]
    kept, removed, _ = run_rule("section-names", ["要闻动态", "2022年3月1日", HEADLINE, PROSE])
    assert [t for _, t in removed] == ["要闻动态"]   # a common-era date stays for the title block
    # a short title over its date and the salutation is the document's own
    kept, removed, _ = run_rule("section-names", ["政府工作报告", "2024年1月5日", "各位代表：", PROSE])
    assert removed == []


def test_an_in_body_title_over_two_lines_is_not_taken_for_the_short_form():
    lines = ["某某局2020年度整体支出 绩效评价报告", "某某局2020年度整体支出", "绩效评价报告", PROSE]
    kept, removed, _ = run_rule("repeated-title", lines)
    assert removed == []
    kept, removed, _ = run_rule("repeated-title", ["2026年某某县政府工作报告", "政府工作报告", PROSE])
    assert [t for _, t in removed] == ["政府工作报告"]


def test_a_trail_split_after_its_first_item_goes_whole():
    lines = ["当前页面:首页", "> 新闻中心 > 2024专题 > 会议动态", HEADLINE, PROSE]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == lines[:2]
    # a line with a sentence after a mark is no trail's rest
    lines = ["当前位置：首页", "> 本文转载自某某日报，原题为某某县召开会议", PROSE]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == lines[:1]


def test_an_image_file_name_where_the_picture_was_goes():
    lines = [HEADLINE, PROSE, "IMG_20240101_0931.JPG", PROSE, "微信图片_20240101.png", PROSE]
    kept, removed, _ = run_rule("image-file-name", lines)
    assert [t for _, t in removed] == ["IMG_20240101_0931.JPG", "微信图片_20240101.png"]
    # a sentence naming a file stays
    kept, removed, _ = run_rule("image-file-name", [HEADLINE, "详见附图 map.png", "附件：平面图.jpg。", PROSE])
    assert removed == []
