"""Cleaning rules the round13zh round (issue #11, check set 10's Chinese half, yq) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

ZH = "本年度全区完成地区生产总值一百二十亿元，比上年增长百分之九，各项民生事业稳步推进。"


def test_a_bullet_menu_at_the_head_goes():
    bar = ["- 本站首页", "- 城市概况", "- 招商引资", "- 文化旅游", "- 办事大厅"]
    kept, removed, _ = run_rule("nav-menu", bar + ["某县关于某项工作的通知", ZH, ZH])
    assert [t for _, t in removed] == bar
    # three bullets may be the document's own short list; a bullet with a sentence stays
    short = ["- 城市概况", "- 招商引资", "- 文化旅游"]
    kept, removed, _ = run_rule("nav-menu", short + [ZH, ZH])
    assert removed == []
    mixed = ["- 城市概况", "- 招商引资", "- 加快推进重点项目建设。", "- 文化旅游", ZH]
    kept, removed, _ = run_rule("nav-menu", mixed + [ZH])
    assert removed == []
    # a bullet list after the opening text is the document's
    kept, removed, _ = run_rule("nav-menu", ["某县关于某项工作的通知", ZH] + bar + [ZH])
    assert removed == []


def test_a_news_origin_label_opens_a_byline():
    byline = "新闻来源: 某某局 责任编辑: 某某科 发布时间: 2021-05-06 点击量: 321"
    kept, removed, _ = run_rule("page-meta", ["某县关于某项工作的通知", byline, ZH, ZH])
    assert [t for _, t in removed] == [byline]
    # the words inside a sentence stay
    line = "新闻来源：多方核实后方可引用，本文据此整理。"
    kept, removed, _ = run_rule("page-meta", ["某县关于某项工作的通知", ZH, ZH, ZH, ZH, ZH, ZH, line, ZH, ZH, ZH, ZH, ZH, ZH])
    assert line not in [t for _, t in removed]


def test_a_spaced_trail_with_the_headline_glued_on_goes():
    head = "关于某某县城乡供水工作的情况说明"
    crumb = "首页 通知公告 " + head
    kept, removed, _ = run_rule("breadcrumb", [crumb, "", head, ZH, ZH])
    assert [t for _, t in removed] == [crumb]
    assert head in kept
    # a line that only ends like a later line but does not open at the home page stays
    line = "本县情况 " + head
    kept, removed, _ = run_rule("breadcrumb", [line, head, ZH, ZH])
    assert removed == []
