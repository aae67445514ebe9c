"""(r26contents, issue 11) Contents lists in forms nobody wrote rules on: a list over a PDF page
break, a list cut off by the excerpt, a title block printed again under the list, an arrangement
of articles, a label split by a PDF's stray space, listed depths from group lines and unnumbered
back-matter entries. Made-up texts; and what must stay (a numbered list in the body, a table with
numbers at line ends, an index at the end of a book)."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.model import Removal
from pipeline.structure import structure_document
from pipeline.structure.outline import contents_entries

from .helpers import run_rule

EN = ["The board reviewed the harbour accounts and found that the dredging budget was spent within the year.",
      "Members agreed that the new tariff would apply from the first day of the second quarter of the year.",
      "Most of the complaints received concerned the opening hours of the northern gate and the queues there.",
      "A survey of the eastern quay showed that the timber piles would need replacing within ten years.",
      "The pilots' association asked for a second launch, and the request went to the finance group.",
      "Revenue from visiting vessels rose slightly, while income from storage sheds fell for a third year."]
ZH = ["本年度全区港口吞吐量保持平稳增长，集装箱业务同比提高百分之六，散货运输总体稳定。",
      "围绕航道疏浚和码头改造，管理处完成了三项重点工程，累计投入资金一点二亿元。",
      "各部门认真落实安全生产责任制，开展隐患排查整治行动，全年未发生较大以上事故。",
      "在服务企业方面，推行通关手续网上办理，平均办理时间由两天缩短到半天以内。"]


def _para(k: int, zh: bool = False) -> str:
    pool = ZH if zh else EN
    extra = f"全年完成投资{k * 7 + 3}亿元。" if zh else f" The figure for item {k + 1} was {k * 37 + 11} tonnes."
    return pool[k % len(pool)] + extra


def _headings(text: str):
    cleaned = clean_text(text, source_file="made-up.txt")
    doc = structure_document(cleaned)
    out = []

    def walk(sections):
        for s in sections:
            out.append((" ".join(s.title.split()), s.level))
            walk(s.sections)
    walk(doc.sections)
    return cleaned, out


def _page_break(n: int, head: str) -> list[str]:
    return ["", f"- {n} -", "", head, ""]


def _plan_over_page_breaks() -> str:
    """A plan whose two-level contents list runs over a PDF page break (page number, running head),
    the body's pages broken the same way."""
    head = "Five-Year Plan for the Riverside Parks"
    chapters = [("Where we are now", ["The parks today", "Visitor numbers", "Staff and volunteers"]),
                ("What residents told us", ["The survey", "Meetings in each ward", "Letters and petitions"]),
                ("Our aims to 2030", ["Nature first", "Open to everyone", "Paid for fairly"]),
                ("Projects in each park", ["Mill Meadow", "Weir Gardens", "The Old Quarry"]),
                ("Paying for the plan", ["Grants", "Charges and leases"])]
    lines = ["Riverside Parks Plan 2026-2030", "", "Consultation draft", "", "Contents", ""]
    page, page_no, count = 1, 2, 0
    for c, (name, subs) in enumerate(chapters, 1):
        lines.append(f"Chapter {c}  {name} " + "." * (40 - len(name)) + f" {page_no}")
        count += 1
        for k, sub in enumerate(subs, 1):
            lines.append(f"    {c}.{k}  {sub} " + "." * (38 - len(sub)) + f" {page_no}")
            page_no += 1
            count += 1
            if count == 12:
                lines += _page_break(page, head)
                page += 1
    lines += _page_break(page, head)
    page += 1
    filled, k = 0, 0
    for c, (name, subs) in enumerate(chapters, 1):
        lines += [f"Chapter {c}  {name}", ""]
        for j, sub in enumerate(subs, 1):
            lines += [f"{c}.{j}  {sub}", "", _para(k), ""]
            k += 1
            filled += 4
            if filled >= 28:
                lines += _page_break(page, head)
                page += 1
                filled = 0
    return "\n".join(lines + ["", f"- {page} -"]) + "\n"


def test_a_list_over_a_pdf_page_break_goes_whole_and_the_body_keeps_its_first_chapter():
    cleaned, heads = _headings(_plan_over_page_breaks())
    listed = [r for r in cleaned.removed if "...." in r.text]
    assert len(listed) == 19   # every entry, both pages of the list
    assert ("Chapter 1 Where we are now", 1) in heads   # the body's first heading, not the list's tail
    # the listed depths: a chapter line over its numbered sections, across the page break
    assert ("1.1 The parks today", 2) in heads and ("Chapter 2 What residents told us", 1) in heads
    assert ("4.3 The Old Quarry", 2) in heads and ("Chapter 5 Paying for the plan", 1) in heads


