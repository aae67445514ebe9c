"""(r27) rules_pages.printed_top_bar on a printed page: a Markdown-marked headline is where the article
starts (its copy printed again under the text is not)."""
from __future__ import annotations

from pipeline.clean import clean_text

HEAD = "3/4/31, 9:15 AM                                 Harbour Report 2031 - Town of Eastbrook"
FOOT = "https://www.eastbrook.example/council/harbour-report-2031                                  1/1"
BAR = ["     Skip to main content Contact Us Careers Online Services", "", "     Town of Eastbrook",
       "     Residents       Business       Town Hall          Leisure      Visit",
       "     Home > Town Hall > Council > Harbour Report 2031", ""]
BODY = ["     The harbour had its busiest year since the new quay opened, and the council thanks every crew.", "",
        "     Moorings were full from May to September, and the waiting list grew to forty boats by autumn.", "",
        "     The slipway was repaired in March at a cost below the estimate agreed by the council last year.", "",
        "     Next year the council will dredge the inner basin and light the path along the eastern wall.", ""]


def _kept(headline: str) -> list[str]:
    text = "\n".join([HEAD, "", *BAR, headline, "", *BODY, "     Harbour Report 2031", "", FOOT]) + "\n"
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines]


def test_a_markdown_marked_headline_starts_the_article():
    kept = _kept("# Harbour Report 2031")
    assert "Town of Eastbrook" not in kept and "Home > Town Hall > Council > Harbour Report 2031" not in kept
    assert all(line.strip() in kept for line in BODY if line.strip())

