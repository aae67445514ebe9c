"""Cleaning rules the unseen9 round (issue #11, xs1-xs8: English pages and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def _one_page(head=("4/2/25, 9:14 PM", "", "Harbour Bylaws - Town Portal", ""), foot=("", "https://example.org/bylaws", "", "1/1")):
    return [*head, "Harbour Bylaws", EN, EN, "Moorings", EN, *foot]


def test_a_one_page_print_loses_its_stamp_page_title_and_address():
    lines = _one_page()
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed if t.strip()] == ["4/2/25, 9:14 PM", "Harbour Bylaws - Town Portal",
                                                   "https://example.org/bylaws", "1/1"]
    assert [t for t in kept if t.strip()][:2] == ["Harbour Bylaws", EN]


def test_a_one_page_print_in_columns_has_its_address_mid_text():
    lines = _one_page(foot=("", "1/1"))
    lines.insert(6, "https://example.org/bylaws")   # the extractor emits the foot after the first column
    assert {lines[i] for i in running_lines(lines)} == {"4/2/25, 9:14 PM", "Harbour Bylaws - Town Portal",
                                                        "https://example.org/bylaws", "1/1"}


def test_a_one_page_print_in_layout_mode_has_head_and_foot_on_one_line_each():
    lines = ["4/2/25, 9:14 PM            Harbour Bylaws - Town Portal", "", "          Harbour Bylaws", EN, EN,
             "", "https://example.org/bylaws                    1/1"]
    assert {lines[i] for i in running_lines(lines)} == {lines[0], lines[-1]}


def test_one_end_of_a_print_alone_proves_nothing():
    # a dated log line over the text and a counter at its end, but no address: only the counter goes
    lines = ["4/2/25, 9:14 PM", "Harbour Bylaws", EN, EN, "Moorings", EN, "1/1"]
    assert {lines[i] for i in running_lines(lines)} == {"1/1"}
    # an address right over the counter is the browser's foot even without the stamp (a link list
    # ending the text still stands over the foot's own address), and the opening words stay
    lines = ["Harbour Bylaws", EN, EN, "Moorings", EN, "https://example.org/bylaws", "1/1"]
    assert {lines[i] for i in running_lines(lines)} == {"https://example.org/bylaws", "1/1"}


def test_a_sites_tag_line_over_a_post_goes():
    lines = ["Category: Harbour News", "", "Harbour Board Opens New Moorings", "", EN]
    kept, removed, _ = run_rule("taxonomy-label", lines)
    assert [t for _, t in removed] == ["Category: Harbour News"]
    # a sentence that starts with the word is the text's
    lines = ["Harbour Board Opens New Moorings", EN, "Tags: the board will issue new ones to every boat owner in the spring of next year.", EN]
    assert run_rule("taxonomy-label", lines)[1] == []


def test_a_short_trail_on_the_first_line_goes_before_an_english_headline():
    lines = ["NEWS> Harbour", "Harbour Board Opens New Moorings Along the Northern Quay", EN]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == ["NEWS> Harbour"]
    # a line with a '>' that a sentence runs on from, or a comparison in prose, stays
    lines = ["Values of x> 3", "and below are rejected by the check.", EN]
    assert run_rule("breadcrumb", lines)[1] == []


def test_an_updated_stamp_under_an_english_headline_goes():
    lines = ["NEWS> Harbour", "Harbour Board Opens New Moorings Along the Northern Quay", "Updated: 2019-04-02 09:14", "", EN]
    kept, removed, prov = run_rule("updated-at", lines)
    assert [t for _, t in removed] == ["Updated: 2019-04-02 09:14"]
    # a stamp without a date or time is a sentence's label, not the page's
    lines = ["Harbour Board Opens New Moorings Along the Northern Quay", "Updated: see the notice board", EN]
    assert run_rule("updated-at", lines)[1] == []


def test_a_category_in_a_documents_header_row_stays():
    lines = ["Working Group                                   J. Roe", "Category: Informational                         May 2019", "", EN]
    assert run_rule("taxonomy-label", lines)[1] == []
    lines = ["Working Group                                   J. Roe", "Obsoletes: 1234                                 May 2019",
             "Category: Informational", "", EN]
    assert run_rule("taxonomy-label", lines)[1] == []


def _listed(n=6):
    entries = [f"Sec. {k}.      {t}" for k, t in enumerate(["Harbour limits.", "Moorings.", "Dues; payment",
                                                            "Lights.", "Wrecks.", "Penalties."][:n], 1)]
    return ["Chapter 3", "", *entries[:2], "                   and collection.", *entries[2:]]


def test_a_list_of_sections_over_the_sections_goes():
    lines = [*_listed(), "", "", "Sec. 1.   Harbour limits.  The harbour extends from the north light to the", "south pier.", EN]
    kept, removed, _ = run_rule("provision-list", lines)
    assert len(removed) == 7 and removed[0][1].startswith("Sec. 1.") and kept[0] == "Chapter 3"
    assert "Sec. 1.   Harbour limits.  The harbour extends from the north light to the" in kept


def test_sections_the_text_does_not_take_up_again_stay():
    # one-line provisions that are the law's own text: no later line opens with the first one
    lines = [*_listed(), "", EN]
    assert run_rule("provision-list", lines)[1] == []
    # too few entries to be a list
    lines = [*_listed(3), "", "Sec. 1.   Harbour limits.  The harbour extends to the pier.", EN]
    assert run_rule("provision-list", lines)[1] == []


def test_a_chinese_two_item_first_line_is_no_first_line_trail():
    lines = ["收入>>支出", "某某县财政收入稳步增长", "全县财政收入完成预算的百分之一百零二，同比增长百分之八。"]
    assert run_rule("breadcrumb", lines)[1] == []


def test_a_case_law_sites_bars_and_labels_go():
    lines = ["LAWSITE [Home] [Courts] [Search] [Help]", "", "Harbour Court Decisions", "",
             "You are here: LAWSITE >> Courts >> Roe v Harbour Board [2019] HC 12 (2 May 2019)",
             "URL: http://www.example.org/hc/2019/12.html", "Cite as: [2019] HC 12, [2019] 2 HLR 40", "",
             "[New search] [Printable version] [Buy report: [2019] 2 HLR 40] [Help]", "", EN]
    kept, removed, _ = run_rule("site-bars", lines)
    assert [t for _, t in removed] == [lines[0], lines[4], lines[5], lines[8]]
    assert "Cite as: [2019] HC 12, [2019] 2 HLR 40" in kept


def test_bracketed_words_in_the_text_stay():
    lines = ["Roe v Harbour Board", "[2019] HC 12, [2019] 2 HLR 40, [2019] 1 All HR 3", EN,
             "See [1] [2] [3] for the earlier decisions of the court on the same point.", EN]
    assert run_rule("site-bars", lines)[1] == []
