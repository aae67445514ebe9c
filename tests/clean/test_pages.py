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
