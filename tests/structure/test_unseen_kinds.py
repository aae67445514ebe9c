"""Kinds of documents nobody tuned on (issue #11, newdocs): one made-up variant per phenomenon the
new extra documents showed (tests/corpus/extra/README.md, xn1-xn6). The texts here are written for
the tests; they share the phenomenon, never the words, of the documents."""
from __future__ import annotations

from pipeline.model import Cleaned, Provenance
from pipeline.structure import structure_document
from structure.helpers import all_sections

FILL = ("the holder of the record may copy it and pass the copies on to anyone\n"
        "who asks for one, provided that each copy keeps this notice and the list\n"
        "of the people who worked on it, and that nobody is charged more than the\n"
        "cost of making the copy.")


def doc_of(text: str):
    lines = tuple(text.split("\n"))
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), (), (), Provenance("t.txt")),
                              structure="rules")


def outline(doc):
    return [(s.level, s.title) for s in all_sections(doc)]


def para(first: str) -> str:
    """A typewritten paragraph: its first line indented two columns, the rest flush."""
    return "  " + first + "\n" + FILL


TYPEWRITTEN = "\n\n".join([
    "                      THE OPEN RECORD AGREEMENT",
    "                    Version 2, 14 March 2011",
    "                              Purpose",
    para("This agreement says who may keep the record."),
    para("Everyone who keeps a copy agrees to what follows."),
    "                        RULES OF THE AGREEMENT",
    "  0. Words Used Here.",
    para("A record is any text kept under this agreement."),
    "  1. Keeping a Copy.",
    para("You may keep as many copies as you like."),
    "  2. Use with Other Agreements.",
    para("The rules of another agreement apply beside these."),
    "                       END OF THE RULES",
    "              How to Put This Agreement on Your Own Record",
    para("Put a short notice at the top of the record."),
])



def _wrap(text: str, width: int = 56) -> list[str]:
    """Text as a printed page wraps it: lines of at most `width` columns (a CJK character is two)."""
    from pipeline.structure.blocks import display_width
    out, line, used = [], "", 0
    for ch in text:
        if used + display_width(ch) > width:
            out.append(line)
            line, used = "", 0
        line, used = line + ch, used + display_width(ch)
    return out + [line]

def test_typewritten_agreement_centred_divisions_hold_its_numbered_sections():
    doc = doc_of(TYPEWRITTEN.replace("\n\n                    Version", "\n                    Version", 1))
    assert outline(doc) == [(1, "Purpose"), (1, "RULES OF THE AGREEMENT"), (2, "0. Words Used Here."),
                            (2, "1. Keeping a Copy."), (2, "2. Use with Other Agreements."),
                            (1, "How to Put This Agreement on Your Own Record")]


def test_title_in_capitals_glued_to_its_version_line():
    doc = doc_of(TYPEWRITTEN.replace("\n\n                    Version", "\n                    Version", 1))
    assert doc.subtitle == "Version 2, 14 March 2011"
    assert "Version" not in doc.title


def test_numbered_sentences_closed_by_a_period_are_no_headings():
    doc = doc_of("\n\n".join(["A Short Guide", para("Read these steps before you start."),
                              "1. It works on every record.", para("More about the first step."),
                              "2. Nobody keeps the old copies.", para("More about the second step.")]))
    assert outline(doc) == []


def test_indented_line_off_centre_in_flush_text_is_no_heading():
    doc = doc_of("\n\n".join(["A Short Guide", FILL, "        Some Verse Set Aside", FILL, FILL]))
    assert outline(doc) == []


def test_title_page_opening_with_a_publishers_device_takes_the_title_over_the_byline():
    doc = doc_of("\n\n".join(["                THE HOUSE PRESS\n                  PUBLISHERS", "            12 MARKET STREET",
                              "                 THE LANE\n                   and\n                 THE HOUSE",
                              "                   by\n              Anne Writer,",
                              "PREFACE.", "T" + FILL[1:], "CHAPTER I.", "T" + FILL[1:], FILL]))
    assert doc.title == "THE LANE and THE HOUSE"
    assert outline(doc) == [(1, "PREFACE."), (1, "CHAPTER I.")]


def test_a_title_over_its_subtitle_and_byline_is_not_moved():
    doc = doc_of("\n\n".join(["A TALE OF TWO TOWNS", "A STORY OF THE FLOOD", "By Anne Writer", FILL, FILL]))
    assert doc.title.casefold() == "a tale of two towns"


