"""Cleaning rules the unseen5 round (issue #11, xv1-xv8: English texts and texts printed to PDF)
prompted: made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

EN = "The committee met four times in the year and reviewed every programme against its stated aims."


def test_a_two_page_print_loses_its_head_and_foot_by_its_complete_counters():
    head = ["1/2/27, 9:41 AM", "", "Annual Review - Example Agency"]
    foot = ["https://agency.example/review", "", ]
    lines = head + ["", "Annual Review", EN, EN, "The board then", ""] + foot + ["1/2", "", ""] + head \
        + ["", "agreed the plan.", EN, ""] + foot + ["2/2", ""]
    kept, removed, _ = run_rule("running-head", lines)
    gone = {t for _, t in removed if t.strip()}
    assert gone == {"1/2/27, 9:41 AM", "Annual Review - Example Agency", "https://agency.example/review", "1/2", "2/2"}
    assert kept.count("Annual Review") == 1 and "agreed the plan." in kept


def test_a_running_head_without_an_address_goes_too_and_page_of_counters_count():
    lines = ["Example Agency", "", "Report 2020–21", "", "Part 1: Overview", EN, EN, "", "Page 1 of 2", "",
             "Example Agency", "", "Report 2020–21", "", "Results", EN, "", "Page 2 of 2"]
    kept, removed, _ = run_rule("running-head", lines)
    assert [n for n, t in removed if t.strip()] == [1, 3, 9, 11, 13, 18]
    assert "Part 1: Overview" in kept and "Results" in kept


def test_a_one_page_print_loses_only_its_counter_at_the_end():
    lines = ["某某市人民政府办公室文件", "某政办发〔2009〕1号", "某某市人民政府办公室关于做好某某工作的通知", PROSE, "", "第1页共1页"]
    kept, removed, _ = run_rule("running-head", lines)
    assert [t for _, t in removed] == ["第1页共1页"] and kept[0] == "某某市人民政府办公室文件"


def test_fractions_and_incomplete_counters_stay():
    # counters that do not run 1..N in order, or a 1/1 inside the text, are no page count
    for lines in (["Scores", "2/2", EN, "1/2", EN], ["1/2", EN, EN, "3/3", EN], ["1/1", EN, EN, EN, EN, EN]):
        kept, removed, _ = run_rule("running-head", lines)
        assert removed == [], lines


def test_an_arrangement_of_sections_with_a_column_label_and_numbered_sections_goes():
    body = ["PART 1 - OPENING", "1. Name of the rules.", "(1) These rules may be cited as the Example Rules.",
            "2. Meaning of words.", "In these rules, a member is a person on the roll.",
            "PART 2 - MEETINGS", "3. Calling a meeting.", "(1) The chair calls a meeting.",
            "THIRD SCHEDULE - FORMS", "1. Form of notice;"]
    lines = ["Example Rules, 2020", "", "ARRANGEMENT OF SECTIONS", "Sections", "PART 1 - OPENING",
             "1. Name of the rules.", "2. Meaning of words.", "", "PART 2 - MEETINGS", "3. Calling a meeting.", "",
             "THIRD SCHEDULE - FORMS", "", "EXAMPLE STATE",
             "AN ACT to make rules for the example association, its meetings and its members, and for connected purposes."] + body
    kept, removed, _ = run_rule("contents-box", lines)
    assert [n for n, t in removed if t.strip()] == [3, 4, 5, 6, 7, 9, 10, 12]
    assert kept[-len(body):] == body and "EXAMPLE STATE" in kept
    # a numbered list under the label whose items do not stand again is no contents
    lines = ["ARRANGEMENT OF SECTIONS", "Sections", "1. One thing.", "2. Another thing.", "3. A third thing.", EN]
    assert run_rule("contents-box", lines)[1] == []


def test_a_pager_link_with_an_arrow_before_its_label_goes():
    lines = [EN, EN, "", "‹ Previous: Summary", "", "Next: Chapter 2 ›"]
    kept, removed, _ = run_rule("pager", lines)
    assert [t for _, t in removed] == ["‹ Previous: Summary", "Next: Chapter 2 ›"]
    assert run_rule("pager", [EN, "Previously on the programme, " + EN])[1] == []


def test_english_footer_links_between_removed_lines_go_as_an_island():
    from dataclasses import replace
    from pipeline.clean import BOILERPLATE_RULES
    from pipeline.clean.page import Page
    lines = [EN, "", "11/29/26, 10:05 PM", "", "Copyright", "", "Privacy", "", "Accessibility", "",
             "Contact us", "", "3/3"]
    page = replace(Page.from_text("\n".join(lines)), rule="earlier").drop([2, 10, 12])
    page = dict(BOILERPLATE_RULES)["footer-island"](replace(page, rule="footer-island"))
    assert [r.text for r in page.removed if r.rule == "footer-island"] == ["Copyright", "Privacy", "Accessibility"]
    # a closing line of the text's own (a sentence, or a longer line) stays
    page = replace(Page.from_text("\n".join([EN, "", "x", "", "Thank you all very much indeed.", "", "y"])),
                   rule="earlier").drop([2, 6])
    page = dict(BOILERPLATE_RULES)["footer-island"](replace(page, rule="footer-island"))
    assert not [r for r in page.removed if r.rule == "footer-island"]
