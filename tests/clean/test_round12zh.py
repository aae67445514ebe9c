"""Cleaning rules the round12zh round (issue #11, check set 9's Chinese half, xxc) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean import BOILERPLATE_RULES
from pipeline.clean.page import Page

from .helpers import run_rule

ZH = "本年度全区完成地区生产总值一百二十亿元，比上年增长百分之九，各项民生事业稳步推进。"


def test_an_ascii_arrow_breadcrumb_goes():
    crumb = "首页 -> 新闻中心 -> 通知公告"
    kept, removed, _ = run_rule("breadcrumb", [crumb, "某区关于某项工作的通知", ZH, ZH])
    assert [t for _, t in removed] == [crumb]
    # an arrow inside a sentence stays
    line = "流程为申请 -> 审核 -> 办结，全程网上办理。"
    kept, removed, _ = run_rule("breadcrumb", ["某区关于某项工作的通知", line, ZH])
    assert removed == []


def test_an_empty_visit_counter_goes():
    kept, removed, _ = run_rule("page-meta", ["某县工作总结", "访问:次", ZH, ZH])
    assert [t for _, t in removed] == ["访问:次"]


def test_a_link_line_to_more_items_of_the_kind_goes():
    link = "点击查看更多往年工作报告"
    kept, removed, _ = run_rule("more-link", ["某市政府工作报告", ZH, link, ZH])
    assert [t for _, t in removed] == [link]
    # a sentence that speaks of clicking stays
    line = "群众点击查看更多服务事项，办理更加便捷。"
    kept, removed, _ = run_rule("more-link", ["某市政府工作报告", line, ZH])
    assert removed == []


def test_a_browser_title_with_the_sites_motto_loses_its_suffix():
    kept, removed, _ = run_rule("page-title", ["某市政府工作报告_某某新闻网——全国新闻门户", ZH])
    assert kept[0] == "某市政府工作报告"


def test_a_double_spaced_contents_box_goes_whole():
    box = ["目  录", "", "第一章   总   则", "", "第二章   组织机构", "", "第三章   监督管理", "", "第四章   附   则", ""]
    lines = ["某市物业管理条例", "", *box, "第一章 总 则", "", "第一条  为了规范物业管理活动，制定本条例。", "", ZH]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed] == [t for t in box if t]
    # short lines of text after a label, with no entry repeated and no numbering, stay
    lines = ["目录", "", "本月要点", "", "通知一则", "", ZH, "", ZH]
    kept, removed, _ = run_rule("contents-box", lines)
    assert "本月要点" not in [t for _, t in removed]



def _meta_then_echo(lines):
    """page-meta, then byline-echo (the echo needs the byline's recorded source and date)."""
    rules = dict(BOILERPLATE_RULES)
    page = Page.from_text("\n".join(lines))
    page = rules["page-meta"](replace(page, rule="page-meta"))
    page = rules["byline-echo"](replace(page, rule="byline-echo"))
    return [r.text for r in page.removed if r.rule == "byline-echo"]


def test_the_bylines_source_and_date_again_unlabelled_go():
    byline = "时间:2021年03月02日来源:某某市发展改革委"
    echo = "某某市发展改革委 2021年03月02日"
    assert _meta_then_echo(["某市关于某项工作的公告", byline, echo, ZH, ZH]) == [echo]
    # another name, another day, or a word more stays
    for line in ("某某市财政局 2021年03月02日", "某某市发展改革委 2021年03月05日", "某某市发展改革委 2021年03月02日 印发"):
        assert _meta_then_echo(["某市关于某项工作的公告", byline, line, ZH, ZH]) == []
    # with no byline, an issuer and date line stays
    assert _meta_then_echo(["某市关于某项工作的公告", echo, ZH, ZH]) == []
