"""Cleaning rules the round10-en round (issue #11, check set 7's English half xxy1-8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."
EN2 = "The council agreed the budget for the harbour works after a long debate on the costs involved."


def test_a_cms_info_row_and_a_download_link_with_its_size_go():
    lines = ["Harbour Works Review 2021", "Details | Written by Admin | Category: Reviews | Hits: 87", "", EN, "",
             "Download: Harbour Works Review 2021 (PDF, 1.3 MB)", "", EN2]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for _, t in removed] == [lines[1], lines[5]]


def test_a_sentence_about_a_category_or_a_download_stays():
    lines = ["Category: the works fall into two classes | see the table below for each of them.", "",
             "Download the form and send it to the clerk (PDF forms are accepted).", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert kept == lines and not removed


def test_a_review_stamp_with_its_next_review_and_pdf_notices_go():
    lines = ["The authoritative version of this report can be found via the PDF link.", "",
             "The following text has been automatically generated from the original PDF and may contain errors.", "",
             EN, "This page was last reviewed on 3 March 2021. It needs to be reviewed again on 3 March 2022 by the owner.",
             EN2]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for t in kept if t.strip()] == [EN, EN2]


def test_a_blog_comment_footer_goes_only_under_the_text():
    lines = ["No comments:", "", EN, "", EN2, "", "3 comments:", "", "Post a Comment", "", "Older Post"]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for _, t in removed] == ["3 comments:", "Post a Comment", "Older Post"]


def test_markdown_pager_and_shop_links_go_a_wrapped_one_whole():
    lines = ["[Old Texts Online](../index)  [Essays of", "Elia](../index)  [Index](index)",
             "[Previous](e02)  [Next](e04)", "", "----------------------------------------", "",
             "[Order this Book from", "Example Books](https://books.example/item/123)", "", "# Chapter III", "", EN, "",
             "----------------------------------------", "", "[Next: IV. On Ears](e05)"]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for t in kept if t.strip()] == ["# Chapter III", EN]


def test_a_link_in_the_text_and_a_heading_underline_stay():
    lines = ["Essays", "==========", "", "See [the notes](notes) for the sources.", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert kept == lines and not removed


def test_a_document_share_copys_page_labels_go():
    lines = ["HARBOUR REVIEW · 2021. 3. 4. · Harbour Review for the Year...", "",
             "Transcript of HARBOUR REVIEW · 2021. 3. 4. · Harbour Review for the Year...", "",
             "Page 1: HARBOUR REVIEW · 2021. 3. 4. · Harbour Review for the Year 2020", "", EN, "",
             "Page 2: HARBOUR REVIEW · 2021. 3. 4. · Harbour Review for the Year 2020", "", EN2]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for t in kept if t.strip()] == [EN, EN2]


def test_one_page_label_alone_stays():
    lines = ["Page 1: the cover · the title · the seal", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert kept == lines and not removed


def test_a_tease_box_picture_link_with_its_credit_run_on_goes():
    lines = ["[![](../img/tease.jpg)  ", "](index)*Essays of Elia*, by Charles Lamb, \\[1823\\], at Old Texts",
             "Online", "", "# Chapter III", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for t in kept if t.strip()] == ["# Chapter III", EN]


def test_a_picture_link_closed_on_its_own_line_stays():
    lines = ["[![](cover.png)](index)", "", "# Chapter III", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert kept == lines and not removed


def test_a_footers_address_under_its_copyright_line_goes():
    lines = [EN, "", EN2, "", "Copyright © 2024 Harbour Board. All Rights Reserved.", "1 Quay Street, Eastport, Eastshire"]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for _, t in removed] == ["1 Quay Street, Eastport, Eastshire"]


def test_an_address_in_the_text_stays():
    lines = ["Write to the Board at:", "1 Quay Street, Eastport, Eastshire", "", EN]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert kept == lines and not removed


def test_a_footers_address_goes_when_the_copyright_rule_took_the_line_over_it():
    from dataclasses import replace
    from pipeline.clean import BOILERPLATE_RULES
    from pipeline.clean.page import Page
    lines = [EN, "", EN2, "", "Copyright © 2024 Harbour Board. All Rights Reserved.", "1 Quay Street, Eastport, Eastshire"]
    rules = dict(BOILERPLATE_RULES)
    page = rules["copyright"](replace(Page.from_text("\n".join(lines)), rule="copyright"))
    page = rules["cms-chrome"](replace(page, rule="cms-chrome"))
    assert [r.text for r in page.removed if r.rule == "cms-chrome"] == ["1 Quay Street, Eastport, Eastshire"]
