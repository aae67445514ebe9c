"""(r31body) `contents-line` took a play's stage direction for a contents box flattened into one line:
its names stand again as speaker lines. A list in a sentence joins its last item by a conjunction;
a contents box's entries never do."""
from __future__ import annotations

from pipeline.clean.rules_book import _contents_items

STAY = [
    "Enter ALONSO, SEBASTIAN, ANTONIO, FERDINAND, GONZALO, and others",      # a play's stage direction
    "Re-enter CALIBAN, STEPHANO, TRINCULO, ARIEL and others",                 # another edition, no serial comma
    "Exeunt KING, QUEEN, POLONIUS, LAERTES, or all",
    "各位代表、各位委员、列席人员，以及其他同志",                                   # an address list in a sentence
]
GO = [
    "詞條結構,收錄內容,收錄條件,創建方法,編輯許可權,",                                 # a wiki's help box
    "Overview, History, Geography, Economy, Culture",                        # an encyclopedia page's contents box
    "概况,历史沿革,行政区划,地理环境,经济,",
]


def test_a_list_closed_by_a_conjunction_is_no_contents_box():
    assert [t for t in STAY if _contents_items(t)] == []


def test_a_contents_box_is_still_one():
    assert all(_contents_items(t) for t in GO)
