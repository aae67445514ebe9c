"""What a sanity sweep of real Chinese texts nobody annotates showed (issue #11): notices, speeches,
a revision decision, Markdown laws. Made-up variants, one rule each, and what each must leave alone."""
from __future__ import annotations

from structure.helpers import all_paragraphs
from structure.test_rules import doc_of, outline

LONG = "这是一段足够长的正文内容，用来说明这一部分的具体情况和各项工作的进展，并且交代了原因。"


def test_a_lone_marked_first_line_is_the_title():
    doc = doc_of("# 某某管理办法\n\n" + LONG + "\n\n" + LONG)
    assert doc.title == "某某管理办法" and outline(doc) == []


def test_a_numbered_first_marked_heading_is_a_part_not_the_title():
    doc = doc_of("某某法\n\n## 第一编 总则\n\n### 第一章 任务\n\n" + LONG + "\n\n### 第二章 原则\n\n" + LONG)
    assert doc.title == "某某法"
    assert outline(doc) == [(1, "第一编 总则"), (2, "第一章 任务"), (2, "第二章 原则")]


def test_document_number_and_meeting_labels_under_the_title_are_front_matter():
    doc = doc_of("关于某某问题的通报\n某某发〔2020〕14号\n主持： 某某支队支队长\n一、有关情况\n" + LONG + "\n二、下一步工作\n" + LONG)
    assert doc.title == "关于某某问题的通报"
    assert outline(doc) == [(1, "一、有关情况"), (1, "二、下一步工作")]
    assert [p.text for p in doc.front][:2] == ["某某发〔2020〕14号", "主持： 某某支队支队长"]


def test_an_issuing_body_over_a_notice_title_is_its_author():
    doc = doc_of("某某市教育局\n关于组织某某考核的通知\n各县（市、区）教育局：\n" + LONG + "\n一、考核方式\n" + LONG)
    assert doc.title == "关于组织某某考核的通知"
    assert [(a.name, a.kind) for a in doc.authors] == [("某某市教育局", "org")]
    plain = doc_of("某某市教育局\n" + LONG)     # a name over prose: still the title line
    assert plain.title == "某某市教育局" and not plain.authors


def test_a_speaker_line_with_the_date_in_brackets_is_the_speaker():
    doc = doc_of("# 在某某会议上的讲话\n·某某市委书记王某某（2024年10 月23 日下午）\n各位专家：大家好！\n" + LONG)
    assert [a.name for a in doc.authors] == ["王某某"]
    assert doc.date == "2024-10-23" and outline(doc) == []


def test_a_promulgation_order_block_before_the_repeated_title_is_front_matter():
    doc = doc_of("某某委员会关于修改《某某法》的决定(2011)\n中华人民共和国主席令\n（第四十八号）\n"
                 "《某某委员会关于修改〈某某法〉的决定》已由某某会议于2011年6月30日通过，现予公布，自2011年9月1日起施行。\n"
                 "中华人民共和国主席　某某某\n2011年6月30日\n某某委员会关于修改《某某法》的决定\n"
                 "（2011年6月30日某某会议通过）\n某某会议决定对《某某法》作如下修改：\n" + LONG)
    assert outline(doc) == []
    assert doc.date == "2011-06-30"


def test_an_adoption_note_and_table_rows_are_not_headings():
    rows = "级数 全月应纳税所得额　　　税率（%）\n\n1 不超过1500元的 　　　　　　3\n\n2 超过1500元的部分　 10\n\n3 超过4500元的部分　 20\n"
    doc = doc_of("某某报告\n一、税率\n" + LONG + "\n（2011年6月30日某某会议通过）\n" + LONG + "\n" + rows + LONG)
    assert outline(doc) == [(1, "一、税率")]
    assert "1 不超过1500元的 　　　　　　3" in [p.text for p in all_paragraphs(doc)]


def test_a_letter_spaced_heading_is_not_a_table_row():
    doc = doc_of("某某讲话\n引　　言\n" + LONG + "\n结　　论\n" + LONG)
    assert outline(doc) == [(1, "引　　言"), (1, "结　　论")]


def test_a_short_item_among_body_items_of_its_series_is_no_heading():
    """A revision decision's amendments: '三、…修改为“…”。' is short, its siblings are long items."""
    long = "，以每月收入额减除费用三千五百元后的余额，为应纳税所得额，具体办法由国务院另行规定"
    items = (f"一、第三条第一项修改为：“某某所得，适用超额累进税率{long}。”\n"
             "二、第九条中的“七日内”修改为“十五日内”。\n"
             f"三、第十条修改为：“某某所得{long}。”\n")
    doc = doc_of("某某决定\n某某会议决定对《某某法》作如下修改：\n" + items + "本决定自公布之日起施行。")
    assert outline(doc) == []


def test_a_series_of_numbered_sentence_headings_stays():
    doc = doc_of("某某报告\n一、回顾\n（一）经济运行稳中有进。\n" + LONG + "\n（二）产业结构持续优化。\n" + LONG
                 + "\n（三）民生福祉不断增进。\n" + LONG)
    assert [lvl for lvl, _ in outline(doc)] == [1, 2, 2, 2]


