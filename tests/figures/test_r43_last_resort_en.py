"""(r43) An English value with no noun to name it still gets a name: what kind of value it is.

`It goes forwards (up!) 5 times, placing trunks.`: the words before the count are an aside in brackets
and the sentence's verb, so no noun phrase named `5 times`, and the appendix printed a row with an empty
indicator (the row's rule: never empty, never one character). As the Chinese side falls back on the
kind of value (`数量`, `时长`), the English side names it by its unit (`count` for times, `angle` for
degrees, else the unit's word or `value`). Made-up sentence (found on a blind check set's wiki page;
the rule is the row's invariant, not that page's words).
"""
from __future__ import annotations

from tests.figures.test_clauses_en import _named


def test_a_count_with_no_noun_before_it_is_named_by_its_kind():
    named = _named("The turtle turns. It goes forwards (up!) 5 times, placing trunks. Then it turns 60 degrees.")
    assert named["5 times"] == "count"
    assert all(len(v.strip()) >= 2 for v in named.values())
