"""One test (or a few) per boilerplate rule, with the real examples the rules were written for."""
from __future__ import annotations

import pytest

from pipeline.clean import BOILERPLATE_RULES, RULE_NAMES, TYPOGRAPHY_RULES
from .helpers import PROSE, PROSE2, run_rule

# (rule, input lines, lines expected to remain)
CASES = [
    ("teaser", ["某某省政府工作报告", PROSE[:40] + "…", "某某省政府工作报告", PROSE, PROSE2],
     ["某某省政府工作报告", "某某省政府工作报告", PROSE, PROSE2]),
    ("teaser", ["某某省政府工作报告", PROSE, PROSE2], ["某某省政府工作报告", PROSE, PROSE2]),   # not repeated
    ("page-title", ["某项目的数据获取部分", "测试案例1：http://localhost:8080/x", "保险单_百度百科 ", PROSE], ["保险单", PROSE]),
    ("page-title", ["2026年政府工作报告", PROSE], ["2026年政府工作报告", PROSE]),
    ("link-residue", ["保险单主要内容", "也应负赔偿责任。  <>  <>  ", PROSE], ["保险单主要内容", "也应负赔偿责任。", PROSE]),
    ("link-residue", [" * 百度首页 <http://www.baidu.com/> 网页 <https://www.baidu.com/> 新闻 ",
                      "<http://news.baidu.com/> 贴吧 <https://tieba.baidu.com/> 知道 ", "<https://zhidao.baidu.com/> ",
                      " <>  <>  <> ", "编辑 <>", "2.1 声明事项  <https://baike.baidu.com/item/x#2_1> ", PROSE], [PROSE]),
    ("link-residue", [PROSE, "编辑 <> 根据我国《保险法 <https://baike.baidu.com/item/x>", "》规定，合同成立。",
                      "海上", "保险业 <https://baike.baidu.com/item/y>", "有着非同寻常的影响。", " [1]\xa0 <>   中文名", PROSE2],
     [PROSE, "编辑 <> 根据我国《保险法 <https://baike.baidu.com/item/x>", "》规定，合同成立。",
      "海上", "保险业 <https://baike.baidu.com/item/y>", "有着非同寻常的影响。", " [1]\xa0 <>   中文名", PROSE2]),
    ("link-residue", [PROSE, "<https://baike.baidu.com/historylist/1813746>"], [PROSE]),   # after the text
    ("page-meta", [PROSE, "词条标签：管理学，法律术语", " * 浏览次数：次", " * 编辑次数：32次历史版本"], [PROSE]),
    ("updated-at", [PROSE, " * 最近更新：2019-05-24"], [PROSE]),
    ("markup-residue", ["<!--", "var a = 1;", "-->", "标题", PROSE], ["标题", PROSE]),
    ("markup-residue", ["标题", "<U+00A0><U+00A0><U+00A0>", "<U+00A0><U+00A0>国务院总理", PROSE], ["标题", "国务院总理", PROSE]),
    ("markup-residue", ["标题", "&nbsp;&nbsp;&nbsp;", "&#160;&emsp;国务院总理&nbsp;", PROSE], ["标题", "国务院总理", PROSE]),
    ("markup-residue", ["标题", "AT&amp;T 与 R&D 部门", "价格&nbsp;上涨", PROSE],     # other entities kept; a space escape
     ["标题", "AT&amp;T 与 R&D 部门", "价格 上涨", PROSE]),                              # inside the line is a space
    ("markup-residue", ["标题", "<U+00A0>主任<U+00A0><U+00A0> 某某某<U+3000>", "Tom &nbsp;&emsp;Jones", PROSE],
     ["标题", "主任 某某某", "Tom Jones", PROSE]),
    ("markup-residue", ["标题", "增长<U+2022>提高<U+00B7>", PROSE], ["标题", "增长•提高", PROSE]),   # a character, not a space
    ("bare-timestamp", [PROSE, "某某市教育局", "　　2024年1月15日"], [PROSE, "某某市教育局", "　　2024年1月15日"]),  # 落款 date
    ("bare-timestamp", [PROSE, PROSE2, "2024-01-15 09:30"], [PROSE, PROSE2]),                           # a page's time
    ("bare-timestamp", [PROSE, PROSE2, "2024年1月15日"], [PROSE, PROSE2, "2024年1月15日"]),              # a date in words stays
    ("markup-residue", ["# 某某讲话", "![](images/d54e93a8.jpg)", PROSE, "见图![图1](a.png)所示。"],   # an image line goes;
     ["# 某某讲话", PROSE, "见图![图1](a.png)所示。"]),                                             # one inside a sentence stays
    ("contents-box", ["# 某某法", "## 目录", "", "- 第一编　总　　则", "- 第一章　任务", "- 第二章　原则", "",   # Markdown contents
                      "## 第一编 总则", "### 第一章　任务", PROSE],
     ["# 某某法", "", "", "## 第一编 总则", "### 第一章　任务", PROSE]),
    ("scene-caption", ["2026年某某省政府工作报告", "省长某某作政府工作报告", PROSE], ["2026年某某省政府工作报告", PROSE]),
    ("scene-caption", [PROSE, "省长某某作政府工作报告", PROSE2], [PROSE, "省长某某作政府工作报告", PROSE2]),  # body
    ("page-meta", ["中央政府门户网站　www.gov.cn　2006年02月16日　来源：新华社", PROSE], [PROSE]),
    ("page-meta", [PROSE, "（来源：某某日报）", "编辑：×××"], [PROSE]),
    ("widget", ["【E-mail推荐", "】", PROSE], [PROSE]),
    ("bare-timestamp", ["2026年政府工作报告", "2026-02-03 09:02:33", PROSE], ["2026年政府工作报告", PROSE]),
    ("bare-timestamp", [PROSE, "2026-02-03 09:02:33", PROSE2], [PROSE, "2026-02-03 09:02:33", PROSE2]),  # body
    ("contents-box", ["宪法", "目　　录", "　　序　言", "　　第一章　总纲", "", "序　　言", PROSE, "第一章　总纲", PROSE2],
     ["宪法", "", "序　　言", PROSE, "第一章　总纲", PROSE2]),
    ("contents-box", ["目录", "第一章　总纲", PROSE], ["第一章　总纲", PROSE]),     # not repeated: the entry stays; the label over the text's first heading and its prose lists nothing (round17zh)
    ("pager", [PROSE, "上一篇：关于印发某某办法的通知", "下一篇: 某某会议召开"], [PROSE]),
    ("link-button", [PROSE, "》》点击图片进入专题《《"], [PROSE]),
    ("widget", [PROSE, "收藏", "|", "×"], [PROSE]),
    ("widget", ["【字体：大 中 小】 【打印】 【关闭】", PROSE], [PROSE]),
    ("breadcrumb", ["您的位置:", "首页", ">", "云南要闻", "云南要闻", "2026年政府工作报告", PROSE],
     ["2026年政府工作报告", PROSE]),
    ("related-list", [PROSE, "相关文档：", "某某文件"], [PROSE]),
    ("page-meta", ["来源: 新华社  发布时间: 2024-03-05 10:12  浏览次数: 1024", PROSE], [PROSE]),
    ("share-link", [PROSE, "分享到: 微信 微博"], [PROSE]),
    ("search-prompt", ["请输入您要查询的百科知识:", "", PROSE], ["", PROSE]),
    ("search-prompt", [PROSE, "请输入您要查询的百科知识:"], [PROSE, "请输入您要查询的百科知识:"]),  # not in the head
    ("breadcrumb", ["当前位置：", "首页", ">", "政务信息", ">", "宁夏要闻", "2026年宁夏回族自治区政府工作报告", PROSE],
     ["2026年宁夏回族自治区政府工作报告", PROSE]),
    ("breadcrumb", ["首页 > 新闻中心 > 时政要闻", PROSE], [PROSE]),
    ("breadcrumb", ["您的位置：首页 » 政务公开", PROSE], [PROSE]),
    ("page-meta", ["标题", "发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", "阅读量：", "【字体：", PROSE],
     ["标题", "【字体：", PROSE]),
    ("page-meta", ["发布时间：2024-03-05 10:12:03  来源：新华网", PROSE], [PROSE]),
    ("page-meta", ["来源：", PROSE], [PROSE]),                       # a value that is prose stays
    ("font-size-widget", ["【字体：", "小", "中", "大", "】", "政府工作报告", PROSE], ["政府工作报告", PROSE]),
    ("font-size-widget", ["【字体：大 中 小】", PROSE], [PROSE]),
    ("share-link", [PROSE2, "扫一扫在手机打开当前页"], [PROSE2]),
    ("share-link", ["分享到：微信 微博 QQ空间", PROSE], [PROSE]),
    ("widget", [PROSE2, "【", "打印本页", "】", "【", "关闭窗口", "】"], [PROSE2]),
    ("widget", ["下载 打印 全屏 字号", PROSE], [PROSE]),
    ("widget", ["【打印本页】【关闭窗口】", PROSE, "下载"], [PROSE]),
    ("widget", [PROSE, "下载", PROSE2], [PROSE, "下载", PROSE2]),          # in the body: kept
    ("nav-menu", ["首页 | 新闻中心 | 政务公开 | 互动交流", PROSE], [PROSE]),
    ("nav-menu", ["首页", "新闻中心", "政务公开", "政府工作报告", PROSE], ["政府工作报告", PROSE]),
    ("nav-menu", ["政府工作报告", "各位代表：", "一、总体要求", PROSE], ["政府工作报告", "各位代表：", "一、总体要求", PROSE]),
    ("footer-blurb", [PROSE, "", "百科全书收录4421916条中文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。"],
     [PROSE, ""]),
    ("footer-links", [PROSE, "京ICP备12345678号-1  京公网安备 11010502000001号", "网站标识码：1100000001"], [PROSE]),
    ("entry-label", ["词条 天津市河西区2010年政府工作报告", "释义", PROSE], ["天津市河西区2010年政府工作报告", "释义", PROSE]),
    ("definition-label", ["天津市河西区2010年政府工作报告", "释义", "", PROSE], ["天津市河西区2010年政府工作报告", "", PROSE]),
    ("definition-label", [PROSE, "释义"], [PROSE, "释义"]),
    ("photo-caption", ["2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。"
                       "自治区人民政府主席张雨浦作政府工作报告。 宁夏日报记者 ×× 摄", "各位代表："], ["各位代表："]),
    ("photo-caption", [PROSE, "组织记者深入基层拍摄", PROSE], [PROSE, "组织记者深入基层拍摄", PROSE]),
    ("related-list", [PROSE, "", "随便看", "", "某某词条", "另一个词条"], [PROSE, ""]),
    ("related-list", ["相关阅读", PROSE], ["相关阅读", PROSE]),              # a list heading before prose stays
    ("blank-edge", ["", " ", "标题", "", PROSE, "", ""], ["标题", "", PROSE]),
    ("blank-run", ["标题", "", " ", "", PROSE], ["标题", "", PROSE]),
    ("gutenberg-credit", ["Produced by Arthur DiBianca and David Widger", "", "CHAPTER I.", PROSE],
     ["", "CHAPTER I.", PROSE]),
]


