"""Cleaning rules of round21en (issue #11, check set 17 English): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN_PROSE = ("The harbour board charges a fee for each berth in the inner basin, and it publishes the fees "
            "in the spring of each year. Boats under ten metres pay half the fee.")
TITLES = ["Short title", "Interpretation", "Harbour board", "Berth fees; waivers", "Moorings",
          "Pilots and tugs", "Offences", "Regulations"]


def test_an_arrangement_the_excerpt_never_echoes_goes():
    lines = ["Harbour Berths Act", "", "ARRANGEMENT OF SECTIONS", ""]
    for n, title in enumerate(TITLES, 1):
        lines += [f"{n}.      {title}", ""]
    lines += ["1.      This Act may be cited as the Harbour Berths Act.", "", EN_PROSE]
    kept, removed, _ = run_rule("contents-box", lines)
    assert len(removed) == 1 + len(TITLES)
    kept = [k for k in kept if k.strip()]
    assert kept[0] == "Harbour Berths Act" and kept[1].startswith("1.      This Act")


def test_a_contents_list_cut_short_with_a_schedule_line_goes():
    lines = ["Contents"] + [f" {n} {title}" for n, title in enumerate(TITLES, 1)] \
        + [" 8.1 Regulations about pilots", "Schedule", "", "Short title", "", "1  " + EN_PROSE]
    kept, removed, _ = run_rule("contents-box", lines)
    assert len(removed) == 1 + len(TITLES) + 2 and [k for k in kept if k.strip()][0] == "Short title"


def test_a_short_or_sentence_list_under_contents_stays():
    lines = ["Contents", "1 Short title", "2 Interpretation", "3 Moorings", "", EN_PROSE]
    assert not run_rule("contents-box", lines)[1][1:]   # three entries: too few to be sure
    lines = ["Contents", ""] + [f"{n}. The board shall {title.lower()};" for n, title in enumerate(TITLES, 1)] + ["", EN_PROSE]
    assert len(run_rule("contents-box", lines)[1]) <= 1   # sentences ending in ';' are a list, not titles


def test_an_echoed_contents_is_left_to_the_outline():
    lines = ["Contents", ""] + [f"{n}. {title} ....... {n + 2}" for n, title in enumerate(TITLES, 1)] + [""]
    for n, title in enumerate(TITLES, 1):
        lines += [f"{n}.  {title}", "", EN_PROSE, ""]
    from pipeline.clean.rules_portal import _unechoed_arrangement
    from types import SimpleNamespace
    assert _unechoed_arrangement([SimpleNamespace(text=t) for t in lines], 0) == []
    # a Markdown copy marks the headings ('## 3.  Moorings'): they still echo the list
    marked = [f"## {t}" if t[:1].isdigit() and "...." not in t else t for t in lines]
    assert marked != lines and _unechoed_arrangement([SimpleNamespace(text=t) for t in marked], 0) == []


def test_a_sharing_sites_menu_with_account_links_goes_and_stops_at_a_repeated_line():
    lines = ["Papers", "Topics", "Study Hub", "Upload", "Plans & pricing Sign in", "Log out", "",
             "HARBOUR ISLANDS", "", "\t\t\tHARBOUR ISLANDS", "", "THE HARBOUR ISLANDS BERTHS ORDER 2031", "", EN_PROSE]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert [t for _, t in removed[:6]] == lines[:6]
    assert "\t\t\tHARBOUR ISLANDS" in kept and "THE HARBOUR ISLANDS BERTHS ORDER 2031" in kept


def test_a_plain_list_of_short_capitalised_lines_is_no_menu():
    lines = ["Papers", "Topics", "Study Hub", "", EN_PROSE]
    assert not run_rule("en-chrome", lines)[1]


def test_an_ebook_readers_tool_bar_goes():
    from pipeline.clean.rules_chrome_en import link_row
    assert link_row("Read online · Font size A- A+ · Bookmark · Next page →")
    assert link_row("Bookmark · Night mode")
    assert not link_row("Read online · The Harbour Islands Berths Order")   # a title among them: no bar
