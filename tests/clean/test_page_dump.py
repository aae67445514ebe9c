"""A web page dumped as text (html2text and the like) whose footer and notices are not the
document: variants of an encyclopedia page's layout with other words and other separators."""
from __future__ import annotations

from pipeline.clean import clean_text, normalise_line
from .helpers import PROSE, PROSE2, run_rule

P1, P2 = normalise_line(PROSE), normalise_line(PROSE2)   # as the typography rules leave them


def kept(lines: list[str]) -> list[str]:
    cleaned = clean_text("\n".join(lines), source_file="t.txt")
    return [line.strip() for line in cleaned.lines if line.strip()]


def test_a_notice_ending_with_a_details_link_is_dropped_anywhere():
    lines = [PROSE, " * 关闭 说明：本站条目人人可改，修改免费，谨防上当受骗。详情>>", PROSE2]
    assert run_rule("more-link", lines)[0] == [PROSE, PROSE2]
    lines = [PROSE, "New members get the guide for free, see the page for details. Read more »", PROSE2]
    assert run_rule("more-link", lines)[0] == [PROSE, PROSE2]


def test_a_sentence_that_only_mentions_details_stays():
    lines = [PROSE, "具体办法详见附件，更多情况请向有关部门咨询。", PROSE2]
    assert run_rule("more-link", lines)[0] == lines


def test_a_share_line_is_measured_without_its_empty_anchors():
    line = "收藏 <> 赞 <> 登录 <> 分享  <>  <>  <>  <>  <>  <> 分享到朋友圈打开手机“扫一扫”即可将本网页分享给朋友"
    assert len(line) > 60   # longer than a share line, only by its anchors
    assert run_rule("share-link", [PROSE, line])[0] == [PROSE]


def test_a_page_footer_with_labels_between_links_is_dropped():
    # other separators than the page the rules were written on: '›' crumbs, '｜' links
    lines = ["某条目_某百科", " * 首页 <https://a.example/> › 分类 <https://a.example/c> › 条目 <https://a.example/i>",
             "某条目", PROSE, PROSE2,
             "标签：甲类，乙类，丙类",
             "相册 某条目相册",
             "<https://a.example/pic/1?from=item&ct=single>",
             " * 浏览次数：12次",
             "<https://a.example/history/1>",
             "  贡献者榜", "",
             " * × ", "<https://a.example/user?u=1&from=item>",
             " * × ", "<https://a.example/user?u=2&from=item>",
             "本人贡献",
             "<https://a.example/help?id=3&c=4>",
             "帮助 <https://a.example/help> ｜ 反馈 <https://a.example/fb> ｜ 关于 <https://a.example/about>"]
    assert kept(lines) == ["某条目", P1, P2]


def test_link_only_lines_do_not_use_up_the_tail():
    links = [f"<https://a.example/u?id={n}&c=1>" for n in range(70)]
    lines = [PROSE, PROSE2, *links, "  贡献者榜", *links]
    assert kept(lines) == [P1, P2]


def test_a_short_closing_line_after_the_text_stays():
    lines = [PROSE, PROSE2, "某某县人民政府办公室", "<https://a.example/print>"]
    assert kept(lines) == [P1, P2, "某某县人民政府办公室"]


def test_a_contents_label_whose_link_list_was_removed_goes_too():
    lines = ["某条目", PROSE, "", "目录", "",
             " * 1 概述 <https://a.example/i#1> ", " * 2 历史 <https://a.example/i#2> ",
             " * ▪ 早期 <https://a.example/i#2_1> ", " * 3 现状 <https://a.example/i#3> ",
             "某条目概述", PROSE2]
    assert kept(lines) == ["某条目", P1, "某条目概述", P2]


def test_a_contents_list_with_dot_leaders_and_page_numbers_goes_and_the_first_heading_stays():
    # a plan's contents printed with leaders and page numbers, the first heading right after it
    lines = ["某某规划", "目　　录", "一、总体要求……………………1", "二、主要任务……………………3",
             "（一）产业发展………………3", "三、保障措施 ........ 8",
             "一、总体要求", PROSE, "二、主要任务", PROSE2, "（一）产业发展", PROSE + "再做补充。", "三、保障措施", PROSE2 + "完。"]
    assert run_rule("contents-box", lines)[0] == ["某某规划"] + lines[6:]
