"""Structure rules of the noblank round (issue #11: text extracted from a PDF or a web page
printed to PDF comes without blank lines between paragraphs): made-up variants of each
phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.blocks import make_blocks

# a report's paragraphs wrapped at one measure, as pdftotext writes them
PARA_ONE = ("The harbour board met four times in the year and reviewed the moorings let to residents",
            "of the district, the fees charged for each berth and the repairs made to the north quay.")
PARA_TWO = ("The board found that most of the repairs were finished on time and within the budget",
            "the council set for them, and that the fees for the season covered the running costs.",
            "Two berths stayed empty for the whole season because their pontoons were unsafe.")


def _texts(lines, numbers=None):
    return [b.text for b in make_blocks(lines, numbers or list(range(1, len(lines) + 1)), "en")]


def test_a_head_between_two_paragraphs_without_blank_lines_stands_alone():
    """No blank line anywhere: the head follows a closed sentence and stands over wrapped prose."""
    texts = _texts([*PARA_ONE, "Findings of the Board", *PARA_TWO])
    assert "Findings of the Board" in texts
    assert any(t.startswith("The harbour board met") and t.endswith("north quay.") for t in texts)


def test_a_head_over_a_line_hyphenated_at_the_measure_stands_alone():
    """The paragraph under the head runs on through a word broken at the line end."""
    lines = [*PARA_ONE, "Repairs to the Quay",
             "The board found that most of the repairs were finished on time and with\u2010",
             "in the budget the council set for them, and that the fees covered the costs.", *PARA_TWO]
    assert "Repairs to the Quay" in _texts(lines)


def test_a_head_after_a_removed_page_number_stands_alone():
    """The line before the head was a page number the cleaner removed: a gap in the line numbers
    stands for the closed sentence."""
    lines = [*PARA_ONE[:1], "Scope of the Review", *PARA_TWO]
    numbers = [1, 3, 4, 5, 6]
    assert "Scope of the Review" in _texts(lines, numbers)


def test_a_double_spaced_copy_read_back_has_no_gap_between_its_lines():
    """A copy with an empty line after every line, read back (every line number two apart): the
    step between its lines is no removed line, so a headline wrapped over two lines stays whole."""
    lines = [*PARA_ONE, "Harbour Board approves new moorings at Port Ellen,", "Islay", *PARA_TWO]
    numbers = [1 + 2 * k for k in range(len(lines))]
    assert "Islay" not in _texts(lines, numbers)


def test_a_paragraph_a_play_or_a_list_is_not_cut():
    # a capitalised line inside a paragraph, after a line that closes no sentence
    lines = [PARA_ONE[0] + " and", "Harbour Road", *PARA_TWO]
    assert "Harbour Road" not in _texts(lines)
    # a speaker's name in a play: short lines ending in marks, each opening with a capital
    play = ["Enter the Harbour Master and a Boatman", "Harbour Master",
            "Where is the boat? The tide is turning fast.", "Boatman",
            "Here, master, at the quay: make her fast!", "Harbour Master",
            "Bring her round, and lower the sail, lower!", "Boatman",
            "I pray you, keep below, the wind is rising,", "And the rain is coming in from the west."]
    assert "Boatman" not in _texts(play) and "Harbour Master" not in _texts(play)
    # a short line under a closed sentence over a line that closes one itself (an address, a name)
    lines = [*PARA_ONE, "Office of the Board", "Harbour House, Quay Street, Port Ellen, Islay, Scotland.", *PARA_TWO]
    assert "Office of the Board" not in _texts(lines)


# page text (unwrap.page_width: twenty lines or more, most at one measure of 50 or more, no blank line)
PAGE = ("The harbour board met four times in the year and reviewed the moorings let",
        "to residents of the district, the fees charged for each berth and the repairs",
        "made to the north quay during the winter storms of the previous season, with",
        "the help of the engineers the council sent to survey the damage to the walls.")


def test_a_numbered_head_between_paragraphs_of_page_text_stands_alone():
    """pdftotext: a numbered section head (decimal, or a licence's `5. Title Case.`) between two
    paragraphs with no blank line; its digit kept it from standing alone as a capitalised line does."""
    lines = [*PAGE, *PAGE, "4.3 Repairs and Maintenance", *PAGE, *PAGE, "5. Conveying Berths to Others.", *PAGE, *PAGE]
    texts = _texts(lines)
    assert "4.3 Repairs and Maintenance" in texts and "5. Conveying Berths to Others." in texts


def test_a_numbered_item_that_runs_on_or_is_a_sentence_stays():
    from pipeline.structure.unwrap import numbered_head
    assert numbered_head("10. Versions of the License") and numbered_head("2.0 Limitations")
    for text in ("1. Pay the fee.", "2. Fees, charges and costs", "3 Rs. 400", "12 of 1999", "4. Repairs to the"):
        assert not numbered_head(text), text
    # a numbered item cut at the measure goes on in lower case: it is no head over a new paragraph
    lines = [*PAGE, *PAGE, "2. The applicant pays the fee", "within a week of the day the board decides the case.", *PAGE, *PAGE]
    assert "2. The applicant pays the fee" not in _texts(lines)


def test_a_sentence_closed_before_reference_marks_ends_its_paragraph():
    """An encyclopedia copy one paragraph a line, no blank lines: the sentence ends before its
    reference marks and page tag (`… harbour. [3] :14`), and the head under it stands alone."""
    from pipeline.structure.unwrap import ends_paragraph
    assert ends_paragraph("the harbour was rebuilt in stone. [3] :14")
    assert ends_paragraph("the board approved the plan. [1] [2] :[s. 4]") and ends_paragraph("a new quay.[12]")
    assert not ends_paragraph("the harbour built by [3]") and not ends_paragraph("see the list [a]")
    long_one = ("The harbour board of the district was set up by an act of the council in the year of the great "
                "storm, and it has looked after the moorings, the quays and the lighthouse ever since. [1] :[s. 2]")
    long_two = ("The board meets four times a year in the harbour office, and its members are chosen by the "
                "residents who keep a boat in the harbour for more than half of the year. [2] :12")
    texts = _texts([long_one, long_two, "Membership", long_two.replace("The board", "Each member"), long_one])
    assert "Membership" in texts


def test_a_title_in_capitals_at_the_measure_does_not_run_on_into_mixed_case():
    """pdftotext: a bill's title in capitals long enough to reach the measure, then its first head
    in mixed case, no blank line: the title is set whole and does not take the head with it."""
    lines = ["HARBOUR MOORINGS AND QUAYS BILL 2017 (AS PASSED BY THE DISTRICT COUNCIL)",
             "Background and Introduction", *PAGE, *PAGE, *PAGE, *PAGE, *PAGE]
    texts = _texts(lines)
    assert "Background and Introduction" in texts
    # a line in capitals running on into more capitals (a wrapped title) stays one block
    lines = ["HARBOUR MOORINGS AND QUAYS BILL 2017 AS PASSED BY THE DISTRICT COUNCIL OF", "THE ISLAND",
             *PAGE, *PAGE, *PAGE, *PAGE, *PAGE]
    assert any(t.endswith("COUNCIL OF THE ISLAND") for t in _texts(lines))


# (noblank2) a copy that dropped its empty paragraphs: one paragraph a line, no blank line, short heads
DROPPED_BLANKS = [
    "The Harbour Dues Act",
    "The fees for a berth in the north basin are those the board sets each year.",
    "Rate of dues",
    "A vessel that stays longer than a week pays the weekly rate for every day it stays.",
    "The harbour master keeps the book of dues and shows it to any master who asks.",
    "Exemptions",
    "A lifeboat and a vessel of the board pay no dues; nor does a vessel sheltering from a storm.",
    "Payment",
    "Dues are paid at the harbour office before the vessel leaves the basin.",
]


def test_a_copy_without_blank_lines_and_without_wraps_keeps_one_paragraph_a_line():
    """No line stops mid-sentence with the next going on in lower case: nothing was wrapped, so the
    short lines are paragraphs (and heads) of their own, not one run-on paragraph."""
    texts = _texts(DROPPED_BLANKS)
    assert "Rate of dues" in texts and "Exemptions" in texts and "Payment" in texts
    assert len(texts) == len(DROPPED_BLANKS)


def test_hard_wrapped_text_without_blank_lines_is_still_joined():
    """A wrapped paragraph splices its lines (`… the weekly rate for` / `every day …`): the lines
    join into one paragraph as before."""
    lines = ["The Harbour Dues Act",
             "The fees for a berth in the north basin are those the board sets each year and",
             "publishes in the harbour office before the season opens, with the weekly rate for",
             "every vessel that stays longer than a week, and the rate for a vessel of the board",
             "which pays no dues, nor does a lifeboat or a vessel sheltering from a storm in",
             "the basin, whatever its length, its flag or the cargo it carries to the quay.",
             "Rate of dues",
             "A vessel that stays longer than a week pays the weekly rate for every day it stays",
             "in the basin, and the harbour master may waive the rate for a vessel in distress."]
    texts = _texts(lines)
    assert any(t.startswith("The fees for a berth") and t.endswith("to the quay.") for t in texts)


def test_numbered_paragraphs_set_with_a_gap_are_no_table():
    """(noblank2) `1.1        The …` paragraphs with no blank line between them: each line's one gap
    follows its number, the text after it runs on; aligned at one column, they are still prose."""
    from pipeline.structure.verbatim import is_layout
    paragraphs = [f"1.{n}        The harbour board reviewed the moorings let to residents in year {n} and found the fees too low."
                  for n in range(1, 5)]
    assert not is_layout([(line, k) for k, line in enumerate(paragraphs, 1)])
    table = ["1.1      Moorings        420      390", "1.2      Berths          120      118",
             "1.3      Slipways         12       12"]
    assert is_layout([(line, k) for k, line in enumerate(table, 1)])