@pytest.mark.parametrize("rule, lines, kept", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, lines, kept):
    assert run_rule(rule, lines)[0] == kept


def test_entry_label_records_the_label():
    _, removed, _ = run_rule("entry-label", ["词条 天津市河西区2010年政府工作报告", PROSE])
    assert removed == [(1, "词条 ")]


def test_copyright_anywhere_and_site():
    kept, removed, prov = run_rule("copyright", [PROSE, "Copyright\xa0© 2004-2023 Cnenc.net All Rights Reserved", PROSE2])
    assert kept == [PROSE, PROSE2] and prov.site == "Cnenc.net"
    assert run_rule("copyright", ["版权所有：某市人民政府办公厅", PROSE])[2].site == "某市人民政府办公厅"


def test_copyright_sentence_in_body_stays():
    line = "加强知识产权保护，依法打击侵犯版权所有人合法权益的行为。完善制度。"
    assert run_rule("copyright", [PROSE, line, PROSE2])[0] == [PROSE, line, PROSE2]


def test_updated_at_goes_to_provenance():
    kept, _, prov = run_rule("updated-at", [PROSE, "更新时间:2024/12/23 16:47:16"])
    assert kept == [PROSE] and prov.updated == "2024/12/23 16:47:16"


def test_page_meta_provenance():
    _, _, prov = run_rule("page-meta", ["发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", PROSE])
    assert (prov.published, prov.origin) == ("2026-02-09 09:45:30", "宁夏日报客户端")