def test_a_printed_chinese_heading_with_quotes_wraps_onto_its_next_line():
    from pipeline.structure.blocks import display_width, make_blocks
    para = "要求海事队伍忠诚于党、听从指挥、服务人民、奉献社会，这是履职的政治保障；正规化，要求素质精良、作风过硬，这是履职的重要基础。" * 2

    head = "四、共同愿景：坚持“三化”统领，坚定“三个追求”，建设国内一流的经济执法系统。"
    # the first line stops one character short of the margin (the next one may not open a line)
    # and holds four quotes: counted half-width it would fall short of a full line
    lines = [l for _ in range(3) for l in _wrap(para)] + [head[:27], head[27:]] + [l for _ in range(3) for l in _wrap(para)]
    assert display_width(head[:27]) == 54
    blocks = make_blocks(lines, list(range(1, len(lines) + 1)), "zh")
    assert head in [b.text for b in blocks]


def test_a_numbered_sentence_running_into_its_cut_paragraph_is_no_heading():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    lines = ["某某市三年行动计划", "一、主要改革内容", "三年行动计划围绕八个方面的改革内容，设立了三十三个专项，逐项明确责任单位和完成时限。",
             "1、创新循环经济发展机制", "探索建立不同层面各具特色的循环经济体系，重点提升各类开发区和工业园区循环经济发展水平。",
             "（1）按照循环经济理念改造工业园区。重点建设两个国家循环经济试点园区，创建一个省级试点园区，做好市级循"]
    assert [t for _, t in zh_outline(zh_doc_of("\n".join(lines)))] == ["一、主要改革内容", "1、创新循环经济发展机制"]


def test_a_decimal_numbered_heading_wrapped_onto_a_second_line():
    doc = doc_of("\n\n".join(["A Short Agreement", "1. Terms\n--------", "T" + FILL[1:],
                              "1.1. Keeping the Copies of a Shared Record Passed Between the\nHolders", "T" + FILL[1:],
                              "1.2. Passing Copies Along", "T" + FILL[1:]]))
    assert outline(doc) == [(1, "1. Terms"), (2, "1.1. Keeping the Copies of a Shared Record Passed Between the Holders"),
                            (2, "1.2. Passing Copies Along")]


def test_a_speech_headline_glued_to_its_salutation_is_the_title():
    from structure.test_rules import doc_of as zh_doc_of
    from structure.helpers import all_paragraphs
    doc = zh_doc_of("\n".join(["某某副主席的讲话尊敬的各位来宾,同志们、朋友们:",
                               "今天是一个值得纪念的日子,我代表全体同志向各位表示热烈的欢迎和衷心的感谢。",
                               "我们的友谊经受了时间的考验,必将在新的时期得到新的发展,为两国人民带来更多的福祉。"]))
    assert doc.title == "某某副主席的讲话"
    assert next(iter(all_paragraphs(doc))).text == "尊敬的各位来宾,同志们、朋友们:"


def test_bulleted_infobox_items_and_their_label_are_no_headings():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    doc = zh_doc_of("\n".join(["某詞條", "某詞條是一種說明文字，用以指出某物的基本性質，也可稱為某條目。", "基本介紹",
                               "  • 中文名某詞條", "  • 別稱:某條目", "  • 收錄內容:具體事物、知名人物、抽象概念等",
                               "詞條結構", "某詞條分為概述和正文兩部分，概述是對一個詞條所對內容的概括性描述，由文字敘述和一幅插圖組成。"]))
    assert [t for _, t in zh_outline(doc)] == ["詞條結構"]


def test_a_printed_sub_head_restating_its_part_heading_stands_apart_and_beside_its_siblings():
    from pipeline.structure.blocks import display_width, make_blocks
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    para = "海事管理机构行使国家赋予的水上交通安全监管职能，集中概括了基本职责，实现航行更安全、水域更清洁、航运更便捷。"

    head = "一、使命：保障水上航行的安全，保护港区水域的清洁，保护全体船员的权益，维护国家海上主权。"
    sub = "保障水上航行的安全，保护港区水域的清洁，保护全体船员的权益"   # 54 columns: it nearly fills a line
    assert display_width(sub) >= 0.9 * 56
    lines = _wrap(head) + _wrap(para) + [sub] + _wrap(para) + ["维护国家海上主权"] + _wrap(para) \
        + _wrap("二、宗旨：建设人民满意的海事。") + _wrap(para) + ["建设人民满意的海事"] + _wrap(para) + _wrap(para) + _wrap(para)
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "zh")]
    assert sub in texts
    levels = dict((t, l) for l, t in zh_outline(zh_doc_of("\n".join(["海事核心价值"] + texts))))
    assert levels[sub] == levels["维护国家海上主权"] == 2


