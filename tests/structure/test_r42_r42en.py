"""(r42, branch r42en, issue #11) Structure forms seen when check set 39's English half was opened, each
shown on made-up text: a centred head with its bracketed stage note centred under it (a transcript's
order paper); a web page printed to PDF whose headline wrapped over two lines under a print header that
adds the site's name after a colon; a listicle's numbered heads closed by a colon, right over their
quotations; a Markdown edition's byline marked `##` under its `#` title; a publication page's facts row
under its headline; a web page printed in layout mode whose h2 heads stand under two blank lines and
its h3 under one; a bill that opens with its memorandum and whose short-title clause a PDF's text broke,
the clause's tail set over its first line. What must stay is tested beside each."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from structure.helpers import levels

PROSE = ("The committee met in the town hall on a wet Tuesday evening and heard the reports of the three "
         "working groups, which had each met twice since the spring.")


def _doc(lines: list[str]):
    return structure_document(clean_text("\n".join(lines) + "\n", source_file="t.txt"))


def _wrapped(text: str, width: int = 72) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + [line]


# -- a centred head with its stage note ----------------------------------------------------------------

def _sitting(second_note: str) -> list[str]:
    return (["FRIDAY, 4 APRIL 2031", "", "The House met at 10:00.", "",
             "                              NOTICES OF MOTION", ""]
            + _wrapped("Mr A B CARTER: Madam Speaker, I hereby give notice that on the next sitting day of the House "
                       "I shall move that the House debates the state of rural bus services and the fares charged on them.")
            + [""] + _wrapped("Ms D E FOLEY: Madam Speaker, I hereby give notice that on the next sitting day of the "
                              "House I shall move that the House debates the cost of school meals in the poorer districts.")
            + [""] + _wrapped("Dr G H IRWIN: Madam Speaker, I hereby give notice that on the next sitting day of the "
                              "House I shall move that the House debates the backlog of housing repairs in the towns.")
            + ["", "                           HARBOUR FEES BILL", "", f"                            {second_note}", ""]
            + _wrapped("The MINISTER OF TRANSPORT: Madam Speaker, this Bill lets the harbour board set its own fees for "
                       "moorings and slipways, and I ask the House to give it a second reading today. " + PROSE)
            + [""] + _wrapped(PROSE + " " + PROSE) + [""] + _wrapped(PROSE + " " + PROSE))


def test_a_centred_head_with_its_stage_note_centred_under_it_is_a_head():
    doc = _doc(_sitting("(Second Reading)"))
    titles = [t for _, t in levels(doc)]
    assert "NOTICES OF MOTION" in titles
    assert any(t.startswith("HARBOUR FEES BILL") for t in titles)


def test_a_centred_line_under_a_centred_line_still_is_no_head():
    doc = _doc(_sitting("SECOND READING"))   # no brackets: two centred lines, a title page's or a notice's
    assert not any(t.startswith("HARBOUR FEES BILL") for _, t in levels(doc))


# -- a printed headline over two lines, the site's name after a colon in the header ---------------------

def _printed(header: str) -> list[str]:
    return (["3/4/31, 9:00 AM", "", header, "", "Harbourist", "Harbour News, Food & Events", "",
             "Ferry Fares Rise, Slipway Closes: Five Things", "To Know About The Harbour Board's Budget",
             "by Pat Example in News on Mar 3, 2031 9:15 am", ""]
            + _wrapped("The harbour board met last night and agreed its budget for the coming year. " + PROSE, 110)
            + _wrapped(PROSE + " " + PROSE, 110)
            + ["http://harbourist.example.com/2031/03/03/harbour_budget.php", "", "1/2", "", "\f3/4/31, 9:00 AM", "", header, ""]
            + _wrapped(PROSE + " " + PROSE + " " + PROSE, 110)
            + ["Tags: harbour, ferry, budget", "", "http://harbourist.example.com/2031/03/03/harbour_budget.php", "", "2/2"])


def test_a_headline_wrapped_over_two_lines_is_the_title_when_the_header_adds_the_sites_name_after_a_colon():
    doc = _doc(_printed("Ferry Fares Rise, Slipway Closes: Five Things To Know About The Harbour Board's Budget: Harbourist"))
    assert doc.title == "Ferry Fares Rise, Slipway Closes: Five Things To Know About The Harbour Board's Budget"


# -- a listicle's numbered heads closed by a colon ------------------------------------------------------

QUOTE = ("“We will keep the ferry running all winter, and we will not raise the fares for children or for the "
         "pensioners who use it every day to reach the market and the clinic on the other side of the water.")


def _listicle(heads: list[str]) -> list[str]:
    out = ["Five Things To Know About The Harbour Board's Budget", ""] + _wrapped(PROSE, 110)
    for head in heads:   # a blank line over the head (a caption or a page break went), none under it
        out += ["", head] + _wrapped(QUOTE, 110)
    return out


def test_numbered_heads_closed_by_a_colon_over_their_quotations_are_heads():
    heads = ["1. The Ferry Stays:", "2. Slipway Fees Are Going Up:", "3. A New Fish Market, At Last!:",
             '4. Nobody Said The Word "Dredging:"']
    assert [t for _, t in levels(_doc(_listicle(heads)))] == heads


def test_numbered_lead_ins_in_sentence_case_stay_text():
    heads = ["1. The board agreed the following:", "2. The members then asked about the fees:",
             "3. The chair answered them as follows:"]
    assert levels(_doc(_listicle(heads))) == []


# -- a Markdown edition's byline marked as a section ------------------------------------------------------

def test_an_authors_name_marked_h2_under_the_h1_title_is_the_byline():
    doc = _doc(["# A GARDEN YEAR", "## Mary Example", "", "*Notes from a Small Allotment*", "", "---", "",
                "## Introduction", "", PROSE, "", "## THE FIRST MONTH", "", PROSE])
    assert [a.name for a in doc.authors] == ["Mary Example"]
    assert [t for _, t in levels(doc)] == ["Introduction", "THE FIRST MONTH"]


def test_a_part_marked_h2_under_the_h1_title_with_text_under_it_stays_a_part():
    doc = _doc(["# A GARDEN YEAR", "## Mary Example", "", PROSE, "", "## The First Month", "", PROSE])
    assert "Mary Example" in [t for _, t in levels(doc)]


# -- a publication's facts row under its headline ------------------------------------------------------

def test_a_facts_row_under_the_headline_is_no_heading():
    para = _wrapped(PROSE + " It had much to say about the harbour and its future.", 110)
    lines = ["3/4/31, 9:00 AM                                       Harbour Board Annual Report 2031 | Exampleland Harbour Board",
             "Skip to main content", "", "Exampleland Harbour Board", "Home     Moorings     Slipways          Fees    Publications",
             "", "", "Harbour Board Annual Report 2031", "Harbour Board Staff | Publication type: Report | Download PDF", "", ""]
    for head in ["Introduction", "Part I: Moorings", "Part II: Slipways", "Appendices", "", "What Changed", "Fewer pages"]:
        lines += [head] + (para + [""] if head else [])
    lines += ["http://harbour.example.org/publications/annual-report-2031                                   1/1"]
    doc = _doc(lines)
    assert doc.title == "Harbour Board Annual Report 2031"
    assert [t for _, t in levels(doc)][0] == "Introduction"


def test_a_row_of_topics_with_a_bar_and_no_field_stays_a_heading_candidate():
    from pipeline.structure.front import facts_row
    assert not facts_row("Moorings | Slipways | Fees")
    assert facts_row("Harbour Board Staff | Publication type: Report | Download PDF")


# -- a layout print's two sizes of space over heads ------------------------------------------------------

def _layout_print(gaps: dict[str, int]) -> list[str]:
    para = _wrapped(PROSE + " It had much to say about the harbour and its future.", 110)
    lines = ["3/4/31, 9:00 AM                                       Harbour Board Annual Report 2031 | Exampleland Harbour Board",
             "", "Harbour Board Annual Report 2031", ""]
    for head, gap in gaps.items():
        lines += [""] * (gap - 1) + [head] + para + [""]
    return lines + ["http://harbour.example.org/publications/annual-report-2031                                   1/1"]


def test_a_layout_prints_heads_under_two_blank_lines_hold_those_under_one():
    doc = _doc(_layout_print({"Introduction": 3, "Part I: Moorings": 1, "Part II: Slipways": 1, "Appendices": 1,
                              "What Changed": 3, "Fewer pages": 1, "No tables": 1}))
    assert levels(doc) == [(1, "Introduction"), (2, "Part I: Moorings"), (2, "Part II: Slipways"), (2, "Appendices"),
                           (1, "What Changed"), (2, "Fewer pages"), (2, "No tables")]


def test_one_wider_gap_alone_sets_no_level():
    doc = _doc(_layout_print({"Introduction": 3, "Part I: Moorings": 1, "Part II: Slipways": 1, "Appendices": 1,
                              "What Changed": 1, "Fewer pages": 1}))
    assert (1, "Part I: Moorings") in levels(doc)   # the words' styles rank them, as before


# -- a bill's memorandum over its cover, the short-title clause broken by the PDF's text --------------------

def test_a_bill_opening_with_its_memorandum_takes_its_short_title_with_the_tail_set_above_the_clause():
    doc = _doc(["OBJECTS AND REASONS", "",
                "This  Bill  would  amend  the  Harbours  Act,  2019  to  let  the  harbour  board  set  its  own  fees.", "",
                "EXAMPLELAND", "", "A Bill entitled", "", "An Act to amend the Harbours Act, 2019", "",
                "ENACTED by the Parliament of Exampleland as follows:", "", "Short title", "", "1.",
                "(Amendment) Act, 2031.", "", "This  Act  may  be  cited  as  the  Harbours  and  Slipways", "",
                "Fees", "", "2. The harbour board may set the fees for moorings and slipways each year."])
    assert doc.title == "Harbours and Slipways (Amendment) Act, 2031"
    assert any("OBJECTS AND REASONS" in p.text for p in doc.front)
