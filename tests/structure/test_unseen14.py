"""Structure rules the unseen14 round (issue #11, xxl1-xxl8: English legislation, regulation and
translation pages, pages printed to PDF) prompted: made-up variants of each phenomenon, and what
each rule must leave alone."""
from __future__ import annotations

from structure.test_unseen_kinds import doc_of, outline

EN = "The board met four times in the year and reviewed every programme against its stated aims."


def test_a_date_and_place_imprint_is_no_heading():
    for imprint in ("March 2011, Geneva", "October 1999, Port Louis", "Geneva, 4 March 2011"):
        text = "\n\n".join(["The Harbour Charter", "Issued by the Port Board of the Free Port", imprint,
                            "Preface", EN, EN])
        assert outline(doc_of(text)) == [(1, "Preface")], imprint


def test_a_heading_that_names_a_month_stays_a_heading():
    text = "\n\n".join(["The Harbour Year", EN, "March Tides", EN, "Autumn Storms", EN])
    assert outline(doc_of(text)) == [(1, "March Tides"), (1, "Autumn Storms")]