def test_wire_dateline():
    kept, _, prov = run_rule("wire-dateline", ["2009年国务院政府工作报告", "新华社北京２００９年３月１４日电", "政府工作报告", PROSE])
    assert kept == ["2009年国务院政府工作报告", "政府工作报告", PROSE]
    assert (prov.origin, prov.published) == ("新华社", "２００９年３月１４日")


def test_gutenberg_header_and_footer():
    lines = ["Project Gutenberg's Alice's Adventures in Wonderland, by Lewis Carroll", "",
             "Title: Alice's Adventures in Wonderland", "Author: Lewis Carroll",
             "Release Date: March, 1994", "[Last updated: December 20, 2011]",
             "*** START OF THIS PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***", "", "CHAPTER I."]
    kept, removed, prov = run_rule("gutenberg-header", lines)
    assert kept == ["", "CHAPTER I."] and len(removed) == 7
    assert (prov.site, prov.published, prov.updated) == ("Project Gutenberg", "March, 1994", "December 20, 2011")
    body = [PROSE] * 10
    kept, removed, _ = run_rule("gutenberg-footer", body + ["End of Project Gutenberg's Alice's Adventures", "",
                                                            "*** END OF THIS PROJECT GUTENBERG EBOOK ALICE ***"])
    assert kept == body and len(removed) == 3


