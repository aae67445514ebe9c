"""Issue #11: the kinds of line taken as the title instead of the headline on pages nobody tuned on
(a skip link, the site's name or menu, a breadcrumb, keyword spam, a wiki page's or file's name, a
column name or chunk number glued to the headline, another item's headline over a repeated one, a
print header naming a part of the page's title). Made-up lines, and lines where no rule may fire.
The real documents are tests/corpus/extra/docs/xxk*, xxq*."""
from __future__ import annotations

import textwrap

import pytest

from pipeline.model import Cleaned, Provenance, Removal
from pipeline.structure import structure_document
from pipeline.structure.title_evidence import chrome_reason, file_title, keyword_spam, unglued
from structure.test_rules import doc_of

ZH_BODY = "为进一步做好有关工作，现将有关事项通知如下，请认真贯彻落实，确保各项任务按时完成并取得实效。"
EN_BODY = ("This page sets out what the committee expects of every new bill, and why those expectations "
           "matter to the people who will read and apply the legislation once it is enacted.")


@pytest.mark.parametrize("line, english, kind", [
    ("跳到主要內容區塊", False, "a skip link"),
    ("跳转到主要内容", False, "a skip link"),
    ("Skip to main content", True, "a skip link"),
    ("首页 > 政务公开 > 通知公告", False, "a breadcrumb"),
    ("当前位置：某某网 > 2007 > 第9期", False, "a breadcrumb"),
    ("Home Some Laws 2002 Page 10", True, "a breadcrumb"),
    ("Home › Guidelines › Chapter 3", True, "a breadcrumb"),
    ("中文English", False, "a language switch"),
    ("某某下载，某某注册，某某平台", False, "keyword spam"),
    ("某某省农业信息网", False, "the site's name"),
    ("Design and Advisory Committee Home", True, "the site's name and menu"),   # with 'About us' under it
    ("GOV.UK BETA", True, "a phase banner"),
])
def test_chrome_kinds(line, english, kind):
    assert chrome_reason(line, english, "About us") == kind


@pytest.mark.parametrize("line, english", [
    ("关于印发某某网络安全管理办法的通知", False),     # names a kind of document (网 inside, not at the end)
    ("某某市人民政府关于加强互联网管理的意见", False),
    ("改革、发展、稳定", False),                      # three items with no common stem: not spam
    ("2026年政府工作报告", False),
    ("Home Rule for Ireland", True),                  # a title that opens with 'Home' and no trail
    ("Coming Home", True),                            # one word and Home: a title, not a site's menu
    ("There Is No Place Like Home", True),
    ("The Beta Distribution and Its Uses", True),
    ("Skip Counting for Beginners", True),
])
def test_titles_that_are_not_chrome(line, english):
    assert chrome_reason(line, english, EN_BODY) == ""


def test_site_name_needs_a_menu_under_it():
    assert chrome_reason("Design and Advisory Committee Home", True, "About us")
    assert not chrome_reason("Design and Advisory Committee Home", True, EN_BODY)
    assert not chrome_reason("Design and Advisory Committee Home", True, "by Jane Doe")


def test_keyword_spam_needs_a_shared_stem():
    assert keyword_spam("xx下载,xx注册,xx宝盈")
    assert not keyword_spam("下载,注册,宝盈")
    assert not keyword_spam("xx下载,xx注册")   # two items: a pair, not a spam list


def test_file_title():
    assert file_title("Page:Some General Clauses Ordinance 1966 (Cap. 1).pdf/5") == "Some General Clauses Ordinance 1966 (Cap. 1)"
    assert file_title("File:Annual_Report_2020.pdf") == "Annual Report 2020"
    assert file_title("某某市政府工作报告.docx") == "某某市政府工作报告"
    assert file_title("Guide to Python 3.12") == ""         # a version number is no extension
    assert file_title("http://example.org/a/report.pdf") == ""
    assert file_title("report.pdf") == ""                   # one bare word names nothing


def test_unglued():
    assert unglued("政务服务丨某某市人民政府关于深化改革的实施意见") == "某某市人民政府关于深化改革的实施意见"
    assert unglued("某某县关于做好防汛工作的通知｜某某网") == "某某县关于做好防汛工作的通知"
    assert unglued("1、2015年某某市政府工作报告") == "2015年某某市政府工作报告"
    assert unglued("1、加强组织领导") == ""                  # a numbered heading names no document
    assert unglued("长江丨黄河") == ""                       # no side names a kind of document
    assert unglued("某某市人民政府关于深化改革的实施意见") == ""


