"""Cleaning rules the unseen13 round (issue #11, xxn1-xxn8: work reports of other years on portals,
news and yearbook sites, a document-sharing site) prompted: made-up variants of each phenomenon,
and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

HEADLINE = "某某县2019年政府工作报告"


def test_a_column_label_over_a_headline_ending_in_it_and_a_byline_goes():
    kept, removed, _ = run_rule("column-label", ["通知公告", "某某市关于开展某某检查的通知公告", "发布时间：2020-05-06", PROSE])
    assert [t for _, t in removed] == ["通知公告"]
    kept, removed, _ = run_rule("column-label", ["政府工作报告", HEADLINE, "来源: 发布时间: 2019-02-14", PROSE])
    assert [t for _, t in removed] == ["政府工作报告"]
    # no byline under the headline, or a headline that does not end in the label: it stays
    kept, removed, _ = run_rule("column-label", ["政府工作报告", HEADLINE, PROSE])
    assert removed == []
    kept, removed, _ = run_rule("column-label", ["工作报告", "某某县2019年工作要点", "发布时间：2019-02-14", PROSE])
    assert removed == []


def test_a_document_viewers_buttons_and_page_counter_go():
    for line in ("下载文档原格式", "/ 32", "1 / 32"):
        kept, removed, _ = run_rule("widget", [line, HEADLINE, PROSE])
        assert [t for _, t in removed] == [line], line
    kept, removed, _ = run_rule("widget", ["3/4", HEADLINE, PROSE])   # a fraction alone is the text's own?
    assert [t for _, t in removed] == ["3/4"]   # (at the edge, a bare n/N is a viewer's counter: it goes)


def test_site_notices_numbered_twice_go_and_a_numbered_list_of_the_text_stays():
    notices = ["1. 1、下载前请确认文档内容是否完整，平台不提供另外的编辑服务。", "2. 2、预览不全的文档可联系客服申请退款。"]
    kept, removed, _ = run_rule("twice-numbered-notices", [HEADLINE] + notices + ["政府工作报告", PROSE])
    assert [t for _, t in removed] == notices
    own = ["1. 1、全年地区生产总值增长百分之六。", "2. 2、财政收入增长百分之五。"]   # no word of a site's service
    kept, removed, _ = run_rule("twice-numbered-notices", [HEADLINE] + own + [PROSE])
    assert removed == []
    single = ["1、下载文档前请确认内容。", "2、预览不全可联系客服。"]   # numbered once: a list of the text's own
    kept, removed, _ = run_rule("twice-numbered-notices", [HEADLINE] + single + [PROSE])
    assert removed == []


def test_a_line_repeating_a_trail_item_goes_after_the_trail_and_the_last_item_stays():
    from pipeline.clean import clean_text
    text = "\n".join(["当前位置:某某网  /  史志  /  年鉴  /  2010卷  /  专载", "", "2010卷", "", HEADLINE, PROSE])
    kept = [t for t in clean_text(text).lines if t.strip()]
    assert kept[0] == HEADLINE and "2010卷" not in kept
    # a line naming a trail item further down the text stays (only the top lines are read)
    more = "全县上下团结一心，攻坚克难，各项事业取得了新的进展，人民生活水平稳步提高。"
    text = "\n".join(["当前位置:某某网  /  年鉴  /  2010卷  /  专载", HEADLINE, PROSE, "2010卷", more])
    kept = [t for t in clean_text(text).lines if t.strip()]
    assert kept[0] == HEADLINE and "2010卷" in kept


def test_bullets_come_off_a_title_block_set_as_a_list_when_the_second_line_is_a_dateline():
    kept, removed, _ = run_rule("bulleted-title-block", ["  • 政府工作报告", "  • ——2010年2月1日在某某市第三届人民代表大会第五次会议上", PROSE])
    assert kept[:2] == ["政府工作报告", "——2010年2月1日在某某市第三届人民代表大会第五次会议上"]
    # a list of links at the top stays a list
    kept, removed, _ = run_rule("bulleted-title-block", ["• 政府工作报告", "• 政府信息公开指南", PROSE])
    assert kept[:2] == ["• 政府工作报告", "• 政府信息公开指南"] and removed == []



def test_a_worded_font_size_label_and_a_topic_label_in_the_byline_go():
    for line in ("定義你的瀏覽字號:", "定义您的浏览字号：", "字號："):
        kept, removed, _ = run_rule("font-size-widget", [line, HEADLINE, PROSE])
        assert [t for _, t in removed] == [line], line
    from pipeline.clean import clean_text
    text = "\n".join([HEADLINE, "某某网  2008年03月19日 13:49  来源：某某社", "專題:2008年全國兩會", PROSE])
    kept = [t for t in clean_text(text).lines if t.strip()]
    assert kept[0] == HEADLINE and not any("兩會" in t for t in kept[:2])
    # a sentence about a special topic inside the text stays
    text = "\n".join([HEADLINE, PROSE, "专题：本次会议研究了某某工作，会议认为，要进一步抓好落实。", PROSE])
    assert any(t.startswith("专题") for t in clean_text(text).lines)


def test_a_traditional_related_box_and_copyright_footer_go():
    from pipeline.clean import clean_text
    text = "\n".join([HEADLINE, PROSE, "相關新聞：", "· 某某市召開年度工作會議", "· 某某縣舉行項目集中開工儀式",
                      "版權所有 某某新聞網 未經授權禁止轉載"])
    cleaned = clean_text(text)
    kept = [t for t in cleaned.lines if t.strip()]
    assert kept == [HEADLINE, PROSE.replace(",", "，")]
    assert cleaned.provenance.site == "某某新聞網"   # the site's name, without the notice's words
