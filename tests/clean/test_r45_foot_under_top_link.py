"""(r45, issue 11) A printed press release's footer under its `Return to top` link. The text is made up.

The page's own `Return to top` link stands right after the release's last paragraph, and the
site's footer follows it: a seal's alt text, the site's name wrapped over two lines, `Contact us`,
an e-mail address. None of them is prose, and no menu or footer word list knows them all; the top
link after the last paragraph shows where the article ends (`rules_tail.foot_under_top_link`).
A `Back to top` between two sections, prose under it, and a short closing line under a last
paragraph with no top link after it, stay.
"""
from __future__ import annotations

from pipeline.clean import clean_text

RELEASE = """Harbour Trust sets its winter dredging plan

Posted: October 2, 2031

At its public meeting on September 28, 2031, the Trust announced the channels it will dredge this winter and the order of the work.
Boat owners may send comments to the Trust until the end of October, and the plan will be revised in the light of what they say.
Return to top
Great Seal of the Harbour Trust
The Harbour Trust of
Little Wickham
Contact us
info@trust.example.org
"""

FAQ = """Questions about moorings

How do I apply for a mooring?
Send the form to the harbour office with a plan of the boat and the fee, and the office will answer within a month.
Back to top
Can I transfer a mooring?
A mooring can be transferred to a new owner of the same boat only, and the office must be told within two weeks of the sale.
Issued by the Harbour Office
"""


def test_the_footer_under_the_top_link_goes():
    kept = clean_text(RELEASE, source_file="release.txt").lines
    for line in ("Great Seal of the Harbour Trust", "Little Wickham", "Contact us", "info@trust.example.org"):
        assert line not in kept
    assert any(line.startswith("Boat owners may send comments") for line in kept)


def test_a_top_link_between_sections_leaves_the_rest():
    kept = clean_text(FAQ, source_file="faq.txt").lines
    assert "Can I transfer a mooring?" in kept and "Issued by the Harbour Office" in kept
