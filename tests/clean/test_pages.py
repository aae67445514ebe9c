"""Running page heads/feet, title-page verso and wiki chrome: synthetic cases of each phenomenon,
then the development documents of the corpus (d4 RFC, f1 PDF-extracted manual)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.clean.rules_pages import running_lines
from pipeline.decode import decode_bytes
from .helpers import run_rule

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
BODY = "This is one line of body text that goes on long enough to be a real sentence here"


def _pages(n: int, head, foot, per_page: int = 40) -> list[str]:
    lines: list[str] = []
    for page in range(1, n + 1):
        if head(page):
            lines.append(head(page))
        lines += [BODY] * per_page
        if foot(page):
            lines.append(foot(page))
    return lines


def test_numbered_footer_and_repeated_header_are_dropped():
    lines = _pages(5, lambda p: "RFC 9999   Some Title   May 2020" if p > 1 else "",
                   lambda p: f"Author   Standards Track   [Page {p}]")
    kept, removed, _ = run_rule("running-head", lines)
    assert kept == [BODY] * 200
    assert len(removed) == 9


def test_page_number_glued_to_a_running_title_that_changes_per_chapter():
    heads = {2: "2 USER MANUAL", 3: "USER MANUAL 3", 4: "4 APPENDIX A — LISTING", 5: "APPENDIX B — MACROS 5",
             6: "6 APPENDIX B — MACROS"}
    lines = _pages(6, lambda p: heads.get(p, ""), lambda p: "")
    assert sorted(running_lines(lines)) == [40, 81, 122, 163, 204]


def test_bare_numbers_every_few_lines_of_text_are_no_page_numbers():
    # an amending Act's sections: the amended Act's name, its citation, the bare section number,
    # the amendment, blank lines between: a number every 12 lines, but no page holds 5 lines of text
    lines = []
    for n in range(1, 7):
        lines += [f"THE SAMPLE {n} ACT", "", f"C.C.S.M. c. A{n}0", "", str(n), "", BODY, "", BODY, "", BODY, ""]
    assert running_lines(lines) == set()
    # the same numbers a page of text apart are page numbers
    assert len(running_lines(_pages(6, lambda p: "", lambda p: str(p), per_page=12))) == 6


def test_numbered_heads_a_parallel_programme_repeats_are_no_running_heads():
    # three programmes of one notice, each with the same numbered parts, a page of text apart
    lines = []
    for programme in "一二三":
        lines += [f"（{programme}）某某项目", "1.申报对象", *[BODY] * 12, "2.申报流程：", *[BODY] * 12,
                  "3.申报要求", *[BODY] * 12]
    assert running_lines(lines) == set()


def test_browser_footer_counter_and_its_repeated_neighbours():
    lines = _pages(4, lambda p: "3/29/24, 10:15 AM   A Page Title",
                   lambda p: f"https://example.org/a/page {p}/4")
    assert len(running_lines(lines)) == 8


def test_a_repeated_table_header_at_irregular_gaps_stays():
    lines = [BODY] * 30 + ["Value Encoding  Value Encoding"] + [BODY] * 97 + ["Value Encoding  Value Encoding"] \
        + [BODY] * 41 + ["Value Encoding  Value Encoding"] + [BODY] * 66 + ["Value Encoding  Value Encoding"]
    assert running_lines(lines) == set()


def test_numbers_at_line_ends_in_prose_are_not_page_numbers():
    lines = [f"{BODY} in {1987 + i}" for i in range(200)]
    assert running_lines(lines) == set()


def test_paragraph_split_by_a_page_break_is_rejoined():
    lines = _pages(3, lambda p: "", lambda p: f"Author   Standards Track   [Page {p}]")
    lines[39] = "   a sentence that runs on"
    lines.insert(41, "")
    lines.insert(42, "   across the page break.")
    kept, _, _ = run_rule("running-head", lines)
    at = kept.index("   a sentence that runs on")
    assert kept[at + 1] == "   across the page break."


def test_title_verso_between_title_and_its_repetition():
    lines = ["A Manual", "Jane Roe", "X is a trademark of Y.", "Copyright 1999 Z. All rights reserved.",
             "Permission is granted to copy.", "See the web page.", "A Manual", "Jane Roe", BODY]
    kept, removed, _ = run_rule("title-verso", lines)
    assert kept == ["A Manual", "Jane Roe", "A Manual", "Jane Roe", BODY]
    assert [r[0] for r in removed] == [3, 4, 5, 6]


def test_title_verso_needs_the_repetition():
    lines = ["A Manual", "X is a trademark of Y.", "Copyright 1999 Z.", BODY]
    assert run_rule("title-verso", lines)[0] == lines


WIKI = """Jump_to_navigation Jump_to_search
****** Noise ******
From Wikipedia, the free encyclopedia
Jump_to_navigation Jump_to_search
Noise is unwanted sound judged to be unpleasant, loud or disruptive to hearing.
Contents
    * 1_Measurement
          o 1.1_Recording
