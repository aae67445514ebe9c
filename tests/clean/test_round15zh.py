"""Round 15 (zh) chrome: made-up variants of what check set 13's Chinese half showed (issue #11),
and what each rule must leave alone."""
from __future__ import annotations

import pytest

from .helpers import PROSE, PROSE2, run_rule

HEADLINE = "某某市二〇二二年經濟運行情況分析"


@pytest.mark.parametrize("line", ["跳過導航", "跳過主選單"])
def test_a_traditional_skip_link_to_the_navigation_goes(line):
    kept, removed, _ = run_rule("site-bars", [line, "", HEADLINE, PROSE, PROSE2])
    assert [t for _, t in removed] == [line] and HEADLINE in kept


def test_a_sentence_about_skipping_the_navigation_stays():
    line = "跳過導航的設計讓讀者更快找到內容。"
    assert run_rule("site-bars", [HEADLINE, line, PROSE, PROSE2])[1] == []