def test_a_single_centred_line_in_flush_prose_is_a_notice_not_a_heading():
    story = "T" + FILL[1:]
    doc = doc_of("\n\n".join(["A Short Story", story, story, "                         The Notice Board", story, story]))
    assert outline(doc) == []


def test_capitals_closed_by_a_period_head_a_part_only_as_a_books_part_name():
    doc = doc_of("\n\n".join(["A Short Story", "INTRODUCTION.", "T" + FILL[1:], "HE SHOUTED.", "T" + FILL[1:], FILL]))
    assert outline(doc) == [(1, "INTRODUCTION.")]


# round 2 (xn9-xn14): a transcript's photo note, a policy's signature and date, a white paper's preface

ZH_PARA = "过去一年，全县上下坚持稳中求进，经济运行总体平稳，民生保障持续加强，各项事业取得新的进展。"


def test_a_whole_line_in_brackets_is_an_aside_not_a_heading():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    for aside in ["（以上照片均为会议现场）", "(本文有删节)"]:
        doc = zh_doc_of("\n".join(["某某县新闻发布会实录", ZH_PARA, aside, ZH_PARA, ZH_PARA]))
        assert zh_outline(doc) == []
    # a bracketed number alone still numbers a heading
    doc = zh_doc_of("\n".join(["某某县工作要点", "一、总体要求", ZH_PARA, "（一）", ZH_PARA]))
    assert [t for _, t in zh_outline(doc)][0] == "一、总体要求"


def test_a_signature_and_its_date_under_the_text_are_no_headings():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    doc = zh_doc_of("\n".join(["某某县关于加强某某工作的意见", "一、总体要求", ZH_PARA, "二、保障措施", ZH_PARA,
                               "某某县人民政府办公室", "2020年3月2日", "（此件公开发布）"]))
    assert zh_outline(doc) == [(1, "一、总体要求"), (1, "二、保障措施")]


def test_a_preface_before_the_numbered_parts_is_their_peer():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    doc = zh_doc_of("\n".join(["某某事业的发展与进步", "前言", ZH_PARA, "一、某某事业的由来", ZH_PARA,
                               "二、某某事业的成就", ZH_PARA, "结束语", ZH_PARA]))
    assert zh_outline(doc) == [(1, "前言"), (1, "一、某某事业的由来"), (1, "二、某某事业的成就"), (1, "结束语")]
    # an introduction and a conclusion that recur as a pair of divisions keep their sub-parts
    doc = zh_doc_of("\n".join(["某某讲话", "引　　言", ZH_PARA, "结　　论", ZH_PARA, "一", ZH_PARA, "二", ZH_PARA]))
    assert [level for level, _ in zh_outline(doc)] == [1, 1, 2, 2]


def test_a_marked_series_designation_over_a_marked_title():
    doc = doc_of("\n\n".join(["# Bulletin of the Survey Office No. 14", "# Wells of the Upper Valley",
                              "## Summary", "T" + FILL[1:], "## Methods", "T" + FILL[1:]]))
    assert doc.title == "Wells of the Upper Valley"
    assert outline(doc) == [(1, "Summary"), (1, "Methods")]


def test_a_bold_label_ending_in_a_colon_is_no_heading():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    doc = zh_doc_of("\n".join(["某某系统设计说明", "## 1. 范围", "**必须实现的功能：**", "* 数据导入", "* 数据导出",
                               ZH_PARA, "## 2. 设计", ZH_PARA]))
    assert [t for _, t in zh_outline(doc)] == ["1. 范围", "2. 设计"]


def test_comma_separated_rows_and_their_header_are_no_headings():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    rows = ["字段名,类型,说明", 'user_id,"int, not null",用户编号', 'name,"varchar(32)",用户名称']
    doc = zh_doc_of("\n".join(["某某系统设计说明", "## 1. 数据表", ZH_PARA, "用户表 -> 接口", *rows, "## 2. 接口", ZH_PARA]))
    assert [t for _, t in zh_outline(doc)] == ["1. 数据表", "2. 接口"]
    # Chinese prose with commas and no quoted field is not a row
    from pipeline.structure import signals as sg
    assert not sg.is_data_row("坚持稳中求进,推动高质量发展,保障和改善民生", "一、总体要求")