***** Measurement[edit] *****
Main article: Sound_pressure
.mw-parser-output .side-box{margin:4px 0;border:1px solid #aaa}
Sound is measured based on the amplitude and frequency of a sound wave today.
**** Recording[edit] ****
Sound engineers record signals and try to keep the noise out of them always.
    * v
    * t
    * e
Acoustics
Categories:
    * Noise
***** Navigation menu *****
**** Personal tools ****
    * Deutsch
 This page was last edited on 1 March 2019, at 10:00 (UTC)."""


def test_wiki_chrome():
    kept, _, _ = run_rule("wiki-chrome", WIKI.split("\n"))
    assert kept == ["****** Noise ******",
                    "Noise is unwanted sound judged to be unpleasant, loud or disruptive to hearing.",
                    "***** Measurement[edit] *****",
                    "Sound is measured based on the amplitude and frequency of a sound wave today.",
                    "**** Recording[edit] ****",
                    "Sound engineers record signals and try to keep the noise out of them always."]


def test_wiki_chrome_leaves_other_text_alone():
    lines = ["Contents", "    * 1_Measurement", "    * 2_Other", "Main article: this is not a wiki page"]
    assert run_rule("wiki-chrome", lines)[0] == lines


def test_copyright_notice_heading_is_not_a_copyright_line():
    assert run_rule("copyright", ["Copyright Notice", "", BODY])[0] == ["Copyright Notice", "", BODY]


@pytest.mark.parametrize("stem, rule", [("d4_rfc4648_base_encodings_en", "running-head"),
                                        ("f1_cweb_manual_pdfbox_en", "running-head")])
def test_dev_documents_page_furniture_matches_gold(stem, rule):
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = CORPUS / "docs" / f"{stem}.txt"
    cleaned = clean_text(decode_bytes(path.read_bytes(), name=path.name).text, source_file=path.name)
    dropped = {r.line for r in cleaned.removed if r.rule == rule and r.text.strip()}
    heads = {n for n, t in zip(gold["boilerplate_line_numbers"], gold["boilerplate_lines"])
             if n > 20}   # the running heads/feet (f1's verso notices are title-verso's)
    assert dropped == heads


# ---- wiki chrome in html2text's own forms; a printed page's address as its running foot -----------

def test_wiki_contents_box_decorated_like_the_pages_boxes():
    # html2text writes the contents box's title with the page's star marks; its entries go with it
    lines = ["****** Noise ******", "From Wikipedia, the free encyclopedia", BODY, "***** Contents *****",
             "    * 1_Measurement", "          o 1.1_Recording", "    * 2_Effects",
             "***** Measurement[edit] *****", BODY, "**** Recording[edit] ****", BODY, "***** Effects[edit] *****", BODY]
    kept, _, _ = run_rule("wiki-chrome", lines)
    assert kept == ["****** Noise ******", BODY, "***** Measurement[edit] *****", BODY,
                    "**** Recording[edit] ****", BODY, "***** Effects[edit] *****", BODY]


def test_wiki_contents_box_with_hollow_bullet_sub_entries():
    # a printed page's contents box: '•' entries, '◦' sub-entries
    lines = ["Noise", "From Wikipedia, the free encyclopedia", BODY, "Contents", "• 1 Measurement",
             "◦ 1.1 Recording", "◦ 1.2 Weighting", "• 2 Effects", "Measurement", BODY]
    assert run_rule("wiki-chrome", lines)[0] == ["Noise", BODY, "Measurement", BODY]


def test_wiki_category_list_under_a_bare_categories_line():
    lines = ["***** History[edit] *****", BODY, "***** Uses[edit] *****", BODY, "    * Only_this_one_list",
             "    * stays_in_the_article", "Categories:", "    * Noise", "    * Acoustics", "A line after the list stays."]
    kept, _, _ = run_rule("wiki-chrome", lines)
    assert kept == ["***** History[edit] *****", BODY, "***** Uses[edit] *****", BODY, "    * Only_this_one_list",
                    "    * stays_in_the_article", "A line after the list stays."]


def test_a_categories_line_outside_a_wiki_dump_is_left_alone():
    lines = ["Categories:", "    * Fruit", "    * Vegetables", BODY]
    assert run_rule("wiki-chrome", lines)[0] == lines


def test_a_printed_pages_address_footer_goes_and_the_sentence_rejoins():
    url = "https://en.wikipedia.org/wiki/Aardvark"
    lines = []
    for page in range(1, 5):
        lines += ["4/18/16, 11:02 PM", "", "Aardvark - Wikipedia", ""]
        lines += [BODY] * 40 + ["and this sentence runs on over the page"]
        lines += [url, "", f"{page}/4", "", "\f" if page < 4 else ""]
    kept, removed, _ = run_rule("running-head", lines)
    assert url not in kept and "2/4" not in kept
    assert sum(1 for _, t in removed if t == url) == 4


def test_an_address_line_that_does_not_recur_a_page_apart_stays():
    url = "https://example.org/report"
    lines = [BODY] * 10 + [url] + [BODY] * 3 + [url] + [BODY] * 50 + [url]
    assert run_rule("running-head", lines)[0] == lines


def test_wiki_lines_above_the_marked_page_title_are_the_sites():
    # a saver's note and a licence name above '****** Title ******': the article starts at its title
    lines = ["Saved from https://wiki.example.org/wiki/Noise on 3 May 2016", "Some_Licence_Name", "", "",
             "****** Noise ******", BODY, "***** History[edit] *****", BODY, "**** Early[edit] ****", BODY]
    kept, _, _ = run_rule("wiki-chrome", lines)
    assert kept == ["****** Noise ******", BODY, "***** History[edit] *****", BODY, "**** Early[edit] ****", BODY]


def test_wiki_lines_above_the_first_heading_stay_when_no_title_is_marked():
    # no line outranks the sections: the lead above the first section is the article's
    lines = ["Noise", BODY, "***** History[edit] *****", BODY, "***** Uses[edit] *****", BODY]
    assert run_rule("wiki-chrome", lines)[0] == lines


# ---- a blog page printed with its sidebar ---------------------------------------------------------

ARCHIVE = ["► 2013 (55)", "► June (1)", "► May (11)", "▼ 2011 (380)", "► December (22)", "► November (25)"]
CLOUD = ["dev (407)", "computers (307)", "programming languages (11)", "__proto__ (3)", "münchen (4)", "tv (18)"]


def test_blog_sidebar_count_lists_go():
    lines = [BODY, "Blog archive"] + ARCHIVE + ["Labels"] + CLOUD + [BODY]
    kept, _, _ = run_rule("blog-widgets", lines)
    assert kept == [BODY, "Blog archive", "Labels", BODY]


def test_a_short_run_of_counted_items_in_the_text_stays():
    lines = [BODY, "Germany (12)", "France (9)", "Spain (4)", "Italy (3)", "Austria (2)", BODY]
    assert run_rule("blog-widgets", lines)[0] == lines


def test_a_posts_label_line_goes_but_a_sentence_about_tags_stays():
    lines = ["Labels: dev, esnext, javascript, jslang", BODY,
             "Tags: the words a reader types to find a post, as we explain below."]
    assert run_rule("blog-widgets", lines)[0] == [BODY, lines[2]]


def test_the_short_last_page_of_a_printed_page_loses_its_counter_too():
    lines = []
    for page in range(1, 5):
        lines += ["11/29/26, 10:49 AM", "", "Some Page Title", ""] + [BODY] * (40 if page < 4 else 6)
        lines += ["", "https://example.org/post.html", "", f"{page}/4", ""]
    kept, _, _ = run_rule("running-head", lines)
    assert "4/4" not in kept and "3/4" not in kept and kept.count(BODY) == 126


def test_a_numbered_line_after_a_page_chain_is_left_alone_unless_it_is_the_last_page_counter():
    lines = []
    for page in range(1, 5):
        lines += [BODY] * 40 + [f"Report {page}"]
    lines += [BODY] * 5 + ["Section 5"] + [BODY] * 3
    kept, _, _ = run_rule("running-head", lines)
    assert "Section 5" in kept


# ---- a web page printed by a browser: the top bar above the title, the sidebar after the article --

WIDE = "This is one line of the article that fills the whole width of the printed page, as prose does here"


def _printed(body: list[str], title: str = "A Post About Versions", pages: int = 4) -> list[str]:
    """`body` cut into `pages` pages under a browser's print header and footer."""
    per = -(-len(body) // pages)
    lines: list[str] = []
    for p in range(pages):
        lines += ["11/29/26, 10:49 AM", "", title, ""] + body[p * per:(p + 1) * per]
        lines += ["", "http://blog.example.org/2011/06/post.html", "", f"{p + 1}/{pages}", ""]
    return lines


def _clean(lines: list[str]) -> list[str]:
    return [t for t in clean_text("\n".join(lines), source_file="t.txt").lines if t.strip()]


SIDEBAR = [f"Popular post number {k} about" if k % 2 else f"a topic of week {k}" for k in range(60)]


def test_a_printed_pages_sidebar_after_the_article_goes():
    body = ["My Blog – notes", "Home", "About", "", "2011-06-27", "", "A Post About", "Versions", ""] + \
        [WIDE] * 30 + ["This is where the article ends, with a sentence of its own here."] + [""] + SIDEBAR
    kept = _clean(_printed(body))
    assert kept[:2] == ["A Post About", "Versions"]            # the top bar went (a bare date is another rule's)
    assert not any(t.startswith(("Popular post", "a topic of")) for t in kept)
    assert kept[-1] == "This is where the article ends, with a sentence of its own here."


def test_short_lines_after_the_last_sentence_stay_when_few_or_not_printed_from_a_browser():
    tail = SIDEBAR[:20]
    body = ["A Post About Versions", ""] + [WIDE] * 30 + ["The end of the article comes with this sentence here."] + [""] + tail
    assert all(t in _clean(_printed(body)) for t in tail)                     # fewer than 40 lines
    plain = ["A Post About Versions", ""] + [WIDE] * 30 + ["The end of the article comes with this sentence here."] + [""] + SIDEBAR
    assert all(t in _clean(plain) for t in SIDEBAR)                            # no browser footer: not a printed page


def test_a_printed_pages_lines_above_its_title_stay_when_the_title_is_not_there():
    body = ["My Blog – notes", "Home", "About", ""] + [WIDE] * 40
    kept = _clean(_printed(body, title="Some Other Title Entirely"))
    assert kept[:3] == ["My Blog – notes", "Home", "About"]


def test_the_top_bar_rule_keeps_a_bare_date_above_the_title():
    body = ["My Blog – notes", "Home", "", "2011-06-27", "", "A Post About Versions", ""] + [WIDE] * 40
    from dataclasses import replace
    from pipeline.clean.page import Page
    from pipeline.clean.rules_pages import page_furniture, printed_top_bar
    page = page_furniture(replace(Page.from_text("\n".join(_printed(body))), rule="running-head"))
    kept = printed_top_bar(replace(page, rule="printed-top-bar")).texts()
    assert "My Blog – notes" not in kept and "Home" not in kept and "2011-06-27" in kept
    # the header's title went on every page; the same line over the article stays, and opens it
    assert kept.count("A Post About Versions") == 1 and "11/29/26, 10:49 AM" not in kept


def test_a_chinese_page_title_in_a_browsers_print_header_is_one_token_and_is_dropped():
    # Chinese is written without spaces: the header's page title is one token, found by repetition
    body = "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意"
    lines = _pages(5, lambda p: "政府工作报告_滚动新闻_中国政府网",
                   lambda p: f"http://www.gov.cn/test/content_1.htm\n{p}/5", per_page=30)
    lines = [part for line in lines for part in line.split("\n")]
    lines = [body if line == BODY else line for line in lines]
    kept, removed, _ = run_rule("running-head", lines)
    assert kept == [body] * 150
    assert len(removed) == 15


def test_a_chinese_line_repeated_at_no_page_pace_stays():
    body = "这是正文的一行，内容足够长，可以当作报告正文中的一个句子来看待，没有别的意思。"
    lines = [body] * 120
    for at in (0, 13, 70, 75, 118):   # a short Chinese line repeated, but at no page's pace
        lines[at] = "工作回顾"
    assert running_lines(lines) == set()
    # the same line every 30 lines is a running head
    assert {i for i in running_lines(["工作回顾" if i % 30 == 0 else body for i in range(120)])} == {0, 30, 60, 90}


def test_a_chinese_portal_title_in_the_print_header_finds_the_article_start():
    # `标题_栏目_站名` (one token, underscores) in the header, kept in the layout beside the date;
    # the footer keeps the page counter on the address's line: the top bar above the headline goes
    body = "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。"
    lines = ["中国政府网 www.gov.cn               |    无障碍 | 繁体 | English", "首页 国务院 总理 新闻 政策",
             "首页 > 新闻 > 滚动新闻", "", "政府工作报告", "2007-03-17"]
    for p in range(1, 5):
        lines += [f"11/29/26, 11:11 AM        政府工作报告_滚动新闻_中国政府网"] if p > 1 else []
        lines += [f"第{p}页第{k}行。{body}" for k in range(30)] + [f"http://www.gov.cn/test/content_1.htm          {p}/4", "\f"]
    lines = ["11/29/26, 11:11 AM        政府工作报告_滚动新闻_中国政府网"] + lines
    cleaned = clean_text("\n".join(lines), source_file="t.txt")
    kept = [l for l in cleaned.lines if l.strip()]
    assert kept[0] == "政府工作报告"
    assert not [l for l in kept if "首页" in l or "gov.cn" in l or "_" in l]
    assert len([l for l in kept if l.endswith(body)]) == 120


def test_raw_extraction_puts_the_print_date_and_title_on_one_line():
    from pipeline.clean.rules_pages import _worded_cell
    assert _worded_cell("11/29/26, 11:11 AM 政府工作报告_滚动新闻_中国政府网") == "政府工作报告_滚动新闻_中国政府网"
    assert _worded_cell("11/29/26, 11:11 AM      Aardvark - Wikipedia") == "Aardvark - Wikipedia"
    assert _worded_cell("2026/11/29 09:05 Title") == "Title"
    assert _worded_cell("Chapter 11: 11:30 trains") == "Chapter 11: 11:30 trains"   # no date at the start


# ---- pdftotext: a two-line running head beside a 'Page N' footer (issue #11, second round) ------

def _pdftotext_pages(sizes: list[int], title_page: bool = True) -> list[str]:
    """Pages as pdftotext writes them: head, head, blank-padded, body, 'Page N' footer, and the
    form feed's blank line; page 1 opens with the head, then the title block repeating it."""
    lines: list[str] = []
    for page, size in enumerate(sizes, 1):
        lines += ["Agency SP 12-3", "", "Digital Guidelines", ""]
        if page == 1 and title_page:
            lines += ["Agency Special Publication 12-3", "", "Digital Guidelines"]
        lines += [BODY] * size + ["", f"Page {page}", ""]
    return lines


def test_two_line_running_head_beside_page_numbers_and_the_title_it_repeats():
    lines = _pdftotext_pages([40, 38, 41, 39])
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed].count("Digital Guidelines") == 4
    assert [t for _, t in removed].count("Agency SP 12-3") == 4
    assert [t for t in kept if t][:3] == ["Agency Special Publication 12-3", "Digital Guidelines", BODY]  # the title stays


def test_a_short_page_keeps_its_footer_in_the_chain():
    lines = _pdftotext_pages([40, 38, 12, 41, 39])   # page 3 mostly a figure
    removed = {lines[i] for i in running_lines(lines)}
    assert {"Page 1", "Page 2", "Page 3", "Page 4", "Page 5"} <= removed


def test_a_line_beside_page_numbers_on_only_some_pages_stays():
    lines = _pdftotext_pages([40, 38, 41, 39, 40, 42], title_page=False)
    lines = [t for t in lines if t != "Digital Guidelines" and t != "Agency SP 12-3"]
    at = [i for i, t in enumerate(lines) if t.startswith("Page ")]
    for i in at[:2]:
        lines.insert(i + 2, "Summary of Findings")   # a heading at the top of two of six pages
    lines.insert(100, "Summary of Findings")
    hits = running_lines(lines)
    assert not any(lines[i] == "Summary of Findings" for i in hits)


def test_two_copies_on_one_page_of_a_counted_print_are_no_running_line():
    """(enweb) A two-page print (`1/2`, `2/2`): its intro list names the sections and each section's
    head says the same words again on the same page; a running line stands once a page, so those
    two copies stay. The print's own head and foot, one a page, still go."""
    from pipeline.clean.rules_pages import running_lines
    body = ["The council pays for care, and you employ the carer: this guide sets out what you need",
            "to know about it, and where to find more help when you need it."]
    page1 = ["4/2/25, 9:14 AM", "", "Employing a carer - Town Council", "", "This guide covers:",
             "Sick pay", "Holidays", "", *body * 4, "", "Sick pay", *body * 4, "", "Holidays", *body * 3,
             "https://town.example/carers", "", "1/2", "\f"]
    page2 = ["4/2/25, 9:14 AM", "", "Employing a carer - Town Council", "", *body * 5,
             "https://town.example/carers", "", "2/2"]
    lines = page1 + page2
    found = {lines[i] for i in running_lines(lines)}
    assert "Sick pay" not in found and "Holidays" not in found
    assert {"4/2/25, 9:14 AM", "https://town.example/carers", "1/2", "2/2"} <= found
