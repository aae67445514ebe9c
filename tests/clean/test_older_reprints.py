"""Chrome of older portals and content sites reprinting a 1980s report (issue #11): a site's name
as a text banner, a breadcrumb with a mark after every item, an editor's blurb, a byline whose time
label carries no date. Made-up variants beside what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

TITLE = "某某年政府工作报告"


@pytest.mark.parametrize("rule, lines, kept", [
    # the site's name over the headline: with its description after a separator, or short alone
    ("site-name", ["某某网--中国法律信息搜索网", TITLE, PROSE], [TITLE, PROSE]),
    ("site-name", ["某某网 | 新闻门户", TITLE, PROSE], [TITLE, PROSE]),
    ("site-name", ["中国政府网", "", TITLE, PROSE], ["", TITLE, PROSE]),
    # a headline ending in 网 (no separator, longer than a bare name), a lone line, a later line stay
    ("site-name", ["关于加快农村电网", "改造升级的意见", PROSE], ["关于加快农村电网", "改造升级的意见", PROSE]),
    ("site-name", ["中国政府网"], ["中国政府网"]),
    ("site-name", [TITLE, "某某网--中国法律信息搜索网", PROSE], [TITLE, "某某网--中国法律信息搜索网", PROSE]),
    # a breadcrumb that prints its mark after every item, the last one too
    ("breadcrumb", ["某某啦>实用范文>报告总结>工作报告>", "", TITLE, PROSE], ["", TITLE, PROSE]),
    ("breadcrumb", ["收入>支出>", TITLE, PROSE], ["收入>支出>", TITLE, PROSE]),
    # an editor's blurb over the reposted text
    ("editor-blurb", ["想知道某某年的政府工作报告吗?下面某某小编给大家分享,一起看一下吧!", TITLE, PROSE],
     [TITLE, PROSE]),
    ("editor-blurb", [TITLE, "以下是本站为大家整理的某某年政府工作报告,欢迎阅读。", PROSE], [TITLE, PROSE]),
    # the same words deeper than the head, or a long paragraph, stay
    ("editor-blurb", [TITLE] + [PROSE] * 20 + ["下面小编给大家分享一些经验。"],
     [TITLE] + [PROSE] * 20 + ["下面小编给大家分享一些经验。"]),
    ("editor-blurb", [TITLE, PROSE2 + "我们要为大家带来更多实惠。" + PROSE * 2], [TITLE, PROSE2 + "我们要为大家带来更多实惠。" + PROSE * 2]),
])
def test_rule(rule, lines, kept):
    assert run_rule(rule, lines)[0] == kept


def test_a_time_label_without_a_date_records_no_publication_date():
    kept, removed, prov = run_rule("page-meta", [TITLE, "时间: 某某916 分享", PROSE])
    assert prov.published == ""
    kept, removed, prov = run_rule("page-meta", [TITLE, "时间: 2019-03-07", PROSE])
    assert prov.published == "2019-03-07"
