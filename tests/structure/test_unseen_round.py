"""Issue #11, the unseen measure (branch unseen): made-up variants of what the eight new documents
xu1-xu8 showed (tests/corpus/extra/README.md). The texts are written for the tests; they share the
phenomenon, never the words, of the documents."""
from __future__ import annotations

from pipeline.structure import signals as sg
from structure.test_unseen_kinds import doc_of, outline

P1 = "全年某项产值一百二十亿元，比上年增长百分之五，其中第一部分增长较快，第二部分保持平稳。"
P2 = "全年另一项收入八十亿元，比上年增长百分之三，结构继续优化，质量效益稳步提高。"


def test_a_table_flattened_one_cell_a_line_is_no_heading():
    text = "\n".join(["某县某年统计公报", "", "一、综合", P1, "二、工业", P2,
                      "主要产品产量", "产品名称", "计量单位", "产量", "饮料", "千升1234567.89",
                      "三、服务业", P1])
    assert outline(doc_of(text)) == [(1, "一、综合"), (1, "二、工业"), (1, "三、服务业")]


def test_figures_run_needs_twice_as_many_digits_as_letters():
    assert sg.is_figures_run("千升1576718.64")
    assert not sg.is_figures_run("2009年工作回顾")
    assert not sg.is_figures_run("一、2025年工作回顾")
    assert not sg.is_figures_run("PM2.5")


# --- English legal text ------------------------------------------------------------------------

LICENCE_FILL = ("      the holder of the record may copy it and pass the copies on to anyone who\n"
                "      asks for one, provided that each copy keeps this notice and the list.")


def test_a_title_block_with_its_version_line_and_address_in_one_block():
    text = "\n".join(["                         Open Record Terms", "                   Version 4.1, March 2010",
                      "                  https://example.org/terms/", "", "   1. Words Used Here.", "", LICENCE_FILL])
    doc = doc_of(text)
    assert doc.title == "Open Record Terms"


PARA = ("The holder of the record may copy it and pass the copies on to anyone who\n"
        "asks for one, provided that each copy keeps this notice and the list of the\n"
        "people who worked on it, and that nobody is charged more than the cost.")
CAPS = ("    THE GUILD IS NOT A COURT AND GIVES NO ADVICE. HANDING OUT THIS TEXT\n"
        "    MAKES NO PROMISE. THE GUILD GIVES THIS TEXT AS IT IS AND TAKES NO\n"
        "    BLAME FOR WHAT COMES OF ITS USE.")


def test_an_edition_line_under_a_series_title_is_no_heading():
    text = "\n".join(["Example Guild Legal Text", "", "XR9 2.0 International", "", CAPS, "", "Statement of Intent", "",
                      PARA, "", "1. Words. " + PARA, "", "2. Limits and Warnings.", "", PARA])
    assert outline(doc_of(text)) == [(1, "Statement of Intent"), (1, "2. Limits and Warnings.")]


def test_a_numbered_first_section_line_under_the_title_is_still_a_heading():
    text = "\n".join(["Example Guild Legal Text", "", "1.0 Introduction", "", LICENCE_FILL.strip(), "",
                      "2.0 Scope", "", LICENCE_FILL.strip()])
    assert [t for _, t in outline(doc_of(text))] == ["1.0 Introduction", "2.0 Scope"]


def test_capitals_over_the_first_numbered_section_head_the_terms_and_closing_marks_head_nothing():
    text = "\n".join(["                         Open Record Terms", "", "   RULES FOR KEEPING, COPYING, AND SHARING", "",
                      "   1. Words Used Here.", "", LICENCE_FILL, "",
                      "   2. Keeping a Copy. You may keep as many copies as you like, and give them away.", "",
                      "   END OF RULES FOR KEEPING", "",
                      "   APPENDIX: How to put these terms on your record.", "", LICENCE_FILL])
    titles = [t for _, t in outline(doc_of(text))]
    assert titles == ["RULES FOR KEEPING, COPYING, AND SHARING", "1. Words Used Here.",
                      "APPENDIX: How to put these terms on your record."]


def test_a_capitals_line_over_a_later_section_waits_for_text():
    text = "\n".join(["Open Record Terms", "", "1. Words Used Here.", "", LICENCE_FILL.strip(), "",
                      "SOME CAPITAL WORDS", "", "2. Keeping a Copy.", "", LICENCE_FILL.strip()])
    assert "SOME CAPITAL WORDS" not in [t for _, t in outline(doc_of(text))]


def test_a_preamble_indented_with_tabs_is_the_opening_division():
    text = "\n".join(["", "\t\t\t The \"Open Record Terms\"", "", "\t\t\t\tPreamble", "",
                      "The intent of these terms is to say who may copy the record and how the",
                      "copies may be passed on.", "", "Definitions:", "",
                      "\t\"Record\" refers to the files the holder hands out, and anything made",
                      "\tfrom them by changing their text.", "",
                      "1. You may keep copies of the record as they are, provided that you keep",
                      "this notice with them.", "", "\t\t\t\tThe End"])
    titles = [t for _, t in outline(doc_of(text))]
    assert "Preamble" in titles and "The End" not in titles


def test_a_closing_mark_over_text_heads_nothing():
    text = "\n".join(["Open Record Terms", "", "1. Words Used Here.", "", PARA, "", "2. Keeping a Copy.", "", PARA, "",
                      "END OF THE RULES", "", PARA, "", "THE END"])
    titles = [t for _, t in outline(doc_of(text))]
    assert titles == ["1. Words Used Here.", "2. Keeping a Copy."]