def test_skip_link_and_column_name_over_the_headline():
    doc = doc_of(f"跳到主要內容區塊\n\n某某市長對市府同仁歲末廣播\n\n{ZH_BODY}")
    assert doc.title == "某某市長對市府同仁歲末廣播"
    assert "跳到主要內容區塊" in doc.cover   # kept as a line over the title (r23cover): no text lost
    doc = doc_of(f"政务服务丨某某市人民政府关于深化改革的实施意见\n{ZH_BODY}")
    assert doc.title == "某某市人民政府关于深化改革的实施意见"


def test_spam_language_switch_site_name_and_breadcrumb_over_a_wrapped_title():
    doc = doc_of("某某下载，某某注册，某某平台\n\n中文English\n某某农业信息网\n\n当前位置：某某下载 > 2007 > 第9期\n\n"
                 f"农业部印发《某某检验测试机构管理办法》的通知\n\n{ZH_BODY}")
    assert doc.title == "农业部印发《某某检验测试机构管理办法》的通知"


def test_a_title_line_with_no_chrome_is_left_alone():
    doc = doc_of(f"某某县人民政府关于做好防汛工作的通知\n\n{ZH_BODY}")
    assert doc.title == "某某县人民政府关于做好防汛工作的通知"
    assert all(p.text != doc.title for p in doc.front)


def test_wiki_page_name_names_the_document():
    doc = doc_of(f"Page:Some General Clauses Ordinance 1966 (Cap. 1).pdf/5\n\n{EN_BODY}")
    assert doc.title == "Some General Clauses Ordinance 1966 (Cap. 1)"


def test_breadcrumb_then_another_items_headline_then_the_repeated_one():
    doc = doc_of("Home Some Laws 2002 Page 10\n\nPROVISIONAL MEASURES FOR THE CONTROL OF CITIZENS LEAVING THE REGION "
                 "OF SOMEWHERE ELSE FOR PERSONAL REASONS AND OTHER MATTERS\n\nRULES FOR ADMINISTERING A SHIPPING EXCHANGE\n\n"
                 f"Category  TRANSPORT\n\nRules for Administering a Shipping Exchange\n\n{EN_BODY}")
    assert doc.title == "Rules for Administering a Shipping Exchange"


def _printed(lines: str, head: str, pages: int = 1):
    lines = tuple(lines.split("\n"))
    removed = tuple(r for p in range(pages) for r in (
        Removal(1, "11/30/26, 2:03 AM", "running-head"), Removal(1, head, "running-head"),
        Removal(1, "https://example.org/page", "running-head"), Removal(1, f"{p + 1}/{pages}", "running-head")))
    return structure_document(Cleaned(lines, tuple(range(1, len(lines) + 1)), removed, (), Provenance("t.txt")),
                              structure="rules")


def test_print_header_names_one_part_of_the_page_title():
    doc = _printed(f"GOV.UK BETA\n\nCheck your flood risk\n\nThis is a new service.\n\nCookies\n\n{EN_BODY}",
                   "Cookies - Check your flood risk - GOV.UK", pages=2)
    assert doc.title == "Cookies"


def test_print_header_part_never_picks_a_numbered_section():
    doc = _printed(f"Preparing the Annual Report - Guidance for Entities\n\n1 Process of the annual report\n\n{EN_BODY}",
                   "1 Process of the annual report - Preparing the Annual Report - The Office", pages=2)
    assert not doc.title.startswith("1 ")


def test_printed_question_title_glued_to_its_paragraph_is_split():
    question = "Have the specific definitions of expressions in Part 5 of the Interpretation Act been considered?"
    doc = _printed(f"Advisory Committee Home\n\nAbout us\n\n{question} {EN_BODY}",
                   "Part 3 - Have the specific definitions of expressions in Part 5 of the Interpr…")
    assert doc.title == question
    assert any(EN_BODY in p.text for s in doc.sections for p in s.paragraphs) or any(EN_BODY in p.text for p in doc.front)


