"""Fenced code blocks are verbatim: no cleaning rule removes, cuts or retypes their lines (issue #11:
body kept). The same lines outside a fence are still cleaned."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.fences import fenced_lines

from .helpers import PROSE, PROSE2

CODE = ["<!-- the container the widget fills -->",
        '<div class="widget"><p>Loading</p></div>',
        "# Copyright (c) 2020 Widget Kit authors",
        "Copyright © 2020 Widget Kit. All rights reserved.",
        "print('１２３　ａｂｃ')"]


def _kept(lines: list[str]) -> list[str]:
    return list(clean_text("\n".join(lines) + "\n").lines)


def test_fenced_lines_are_the_closed_blocks_with_their_fences():
    texts = ["text", "```html", "<!-- x -->", "```", "more", "~~~~", "a", "~~~~", "```"]
    assert fenced_lines(texts, list(range(1, 10))) == frozenset({2, 3, 4, 6, 7, 8})   # the last ``` never closes


def test_code_in_a_fence_is_kept_as_written():
    fence = ["```html", *CODE, "```"]
    kept = _kept([PROSE, "", *fence, "", PROSE2])
    assert kept[2:2 + len(fence)] == fence


def test_the_same_lines_outside_a_fence_are_still_cleaned():
    kept = _kept([PROSE, "", *CODE, "", PROSE2])
    assert CODE[0] not in kept and CODE[1] not in kept and CODE[3] not in kept   # residue, markup, copyright
    assert "Loading" in kept                                                     # the markup's text stays


def test_an_unclosed_fence_shields_nothing():
    kept = _kept([PROSE, "", "```", "<!-- a comment -->", "", PROSE2])
    assert "<!-- a comment -->" not in kept
