"""(partlist, issue #11) A contents label over a list of the text's divisions only — `PART I` over its
name in capitals, … , `Schedule` — and the Act's name printed again over its text after that list.
Made-up lines, and what the rule leaves alone."""
from __future__ import annotations

from pipeline.clean import clean_text

HEAD = ["HARBOUR DUES ACT 2031", "Arrangement of Provisions",
        "PART I", "PRELIMINARY", "PART II", "THE HARBOUR BOARD", "PART III",
        "DUES, EXEMPTIONS AND THE BOOK OF DUES KEPT BY THE MASTER", "Schedule", "",
        "HARBOUR DUES ACT 2031", "AN ACT to provide for the dues paid by vessels in the harbour.",
        "PART I", "PRELIMINARY",
        "1. Short title – This Act may be cited as the Harbour Dues Act 2031."]


def _kept(lines):
    return [line for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if line.strip()]


def test_a_list_of_parts_under_a_contents_label_is_the_contents():
    kept = _kept(HEAD)
    assert "THE HARBOUR BOARD" not in kept and "Schedule" not in kept and "PART II" not in kept
    assert "DUES, EXEMPTIONS AND THE BOOK OF DUES KEPT BY THE MASTER" not in kept
    assert kept.count("PART I") == 1 and kept.count("PRELIMINARY") == 1   # the text's own Part I stays


def test_the_acts_name_again_after_its_contents_stays():
    assert _kept(HEAD).count("HARBOUR DUES ACT 2031") == 2


def test_parts_never_set_again_below_are_no_contents():
    """The first division never stands again: the lines under the label are the text itself."""
    lines = HEAD[:10] + ["The board may make rules for the harbour under this Act."]
    assert "THE HARBOUR BOARD" in _kept(lines)