def test_group_lines_with_leaders_set_the_depth_of_the_sections_under_them():
    removed = [Removal(10, "Chapter 1  Where we are now ........ 2", "contents-box"),
               Removal(11, "    1.1  The parks today ......... 2", "contents-box"),
               Removal(12, "    1.2  Visitor numbers ......... 3", "contents-box"),
               Removal(13, "Chapter 2  What residents told us ... 4", "contents-box"),
               Removal(14, "    2.1  The survey .............. 4", "contents-box")]
    assert contents_entries(removed) == [[("Chapter 1  Where we are now", 1), ("The parks today", 2),
                                          ("Visitor numbers", 2), ("Chapter 2  What residents told us", 1),
                                          ("The survey", 2)]]


def test_a_run_of_entries_goes_on_over_a_page_break_not_over_text():
    entries = [Removal(5, "1.  Scope ........ 1", "contents-box"), Removal(6, "2.  Terms ........ 2", "contents-box"),
               Removal(7, "3.  Duties ....... 4", "contents-box")]
    rest = [Removal(12, "4.  Fees ......... 6", "echoed-contents"), Removal(13, "5.  Appeals ...... 8", "echoed-contents"),
            Removal(14, "6.  Repeal ....... 9", "echoed-contents")]
    furniture = [Removal(9, "- 2 -", "running-head"), Removal(10, "Harbour Rules", "running-head")]
    assert len(contents_entries(entries + furniture + rest, frozenset({8, 11}))) == 1   # one list of six
    assert len(contents_entries(entries + rest)) == 2   # lines 8-11 kept text: two lists


def test_an_unnumbered_paged_entry_as_far_in_as_the_numbered_ones_is_outermost():
    removed = [Removal(3, "1. Scope of the review ............ 1", "contents-box"),
               Removal(4, "2. Findings ...................... 3", "contents-box"),
               Removal(5, "   2.1 Loans ..................... 4", "contents-box"),
               Removal(6, "3. Recommendations ............... 6", "contents-box"),
               Removal(7, "Index of sources ................. 9", "contents-box")]
    assert contents_entries(removed)[0][-1] == ("Index of sources", 1)


def test_the_tail_of_a_list_stops_where_its_outer_numbering_begins_again():
    """The list's first entry was taken by another rule (here: missing above), its tail runs into
    the body: `第一章` after `第五章` begins the body and stays."""
    lines = ["某某县乡村振兴五年规划", ""]
    lines += [f"第{n}章　{name}……………… {p}" for n, name, p in
              (("三", "产业发展", 8), ("四", "人居环境", 12), ("五", "保障措施", 16))]
    lines += ["第一节　组织保障……………… 16", "第二节　资金保障……………… 18", "",
              "第一章　规划背景", "", "第一节　发展基础", "", _para(0, True), "", "第二章　总体思路", "", _para(1, True),
              "", "第三章　产业发展", "", _para(2, True), "", "第四章　人居环境", "", _para(3, True),
              "", "第五章　保障措施", "", "第一节　组织保障", "", _para(4, True), "", "第二节　资金保障", "", _para(5, True)]
    kept, removed, _ = run_rule("echoed-contents", lines)
    assert "第一章　规划背景" in kept and "第一节　发展基础" in kept
    assert [t for _, t in removed][:3] == ["第三章　产业发展……………… 8", "第四章　人居环境……………… 12", "第五章　保障措施……………… 16"]


