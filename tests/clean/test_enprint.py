"""enprint (issue #11): a printed web page's foot, a pager worded with a colon and the site's credit
line. Made-up lines."""
from __future__ import annotations

from pipeline.clean.rules_chrome_en import foot_link
from pipeline.clean.vocab_en import SITE_CREDIT

from .helpers import run_rule

PROSE = ("The committee met four times during the year and reviewed every proposal that reached it "
         "before the closing date set by the board, as the rules of the harbour require.")


def test_a_pager_with_a_colon_and_the_sites_credit_go_at_the_foot():
    lines = ["Harbour Rules", "", PROSE, PROSE, "Next: Rule 2 - Moorings and Berths →", "",
             "Harbour Rules Online is a project of the Law Faculty at the University of Porttown.",
             "1 Quay Street, Porttown · Privacy · © 2031 University of Porttown"]
    kept, removed, _ = run_rule("en-chrome", lines)
    gone = [t for _, t in removed]
    assert "Next: Rule 2 - Moorings and Berths →" in gone
    assert "Harbour Rules Online is a project of the Law Faculty at the University of Porttown." in gone
    assert kept.count(PROSE) == 2


def test_the_shapes_and_what_they_leave():
    assert foot_link("Previous: Part 3 - Fees")
    assert not foot_link("Next: the committee will review every proposal that reached it before the closing date.")
    assert SITE_CREDIT.match("Example Laws is a service of the Office of the Attorney-General.")
    assert not SITE_CREDIT.match("The new harbour, which the board built over three years, is a project of the whole town.")
    assert not SITE_CREDIT.match("It is a project of great importance.")


def test_a_credit_sentence_inside_the_text_stays():
    lines = ["Harbour Rules", "", "Harbour Rules Online is a project of the Law Faculty.", "", PROSE, PROSE]
    assert run_rule("en-chrome", lines)[1] == []
