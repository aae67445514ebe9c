"""Cleaning rules the round9-en round (issue #11, check set 6's English half xxv1-8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean.rules_pages import running_lines

from .helpers import run_rule

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."


def test_an_inline_element_around_a_heading_loses_its_tags_and_keeps_its_words():
    kept, removed, _ = run_rule("inline-markup", ['<span class="smallcaps">PART IV Offences</span>', "", EN,
                                                  "", 'The <span lang="la">ultra vires</span> rule.'])
    assert kept[0] == "PART IV Offences"
    assert kept[-1] == "The ultra vires rule."
    assert sorted(t for _, t in removed) == sorted(['<span class="smallcaps">', "</span>", '<span lang="la">', "</span>"])


def test_a_tag_quoted_in_prose_without_its_closing_pair_stays():
    lines = ["Wrap the words in <span> and close it later.", "", "If a<b and b>c then a<c.", "",
             "CO<sub>2</sub> and <b>Date</b>: 1 May", "", EN]
    kept, removed, _ = run_rule("inline-markup", lines)
    assert kept == lines and not removed


def _pages(parts: list[tuple[str, int]]) -> list[str]:
    """Printed pages of PDF text, each opening with a running head that carries its page number;
    the numbers start again at 1 for each part."""
    out: list[str] = []
    for name, count in parts:
        for n in range(1, count + 1):
            head = f"{n}        HARBOUR v. MILLS" if n % 2 == 0 else f"     Cite as: 12 R. R. 3 (2020)        {n}"
            out += [head, "", f"{name} page", ""] + [EN] * 30
    return out


def test_page_numbers_that_start_again_at_a_part_are_running_heads_in_both_parts():
    texts = _pages([("Summary", 3), ("Opinion", 4)])
    hits = running_lines(texts)
    heads = [i for i, t in enumerate(texts) if "HARBOUR v. MILLS" in t or "Cite as" in t]
    assert set(heads) <= hits


def test_numbered_lines_before_a_chain_that_keep_no_page_pace_are_left():
    texts = ["1 Scope", "2 Terms", "3 Fees"] + [EN] * 3 + _pages([("Opinion", 4)])
    hits = running_lines(texts)
    assert not {0, 1, 2} & hits


def test_a_print_whose_page_title_names_the_site_before_the_headline_loses_its_top_bar():
    from pipeline.clean import clean_text
    body = [EN] * 12
    lines = []
    for n, page in enumerate([["Log in | Search Harbourview", "", "Harbourview", "Local News Daily", "",
                               "Home News Sport Weather", "News » Council » Statements", "",
                               "Mayor's statement on the harbour", "budget", ""] + body, body], 1):
        lines += ["3/1/26, 9:15 AM", "", "Harbourview: Mayor's statement on the harbour budget | Harbo…", ""] + page \
                 + ["", "https://harbourview.example/news/mayor-statement", "", f"{n}/2", ""]
    cleaned = clean_text("\n".join(lines))
    kept = [t.strip() for t in cleaned.lines if t.strip()]
    assert kept[:2] == ["Mayor's statement on the harbour", "budget"]
    rules = {r.text.strip(): r.rule for r in cleaned.removed if r.text.strip()}
    assert rules["Harbourview"] == rules["News » Council » Statements"] == "printed-top-bar"


def test_a_court_reporters_standing_notice_paragraph_goes_whole():
    lines = ["     NOTICE: This judgment is subject to formal revision before publication in the",
             "     official reports. Readers are requested to notify the Clerk of any errors, in order",
             "     that corrections may be made.", "", "HIGH COURT OF EASTSHIRE", "", EN]
    kept, removed, _ = run_rule("reporter-notice", lines)
    assert [t for t in kept if t.strip()] == ["HIGH COURT OF EASTSHIRE", EN]
    assert len(removed) == 3


def test_a_judgments_own_note_stays():
    lines = ["NOTE: The parties agreed the facts set out below before the hearing.", "", EN]
    kept, removed, _ = run_rule("reporter-notice", lines)
    assert kept == lines and not removed


def test_a_releases_media_contact_and_section_page_links_at_its_foot_go():
    lines = [EN, EN, "", "Media enquiries:", "Jane Roe, Harbour Board", "Tel: 555 0100", "",
             "More Harbour News: Page 1 | Page 2 | Page 3", "", "Media contact: Harbour Board Communications"]
    kept, removed, _ = run_rule("media-contact", lines)
    assert [t for t in kept if t.strip()] == [EN, EN]


def test_a_sentence_naming_a_media_contact_in_the_text_stays():
    lines = ["Media contact: the board named a new officer, who will answer questions from the press each week.", EN, EN]
    kept, removed, _ = run_rule("media-contact", lines)
    assert kept == lines and not removed


def test_a_scanning_projects_credit_and_the_items_address_go():
    lines = [EN, "", "Digitized by the Internet Archive", "in 2011 with funding from", "Eastshire County Library", "",
             "https://archive.org/details/harbourbook00east", "", "CHAPTER I", "", EN]
    kept, removed, _ = run_rule("scan-credit", lines)
    assert [t for t in kept if t.strip()] == [EN, "CHAPTER I", EN]


def test_a_sentence_about_digitising_stays():
    lines = ["The parish registers were digitized by volunteers in 2011.", "", EN]
    kept, removed, _ = run_rule("scan-credit", lines)
    assert kept == lines and not removed


def test_a_news_sites_dated_source_row_under_the_headline_goes():
    from pipeline.clean import clean_text
    for row in ("Tuesday, 3 September 2019 | Press Release: Harbour Board", "March 4, 2021 | Speech: Office of the Mayor"):
        cleaned = clean_text("\n".join(["Harbour Daily", "", "Mayor's statement on the harbour", row, "", EN, EN, EN]))
        assert row not in [t.strip() for t in cleaned.lines], row


def test_a_sentence_with_a_date_and_a_bar_stays():
    from pipeline.clean.vocab_en import RELEASE_ROW
    assert not RELEASE_ROW.match("Tuesday, 3 September 2019 | The board met and agreed the budget.")
    assert not RELEASE_ROW.match("Press Release: Harbour Board")


def test_the_trails_last_item_under_another_headline_is_the_releases_category():
    from pipeline.clean import clean_text
    lines = ["3/1/26, 9:15 AM        Budget Speech - News Releases", "", "  Harbour Town Council", "  Home Council News Contact",
             "  Home / News Releases / 2024 / Finance Office", "", "  Budget Speech", "     Finance Office", "  4 March 2024", "",
             "  " + EN, "  " + EN, "", "https://harbour.example/releases/2024/budget        1/1"]
    kept = [t.strip() for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert kept[0] == "Budget Speech" and "Finance Office" not in kept


def test_the_trails_last_item_as_the_first_line_stays():
    from pipeline.clean.page import Page
    from pipeline.clean.rules_portal import crumb_echo
    from pipeline.model import Removal
    from dataclasses import replace
    page = Page.from_text("\n".join(["Finance Office", "", EN, EN]))
    page = replace(page, removed=(Removal(0, "Home / News Releases / Finance Office", "printed-top-bar"),))
    assert crumb_echo(page).texts()[0] == "Finance Office"   # the page's own headline
    page = Page.from_text("\n".join(["Town Notices", "", "Finance Office", "", EN, EN]))   # not set under a line
    page = replace(page, removed=(Removal(0, "Home / News Releases / Finance Office", "printed-top-bar"),))
    assert "Finance Office" in crumb_echo(page).texts()