def test_a_title_block_printed_again_under_the_list_ends_it():
    """A charter's contents (`Part-N` over each part's name) cut off by the excerpt, then the title
    block again over the body: the list goes to its last entry, the title block stays."""
    parts = ["Preliminary", "Membership", "Rights and Duties of Members", "The Council", "Elections",
             "Finance and Audit", "Disputes", "Winding Up"]
    lines = ["THE CHARTER OF THE HILL FARMERS' UNION", "", "Table of Contents", "", "Preamble"]
    for k, name in enumerate(parts, 1):
        lines += [f"Part-{k}", name]
    lines += ["Schedule - 1", "Form of Membership Card", "", "The Charter of the Hill Farmers' Union",
              "Adopted at the General Meeting", "14 March 2019", "Preamble :",
              "We, the farmers of the upland valleys, joining together for our common good,",
              "Do hereby adopt this Charter.", "", "Part-1", "Preliminary",
              "1. Name: The union shall be called the Hill Farmers' Union and shall have its seat in the market town.",
              "", "Part-2", "Membership",
              "2. Who may join: Any person who farms land above the valley line may apply to join the union."]
    kept, removed, _ = run_rule("contents-box", lines)
    gone = [t for _, t in removed]
    assert gone[0] == "Table of Contents" and gone[-1] == "Form of Membership Card"
    assert "Adopted at the General Meeting" in kept and "14 March 2019" in kept
    assert kept.count("Part-1") == 1 and kept.count("Membership") == 1


def test_a_contents_label_split_by_a_stray_space_is_a_label():
    lines = ["THE CHARTER OF THE HILL FARMERS' UNION", "", " Table of Content s", "", "Preamble"]
    for k, name in enumerate(["Preliminary", "Membership", "The Council", "Elections"], 1):
        lines += [f"Part-{k}", name]
    lines += ["", "The Charter of the Hill Farmers' Union", "Preamble :",
              "We, the farmers of the upland valleys, joining together for our common good,", "",
              "Part-1", "Preliminary", "1. Name: The union shall be called the Hill Farmers' Union.", "",
              "Part-2", "Membership", "2. Who may join: Any person who farms land above the valley may join."]
    kept, removed, _ = run_rule("contents-box", lines)
    assert " Table of Content s" in [t for _, t in removed] and "Elections" in [t for _, t in removed]


def test_an_arrangement_of_articles_label_goes_with_its_list():
    lines = ["Constitution of the Federated Islands", "", "Arrangement of Articles", "",
             "Chapter I - The State", "Article 1 Name of the State", "Article 2 Territory", "Article 3 Official languages",
             "Chapter II - Citizenship", "Article 4 Citizens by birth", "",
             "Chapter I - The State", "", "Article 1 Name of the State", "", EN[0], "", "Article 2 Territory", "", EN[1],
             "", "Article 3 Official languages", "", EN[2], "", "Chapter II - Citizenship", "",
             "Article 4 Citizens by birth", "", EN[3]]
    cleaned, heads = _headings("\n".join(lines) + "\n")
    assert "Arrangement of Articles" in [r.text for r in cleaned.removed]
    assert ("Article 1 Name of the State", 2) in heads and ("Chapter II - Citizenship", 1) in heads


def test_what_must_stay_a_numbered_list_a_table_and_an_index_at_the_end():
    lines = ["Report of the Library Services Review", "", "Contents", "1. Scope of the review ............ 1",
             "2. Findings ...................... 3", "3. Recommendations ............... 6",
             "Index of sources ................. 9", "", "1. Scope of the review", "", EN[0], "",
             "The review looked at three things:", "1. Opening hours", "2. Staffing", "3. The mobile library", "",
             "2. Findings", "", EN[1], "", "Table 1  Loans by branch", "Central branch                  41200",
             "North branch                    18350", "Harbour branch                  12975",
             "Mobile library                   6410", "", EN[2], "", "3. Recommendations", "", EN[3], "",
             "Index of sources", "", "Annual loans survey, 2024 ............ 3", "Branch managers' returns ............. 4",
             "Residents' panel notes ............... 6", "Staff questionnaire .................. 7"]
    cleaned, heads = _headings("\n".join(lines) + "\n")
    gone = {r.line for r in cleaned.removed if r.text.strip()}
    assert gone == {3, 4, 5, 6, 7}
    assert heads == [("1. Scope of the review", 1), ("2. Findings", 1), ("3. Recommendations", 1), ("Index of sources", 1)]


def test_a_list_printed_again_on_a_later_page_goes_both_times():
    entries = ["一、学校概况　　　　　　　　　　　1", "二、学生发展　　　　　　　　　　　3",
               "三、教学改革　　　　　　　　　　　6", "四、服务贡献　　　　　　　　　　　9"]
    lines = ["某某职业学院年度质量报告", "", "目录", *entries, "", "一、学校概况", "", _para(0, True), "",
             "二、学生发展", "", _para(1, True), "", _para(2, True), "", "", "目录", *entries, "",
             "三、教学改革", "", _para(3, True), "", "四、服务贡献", "", _para(4, True)]
    cleaned, heads = _headings("\n".join(lines) + "\n")
    assert sum(1 for r in cleaned.removed if r.text in entries) == 8
    assert [h for h, _ in heads] == ["一、学校概况", "二、学生发展", "三、教学改革", "四、服务贡献"]