def test_top_line_title_when_no_line_was_read_as_the_title():
    from pipeline.structure.title_evidence import top_line_title
    assert top_line_title(["Browse our range of reports and publications.", "Some Control in Government Agencies",
                           "The objective of this audit was to assess the arrangements."], True) == "Some Control in Government Agencies"
    assert top_line_title(["The Storm", "ACT I", "SCENE I. On a ship at sea"], True) == "The Storm"
    assert top_line_title(["Skip to main content", "Point of the matter is this.", "1. First item"], True) == ""
    assert top_line_title(["we went to the shop and back", "and then home again"], True) == ""   # no title case
    assert top_line_title(["PART I – INTRODUCTORY", "1."], True) == ""          # capitals open a part, not a title
    assert top_line_title(["跳到主要內容區塊", "某某县关于做好防汛工作的通知", ZH_BODY], False) == "某某县关于做好防汛工作的通知"
    assert top_line_title(["一、总体要求", ZH_BODY], False) == ""


def test_a_glued_play_takes_its_first_line_not_the_file_name():
    doc = doc_of("The Storm\nACT I\nSCENE I. On a ship at sea: a noise of thunder heard.\nEnter a Master\nMaster\n"
                 "Good, speak to the mariners: fall to it, or we run ourselves aground.")
    assert doc.title == "The Storm"


# ---- the cleaner and the title block meeting (issue #11, interplay): a line either of them takes as
# chrome is the same evidence for the title, whichever took it (xxq2, xxq5, xxq7)

def _cleaned_of(text: str, drop: set[int], rule: str = "en-chrome", head: str = ""):
    """`text` as the cleaner hands it on when it removed the lines numbered in `drop` (1-based);
    `head`: a print header seen on the page (removed as running heads)."""
    all_lines = text.split("\n")
    kept = [(n, line) for n, line in enumerate(all_lines, 1) if n not in drop]
    removed = tuple(Removal(n, all_lines[n - 1], rule) for n in sorted(drop))
    if head:
        removed += (Removal(1, "11/30/26, 2:03 AM", "running-head"), Removal(1, head, "running-head"),
                    Removal(1, "1/1", "running-head"))
    return structure_document(Cleaned(tuple(t for _, t in kept), tuple(n for n, _ in kept), removed, (), Provenance("t.txt")),
                              structure="rules")


def test_wiki_page_name_removed_as_chrome_still_names_the_document():
    text = f"Page:Some General Clauses Ordinance 1966 (Cap. 1).pdf/5\n\nFrom Somewhere\nSOME GENERAL CLAUSES\nOrd. No. 1/66\n\n{EN_BODY}"
    assert _cleaned_of(text, set()).title == "Some General Clauses Ordinance 1966 (Cap. 1)"
    assert _cleaned_of(text, {1, 3}).title == "Some General Clauses Ordinance 1966 (Cap. 1)"
    # the name no longer at the top (a kept line over it): no evidence, the rules read as before
    assert _cleaned_of(f"Some Heading Line\n\n{text}", {3}).title != "Some General Clauses Ordinance 1966 (Cap. 1)"


def test_file_name_removed_never_comes_back_as_body_text():
    doc = _cleaned_of(f"Page:Some General Clauses Ordinance 1966 (Cap. 1).pdf/5\n\n{EN_BODY}", {1})
    texts = [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs]
    assert not any(".pdf/5" in t for t in texts)


def test_question_headline_over_two_lines_once_its_glued_line_is_removed():
    """With the line under it removed, the unwrapper may leave the headline's two lines as two blocks
    (xxq5): the print header's cut part still names them, joined."""
    from pipeline.structure import _title_at
    from pipeline.structure.blocks import Block
    question = ("Have the specific definitions and meanings of expressions in Part",
                "5 of the Interpretation Act 1999 been considered?")
    head = "Part 3 - Have the specific definitions and meanings of expressions in Part 5 of the Interpretation Act 1999 been c…"
    blocks = [Block(question[0], 18), Block(question[1], 19), Block(EN_BODY, 21, lines=2)]
    assert _title_at(blocks, "en", head).title == " ".join(question)
    assert _title_at([Block("Some Site Home", 5)] + blocks, "en", head).title == " ".join(question)
    # a header naming another headline joins nothing; the first line alone completes no cut part
    assert _title_at(blocks, "en", "Part 3 - Have the general meanings of words in the Act been consid…") is None
    assert _title_at([Block(" ".join(question), 18), Block(EN_BODY, 19)], "en", head).title == " ".join(question)


