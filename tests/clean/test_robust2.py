"""Rules that held on a document but not on the same document in another form (issue #11, robust2):
an empty line after every line, a `#` before the headline, a hard wrap. Each test runs the rule on
a made-up page in both forms, and on what it must leave alone."""
from __future__ import annotations

from pipeline.clean.page import Line, Page, line_gap, worded_span, wrapped_on
from pipeline.clean.zones import HEAD_MAX, head_zone

from .helpers import PROSE, run_rule


def spaced(lines: list[str]) -> list[str]:
    """The page as a paragraph-spaced copy: an empty line after every line."""
    return [x for line in lines for x in (line, "")]


def test_windows_and_spacing_count_lines_of_text_not_empty_lines():
    texts = ["a", "", "b", "", "", "c", "d"]
    assert worded_span(texts, 2) == 3 and worded_span(texts, 3) == 6 and worded_span(texts, 9) == 7
    assert worded_span(texts, 1, start=3) == 6
    assert line_gap(Page.from_text("\n".join(spaced(["a", "b", "c"])))) == 1
    assert line_gap(Page.from_text("a\n\nb\nc")) == 0   # two lines in a row: the copy is not spaced


def test_the_head_zone_reaches_as_far_in_a_spaced_copy():
    chrome = [f"菜单{i}" for i in range(HEAD_MAX + 5)]
    plain = [Line(i + 1, t) for i, t in enumerate(chrome + [PROSE])]
    wide = [Line(i + 1, t) for i, t in enumerate(spaced(chrome) + [PROSE])]
    assert len(head_zone(plain)) == HEAD_MAX
    assert sum(1 for i in head_zone(wide) if wide[i].text) == HEAD_MAX   # the same lines of text
    assert list(head_zone([Line(1, "菜单"), Line(2, ""), Line(3, PROSE)])) == [0, 1]   # prose still ends it


def test_a_headline_marked_with_hashes_is_still_the_page_printed_twice():
    text = ["在某某大会上的讲话", "同志们：这次大会是一次十分重要的会议。", "下面，我先讲三点意见。"]
    for head in ("在某某大会上的讲话", "# 在某某大会上的讲话"):
        kept, removed, _ = run_rule("page-twice", [head] + text[1:] + text)
        assert [t for _, t in removed] == text, head
    # what stays: a headline printed again over other text
    kept, removed, _ = run_rule("page-twice", ["# 某某法"] + text[1:] + ["某某法", "第一条 为了规范某某工作，制定本法。", PROSE])
    assert removed == []


def test_a_list_exported_catalogue_box_goes_in_a_spaced_copy_too():
    box = ["  • 索引号:", "", "    6107280000/2024-001005", "  • 发文机构:", "", "    县政府办公室",
           "  • 发文字号:", "", "    镇政发〔2024〕7号", "某某县人民政府工作规则", PROSE]
    for lines in (box, spaced(box)):
        kept, removed, _ = run_rule("meta-box", lines)
        assert [t for _, t in removed if t.strip()] == [t for t in box[:9] if t.strip()]


def test_a_site_slogan_couplet_goes_in_a_spaced_copy_too():
    page = ["三八奇趣网", "汇聚全球精彩分享", "领您探索未知国度", "", "某某新闻发布会答记者问", PROSE]
    for lines in (page, spaced(page)):
        kept, removed, _ = run_rule("site-name", lines)
        assert [t for _, t in removed] == page[:3]
    # what stays: two equal lines with a blank between in a text that sets lines in a row elsewhere
    kept, removed, _ = run_rule("site-name", ["三八奇趣网", "汇聚全球精彩分享", "", "领您探索未知国度", PROSE, PROSE])
    assert [t for _, t in removed] == ["三八奇趣网"]


def test_a_hard_wrapped_blurb_goes_whole():
    blurb = ["导语：某某工作报告一文来源于网友上传，不代表本站", "观点，欢迎参考。"]
    kept, removed, _ = run_rule("editor-blurb", ["某某工作报告", ""] + blurb + ["", "各位代表：", PROSE])
    assert [t for _, t in removed] == blurb
    # what stays: a short hint's next line (it ended where it stopped), a line after an end mark
    page = Page.from_text("\n".join(["按 CTRL + D 收藏本页", "各位代表："]))
    assert wrapped_on(page, 0) == []
    page = Page.from_text("\n".join(["导语：某某工作报告一文来源于网友上传，欢迎参考。", "各位代表："]))
    assert wrapped_on(page, 0) == []
    page = Page.from_text("\n".join(["导语：某某工作报告一文来源于网友上传，不代表本站", PROSE]))
    assert wrapped_on(page, 0) == []   # a longer line is no wrap's rest


def test_top_windows_reach_as_far_in_the_copys_spacing():
    from pipeline.clean.page import window
    plain = Page.from_text("\n".join(f"行{i}" for i in range(30)))
    wide = Page.from_text("\n".join(spaced([f"行{i}" for i in range(30)])))
    assert window(plain.lines, 10) == 10 and window(wide.lines, 10) == 20
    top = ["某某"] * 6 + ["基于某某项目的数据获取部分", "测试案例1：某某", "保险单_百度百科", PROSE]
    for lines in (top, spaced(top)):   # the browser title under a tool's own lines
        kept, removed, _ = run_rule("page-title", lines)
        assert [t for t in kept if t.strip()][:1] == ["保险单"]
    kept, removed, _ = run_rule("page-title", ["某某"] * 10 + top[6:])   # what stays: one deeper
    assert removed == []


def test_a_catalogue_box_and_a_split_trail_go_in_a_spaced_copy_too():
    box = ["索 引 号：", "014742224A/2023-0043406", "公开方式：", "主动公开", "公开时限：", "常年公开",
           "某某县2022年统计公报", PROSE]
    for lines in (box, spaced(box)):
        kept, removed, _ = run_rule("meta-box", lines)
        assert [t for _, t in removed if t.strip()] == box[:6]
    crumb = ["当前页面:首页", "> 专题专栏 > 2023两会专题 > 人大会议", "区人大代表分组审议区政府工作报告", PROSE]
    for lines in (crumb, spaced(crumb)):
        kept, removed, _ = run_rule("breadcrumb", lines)
        assert [t for _, t in removed if t.strip()] == crumb[:2]


def test_twice_numbered_notices_go_with_their_hard_wrapped_rests():
    notices = ["1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额", "外的编辑、内容补充服务。",
               "2. 2、仅部分预览的文档，不可在线预览部分如存在完整性等问", "题，可反馈申请退款。"]
    kept, removed, _ = run_rule("twice-numbered-notices", ["某某县政府工作报告", ""] + notices + ["", PROSE])
    assert [t for _, t in removed] == notices
    # what stays: one notice alone, wrapped or not
    kept, removed, _ = run_rule("twice-numbered-notices", ["某某县政府工作报告", ""] + notices[:2] + ["", PROSE])
    assert removed == []


def test_a_wikisource_box_line_hard_wrapped_still_goes():
    title = "2012年中華人民共和國全國人民代表大會常務委員會工作報告"
    box = ["2011年全國人民代表大會常務委員會工作報告 2012年中華人民共和國全國人民代表大", "會常務委員會工作報告",
           "2012年3月9日", "2013年全國人民代表大會常務委員會工作報告", "本作品收錄於《中華人民共和國全國人民代表大會常務委員會工作報告》"]
    kept, removed, _ = run_rule("zh-wiki-header", [title, ""] + box + ["", "各位代表：", PROSE])
    assert [t for _, t in removed] == box[:2] + box[3:]