# Round 3: a Markdown law with bullet articles, '附则' after the last 编, a headline repeated for search engines.

def cleaned_doc(text: str):
    """The real clean -> structure chain on a made-up text (the rules below span both halves)."""
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    return structure_document(clean_text(text, source_file="t.txt"), structure="rules")


def test_bullet_articles_of_a_markdown_law_are_articles_not_headings():
    law = ("# 某某法\n\n## 第一章 总则\n\n- 第一条 为了规范某某工作，制定本法。\n- 第二条 本法适用于某某活动。\n"
           "- 第三条 国家建立某某制度。\n\n## 第二章 管理\n\n- 第四条 某某部门负责管理工作。\n- 第五条 本法自公布之日起施行。\n")
    doc = cleaned_doc(law)
    assert outline(doc) == [(1, "第一章 总则"), (1, "第二章 管理")]
    texts = [p.lead + p.text for p in all_paragraphs(doc)]
    assert len(texts) == 5 and all(t.startswith("第") for t in texts)
    # what stays: a bullet before other text, or before a reference to an article
    kept = cleaned_doc("某某通知\n\n" + LONG + "\n\n- 第三条规定的事项另行通知。\n\n- 第一，加强领导。\n")
    assert {"- 第三条规定的事项另行通知。", "- 第一，加强领导。"} <= {p.lead + p.text for p in all_paragraphs(kept)}


def test_a_closing_part_after_the_last_book_of_a_code_is_a_peer_of_the_books():
    art = "第{}条 " + LONG
    code = ("某某法典\n第一编 总则\n第一章 基本规定\n" + art.format("一") + "\n第二章 自然人\n" + art.format("二")
            + "\n第二编 物权\n第一章 通则\n" + art.format("三") + "\n附　　则\n" + art.format("四") + "\n" + art.format("五") + "\n")
    assert outline(doc_of(code)) == [(1, "第一编 总则"), (2, "第一章 基本规定"), (2, "第二章 自然人"),
                                     (1, "第二编 物权"), (2, "第一章 通则"), (1, "附　　则")]
    chapters = ("某某法\n第一章 总则\n" + art.format("一") + "\n" + art.format("二") + "\n第二章 管理\n"
                + art.format("三") + "\n" + art.format("四") + "\n附则\n" + art.format("五") + "\n")
    assert outline(doc_of(chapters)) == [(1, "第一章 总则"), (1, "第二章 管理"), (1, "附则")]
    # what stays: '附则' before any numbered part, and in a text that is not a law
    early = "某某法\n附则\n" + "\n".join(art.format(n) for n in "一二三四五") + "\n第一章 总则\n" + art.format("六")
    assert outline(doc_of(early)) == [(1, "第一章 总则")]
    report = doc_of("某某报告\n一、总体情况\n" + LONG + "\n附则\n" + LONG)
    assert "附则" in [t for _, t in outline(report)]   # an unnumbered short line over prose: the ordinary rules decide


def test_a_headline_repeated_several_times_is_not_a_heading():
    p = ["全年地区生产总值增长百分之六，城乡居民收入稳步提高，就业形势保持稳定，各项社会事业全面进步。",
         "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。",
         "今年全省经济运行总体平稳，主要指标好于预期，工业生产稳定增长，投资结构持续优化。"]
    h = "某某省召开全省经济工作会议"
    doc = cleaned_doc(f"{h}\n\n{p[0]}\n\n{h}\n\n{p[1]}\n\n一、总体情况\n\n{p[2]}\n\n{h}\n")
    assert doc.title == h and outline(doc) == [(1, "一、总体情况")]
    assert [t for t in p if t not in {x.text for x in all_paragraphs(doc)}] == []
    # what stays: a headline printed only twice, and a line that contains more than the headline
    twice = cleaned_doc(f"{h}\n\n{p[0]}\n\n{h}\n\n{p[1]}\n\n{h}（续）\n\n{p[2]}\n")
    assert h in [s.title for s in twice.sections] and f"{h}（续）" in [s.title for s in twice.sections]


def test_a_press_release_date_over_the_headline_dates_it():
    body = "\n　　" + LONG + "\n　　" + LONG
    for dateline in ("二 零 零 四 年 三 月 四 日 新 聞 稿", "2004年3月4日新闻稿", "2004年3月4日"):
        doc = doc_of(dateline + "\n香港首個永久藥物教育展覽館局部啟用" + body)
        assert (doc.title, doc.date, outline(doc)) == ("香港首個永久藥物教育展覽館局部啟用", "2004-03-04", [])
        assert (doc.cover + [p.text for p in doc.front])[0] == dateline   # printed over the headline (r23cover)
    # what stays: a dated line with more words is a title (a dateline under it is the ordinary case)
    doc = doc_of("2004年3月4日在某某会议上的讲话\n" + LONG)
    assert doc.title == "2004年3月4日在某某会议上的讲话"


