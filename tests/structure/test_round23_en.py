"""Structure rules of the lead's round23 (issue #11) on English title lines, written after check set
20's first sight: a site's bar that holds a language toggle, and an Act's name run into its
`Arrangement of Provisions` label. Made-up lines, and what the rules must leave alone."""
from __future__ import annotations

from pipeline.structure.title_evidence import _language_bar, chrome_reason, contents_cut


def test_a_bar_with_a_language_toggle_is_no_title():
    assert _language_bar("Northland · Français")
    assert _language_bar("Home | Contact | Español")
    assert chrome_reason("Northland · Français", True, "Harbour Fees Act") == "a language bar"


def test_a_title_with_a_dot_or_bar_and_no_toggle_stays():
    assert not _language_bar("Harbour Fees Act · Consolidated version")
    assert not _language_bar("Français")                                # one piece: the toggle rule's case
    assert not _language_bar("The French Language Services Act | Loi sur les services en français de la province")
    assert chrome_reason("Northland · Français", True, "") == ""        # nothing under it: no page


def test_an_acts_name_run_into_its_arrangement_of_provisions_is_cut():
    assert contents_cut("HARBOUR FEES ACT 2031 Arrangement of Provisions PART 1", []) == "HARBOUR FEES ACT 2031"
    assert contents_cut("Harbour Fees Act Arrangement of Provisions", ["This Act may be cited as the Harbour Fees Act 2031."]) \
        == "Harbour Fees Act, 2031"
    assert contents_cut("Provisions for the Harbour", []) == ""