def test_every_rule_has_a_docstring_with_an_example():
    for name, rule in BOILERPLATE_RULES + TYPOGRAPHY_RULES:
        assert rule.__doc__ and "xample" in rule.__doc__, name
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)


def test_copyright_words_in_a_heading_stay():
    line = "（二）加强版权所有者权益保护"
    assert run_rule("copyright", [PROSE, line, PROSE2])[0] == [PROSE, line, PROSE2]


def test_breadcrumb_label_before_a_headline_keeps_the_headline():
    assert run_rule("breadcrumb", ["当前位置：", "政府工作报告", PROSE])[0] == ["政府工作报告", PROSE]


@pytest.mark.parametrize("heading", ["Copyright Notice", "Full Copyright Statement", "15.  Copying Conditions",
                                     "## License", "Licence", "Legal Notice"])
def test_copyright_line_under_a_notice_heading_is_that_sections_text(heading):
    lines = [PROSE, "", heading, "", "   Copyright (C) The Internet Society (2006).", "", PROSE2]
    assert run_rule("copyright", lines)[0] == lines


@pytest.mark.parametrize("above", ["Contact us", "Privacy policy | Terms of use | Copyright", PROSE,
                                   "The License was granted in 1990."])
def test_copyright_line_under_other_lines_still_goes(above):
    line = "Copyright © 2004-2023 Cnenc.net All Rights Reserved"
    assert run_rule("copyright", [PROSE, above, line])[0] == [PROSE, above]


def test_a_wrapped_notice_and_its_second_paragraph_stay_with_it():
    lines = [PROSE, "", "Copyright Notice", "",
             "   Copyright (c) 2018 IETF Trust and the persons identified as the",
             "   document authors.  All rights reserved.", "",
             "   This document is subject to BCP 78 and the IETF Trust's Legal", "   Provisions.", "",
             "   Copyright 2026 A. Author", "", PROSE2]
    assert run_rule("copyright", lines)[0] == lines


def test_a_copyright_line_after_the_next_sections_heading_goes():
    line = "Copyright © 2004-2023 Cnenc.net All Rights Reserved"
    lines = ["License", "", PROSE, "", "Contact", "", "Write to us.", "", line]
    assert run_rule("copyright", lines)[0] == lines[:-1]


def test_a_wrapped_paragraph_line_that_opens_with_the_word_stays():
    """A hard-wrapped sentence may put 'copyright' / '版权所有' at a line's start (issue #11)."""
    en = ["Writers have long argued about who owns a text. The law grants the author a",
          "copyright in the work, and the author keeps all other rights unless a contract says so.", PROSE2]
    assert run_rule("copyright", en)[0] == en
    zh = [PROSE, "过去一年，我们加强知识产权保护，完善著作权登记制度，", "版权所有人的合法权益得到保障，全年办理登记十二万件。", PROSE2]
    assert run_rule("copyright", zh)[0] == zh


@pytest.mark.parametrize("lines, kept", [
    # a footer's copyright line after a line that ends a sentence, or after a link row, still goes
    ([PROSE, "Copyright © 2023 Foo Corporation"], [PROSE]),
    (["About us | Contact", "© 2023 Foo Corporation"], ["About us | Contact"]),
    (["网站地图 | 联系我们", "版权所有：某市人民政府"], ["网站地图 | 联系我们"]),
    # a copyright line wrapped in two: its lower-case end goes with it
    ([PROSE, "Copyright © 2023 Foo Corporation and its", "licensors. All rights reserved."], [PROSE]),
])
def test_a_footer_copyright_line_and_its_wrapped_end_still_go(lines, kept):
    assert run_rule("copyright", lines)[0] == kept


def test_a_notice_link_in_a_footers_link_list_is_no_heading():
    lines = [PROSE, "", "About", "Legal Notice", "Privacy", "© 2023 Foo Corporation"]
    assert run_rule("copyright", lines)[0] == lines[:-1]
    lines = [PROSE, "", "Terms", "License", "Copyright © 2023 Foo Corporation"]
    assert run_rule("copyright", lines)[0] == lines[:-1]
