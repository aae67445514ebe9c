"""Round 13x (issue #11): English phenomena that fail across check sets, one general rule each.
All texts are made up."""
from __future__ import annotations

from .helpers import doc_of


TREATY = ("Treaty on the Protection of Coastal Wetlands\nTHE CONTRACTING PARTIES,\n"
          "RECOGNISING that wetlands are of great value to the coastal communities that depend on them for food and shelter,\n"
          "HAVE AGREED as follows:\nArticle I Definitions\n"
          "1. For the purpose of this Treaty, a wetland is any area of marsh, fen or peatland, natural or artificial.\n"
          "Article II Obligations\n"
          "1. Each Party shall designate at least one suitable wetland within its territory for inclusion in the list.\n")


def test_a_title_shaped_line_above_the_first_heading_names_the_page():
    """No title line read, a short title-cased line at the top, a section heading below it: the
    line names the document; the first heading stays a section (round13x)."""
    doc = doc_of(TREATY)
    assert doc.title == "Treaty on the Protection of Coastal Wetlands"
    assert [s.title for s in doc.sections] == ["Article I Definitions", "Article II Obligations"]


def test_without_a_title_shaped_line_above_it_the_first_heading_still_names_the_page():
    doc = doc_of(TREATY.split("\n", 1)[1])   # the treaty's name cut off: only sentences above 'Article I'
    assert doc.title == "Article I Definitions"
