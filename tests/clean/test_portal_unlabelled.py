"""Portal chrome without labels or separators (issue #11, second round): a breadcrumb spread one
item per line with no label, and a share card (the headline and a copy of one paragraph, printed
after the article). Made-up words, one phenomenon a case, and for each rule what it must leave
alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某在某地检查指导防汛工作"
PROSE3 = "某某强调，要高度重视重点工程设施防汛排涝和应急工作，完善应急预案，做好周密准备，确保运行安全。"

CASES = [
    # breadcrumb: no label, one item a line, bare separators between them
    ("breadcrumb", ["首页", ">", "国务院", ">", "某某", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["网站首页", "»", "新闻中心", "»", "部门动态", "»", "正文", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["首页", ">", "要闻", HEADLINE, PROSE], ["首页", ">", "要闻", HEADLINE, PROSE]),   # one '>': no trail
    ("breadcrumb", ["2025", "/", "2026", HEADLINE, PROSE], ["2025", "/", "2026", HEADLINE, PROSE]),
    ("breadcrumb", [PROSE, "甲", ">", "乙", ">", "丙", PROSE2], [PROSE, "甲", ">", "乙", ">", "丙", PROSE2]),  # in the body
    ("breadcrumb", ["收入增长了，", ">", "支出", ">", "结余", HEADLINE, PROSE],
     ["收入增长了，", ">", "支出", ">", "结余", HEADLINE, PROSE]),             # a clause is no crumb
    # breadcrumb: no label and no separators, from the home page (the site's name may stand before it)
    ("breadcrumb", ["某某市人民政府", "首页", "政务公开", "政府工作报告", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["网站首页", "新闻中心", "部门动态", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["首页", "要闻", HEADLINE, PROSE], ["首页", "要闻", HEADLINE, PROSE]),          # one column: too little
    ("breadcrumb", [HEADLINE, "某某市人民政府", "某某市统计局", PROSE],
     [HEADLINE, "某某市人民政府", "某某市统计局", PROSE]),                                        # no home page: a byline
    ("breadcrumb", ["首页", "新闻中心", "要闻", "国务院召开常务会议，部署工作", PROSE],
     ["国务院召开常务会议，部署工作", PROSE]),                                                    # a headline ends the trail
    ("breadcrumb", [PROSE, "首页", "政务公开", "统计数据", PROSE2], [PROSE, "首页", "政务公开", "统计数据", PROSE2]),
    # breadcrumb: a news site's two-item trail from its own name
    ("breadcrumb", ["人民网>>时政", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["某某省人民政府 » 要闻", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["收入>>支出", HEADLINE, PROSE], ["收入>>支出", HEADLINE, PROSE]),     # no site's name first
    ("breadcrumb", [PROSE, "人民网>>时政", PROSE2], [PROSE, "人民网>>时政", PROSE2]),   # in the body
    # widget: a read-aloud button and the font-size words of news sites
    ("widget", [HEADLINE, "小字号", "点击播报本文，约", PROSE], [HEADLINE, PROSE]),
    ("widget", [HEADLINE, "语音播报全文 3分钟", PROSE], [HEADLINE, PROSE]),
    ("widget", [HEADLINE, "点击播报本文的做法值得推广", PROSE], [HEADLINE, "点击播报本文的做法值得推广", PROSE]),
    # font-size-widget: no label, each size in its brackets
    ("font-size-widget", [HEADLINE, "【大】【中】【小】", PROSE], [HEADLINE, PROSE]),
    ("font-size-widget", [HEADLINE, "[ 大 ] [ 中 ] [ 小 ]", PROSE], [HEADLINE, PROSE]),
    ("font-size-widget", [HEADLINE, "【图】【文】", PROSE], [HEADLINE, "【图】【文】", PROSE]),       # not sizes
    ("font-size-widget", [HEADLINE, "【大】", PROSE], [HEADLINE, "【大】", PROSE]),                 # one word
    ("font-size-widget", [PROSE, "【大】【中】【小】", PROSE2], [PROSE, "【大】【中】【小】", PROSE2]),  # in the body
    # page-meta: the short editor label in brackets; share-link: a news site's share prompt
    ("page-meta", [PROSE, "(责编：某某、某某)"], [PROSE]),
    ("share-link", [PROSE, "分享让更多人看到"], [PROSE]),
    # photo-caption: a bare name as credit, a line that says what the picture shows
    ("photo-caption", [HEADLINE, "图为市长某某在会上作政府工作报告。某某 摄", PROSE], [HEADLINE, PROSE]),
    ("photo-caption", [HEADLINE, "上图：某某大桥建成通车", PROSE], [HEADLINE, PROSE]),
    ("photo-caption", [HEADLINE, "【图】会议现场", PROSE], [HEADLINE, PROSE]),
    ("photo-caption", [PROSE, "如图为例，我们看到全市的增长趋势。", PROSE2], [PROSE, "如图为例，我们看到全市的增长趋势。", PROSE2]),
    ("photo-caption", [PROSE, "图1 全市生产总值及其增长速度", PROSE2], [PROSE, "图1 全市生产总值及其增长速度", PROSE2]),
    ("photo-caption", [PROSE, "请各地于月底前报送拍摄计划。", PROSE2], [PROSE, "请各地于月底前报送拍摄计划。", PROSE2]),
    ("photo-caption", ["这是一段很长的正文，" * 16 + "大会开幕。张三 摄"], ["这是一段很长的正文，" * 16 + "大会开幕。"]),  # the credit alone
    # share-card: after the article, the headline again and a copy of one paragraph
    ("share-card", [HEADLINE, PROSE, PROSE3, "扫一扫在手机打开当前页", "相关稿件", "某某部署防汛工作", HEADLINE, PROSE3, "回到", "顶部"],
     [HEADLINE, PROSE, PROSE3, "扫一扫在手机打开当前页", "相关稿件", "某某部署防汛工作", "回到", "顶部"]),
    ("share-card", [HEADLINE, PROSE, PROSE3, "责任编辑：某某", PROSE3],
     [HEADLINE, PROSE, PROSE3, "责任编辑：某某"]),                            # without the headline: the copy alone
    ("share-card", [HEADLINE, PROSE, PROSE3, "某某部署防汛工作", PROSE3],
     [HEADLINE, PROSE, PROSE3, "某某部署防汛工作"]),                          # the line above is no headline: stays
    ("share-card", [HEADLINE, PROSE, PROSE3, PROSE2], [HEADLINE, PROSE, PROSE3, PROSE2]),   # a closing that repeats nothing
    ("share-card", [HEADLINE, PROSE3, PROSE] + [PROSE2] * 12 + [PROSE3, PROSE],
     [HEADLINE, PROSE3, PROSE] + [PROSE2] * 12 + [PROSE3]),                  # only the last line repeats and is last prose
    ("share-card", [HEADLINE, PROSE, PROSE3, PROSE3, PROSE2],
     [HEADLINE, PROSE, PROSE3, PROSE3, PROSE2]),                              # a repeat the article goes on after
    ("share-card", ["Title", "The committee met on Monday and agreed the plan for the whole year.",
                    "The committee met on Monday and agreed the plan for the whole year."],
     ["Title", "The committee met on Monday and agreed the plan for the whole year.",
      "The committee met on Monday and agreed the plan for the whole year."]),   # Chinese portals' card only
]


@pytest.mark.parametrize("rule, lines, kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, lines, kept):
    assert run_rule(rule, lines)[0] == kept


def test_the_share_card_no_longer_hides_the_footer_from_the_tail_rules():
    from pipeline.clean import clean_text

    text = "\n".join([HEADLINE, PROSE, PROSE3, "【我要纠错】", "扫一扫在手机打开当前页", "相关稿件", "某某部署防汛工作",
                      HEADLINE, PROSE3, "回到", "顶部"])
    kept = list(clean_text(text).lines)
    assert len(kept) == 3 and kept[0] == HEADLINE and kept[2] == PROSE3
