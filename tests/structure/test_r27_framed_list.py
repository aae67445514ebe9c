"""(r27) verbatim.table_apart on a book's contents framed by unnumbered entries (`_framed_list`): the
entry over the numbered rows is no head split off the list, while a head over a table still is."""
from __future__ import annotations

from pipeline.structure.verbatim import table_apart

ROWS = ["I.    Of the River Towns", "II.   Of the Harbour and its Ships", "III.  Of the Long Winter",
        "IV.   Of the Mill and the Millers", "V.    Of the Lighthouse Keepers"]


def _group(lines):
    return [(line, n) for n, line in enumerate(lines, 1)]


def test_a_contents_list_opened_and_closed_by_unnumbered_entries_stays_one_list():
    group = _group([" The Preface", *ROWS, " The Afterword"])
    assert table_apart(group) == [group]


def test_a_head_over_a_table_still_stands_apart():
    rows = ["Permit        Fee     Term", "Mooring       120     1 year", "Slipway        40     1 day",
            "Storage        75     1 month", "Crane          60     1 hour"]
    for over in (["Schedule of Fees"], ["Schedule of Fees", "The fees are as follows:"]):
        group = _group([*over, *rows])
        assert table_apart(group) == [group[:len(over)], group[len(over):]]
    # a closing line that is a sentence frames nothing: the head over the rows still goes apart
    group = _group(["Schedule of Fees", *rows, "Fees are reviewed every year."])
    assert len(table_apart(group)) == 2
