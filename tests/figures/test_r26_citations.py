"""r26: a statute citation is no statistic. '410 ILCS 525/5' (a compiled statute's chapter, the code's
abbreviation, the section) put '410 ilcs' in a printed statute page's figures appendix. A number before a
code's abbreviation in capitals and a section number is a citation; a count of things written in capitals
stays a count. Made-up sentences."""
from __future__ import annotations

from pipeline.figures.english import scan_english


def test_code_citations_are_no_statistics():
    for text in ("(410 ILCS 525/5) (from Ch. 111 1/2, par. 6705)", "See 922 KAR 1:500 and 45 CFR 1355.20.",
                 "Under 42 USC 677 the state may claim the grant."):
        assert scan_english(text) == [], text


def test_counts_in_capitals_and_plain_counts_stay():
    assert [(q.value, q.unit) for q in scan_english("The agency employs 410 NURSES in its clinics.")] == [(410.0, "nurses")]
    assert [(q.value, q.unit) for q in scan_english("We built 42 homes and 12 schools.")] == [(42.0, "homes"), (12.0, "schools")]