def test_removed_breadcrumb_still_lets_the_repeated_headline_win():
    text = ("Home Some Laws 2002 Page 10\n\nPROVISIONAL MEASURES FOR THE CONTROL OF CITIZENS LEAVING THE REGION "
            "OF SOMEWHERE ELSE FOR PERSONAL REASONS AND OTHER MATTERS\n\nRULES FOR ADMINISTERING A SHIPPING EXCHANGE\n\n"
            f"Category  TRANSPORT\n\nRules for Administering a Shipping Exchange\n\n{EN_BODY}")
    assert _cleaned_of(text, set()).title == "Rules for Administering a Shipping Exchange"
    assert _cleaned_of(text, {1, 7}).title == "Rules for Administering a Shipping Exchange"
    # the line is the evidence, whichever rule removed it; a removed top line of no chrome kind is none
    assert _cleaned_of(text, {1, 7}, rule="site-bars").title == "Rules for Administering a Shipping Exchange"
    assert _cleaned_of(text.replace("Home Some Laws 2002 Page 10", "Some Site Bar"), {1, 7}).title \
        == "RULES FOR ADMINISTERING A SHIPPING EXCHANGE"


def test_printed_question_title_at_the_top_once_the_chrome_over_it_is_removed():
    """The header-named question over two lines, glued to its paragraph, is split and read as the
    title whether the site's name and menu over it were kept or the cleaner removed them (the block
    is then the text's first, where the header's reading used to stop)."""
    question = ("Have the specific definitions and meanings of expressions in Part",
                "5 of the Interpretation Act 1999 been considered?")
    body = "\n".join(textwrap.wrap(f"{EN_BODY} {EN_BODY}", 98))
    text = f"Advisory Committee Home\n\nAbout us\n\n{question[0]}\n{question[1]}\n" \
           f"This is a single section from Chapter 13. Read the full chapter here.\n{body}"
    head = "Part 3 - Have the specific definitions and meanings of expressions in Part 5 of the Interpretation Act 1999 been c…"
    for drop in (set(), {7}, {1, 3}, {1, 3, 7}):
        assert _cleaned_of(text, drop, head=head).title == " ".join(question), drop


@pytest.mark.parametrize("upper", [
    "某某县人民政府门户网站首页政务公开互动交流",   # a run-together menu of a form no rule knows
    "某某记事簿",                                     # a blog's name
    "文件名称|某某区2025年工作安排|||",               # a catalogue row
    "2026-01-05 10:30",                                # a date stamp
])
def test_a_line_naming_no_document_over_one_that_does_is_the_pages(upper):
    """titlepick: under a line that names no kind of document, before the body, a title-shaped line
    that does ('…的通知', '…工作报告') is the title, whatever the upper line's words."""
    doc = doc_of(f"{upper}\n\n某某县人民政府关于做好防汛工作的通知\n\n{ZH_BODY}")
    assert doc.title == "某某县人民政府关于做好防汛工作的通知"
    assert upper.replace(" ", "") in ["".join(t.split()) for t in doc.cover]   # kept over the title (r23cover): no text lost


@pytest.mark.parametrize("text, title", [
    ("全县生态保护大会召开\n\n" + ZH_BODY + "\n\n附件：某某实施办法", "全县生态保护大会召开"),   # the body starts under it
    ("北京：关于印发《某某市乡村振兴责任制实施细则》的通\n知\n\n" + ZH_BODY,
     "北京：关于印发《某某市乡村振兴责任制实施细则》的通"),                      # a wrapped headline's first part
    ("坚定信心　乘势而上\n\n——在全市经济工作会议上的讲话\n\n" + ZH_BODY, "坚定信心　乘势而上"),   # a dateline
    ("某某市人民政府\n\n关于做好防汛工作的通知\n\n" + ZH_BODY, "关于做好防汛工作的通知"),  # issuer over title: its author
    ("2020年某某县人民政府工作报告（全文）\n\n政 府 工 作 报 告\n\n" + ZH_BODY, "2020年某某县人民政府工作报告（全文）"),  # a note after the name
])
def test_a_document_name_below_is_not_taken_past_the_body(text, title):
    assert "".join(doc_of(text).title.split()) == "".join(title.split())


def test_a_numbered_heading_over_a_document_name_stays_the_bodys():
    doc = doc_of(f"一、总体要求\n\n某某实施方案\n\n{ZH_BODY}")
    assert "一、总体要求" not in [p.text for p in doc.front]