def test_a_numbered_label_over_a_list_is_no_glossary_term():
    from pipeline.model import Paragraph
    from structure.test_rules import doc_of as zh_doc_of
    doc = zh_doc_of("\n".join(["某某工具说明", "## 1. 画笔", ZH_PARA, "1. 铅笔 (Pencil)：", "  * 线条实心，不透明。",
                               "2. 毛笔 (Brush)：", "  * 线条随速度变粗。", ZH_PARA]))
    leads = [p.lead for s in all_sections(doc) for p in s.paragraphs if isinstance(p, Paragraph) and p.lead]
    assert leads == []


def test_a_capitals_title_keeps_the_acronyms_its_text_writes_in_capitals():
    body = ("  The ODL licence lets anyone copy the record. Under the ODL terms every copy keeps\n"
            "this notice, and the people who maintain the record publish each version.")
    doc = doc_of("\n\n".join(["                    ODL OPEN DATA LICENCE", "                              Preamble", body, body]))
    assert doc.title == "ODL Open Data Licence"
    # a word the prose writes only capitalised is title-cased as before
    doc = doc_of("\n\n".join(["                    THE RECORD NOTICE", "                              Preamble", body, body]))
    assert doc.title == "The Record Notice"
    # capitals for emphasis in prose that also writes the word in lower case: not an acronym
    loud = ("  She said the record was THE record of the year, and THE record it stayed; the people\n"
            "who kept it said so at the ODL meeting, see https://odl.example.org/record for more.")
    doc = doc_of("\n\n".join(["                    THE ODL RECORD", "                              Preamble", loud, loud]))
    assert doc.title == "The ODL Record"


def test_unnumbered_leads_are_a_reports_convention():
    from structure.test_rules import doc_of as zh_doc_of
    paras = ["研究对象明确。" + ZH_PARA, "研究方法多样。" + ZH_PARA, "研究成果丰富。" + ZH_PARA]

    def leads(doc):
        return [p.lead for s in all_sections(doc) for p in s.paragraphs if p.lead]
    # an entry whose only heading is an unnumbered line: its short first sentences are its text
    entry = zh_doc_of("\n".join(["某某学", "学科概况", *paras]))
    assert leads(entry) == []
    # the same paragraphs under a report's title (its kind named) run in as leads
    report = zh_doc_of("\n".join(["某某县2020年政府工作报告", "过去一年工作回顾", *paras]))
    assert leads(report) == ["研究对象明确。", "研究方法多样。", "研究成果丰富。"]


def test_a_decimal_heading_that_lost_its_marks_stands_beside_its_marked_siblings():
    from structure.test_rules import doc_of as zh_doc_of, outline as zh_outline
    doc = zh_doc_of("\n".join(["# 某某系统设计说明", "## 1. 总体设计", ZH_PARA, "### 1.1 模块划分", ZH_PARA,
                               "1.2 接口约定", ZH_PARA, "### 1.3 部署方式", ZH_PARA, "## 2. 详细设计", ZH_PARA]))
    assert zh_outline(doc) == [(1, "1. 总体设计"), (2, "1.1 模块划分"), (2, "1.2 接口约定"), (2, "1.3 部署方式"),
                               (1, "2. 详细设计")]


def test_the_title_page_set_again_after_the_cover_is_no_section():
    from types import SimpleNamespace
    from pipeline.structure import _title_page_again
    from pipeline.structure.headings import Heading

    def block(text):
        return SimpleNamespace(text=text)
    head = SimpleNamespace(title="Wells of the Upper Valley", front=[block("# Bulletin of the Survey Office No. 14")])
    body = [block("Ann Smith John Brown"), block("Bulletin of the Survey Office No. 14"), block("Wells of the Upper Valley"),
            block("Summary"), block("T" + FILL[1:])]
    headings = [Heading(i, "md1|", "md1", True) for i in (1, 2)] + [Heading(3, "md2|", "md2", True)]
    assert [h.index for h in _title_page_again(head, body, headings)] == [3]
    # the title printed again after body text is a heading (a news page's headline repeated)
    body.insert(0, block("T" + FILL[1:]))
    headings = [Heading(i + 1, "md1|", "md1", True) for i in (1, 2)]
    assert [h.index for h in _title_page_again(head, body, headings)] == [2, 3]