# --- Chinese official letters ------------------------------------------------------------------

ANSWER = "某部门研究提出了办理意见：将按程序抓紧研究，并根据评审情况继续予以支持，请你省配合做好相关工作。"


def test_bold_item_heads_flattened_onto_their_own_lines_stay_the_heads():
    items = []
    for n, topic in zip("一二三四五", ["甲项目", "乙工程", "丙补贴", "丁产业", "戊隧道"]):
        items += [f"{n}、关于{topic}问题。", f"你市请求，上级尽快审核{topic}的有关材料。", ANSWER]
    text = "\n".join(["某某办公室关于某市所提问题办理情况的函", "某办函〔2004〕9号", "某市人民政府："] + items)
    assert [t for _, t in outline(doc_of(text))] == ["一、关于甲项目问题。", "二、关于乙工程问题。", "三、关于丙补贴问题。",
                                                     "四、关于丁产业问题。", "五、关于戊隧道问题。"]


def test_a_letters_annex_list_and_a_two_line_signature_are_no_headings():
    text = "\n".join(["某某办公室关于某事的复函", "某办函〔2004〕8号", "某省人民政府：", ANSWER,
                      "附件：1.某部关于某村险情的调研报告", "\u00a0 \u00a0 2.某村险情调查专家组意见",
                      "某某办公室", "二〇〇四年十一月四日", "附件1", "关于某村险情的调研报告", "某某：",
                      "一、基本情况", ANSWER, "二、处理情况", ANSWER, "某部", "二〇〇四年十月十日",
                      "附件2", "某村险情调查意见", ANSWER, "某县某镇某村", "险情调查专家组", "二〇〇四年九月二十三日"])
    titles = [t for _, t in outline(doc_of(text))]
    assert not any(t.startswith(("附件：", "2.", "某县某镇某村")) for t in titles)
    assert "一、基本情况" in titles and "二、处理情况" in titles


def test_an_item_whose_text_was_omitted_runs_in_like_its_siblings():
    text = "\n".join(["某某办公室关于某市所提问题办理情况的函", "某市人民政府：",
                      "一、关于甲项目问题。某市请求，上级尽快审核甲项目的可行性研究报告，并给予适当支持。", ANSWER,
                      "二、关于乙机场问题。（略）",
                      "三、关于丙交易品种问题。某市请求增设丙交易品种，同时申请开设丁交易。", ANSWER])
    assert outline(doc_of(text)) == []
    assert sg.is_omitted_item("五、关于某某问题。（略）") and not sg.is_omitted_item("五、关于某某问题（试行）")


def test_topic_sentences_two_paragraphs_apart_are_leads():
    from pipeline.structure.leads import find_leads
    paras = ["农业生产稳步提高。全年农业总产值一百亿元，比上年增长百分之五。",
             "现代农业亮点纷呈，核心区面积达到一万亩，种植基地不断扩大。",
             "渔业生产稳定发展。全年水产品总产量两万吨，养殖面积三万亩。"]
    assert find_leads(paras, "zh") == ["农业生产稳步提高。", "", "渔业生产稳定发展。"]
    lone = ["今年是不平凡的一年。全年农业总产值一百亿元，比上年增长百分之五。", paras[1], paras[1]]
    assert find_leads(lone, "zh") == ["", "", ""]


# --- a printed bill: short-title clause and abbreviated section labels -------------------------

BILL = """[Example Bills 99th Assembly]
[From the Example Printing Office]
[H.B. 123 Received in the Upper House (RUH)]

<DOC>
99th ASSEMBLY
  1st Session
                                H. B. 123

                                 AN ACT

 To require the Example Office to publish its tables, and for other
                            purposes.

    Be it enacted by the Assembly of the Example Republic,

SECTION 1. SHORT TITLE.

    This Act may be cited as the ``Open Tables of the Example Office 
Act''.

SEC. 2. PUBLICATION OF TABLES BY THE EXAMPLE OFFICE.

    (a) In General.--The Example Office shall publish every table it
keeps, within one year after the date of the enactment of this Act.

SEC. 3. REPORT.

    The Office shall report to the Assembly on the tables it published."""


def test_a_bill_names_itself_in_its_short_title_clause_and_its_sections_are_abbreviated():
    doc = doc_of(BILL)
    assert doc.title == "Open Tables of the Example Office Act"
    assert [t for _, t in outline(doc)] == ["SECTION 1. SHORT TITLE.", "SEC. 2. PUBLICATION OF TABLES BY THE EXAMPLE OFFICE.",
                                            "SEC. 3. REPORT."]


def test_a_bare_this_act_names_nothing():
    from pipeline.structure.front import title_from_text
    assert title_from_text(["This Act shall take effect on the first day of the year."], "Part One") == "Part One"


def test_markdown_marks_written_without_a_space():
    assert sg.numbering("###Article 1 ") == "md3" and sg.unmarked("###Article 1 ") == "Article 1"
    assert sg.numbering("##某某条约") == "md2"
    assert sg.numbering("#include <stdio.h>") == "" and sg.numbering("##debug") == ""
    text = "\n".join(["##Some Treaty", "", "###Article 1 ", "", PARA, "", "###Article 2 ", "", PARA])
    doc = doc_of(text)
    assert doc.title == "Some Treaty"
    assert [t for _, t in outline(doc)] == ["Article 1", "Article 2"]
