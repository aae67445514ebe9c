"""(r44, issue 11) A guidance page's tools under its headline. The text is made up.

A page's own tool links alone on their lines right under the headline (`Get emails about this page`,
`Print this page`): the page's, wherever they stand (`vocab_en.PAGE_ITEM_TOOLS`, `rules_chrome_en.en_chrome`);
a sentence that mentions printing the page stays.
"""
from __future__ import annotations

from pipeline.clean import clean_text

PAGE = """Allotment tenancies in the parish

How to rent an allotment plot, what it costs and what the rules are.

From:
Parish Council of Little Wickham
Published
4 May 2031
Get emails about this page
Print this page

Who can rent a plot
Anyone who lives in the parish can rent one plot at a time, and the waiting list is kept by the clerk.

Rent and rules
The rent is set each spring. Please print this page and keep it with your tenancy agreement.
"""


def test_page_tools_under_the_headline_go():
    kept = clean_text(PAGE, source_file="allotments.txt").lines
    assert "Get emails about this page" not in kept and "Print this page" not in kept
    assert any("Please print this page and keep it" in line for line in kept)
    assert "Parish Council of Little Wickham" in kept
