"""Title rules the round8-en round (issue #11, check set 5's English half xxt1-8) widened: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import doc_of, levels

BODY = "These rules apply to every market stall licensed by the council and to every trader who holds one."


def test_a_promulgating_order_under_the_rules_name_is_no_heading():
    doc = doc_of("\n".join(["Rules of the Harbour Town on Market Stalls", "", "Order of the Harbour Town People's Government", "",
                            "(No. 12)", "", "The Rules were adopted at the 5th meeting and take effect on the day of promulgation.", "",
                            "Chapter I General Provisions", "", "Article 1 " + BODY, "", "Chapter II Licences", "", "Article 2 " + BODY]))
    assert doc.title == "Rules of the Harbour Town on Market Stalls"
    assert [t for _, t in levels(doc)] == ["Chapter I General Provisions", "Chapter II Licences"]


def test_an_order_line_without_its_number_is_left_to_the_other_rules():
    # must not fire: 'Order of the Day' with no '(No. …)' under it stays what the heading rules make of it
    doc = doc_of("\n".join(["Council Minutes", "", "Order of the Day", "", BODY, "", "Any Other Business", "", BODY]))
    assert doc.title == "Council Minutes"
    assert "Order of the Day" in [t for _, t in levels(doc)]
