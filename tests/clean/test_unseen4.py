"""Cleaning rules the sixth round of unseen documents prompted (issue #11, unseen4, xt1-xt10):
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

LINE = "某某学院各部门要按照学校部署认真梳理本年度各项工作任务并按期完成"


def _printed_two_pages(first: str = "1/2", second: str = "2/2") -> list[str]:
    """A page printed over two sheets: the browser's head (date, page title) and foot (address,
    counter) on each, 25 lines of text on the first page and 12 on the second."""
    head = ["5/6/25, 9:30 AM", "", "关于做好某某工作的通知-某某学院", ""]
    foot = ["https://www.example.edu.cn/info/12/345.htm", "", None, "", ""]
    page1 = head + [LINE] * 25 + [first if t is None else t for t in foot]
    page2 = head + [LINE] * 12 + [second if t is None else t for t in foot]
    return page1 + page2


def test_a_page_printed_over_two_sheets_loses_every_running_line():
    lines = _printed_two_pages()
    found = running_lines(lines)
    assert sorted(lines[i] for i in found) == sorted(
        ["5/6/25, 9:30 AM", "关于做好某某工作的通知-某某学院", "https://www.example.edu.cn/info/12/345.htm", "1/2"] * 1
        + ["5/6/25, 9:30 AM", "关于做好某某工作的通知-某某学院", "https://www.example.edu.cn/info/12/345.htm", "2/2"])
    assert not any(lines[i] == LINE for i in found)


def test_two_counters_that_are_not_the_whole_set_find_nothing():
    # '1/3' and '2/3' without '3/3' (a cut copy), or a fraction in a table, are no proof of pages
    for first, second in (("1/3", "2/3"), ("2/2", "1/2")):
        assert running_lines(_printed_two_pages(first, second)) == set()


def test_the_sites_words_to_the_reader_go_from_the_top():
    from .helpers import PROSE, run_rule
    for hint in ("收藏本站Ctrl+D，把本页加入书签，方便下次阅读。", "按 CTRL + D 收藏本页",
                 "导语：某某讲话一文来源于网友上传，不代表本站观点，欢迎参考。", "簡介：本文來源于網友上傳，不代表本網站觀點。"):
        kept, removed, _ = run_rule("editor-blurb", ["某某讲话", hint, "各位代表：", PROSE])
        assert [t for _, t in removed] == [hint]
    # a report that names a key combination or quotes a viewpoint in its text stays
    for line in ("本系统支持Ctrl+C复制，Ctrl+V粘贴等操作，方便群众办事。", "代表们认为，报告不代表本站之外的任何观点，" + PROSE):
        assert run_rule("editor-blurb", ["某某讲话", PROSE, PROSE, line])[1] == []


def test_a_catalogue_record_with_a_button_and_a_summary_goes_with_its_text_label():
    from .helpers import PROSE, PROSE2, run_rule
    lines = ["某某会议闭幕词", "", "资源类型: 报纸文章", "阅读原文", "出处: 《某某报》", "编号: 0000123",
             "分类号: D000.00", "摘要: 这是一篇闭幕讲话。讲话回顾了会议的主要成果。", "关键词: 闭幕 倡议", "", "内容", "",
             "各位代表：", PROSE, PROSE2]
    kept, removed, _ = run_rule("meta-box", lines)
    assert [n for n, t in removed if t.strip()] == [3, 4, 5, 6, 7, 8, 9, 11]
    # without a field box above it, '内容' is the text's own line, and a summary alone is prose
    lines = ["某某会议闭幕词", "摘要: 这是一篇闭幕讲话。讲话回顾了会议的主要成果。", "内容", PROSE]
    assert run_rule("meta-box", lines)[1] == []


def test_a_content_sites_labelled_copy_of_the_headline_goes_even_once():
    from .helpers import PROSE, run_rule
    lines = ["某某市政府工作报告汇编", "", "第一篇：某某市政府工作报告汇编", "", "某某市政府工作报告汇编", PROSE]
    kept, removed, _ = run_rule("headline-echo", lines)
    assert [n for n, _ in removed] == [3]
    # a headline that is the issuer's red header: its copy over the document number goes too
    kept, removed, _ = run_rule("headline-echo", ["某某市人民政府办公室文件", "某某市人民政府办公室文件", "某府办发〔2009〕1号", PROSE])
    assert [n for n, _ in removed] == [2]
    # a headline printed twice that is no red header stays twice (a law's title after its order)
    assert run_rule("headline-echo", ["中华人民共和国某某法", "主席令", "中华人民共和国某某法", PROSE])[1] == []
    # a label over other words, or a part of a book ('第一篇 总论'), stays
    for line in ("第一篇：总论", "第一篇 某某市政府工作报告汇编"):
        assert run_rule("headline-echo", ["某某市政府工作报告汇编", line, PROSE])[1] == []


def test_an_entry_pages_section_labels_go_in_pairs():
    from .helpers import PROSE, run_rule
    lines = ["發布信息", "2023年某月，某某省人民政府辦公廳發布《某某實施細則》，自發布之日起施行。", "內容全文", "第一章 總 則", PROSE]
    kept, removed, _ = run_rule("definition-label", lines)
    assert [t for _, t in removed] == ["發布信息", "內容全文"]
    # one such word alone is the text's own
    assert run_rule("definition-label", ["某某细则", "全文", PROSE])[1] == []


def test_a_bbs_post_header_and_the_reposted_release_line_go():
    from .helpers import PROSE, run_rule
    lines = ["Blue 版 (精华区)", "", "发信人: someone (Some One), 信区: Blue", "标  题: 某某通讯:某某五年(图) (转载)",
             "发信站: 某某大学 (2003年03月06日09:42:20 星期四), 站内信件", "", "【 以下文字转载自 Other 讨论区 】",
             "【 原文由 another 所发表 】", "2003-03-05 16:24:00     某某社 ", "", "  某某社北京三月五日电题:某某五年", PROSE]
    kept, removed, _ = run_rule("forum-chrome", lines)
    assert [n for n, _ in removed] == [1, 3, 4, 5, 7, 8, 9]
    # a paragraph quoting one header word stays, and one lone 标题 line is no post header
    lines = ["某某讲话", "标题：关于某某工作的意见", PROSE, "2003-03-05 16:24:00 某某社"]
    assert run_rule("forum-chrome", lines)[1] == []


def test_a_titled_dispatch_keeps_its_title_and_a_wire_photo_credit_goes():
    from .helpers import PROSE, run_rule
    kept, removed, prov = run_rule("wire-dateline", ["  某某社北京三月五日电题:某某浓缩五年 ", "", PROSE])
    assert kept[0].strip() == "某某浓缩五年" and prov.origin == "某某社"
    # a dispatch's dateline inside a sentence stays whole
    line = "某某社北京三月五日电题为某某，报道了会议。"
    assert run_rule("wire-dateline", [line, PROSE])[0][0] == line
    kept, removed, _ = run_rule("photo-caption", ["某某作政府工作报告。作者:张某某", "", PROSE])
    assert [n for n, _ in removed] == [1]
    # a byline after a long paragraph is not a caption
    long_line = PROSE + PROSE + "作者：张某某"
    assert run_rule("photo-caption", [long_line])[1] == []


def test_a_wiki_mirror_without_the_page_title_loses_its_sibling_links():
    from .helpers import PROSE, run_rule
    lines = ["1993年某某工作报告 1994年某某省人民政府工作报告", "1994年3月10日", "1995年某某工作报告",
             "本作品收录于《某某省人民政府工作报告", "1994年3月10日在某某会议上 省长某某", "", "各位代表:", PROSE]
    kept, removed, _ = run_rule("zh-wiki-header", lines)
    assert kept[0] == "1994年某某省人民政府工作报告"
    assert [t.strip() for _, t in removed] == ["1993年某某工作报告", "1995年某某工作报告", "本作品收录于《某某省人民政府工作报告"]
    # two works' names on a line that do not end alike are no sibling links
    lines[0] = "某某文集 1994年某某省人民政府工作报告"
    assert run_rule("zh-wiki-header", lines)[0][0] == lines[0]


def test_a_mirrors_traditional_dateline_and_original_title_note_go_with_readings_in_them():
    from .helpers import PROSE, run_rule
    kept, removed, prov = run_rule("wire-dateline", ["  某某網(wǎng)1月4日訊", PROSE])
    assert [n for n, _ in removed] == [1] and prov.origin == "某某網"
    kept, removed, _ = run_rule("editor-blurb", ["某某會議會風大變", "  原標(biāo)題:某某市委全委會議會風大變", PROSE])
    assert [n for n, _ in removed] == [2]
    # a sentence that mentions the original title stays
    assert run_rule("editor-blurb", ["某某", PROSE, "文章的原标题是某某，后来改了。"])[1] == []


def test_a_previews_truncation_note_and_prompt_go_at_the_tail():
    from .helpers import PROSE, run_rule
    lines = ["某某讲话", PROSE, "(未完,全文共2010字,当前显示249字)", "(请认真阅读下面的提示信息)"]
    assert [n for n, _ in run_rule("footer-blurb", lines)[1]] == [3, 4]
    # a bracketed note of the text's own stays
    lines = ["某某讲话", PROSE, "（请各单位认真阅读并贯彻执行）"]
    assert run_rule("footer-blurb", lines)[1] == []
