"""Portal templates the corpus did not show yet (issue #11): the header above the breadcrumb, a
catalogue box of labels and values, a related-documents box under the headline, a leave-site
dialog, a signature date that is not a timestamp. Made-up words, one phenomenon a case, and for
each rule a case it must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某县2022年国民经济和社会发展统计公报"

CASES = [
    # page-header: what stands above the breadcrumb is the site's template
    ("page-header", ["某某县人民政府-", "统计局", "网站无障碍关怀版", "您当前所在位置： 首页>政务公开>统计数据", HEADLINE, PROSE],
     ["您当前所在位置： 首页>政务公开>统计数据", HEADLINE, PROSE]),
    ("page-header", ["2026年政府工作报告", "——2026年1月25日在某省第十四届人民代表大会上", "当前位置：首页 > 要闻",
                     "2026年政府工作报告", PROSE], ["当前位置：首页 > 要闻", "2026年政府工作报告", PROSE]),  # a share box's copy
    ("page-header", [HEADLINE, "某某县统计局", PROSE, "当前位置：首页 > 要闻"],
     [HEADLINE, "某某县统计局", PROSE, "当前位置：首页 > 要闻"]),          # no breadcrumb in the head: nothing
    ("page-header", [HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("page-header", ["政府信息公开 | 政务服务 | 数据开放", "站群导航", "部门网站", "当前位置: 首页 >> 政府信息公开 >> 报告",
                     HEADLINE, PROSE], ["当前位置: 首页 >> 政府信息公开 >> 报告", HEADLINE, PROSE]),
    # breadcrumb: the label in more wordings
    ("breadcrumb", ["您当前所在位置： 首页>政务公开>统计数据", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["当前所在位置：首页 » 新闻", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("breadcrumb", ["某某省人民政府 > 信息公开 > 政府工作报告", HEADLINE, PROSE], [HEADLINE, PROSE]),   # no label
    ("breadcrumb", ["2026>2025>2024", "收入 > 支出", HEADLINE, PROSE], ["2026>2025>2024", "收入 > 支出", HEADLINE, PROSE]),
    ("page-header", ["2026年某某省政府工作报告", "分享到：", "某某省人民政府 » 信息公开 » 政府工作报告", HEADLINE, PROSE],
     ["某某省人民政府 » 信息公开 » 政府工作报告", HEADLINE, PROSE]),
    # meta-box: labels above their values, a value already removed, table rows of TAB-separated cells
    ("meta-box", ["索 引 号：", "014742224A/2023-0043406", "生成日期：", "公开方式：", "主动公开", "责任部门：", "某某县统计局",
                  HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("meta-box", ["索 引 号：\t000014349/2018-00221\t主题分类：\t综合政务", "标　　题：\t国务院办公厅关于某某工作的意见",
                  "发文字号：\t国办发〔2018〕1号\t发布日期：\t2018年12月27日", "主 题 词：\t\t\t", "", "国务院办公厅关于某某工作的意见", PROSE],
     ["", "国务院办公厅关于某某工作的意见", PROSE]),
    ("meta-box", ["发布机构：  某某局  文号：  某发〔2026〕2号  发布日期：  2026-01-02", HEADLINE, PROSE], [HEADLINE, PROSE]),
    ("meta-box", ["各位代表：", PROSE], ["各位代表：", PROSE]),                     # a salutation
    ("meta-box", ["当前位置: 首页 >> 信息公开", "发布机构：", "某某局", "文号：", HEADLINE, PROSE],
     ["当前位置: 首页 >> 信息公开", "发布机构：", "某某局", "文号：", HEADLINE, PROSE]),   # the trail is no field: 2 labels
    ("meta-box", [HEADLINE, "主持人：", "某某", "地点：", "某某会议室", PROSE],
     [HEADLINE, "主持人：", "某某", "地点：", "某某会议室", PROSE]),             # two fields: a byline, not a box
    ("meta-box", [PROSE, "索 引 号：", "0147/2023", "生成日期：", "公开方式：", "主动公开", PROSE2],
     [PROSE, "索 引 号：", "0147/2023", "生成日期：", "公开方式：", "主动公开", PROSE2]),   # in the body
    ("meta-box", ["一、总体要求：", "二、主要任务：", "三、保障措施：", PROSE],
     ["一、总体要求：", "二、主要任务：", "三、保障措施：", PROSE]),                 # numbered lines are not fields
    ("meta-box", ["**索 引 号：**|  000014349/2018-00220| **主题分类：**|  文化、广电、新闻出版\\文化  ", "---|---|---|---  ",
                  "**发文机关：**|  国务院办公厅| **成文日期：**|  2018年12月18日  ", "**主 题 词：**| | |   ", "---|---|---|---  ",
                  "", "国务院办公厅关于某某工作的通知", PROSE], ["", "国务院办公厅关于某某工作的通知", PROSE]),   # html2text's table
    ("meta-box", [HEADLINE, "---|---", PROSE], [HEADLINE, "---|---", PROSE]),        # a ruler alone is no box
    # image-buttons: a markdown dump's icon buttons
    ("image-buttons", [PROSE, "扫一扫在手机打开当前页", "![](http://www.gov.cn/x/sendmail.gif)",
                       "[![](http://www.gov.cn/x/save.gif)](/zhengce/content/1.htm#)"], [PROSE, "扫一扫在手机打开当前页"]),
    ("image-buttons", [PROSE, "![图1 全县生产总值](chart1.jpg)", PROSE2],
     [PROSE, "![图1 全县生产总值](chart1.jpg)", PROSE2]),                          # a figure in the body
    ("image-buttons", [PROSE, "见[统计公报](http://x.cn/1.htm)全文"], [PROSE, "见[统计公报](http://x.cn/1.htm)全文"]),
    # related-box: a label under the headline and its dated items; the byline after them stays
    ("related-box", [HEADLINE, "关联稿件：", "图文解读：《某某县统计公报》 2023-07-12", "政策问答 2023-07-13",
                     "某某县统计局    国家统计局某某调查队", PROSE],
     [HEADLINE, "某某县统计局    国家统计局某某调查队", PROSE]),
    ("related-box", [HEADLINE, "相关稿件", "[12345] 某某会议召开", PROSE], [HEADLINE, PROSE]),   # an id line
    ("related-box", [HEADLINE, "关联稿件：", "某某县统计局", PROSE], [HEADLINE, "某某县统计局", PROSE]),  # undated: not an item
    ("related-box", [PROSE, "相关信息", "某某会议召开 2023-07-12", PROSE2],
     [PROSE, "相关信息", "某某会议召开 2023-07-12", PROSE2]),                       # in the body
    # site-dialog
    ("site-dialog", [PROSE, "X", "您访问的链接即将离开'某某县人民政府网站'是否继续？", "继续访问 放弃"],
     [PROSE, "X", "继续访问 放弃"]),
    ("site-dialog", [PROSE, "我们即将离开旧的发展模式，是否继续观望？不能。", PROSE2],
     [PROSE, "我们即将离开旧的发展模式，是否继续观望？不能。", PROSE2]),        # body
    ("widget", [PROSE, "继续访问 放弃"], [PROSE]),
    ("widget", ["QQ空间 新浪微博 微信", PROSE], [PROSE]),
    ("page-meta", ["阅读：1234", PROSE], [PROSE]),
    ("page-meta", [PROSE, "阅读：这是一段关于阅读的话", PROSE2], [PROSE, "阅读：这是一段关于阅读的话", PROSE2]),   # body
    ("widget", ["【我要打印】 【关闭窗口】", PROSE], [PROSE]),
    ("widget", [PROSE, "我要打印一份材料", PROSE2], [PROSE, "我要打印一份材料", PROSE2]),   # body
    ("footer-links", [PROSE, "主办：某某县人民政府  承办：某某县人民政府办公室"], [PROSE]),
    ("footer-links", [PROSE, "主办：某某县人民政府", PROSE2], [PROSE, "主办：某某县人民政府", PROSE2]),  # body
    # bare-timestamp: a signature's date in words stays; a portal's numeric date goes
    ("bare-timestamp", [PROSE, "国务院办公厅\xa0 \xa0 ", "2018年12月7日 \xa0 \xa0", "扫一扫在手机打开当前页"],
     [PROSE, "国务院办公厅\xa0 \xa0 ", "2018年12月7日 \xa0 \xa0", "扫一扫在手机打开当前页"]),
    ("bare-timestamp", [PROSE, "2023-05-11"], [PROSE]),
    ("bare-timestamp", [PROSE, "2018年12月7日 10:20"], [PROSE]),
]


def test_a_teaser_above_the_byline_leaves_the_byline_in_the_head():
    """The teaser (prose) used to end the head zone, so the byline under it and the repeated
    headline stayed in the text; the teaser rule now runs before the vocabulary rules."""
    from pipeline.clean import clean_text
    opening = "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。"
    lines = ["2026年某某市政府工作报告", opening[:30] + "…", "发布时间：2026-01-20  来源：某某日报",
             "2026年某某市政府工作报告", "各位代表：", opening, PROSE, PROSE2]
    kept = [t for t in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if t.strip()]
    assert kept[:3] == ["2026年某某市政府工作报告", "各位代表：", opening] and len(kept) == 5


@pytest.mark.parametrize("rule, lines, kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, lines, kept):
    assert run_rule(rule, lines)[0] == kept


def test_a_row_of_catalogue_fields_is_not_prose():
    """A table row with a value in it ('文化、广电…') must not end the head zone like a sentence."""
    from pipeline.clean.zones import is_prose
    assert not is_prose("**索 引 号：**|  000014349/2018-00220| **主题分类：**|  文化、广电、新闻出版\\文化")
    assert not is_prose("发布机构：  某某局  主题分类：  文化、广电、新闻出版、体育")
    assert is_prose("主要目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右，居民收入增长和经济增长同步。")


def test_a_font_switch_bar_before_the_byline_goes_with_it():
    """'设置字体大小:【大 中 小】 【打印】 【页面调色板 】 发布时间:…': the switch's label, its sizes and
    the bar's other buttons, each short and in brackets, stand before the byline's first label; a
    button's word need not be known. Prose before the label keeps the line."""
    bar = "设置字体大小:【大 中 小】 【打印】 【某某按钮 】 发布时间:2015-06-03"
    kept, removed, provenance = run_rule("page-meta", ["", bar, "", HEADLINE, PROSE])
    assert removed == [(2, bar)] and HEADLINE in kept
    assert "2015-06-03" in str(provenance)
    prose = "设置字体大小是本站的一项服务，欢迎使用。发布时间:2015-06-03"
    kept, removed, _ = run_rule("page-meta", ["", prose, "", HEADLINE, PROSE])
    assert removed == []
