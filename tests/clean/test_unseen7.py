"""Cleaning rules the unseen7 round (issue #11, xi1-xi6: English texts and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The society met four times in the year and reviewed every programme against its stated aims."


def test_a_bare_gutenberg_start_line_ends_the_header():
    lines = ["The Project Gutenberg EBook of A Quiet Harbour, by Jane Roe", "Title: A Quiet Harbour",
             "Author: Jane Roe", "Release Date: May 1, 2001 [EBook #9999]",
             "START OF THIS PROJECT GUTENBERG EBOOK A QUIET HARBOUR", "A Quiet Harbour", "by", "Jane Roe", EN]
    kept, removed, prov = run_rule("gutenberg-header", lines)
    assert kept[0] == "A Quiet Harbour" and len(removed) == 5
    # a sentence that only mentions the phrase further down is no header end
    kept, removed, _ = run_rule("gutenberg-header", [EN, "He said the start of the project gutenberg ebook era came late."])
    assert removed == []


def test_a_finished_credit_does_not_take_the_title_page_under_it():
    lines = ["Produced by A. Volunteer.  HTML version by B. Helper.", "A Quiet Harbour", "by", "Jane Roe", EN]
    kept, removed, _ = run_rule("gutenberg-credit", lines)
    assert [t for _, t in removed] == [lines[0]] and kept[0] == "A Quiet Harbour"
    # an unfinished credit still runs on to its next line
    lines = ["Produced by A. Volunteer and the Online Distributed", "Proofreading Team.", "", "A Quiet Harbour", EN]
    kept, removed, _ = run_rule("gutenberg-credit", lines)
    assert [t for _, t in removed] == lines[:2]


def test_a_collapsible_blocks_wrapper_and_toggle_label_go():
    lines = ["## Results", "", "<details>", "    <summary>Full text</summary>", "", "The council,", "", EN, "",
             "</details>", "", "### Next"]
    kept, removed, _ = run_rule("markup-only-lines", lines)
    assert [t.strip() for _, t in removed] == ["<details>", "<summary>Full text</summary>", "</details>"]
    assert EN in kept and "The council," in kept
    # a tag quoted once in prose, with no closing tag line, stays
    kept, removed, _ = run_rule("markup-only-lines", ["Wrap the list in", "<details>", "to fold it.", EN])
    assert removed == []


def test_rotated_watermark_pieces_go_by_repetition():
    page = ["Section 1 - Name", "", "S", "", EN, "", "AM", "", "PLE", EN, "", "S", "", "Section 2 - Aims", "", "AM", "", EN,
            "", "S", "", "AM", ""]
    kept, removed, _ = run_rule("watermark-letters", page)
    assert [t for _, t in removed] == ["S", "AM", "S", "AM", "S", "AM"]
    assert "PLE" in kept and "Section 2 - Aims" in kept   # three letters: not taken


def test_an_index_of_single_letters_stays():
    lines = ["A", "", "apple, 3", "", "B", "", "bread, 7", "", "C", "", "cheese, 9", "", "D", "", "dates, 2"]
    kept, removed, _ = run_rule("watermark-letters", lines)
    assert removed == []   # each letter once: an index, not a watermark


def test_a_contents_box_read_above_its_label_goes():
    lines = ["Club Rules", "", "▶ Part I - Members", "▶ Part II - Meetings", "▶ Part III - Money", "", "Contents", "",
             "Part I - Members", EN, "Part II - Meetings", EN, "Part III - Money", EN]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed if t.strip()] == ["▶ Part I - Members", "▶ Part II - Meetings", "▶ Part III - Money",
                                                    "Contents"]
    assert kept.count("Part I - Members") == 1 and "Club Rules" in kept
    # a short list above a label whose entries never stand again is not the contents
    lines = ["▶ Bring a pen", "▶ Bring water", "▶ Arrive early", "", "Contents", "", "Part I - Members", EN]
    kept, removed, _ = run_rule("contents-box", lines)
    assert "▶ Bring a pen" in kept


def _act_pages():
    """An Act printed page by page: numbered sections about a page apart, each with its own words,
    and a running head repeating its words on every page, its number at the start or alone."""
    body = ["(1) A person commits an offence if he does the act described in this section.",
            "(a) on summary conviction, to imprisonment for a term not exceeding 12",
            "months or to a fine (or to both);", "(2) This section applies in relation to every part of the realm."]
    lines = ["Example Act 2001", "An Act to make provision about examples."]
    for n in range(1, 6):
        # the first page holds the title and the long title, so section 1 falls near its foot
        lines += [f"{n} Duty of care in case {['one', 'two', 'three', 'four', 'five'][n - 1]}"] + body * (1 if n == 1 else 4)
        # a clause ending on a number, cut by the page break (its line a page's last)
        lines += ["(b) on conviction on indictment, to imprisonment for a term not exceeding 10"]
        lines += [f"{n + 1} Example Act 2001 (c. 9)" if n % 2 else "Example Act 2001 (c. 9)",
                  "Document Generated: 2024-01-01"] + ([] if n % 2 else [str(n + 1)])
        lines += ["years or to a fine (or to both)."]
    return lines


def test_numbered_sections_a_page_apart_are_not_the_running_head():
    lines = _act_pages()
    kept, removed, _ = run_rule("running-head", lines)
    gone = {t for _, t in removed}
    assert "Example Act 2001 (c. 9)" in gone and "2 Example Act 2001 (c. 9)" in gone and "3" in gone
    assert all(f"{n} Duty of care" in " ".join(kept) for n in range(1, 6))   # the sections stay


def test_a_repeated_list_clause_ending_on_a_number_is_no_running_line():
    kept, removed, _ = run_rule("running-head", _act_pages())
    assert not any(t.startswith("(b) on conviction") for _, t in removed)


def test_a_pipe_separated_trail_over_the_headline_it_ends_with_goes():
    lines = ["Example Agency | Publications | Guidance | A Guide to Club Accounts for Small Societies", "",
             "A Guide to Club Accounts for Small", "Societies", "1 Keeping the books", EN]
    kept, removed, _ = run_rule("breadcrumb", lines)
    assert [t for _, t in removed] == [lines[0]] and "A Guide to Club Accounts for Small" in kept
    # a page title with the site's name, and pipes in a table row, stay
    for first in ("Bylaws | Learn Together", "Name | Role | Term of office ends in the year"):
        kept, removed, _ = run_rule("breadcrumb", [first, "", "Bylaws of the Club", EN])
        assert removed == [], first


def test_a_pager_with_its_labels_alone_goes_wherever_it_stands():
    lines = ["Rule 4: Boats", "", EN, "", "Previous", "", "Rule 3: Fees, or", "", '"What members pay"', "", "Next", "",
             "Rule 5: Meetings, or", "", '"When we meet"', "", "Rule 4 Boats on the common", "", EN]
    kept, removed, _ = run_rule("split-pager", lines)
    assert [t for _, t in removed if t.strip()] == ["Previous", "Rule 3: Fees, or", '"What members pay"', "Next",
                                                    "Rule 5: Meetings, or", '"When we meet"']
    assert "Rule 4 Boats on the common" in kept
    # a lone 'Next' (a heading, a step) is no pager
    kept, removed, _ = run_rule("split-pager", ["Plan", "", "Next", "", EN, "", EN])
    assert removed == []


def test_a_pager_whose_arrow_glyphs_became_digits_goes():
    """round11zh: an icon font's arrows saved as digits glued to the labels (`3上一篇` / `下一篇4`)."""
    body = "会议听取了各方面对草案的意见，要求起草组认真研究吸收，进一步修改完善。"
    kept, removed, _ = run_rule("split-pager", [body, "7上一篇", "下一篇8", "放大"])
    assert [t for _, t in removed][:2] == ["7上一篇", "下一篇8"] and kept[0] == body
    # a lone numbered label, or a digit on the inner side, is no pager
    kept, removed, _ = run_rule("split-pager", [body, "上一篇3", "", body])
    assert removed == []
