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