def test_a_cjk_paged_list_with_leaders_goes_though_the_body_numbers_its_parts_otherwise():
    """`第一部分　…………1` listed, `一、…` in the body: the entries' words stand again under another
    numbering, the page numbers in order make the list navigation."""
    lines = ["某某区2025年政府工作报告", "", "目录", "第一部分　2024年工作回顾………………1", "第二部分　2025年总体要求………………6",
             "第三部分　2025年重点任务………………8", "第四部分　加强政府自身建设……………15", "", "各位代表：", "",
             "一、2024年工作回顾", "", _para(0, True), "", "二、2025年总体要求", "", _para(1, True), "",
             "三、2025年重点任务", "", _para(2, True), "", "四、加强政府自身建设", "", _para(3, True)]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed] == lines[2:7]


def test_an_english_paged_box_reads_over_a_one_word_entry():
    lines = ["Annual Report of the Valley Water Trust", "", "CONTENTS", "", "Chair's statement\t1",
             "Our year in numbers\t3", "Rivers and reservoirs\t5", "Accounts\t12", "", "CHAIR'S STATEMENT", "", EN[0]]
    kept, removed, _ = run_rule("contents-box", lines)
    assert [t for _, t in removed][-1] == "Accounts\t12"
    # a list of a book's letters numbers its entries, not their pages: it is no paged box
    from pipeline.clean.page import Page
    from pipeline.clean.rules_portal import _paged_entries
    letters = ["The Harbour Letters", "", "Contents", "Letter 1", "Letter 2", "Letter 3", "", EN[1]]
    assert _paged_entries(Page.from_text("\n".join(letters)).lines, 2) == []
    mixed = ["Report", "", "Contents", "Summary of the year 1", "Our rivers 3", "Accounts 4", "Letter 5", "", EN[1]]
    assert _paged_entries(Page.from_text("\n".join(mixed)).lines, 2) == [3, 4, 5]


def _arrangement_cut_off() -> list[str]:
    return ["Harbour Dues Act", "", "LAWS OF THE ISLANDS", "2020 REVISED EDITION", "", "", "HARBOUR DUES ACT", "", "",
            "Arrangement of Sections", "Section", "", "", "PART 1 — PRELIMINARY", "", "", "1 Short title",
            "2 Interpretation", "3 Application to government vessels", "", "", "PART 2 — DUES", "", "",
            "4 Dues payable on entry", "5 Exemptions", "6 Recovery of unpaid dues", "", "", "SCHEDULE 1",
            "RATES OF DUES", "", "", "SCHEDULE 2", "FORMS OF RECEIPT", "", "", "HARBOUR DUES ACT", "", "",
            "AN ACT TO PROVIDE FOR THE LEVYING OF DUES ON VESSELS ENTERING THE HARBOURS OF THE ISLANDS", "", "",
            "PART 1 — PRELIMINARY", "", "", "1 Short title", "", "This Act may be cited as the Harbour Dues Act.", "",
            "2 Interpretation", "", "In this Act, \"harbour master\" means the officer appointed to that post under "
            "the Ports Act, and \"vessel\" includes any boat or craft.", "", "3 Application to government vessels", "",
            "This Act applies to vessels owned by the Government except those of the police and the coastguard."]


def test_an_arrangement_cut_off_by_the_excerpt_ends_at_the_acts_name_again():
    """The schedules the excerpt never reaches, with no provision under them, are the list's: the
    Act's name printed again over its text ends the list, not the last numbered line."""
    kept, removed, _ = run_rule("contents-box", _arrangement_cut_off())
    gone = [t for _, t in removed]
    assert gone[0] == "Arrangement of Sections" and gone[-1] == "FORMS OF RECEIPT" and "SCHEDULE 2" in gone
    assert kept.count("HARBOUR DUES ACT") == 2 and kept.count("1 Short title") == 1


def test_an_arrangement_in_groups_apart_by_blank_lines_gives_the_sections_their_depth():
    removed = [Removal(14, "PART 1 — PRELIMINARY", "contents-box"), Removal(17, "1 Short title", "contents-box"),
               Removal(18, "2 Interpretation", "contents-box"), Removal(22, "PART 2 — DUES", "contents-box"),
               Removal(25, "4 Dues payable on entry", "contents-box")]
    blank = frozenset({15, 16, 19, 20, 21, 23, 24})
    assert contents_entries(removed, blank) == [[("PART 1 — PRELIMINARY", 1), ("Short title", 2), ("Interpretation", 2),
                                                 ("PART 2 — DUES", 1), ("Dues payable on entry", 2)]]