def test_a_chinese_title_may_ask_a_question():
    doc = doc_of("如何在 Python 中使用既有的 C library?\n　在資訊科技快速發展的今天，開發及測試軟體的速度是不容忽視的課題。\n" + LONG)
    assert doc.title == "如何在 Python 中使用既有的 C library?"
    # what stays: an opening sentence with a clause, and a line whose '?' asks nothing (a lossy save)
    assert doc_of("同志们，我们今天为什么要开这个会？\n" + LONG).title != "同志们，我们今天为什么要开这个会？"
    assert doc_of("经济稳中向好?\n" + LONG).title != "经济稳中向好?"


EN = ("Patch by a contributor who fixed the colours of the hover tips on recent systems, so that the text "
      "is readable again.\n\nAnother change moved the help menu entry and updated the documentation.\n")


def test_an_underline_under_a_release_name_with_notes_marks_the_name():
    news = ("What's New in Tool 3.13.0\n(since 3.12.0)\nReleased on 2024-10-01\n=========================\n\n" + EN
            + "\nWhat's New in Tool 3.12.0\n=========================\n\n" + EN)
    doc = doc_of(news)
    titles = [doc.title] + [t for _, t in outline(doc)]
    assert "What's New in Tool 3.12.0" in titles and "What's New in Tool 3.13.0" in titles
    assert not any("===" in t for t in titles)
    # what stays: a rule under a paragraph that does not stand alone, and one far wider than the first line
    para = doc_of("Notes\n\n" + EN + "A closing line of the paragraph\n=========================\n\nMore text follows here.\n")
    assert [t for _, t in outline(para)] == []
    wide = doc_of("Intro\n\nShort\nsecond line of it\n" + "=" * 40 + "\n\n" + EN)
    assert "Short" not in [t for _, t in outline(wide)]


def test_a_wrapped_sentence_ending_like_a_salutation_goes_on():
    text = ("某某技術說明\n"   # hard-wrapped at a width, Latin words making the lengths vary
            "　在資訊科技快速發展的今天, 開發及測試軟體的速度是不容忽視的\n"
            "課題. 為加快開發及測試的速度, 我們便常希望能利用一些已開發好的\n"
            "library, 並有一個 fast prototyping 的 programming language 可\n"
            "供使用. 目前有許許多多的 library 是以 C 寫成, 而 Python 是一個\n"
            "fast prototyping 的 programming language. 故我們希望能將既有的\n"
            "C library 拿到 Python 的環境中測試及整合. 其中最主要也是我們所\n"
            "要討論的問題就是:\n" + LONG)
    paragraphs = [p.text for p in all_paragraphs(doc_of(text))]
    assert any(p.endswith("其中最主要也是我們所要討論的問題就是:") for p in paragraphs)
    # what stays: a salutation under a dateline, and one after a paragraph that ended
    speech = doc_of("政府工作报告\n——2026年1月26日在某省第十四届人民代表大会第五次会议上\n各位代表：\n" + LONG)
    assert [p.text for p in speech.front][0] == "各位代表："
    after = [p.text for p in all_paragraphs(doc_of("某某讲话\n" + LONG + "\n同志们：\n" + LONG))]
    assert "同志们：" in after


BODY4 = [f"第{n}段：" + LONG for n in "一二三四"]
ONE_LINE = ("首页 | 政务公开 | 办事服务 | 互动交流 当前位置：首页 > 政务公开 > 政府工作报告 2023年某某市政府工作报告 "
            "发布时间：2023-01-20 来源：市政府办公室 【字体：大 中 小】 各位代表：现在，我代表市人民政府向大会报告工作，请予审议。 "
            + " ".join(BODY4[:2]) + " 二、加强政府自身建设 " + " ".join(BODY4[2:]) + " 版权所有：某某市人民政府办公室 网站标识码：1234567890")


def test_a_page_flattened_onto_one_line_gets_its_lines_back():
    doc = cleaned_doc(ONE_LINE)
    assert doc.title == "2023年某某市政府工作报告"
    assert outline(doc) == [(1, "二、加强政府自身建设")]
    texts = [p.text for p in all_paragraphs(doc)]
    assert not any("首页" in t or "字体" in t or "版权" in t for t in texts)
    assert [t for t in BODY4 if t not in texts] == []
    # what stays: a long line with a few stray spaces, Latin words and dated numbers in a sentence, more lines
    prose = ("在资讯科技快速发展的今天 开发及测试软体的速度是不容忽视的课题，我们希望将既有的 C library 拿到 Python 的环境中测试。"
             "会议于2024年10 月23 日召开，捐助5 058万元。 " + LONG * 6)
    kept = cleaned_doc(prose + "\n")
    assert [p.lead + p.text for p in all_paragraphs(kept)] == [prose.replace("今天 开发", "今天开发").replace("。 ", "。").rstrip()]
    many = cleaned_doc("某某报告\n" + ONE_LINE + "\n" + LONG + "\n" + LONG + "\n" + LONG)
    assert any("当前位置" in p.text for p in all_paragraphs(many))
