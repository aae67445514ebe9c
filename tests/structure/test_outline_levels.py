"""Heading levels that hold beyond the documents they were tuned on (issue #11): a contents list's
depths, heading syntaxes that carry their depth ('#', '==', '*****', '1.1'), a report with no
'一、' level, a lone line before the numbered series. Invented texts, one phenomenon at a time,
each a variant of a corpus document's layout rather than a copy of it."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.model import Cleaned, Provenance, Removal
from pipeline.structure import structure_document
from structure.helpers import all_paragraphs
from structure.test_rules import BODY, doc_of, outline

LONG = BODY * 2
EN = "This paragraph is long enough to be body text and it runs on for a while without a break."


def doc_with_contents(body: list[str], contents: list[str], at: int = 1000):
    """A cleaned text whose contents list (`contents`, one entry a line) the cleaner removed."""
    removed = tuple(Removal(at + k, text, "link-residue") for k, text in enumerate(contents))
    return structure_document(Cleaned(tuple(body), tuple(range(1, len(body) + 1)), removed, (), Provenance("t.txt")))


def test_contents_list_depths_give_the_levels_of_prefixed_headings():
    # an encyclopedia page: every heading is prefixed with the entry's title, the infobox labels
    # come first, a section heading is followed directly by its first sub-section
    contents = [" * 1 概述 <https://x.example/a#1>", " * 2 种类 <https://x.example/a#2>",
                " * ▪ 甲种 <https://x.example/a#2_1>", " * ▪ 乙种 <https://x.example/a#2_2>",
                " * 3 用途 <https://x.example/a#3>"]
    body = ["某物", LONG, "类　　别", "器具", "某物概述", LONG, "某物种类", "某物甲种", LONG,
            "某物乙种", LONG, "某物用途", LONG, "使用之前应当检查", LONG]
    doc = doc_with_contents(body, contents)
    assert outline(doc) == [(1, "某物概述"), (1, "某物种类"), (2, "某物甲种"), (2, "某物乙种"),
                            (1, "某物用途"), (2, "使用之前应当检查")]   # unlisted: one below the listed


def test_dotted_numbers_with_leaders_and_page_numbers_give_depths():
    contents = ["1. Overview ........ 3", "2. Methods ........ 4", "2.1. Sampling ........ 4",
                "2.2. Weighting ........ 6", "3. Results ........ 9"]
    body = ["A Survey", "", EN, "", "Overview", "", EN, "", "Methods", "", "Sampling", "", EN, "",
            "Weighting", "", EN, "", "Results", "", EN]
    doc = doc_with_contents(body, contents)
    assert outline(doc) == [(1, "Overview"), (1, "Methods"), (2, "Sampling"), (2, "Weighting"), (1, "Results")]


def test_a_contents_list_that_names_too_few_lines_is_ignored():
    contents = [" * 1 甲 <https://x.example/a#1>", " * 2 乙 <https://x.example/a#2>", " * 3 丙 <https://x.example/a#3>"]
    body = ["报告", "一、回顾", LONG, "（一）经济", LONG, "二、任务", LONG]
    assert outline(doc_with_contents(body, contents)) == [(1, "一、回顾"), (2, "（一）经济"), (1, "二、任务")]


def test_a_listed_heading_is_not_glued_to_the_next_line_when_it_ends_on_a_particle():
    contents = [" * 1 收存 <https://x.example/a#1>", " * 2 核对 <https://x.example/a#2>", " * 3 保管 <https://x.example/a#3>"]
    body = ["某物", LONG, "某物收存", LONG, "某物核对", "对所有的项目应逐条核对，如有错误应及时通知有关部门予以更正。", "某物保管", LONG]
    assert [t for _, t in outline(doc_with_contents(body, contents))] == ["某物收存", "某物核对", "某物保管"]


def test_report_parts_numbered_only_in_brackets():
    # a report whose parts are '（一）' with no '一、' level above them
    text = "报告\n（一）经济运行\n" + LONG + "\n1.工业\n" + LONG + "\n2.农业\n" + LONG + "\n（二）社会事业\n" + LONG + "\n1.教育\n" + LONG
    assert outline(doc_of(text)) == [(1, "（一）经济运行"), (2, "1.工业"), (2, "2.农业"), (1, "（二）社会事业"), (2, "1.教育")]


def test_a_lone_line_before_the_numbered_series_does_not_push_it_down():
    text = "报告\n当前形势和任务\n" + LONG + "\n一、回顾\n" + LONG + "\n（一）经济\n" + LONG + "\n二、任务\n" + LONG
    assert outline(doc_of(text)) == [(1, "当前形势和任务"), (1, "一、回顾"), (2, "（一）经济"), (1, "二、任务")]


def test_markdown_title_is_the_title_and_the_depths_below_it_rank_from_one():
    text = "# 某某报告\n\n## 第一部分\n\n" + LONG + "\n\n### 小节甲\n\n" + LONG + "\n\n### 小节乙\n\n" + LONG + "\n\n## 第二部分\n\n" + LONG
    doc = doc_of(text)
    assert doc.title == "某某报告"
    assert outline(doc) == [(1, "第一部分"), (2, "小节甲"), (2, "小节乙"), (1, "第二部分")]


def test_wiki_equals_markup_gives_depths():
    text = "某某条目\n== 历史 ==\n" + LONG + "\n=== 早期 ===\n" + LONG + "\n=== 近代 ===\n" + LONG + "\n== 现状 ==\n" + LONG
    assert outline(doc_of(text)) == [(1, "历史"), (2, "早期"), (2, "近代"), (1, "现状")]


def test_star_decorated_headings_rank_by_their_marks_in_chinese_too():
    text = ("某某条目\n***** 历史[编辑] *****\n" + LONG + "\n**** 早期[编辑] ****\n" + LONG
            + "\n***** 现状[编辑] *****\n" + LONG)
    assert outline(doc_of(text)) == [(1, "历史"), (2, "早期"), (1, "现状")]


def test_english_markdown_page_through_the_cleaner():
    text = "# Field Notes\n\n## Background\n\n" + EN + "\n\n### Sites\n\n" + EN + "\n\n## Results\n\n" + EN + "\n"
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert doc.title == "Field Notes"
    assert outline(doc) == [(1, "Background"), (2, "Sites"), (1, "Results")]


def test_dotted_numbers_nest_by_their_parts():
    text = "报告\n1 总则\n" + LONG + "\n1.1 范围\n" + LONG + "\n1.1.1 例外\n" + LONG + "\n2 要求\n" + LONG
    assert outline(doc_of(text)) == [(1, "1 总则"), (2, "1.1 范围"), (3, "1.1.1 例外"), (1, "2 要求")]


def test_a_line_cut_inside_brackets_is_not_a_heading():
    text = "某物\n" + LONG + "\n关于某种单据，《某法\n》第5条规定了这种单据的用途和转让的条件，这里不再重复。\n" + LONG
    assert outline(doc_of(text)) == []


def test_an_enumeration_cut_onto_the_next_line_continues_its_paragraph():
    text = ("某物\n" + LONG + "\n应查验是否有下列文件：（1）正本（2）条款（3）收据（4）通知书\n"
            "（5）价值表。如齐备应在送达书上签字。\n" + LONG)
    paragraphs = list(all_paragraphs(doc_of(text)))
    assert not any(p.lead for p in paragraphs)
    assert any("（4）通知书（5）价值表。" in p.text for p in paragraphs)


def test_two_clause_directive_leads_in_a_run_and_narrative_openers_are_not():
    run = ("报告\n一、任务\n"
           "稳定粮食生产，提高种植效益。" + LONG + "\n"
           "发展养老事业，应对人口老龄化。" + LONG + "\n"
           "加强社会管理，维护社会安定。" + LONG + "\n"
           "去年5月，我省遭受严重的洪涝灾害。" + LONG + "\n")
    leads = [p.lead for p in all_paragraphs(doc_of(run))]
    assert leads == ["稳定粮食生产，提高种植效益。", "发展养老事业，应对人口老龄化。", "加强社会管理，维护社会安定。", ""]


def test_a_lone_two_clause_sentence_is_not_a_lead():
    text = "报告\n一、任务\n" + LONG + "\n发展养老事业，应对人口老龄化。" + LONG + "\n" + LONG
    assert not any(p.lead for p in all_paragraphs(doc_of(text)))


def test_underlined_headings_rank_by_their_underline():
    text = ("Field Notes\n\nBackground\n==========\n\n" + EN + "\n\nSites\n-----\n\n" + EN
            + "\n\nResults\n=======\n\n" + EN + "\n")
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert outline(doc) == [(1, "Background"), (2, "Sites"), (1, "Results")]
    text = "报告\n\n概述\n====\n\n" + LONG + "\n\n范围\n----\n\n" + LONG + "\n\n要求\n====\n\n" + LONG
    assert outline(doc_of(text)) == [(1, "概述"), (2, "范围"), (1, "要求")]


def test_a_rule_under_a_table_row_or_a_paragraph_is_no_underline():
    text = "Field Notes\n\nName      Value\n---------------\nalpha     1\n\n" + EN + "\n" + EN + "\n----\n\n" + EN + "\n"
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert outline(doc) == []


def test_a_wiki_page_title_written_as_a_heading_takes_no_level():
    # the page's title line ('****** Noise ******') over its sections: the title, not a part
    page = ("Noise - Wikipedia\n\n****** Noise ******\nFrom Wikipedia, the free encyclopedia\n\n" + EN
            + "\n\n***** History[edit] *****\n\n" + EN + "\n\n**** Early[edit] ****\n\n" + EN
            + "\n\n***** Measurement[edit] *****\n\n" + EN + "\n")
    doc = structure_document(clean_text(page, source_file="t.txt"))
    assert doc.title == "Noise"
    assert outline(doc) == [(1, "History"), (2, "Early"), (1, "Measurement")]


def test_a_title_heading_after_a_note_is_front_matter_and_the_sections_keep_their_levels():
    text = "For the band, see the other page.\n\n****** Noise ******\n\n" + EN + "\n\n***** History *****\n\n" + EN \
        + "\n\n**** Early ****\n\n" + EN + "\n"
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert doc.title == "Noise"
    assert outline(doc) == [(1, "History"), (2, "Early")]
    # (mdtitle) the one top-marked line is the title line itself; the note above it stays as text
    assert "For the band, see the other page." in doc.cover + [p.text for p in doc.front]


def test_a_single_outer_heading_after_body_text_is_still_a_part():
    text = "报告\n" + LONG + "\n# 总则\n" + LONG + "\n## 范围\n" + LONG + "\n## 定义\n" + LONG
    assert outline(doc_of(text)) == [(1, "总则"), (2, "范围"), (2, "定义")]


def test_a_references_heading_glued_to_the_last_line_is_split_off_at_the_top_level():
    contents = [" * 1 概述 <https://x.example/a#1>", " * 2 种类 <https://x.example/a#2>",
                " * ▪ 甲种 <https://x.example/a#2_1>", " * ▪ 乙种 <https://x.example/a#2_2>"]
    body = ["某物", LONG, "某物概述", LONG, "某物种类", "某物甲种", LONG, "某物乙种",
            "乙种用于其他场合，使用前应当检查。 参考资料", "", " * 1. 某某．某某大辞典：", "某某出版社，1990"]
    doc = doc_with_contents(body, contents)
    assert outline(doc) == [(1, "某物概述"), (1, "某物种类"), (2, "某物甲种"), (2, "某物乙种"), (1, "参考资料")]
    assert "乙种用于其他场合，使用前应当检查。" in [p.text for p in all_paragraphs(doc)]


def test_an_english_heading_whose_section_text_was_removed_still_heads_it():
    text = ("A Memo on Encodings\n\nStatus of This Memo\n\n" + EN + "\n\nCopyright Notice\n\n"
            "   Copyright (C) The Example Society (2006).\n\nAbstract\n\n" + EN + "\n\nIntroduction\n\n" + EN + "\n")
    doc = structure_document(clean_text(text, source_file="t.txt"))
    assert [t for _, t in outline(doc)] == ["Status of This Memo", "Copyright Notice", "Abstract", "Introduction"]


def test_a_wiki_dump_contents_box_with_underscores_gives_depths_to_caps_headings():
    contents = ["    * 1_Overview", "    * 2_Measurement", "          o 2.1_Sound_level", "          o 2.2_Weighting",
                "    * 3_See_also"]
    body = ["Noise", "", EN, "", "Overview", "", EN, "", "Measurement", "", EN, "", "Sound level", "", EN, "",
            "Weighting", "", EN, "", "See also", "", EN]
    doc = doc_with_contents(body, contents)
    assert outline(doc) == [(1, "Overview"), (1, "Measurement"), (2, "Sound level"), (2, "Weighting"), (1, "See also")]


def test_printed_page_headings_stand_apart_from_their_first_paragraph():
    # a web page printed to PDF: no blank line between a heading and its text, depths from the
    # contents box the cleaner removed ('•' entries, '◦' sub-entries)
    contents = ["• 1 Naming and taxonomy", "◦ 1.1 Naming", "◦ 1.2 Taxonomy", "• 2 Description", "◦ 2.1 Head"]
    body = ["Aardvark", EN, "", "Naming and taxonomy", "Naming", EN, EN, "", "Taxonomy", EN, "",
            "Description", EN, "", "Head", EN]
    assert outline(doc_with_contents(body, contents)) == [
        (1, "Naming and taxonomy"), (2, "Naming"), (2, "Taxonomy"), (1, "Description"), (2, "Head")]


def test_an_english_line_that_only_ends_with_a_listed_word_is_not_cut_from_its_paragraph():
    contents = ["1 Head", "2 Tail", "3 Body"]
    line = "The long snout ends in a disc on the front of its head"
    body = ["Animal", EN, "", "Head", EN, "", "Tail", line, "Head", "", "Body", EN]
    doc = doc_with_contents(body, contents)
    assert [t for _, t in outline(doc)] == ["Head", "Tail", "Body"]
    assert any(line in p.text for p in all_paragraphs(doc))


def test_the_page_title_a_printed_pages_running_head_names():
    from pipeline.structure.outline import running_title
    heads = [Removal(1 + 50 * k, "Aardvark - Wikipedia", "running-head") for k in range(3)]
    assert running_title(heads) == "Aardvark"
    assert running_title(heads[:2]) == ""                                          # two pages are no pattern
    assert running_title([Removal(r.line, r.text, "link-residue") for r in heads]) == ""  # not a running head
    body = ["Aardvark", EN, EN, "", "Habitat", EN]
    removed = tuple(heads)
    doc = structure_document(Cleaned(tuple(body), tuple(range(1, len(body) + 1)), removed, (), Provenance("t.txt")))
    assert doc.title == "Aardvark"


def test_a_note_above_a_wiki_dumps_marked_title_does_not_push_the_sections_down():
    # html2text dump with a saver's note and a licence line above '****** Title ******': the title
    # takes no level, sections ('*****') are level 1, sub-sections ('****') level 2
    text = "\n".join(["Saved from https://wiki.example.org/wiki/Noise on 3 May 2016", "Some_Licence_Name", "", "",
                      "****** Noise ******", "From Wikipedia, the free encyclopedia", EN,
                      "***** History[edit] *****", EN, "**** Early years[edit] ****", EN, "***** Uses[edit] *****", EN])
    doc = structure_document(clean_text(text, source_file="t.txt"), structure="rules")
    assert doc.title == "Noise"
    assert outline(doc) == [(1, "History"), (2, "Early years"), (1, "Uses")]


def test_a_numbered_heading_glued_to_its_first_paragraph_stands_apart():
    body = ["A Post", "", "1. A little glossary", "You should know the following terms before you read on.", "",
            "2. History of versions", "The following are the most relevant chapters in the history.", ""]
    assert outline(doc_with_contents(body, [])) == [(1, "1. A little glossary"), (1, "2. History of versions")]


def test_a_wrapped_numbered_list_item_is_not_cut_from_its_paragraph():
    # its next line runs on in lower case, or the item ends a sentence
    body = ["A Post", "", EN, "", "1. Develop an incremental update of the language",
            "which became the fifth edition of the standard.", "2. Develop a major new release.", "Then more text came."]
    doc = doc_with_contents(body, [])
    assert outline(doc) == []
    assert any(p.text.startswith("1. Develop an incremental update of the language which became")
               for p in all_paragraphs(doc))


def test_the_print_headers_title_after_the_sites_top_bar_and_wrapped_over_two_lines():
    title = "Versions of a Scripting Language and Their Names"
    removed = tuple(Removal(1 + 50 * k, title, "running-head") for k in range(4)) + \
        tuple(Removal(2 + 50 * k, "11/29/26, 10:49 AM", "running-head") for k in range(4))
    body = ["My Blog – about code", "Home", "About", "", "Versions of a Scripting Language and", "Their Names",
            "", EN, "", "1. A little glossary", EN, ""]
    doc = structure_document(Cleaned(tuple(body), tuple(range(1, len(body) + 1)), removed, (), Provenance("t.txt")),
                             structure="rules")
    assert doc.title == title
    assert any("My Blog" in t for t in doc.cover + [p.text for p in all_paragraphs(doc)])   # the top bar stays as text (over the title: r23cover)
    assert outline(doc) == [(1, "1. A little glossary")]


def test_a_citation_marker_on_a_line_of_its_own_rejoins_the_sentence_it_follows():
    from pipeline.structure.blocks import make_blocks
    lines = ["It makes a bleating sound if frightened.", "", "[24]", "", "When it is threatened it digs a new burrow.",
             "", "[1] ECMAScript - Wikipedia, the free encyclopedia", "", "A sentence that runs on", "", "[3][4]", "",
             "and ends here."]
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "en")]
    assert texts == ["It makes a bleating sound if frightened. [24]", "When it is threatened it digs a new burrow.",
                     "[1] ECMAScript - Wikipedia, the free encyclopedia", "A sentence that runs on [3][4] and ends here."]