def test_a_foreword_and_an_annex_listed_unnumbered_are_outermost():
    """A standard's `目　次`: `前言……Ⅱ` before `1　范围……1`, `附录A……6` after the numbered clauses, all
    set as far in: the foreword and the annex are headings of the outer level."""
    removed = [Removal(3, "目　次", "echoed-contents"), Removal(4, "前言…………………………Ⅱ", "echoed-contents"),
               Removal(5, "1　范围……………………1", "echoed-contents"), Removal(6, "2　术语和定义…………1", "echoed-contents"),
               Removal(7, "2.1　城市公园……………1", "echoed-contents"),
               Removal(8, "附录A（资料性）　服务设施一览表……6", "echoed-contents")]
    assert contents_entries(removed) == [[("前言", 1), ("范围", 1), ("术语和定义", 1), ("城市公园", 2),
                                          ("附录A（资料性）　服务设施一览表", 1)]]
    # a flat list with no number at all says nothing of depth
    flat = [Removal(n, f"{name}……{n}", "echoed-contents") for n, name in enumerate(["前言", "总则", "附则"], 4)]
    assert contents_entries(flat) == []


def test_an_unnumbered_list_names_its_headings_one_level_under_worded_parts():
    """No numbers at all: entries set as far in as one another are one level, a wrapped entry's rest
    (lower case, its page number) is the entry's; under `Part One: …` group lines the entries are
    one below. The body's headings are matched without case and marks (`Who May Apply?`)."""
    flat = [Removal(3, "Introduction                                 1", "echoed-contents"),
            Removal(4, "What the pilot set out to do and how the schools were chosen", "echoed-contents"),
            Removal(5, "  for the first year                         3", "echoed-contents"),
            Removal(6, "Meals served and what pupils thought of them  6", "echoed-contents"),
            Removal(7, "Lessons for a wider roll-out                15", "echoed-contents")]
    assert contents_entries(flat) == [[("Introduction", 1),
                                       ("What the pilot set out to do and how the schools were chosen for the first year", 1),
                                       ("Meals served and what pupils thought of them", 1), ("Lessons for a wider roll-out", 1)]]
    grouped = [Removal(n, text, "contents-box") for n, text in enumerate(
        ["Part One: Joining the Scheme", "Who may apply", "Choosing a plot", "Part Two: Looking After Your Plot",
         "Water and compost"], 4)]
    assert contents_entries(grouped) == [[("Part One: Joining the Scheme", 1), ("Who may apply", 2), ("Choosing a plot", 2),
                                          ("Part Two: Looking After Your Plot", 1), ("Water and compost", 2)]]
    # a division's label over its name ('Part-1' / 'Preliminary') is left to the headings' shapes
    labelled = [Removal(n, text, "contents-box") for n, text in enumerate(
        ["Preamble", "Part-1", "Preliminary", "Part-2", "Membership"], 4)]
    assert contents_entries(labelled) == []


def test_a_long_heading_the_list_names_is_a_heading_at_the_listed_level():
    lines = ["Evaluation of the School Meals Pilot", "", "Introduction                                                    1",
             "What the pilot set out to do and how the schools were chosen",
             "  for the first year                                             3",
             "Meals served and what pupils thought of them                    6",
             "Lessons for a wider roll-out                                   15", "", "Introduction", "", EN[0], "",
             "What the pilot set out to do and how the schools were chosen for the first year", "", EN[1], "",
             "Meals served and what pupils thought of them", "", EN[2], "", "Lessons for a wider roll-out", "", EN[3]]
    cleaned, heads = _headings("\n".join(lines) + "\n")
    assert heads == [("Introduction", 1), ("What the pilot set out to do and how the schools were chosen for the first year", 1),
                     ("Meals served and what pupils thought of them", 1), ("Lessons for a wider roll-out", 1)]


def _chain(lines: list[str]):
    cleaned = clean_text("\n".join(lines) + "\n", source_file="made-up.txt")
    return {r.line: r.rule for r in cleaned.removed if r.text.strip()}, cleaned


