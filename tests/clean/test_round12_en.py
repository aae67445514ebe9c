"""Cleaning rules the round12-en round (issue #11, check set 9's English half xxo1-8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."
EN2 = "The council agreed the budget for the harbour works after a long debate on the costs involved."
RULE = "image-buttons"


def test_an_images_bare_path_at_the_tail_goes():
    lines = ["Harbour Works Order", "", EN, "", EN2, "", "/img/crest", "", "assets/seal.png"]
    kept, removed, _ = run_rule(RULE, lines)
    assert [t for _, t in removed if t] == ["/img/crest", "assets/seal.png"]


def test_a_path_inside_a_sentence_or_a_non_image_path_stays():
    lines = ["Harbour Works Order", "", EN, "", EN2, "", "/docs/harbour-order", "", "See /images/crest for the seal."]
    kept, removed, _ = run_rule(RULE, lines)
    assert not [t for _, t in removed if t]


def test_a_site_name_printed_twice_on_the_first_line_goes():
    site = "Coastal Towns Planning Forum (CTPF) Coastal Towns Planning Forum (CTPF)"
    lines = [site, "", "2031 Harbour Plan", "", EN, "", EN2, ""]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert [t for _, t in removed if t] == [site]


def test_a_first_line_said_once_stays():
    lines = ["Coastal Towns Planning Forum (CTPF)", "", "2031 Harbour Plan", "", EN, "", EN2, ""]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert not [t for _, t in removed if t]