def test_the_next_page_of_a_paged_list_goes_though_the_excerpt_never_reaches_its_entries():
    lines = ["某某市2026年优化营商环境工作方案", "", "目　录", "", "一、总体要求…………………1", "（一）指导思想…………………1",
             "（二）主要目标…………………2", "二、重点任务…………………3", "（一）提升政务服务效能…………3", "", "— 1 —", "",
             "（二）优化法治环境…………………7", "三、保障措施…………………9", "", "— 2 —", "", "一、总体要求", "",
             "（一）指导思想", "", _para(0, True), "", "（二）主要目标", "", _para(1, True), "", "二、重点任务", "",
             "（一）提升政务服务效能", "", _para(2, True)]
    gone, _ = _chain(lines)
    assert {11, 13, 14} <= set(gone) and gone[13] == "echoed-contents"
    assert 18 not in gone   # the body's first heading


def test_a_list_of_tables_after_the_contents_goes_and_the_captions_stay():
    lines = ["State of the Regional Fisheries 2025", "", "Contents", "", "1. Summary ................ 1",
             "2. Catches by species ...... 3", "3. The fleet .............. 6", "4. Outlook ................ 9", "",
             "List of tables", "", "Table 1  Landings by port ........ 4", "Table 2  Vessels by length ....... 7", "",
             "1. Summary", "", EN[0], "", "2. Catches by species", "", EN[1], "", "Table 1  Landings by port",
             "Northhaven                      12 400", "Easterby                         8 150", "", "3. The fleet", "",
             EN[2], "", "Table 2  Vessels by length", "Under 10 metres                     214",
             "Over 10 metres                      106", "", "4. Outlook", "", EN[3]]
    gone, _ = _chain(lines)
    assert {10, 12, 13} <= set(gone)
    assert not any(n > 14 for n in gone)   # the captions, the table rows, the body


def test_paged_lines_after_the_body_began_stay():
    """Only blank lines, a page's number or the running head may stand between the list and its
    rest: a figure table with numbers at line ends after the first heading stays."""
    lines = ["Annual Review", "", "Contents", "1. Scope ........ 1", "2. Members ........ 3", "3. Fees ........ 5", "",
             "1. Scope", "", EN[0], "", "Fees by year ........ 2019", "Fees by year ........ 2020", "", "2. Members", "",
             EN[1], "", "3. Fees", "", EN[2]]
    gone, _ = _chain(lines)
    assert set(gone) == {3, 4, 5, 6}


def test_a_unit_line_whose_number_opens_the_entries_under_it_is_a_group_line():
    removed = [Removal(n, text, "contents-box") for n, text in enumerate(
        ["SECTION 1 - GENERAL ............ 1", "    1.1 Scope ............ 1", "    1.2 Definitions ............ 2",
         "SECTION 2 - FOUNDATIONS ............ 4", "    2.1 Ground conditions ............ 4"], 3)]
    assert contents_entries(removed) == [[("SECTION 1 - GENERAL", 1), ("Scope", 2), ("Definitions", 2),
                                          ("SECTION 2 - FOUNDATIONS", 1), ("Ground conditions", 2)]]
    # an Act's sections listed one a line are entries of one level, no groups
    sections = [Removal(n, f"Section {k}  {name}", "contents-box") for n, (k, name) in
                enumerate([(1, "Short title"), (2, "Interpretation"), (3, "Application")], 3)]
    assert contents_entries(sections) == [[("Section 1  Short title", 1), ("Section 2  Interpretation", 1),
                                           ("Section 3  Application", 1)]]


def test_a_list_whose_outer_entries_the_text_never_names_gives_no_depths():
    """The group lines worded otherwise in the body (or not there): the inner entries would be
    lifted to the outer level; the list says nothing then. A label's separator may be written
    either way (`Part One: …` names `PART ONE - …`)."""
    from pipeline.structure.outline import match_outline
    run = [("Part One: Joining the Scheme", 1), ("Who may apply", 2), ("Choosing a plot", 2),
           ("Part Two: Looking After Your Plot", 1), ("Water and compost", 2)]
    body = ["PART ONE - JOINING THE SCHEME", "Who May Apply?", "Choosing a plot", "PART TWO - LOOKING AFTER YOUR PLOT",
            "Water and Compost"]
    assert match_outline(body, [run]) == {0: 1, 1: 2, 2: 2, 3: 1, 4: 2}
    assert match_outline(["Who May Apply?", "text", "Choosing a plot", "Water and compost"], [run]) == {}
