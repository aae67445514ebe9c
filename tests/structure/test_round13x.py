"""Round 13x (issue #11): English phenomena that fail across check sets, one general rule each.
All texts are made up."""
from __future__ import annotations

from pipeline.model import Cleaned, Provenance
from pipeline.structure import _top_line_over_heading

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


def _kept(lines: list[str]) -> Cleaned:
    return Cleaned(lines=tuple(lines), line_numbers=tuple(range(1, len(lines) + 1)), removed=(), normalised=(),
                   provenance=Provenance())


def test_a_site_bar_or_side_menu_over_the_first_heading_names_nothing():
    """The page's top is a site's name over its links and a side menu of short title-cased
    entries, the page's headline removed: none of those lines stands apart, so none names the page
    (round13x, narrowed at the merge with round13en: it took `Government of …`)."""
    top = ["Government of Freedonia", "Contact Us Help Search Site", "", "Harbour Safety Framework",
           "Policies Approved to Date", "Rescinded Policies", "", "3. Safety instruments"]
    assert _top_line_over_heading(_kept(top), 8) == ""


def test_a_name_standing_apart_over_the_first_heading_names_the_page():
    assert _top_line_over_heading(_kept(["Harbour Safety Act", "", "1. Short title"]), 3) == "Harbour Safety Act"
    assert _top_line_over_heading(_kept(["Harbour Safety Act", "1 This Act may", "", "Marginal note: Definitions"]), 4) \
        == "Harbour Safety Act"   # first on the page, over text not shaped like a title


SUMMARY_PAGE = ("Harbour Safety in Regional Ports\n"
                "The aim of this review was to assess how well regional port authorities manage the safety of small craft, "
                "and whether their arrangements for training, reporting and inspection meet the standards set for them.\n"
                "Summary\nBackground\n"
                "1. Regional port authorities are responsible for the safety of a large number of small craft and their crews, "
                "from fishing boats and ferries to the yachts that visit the harbours during the summer months every year.\n"
                "2. Accidents in harbours include collisions between vessels, groundings on the banks at low water and "
                "injuries to people working on the quays, and most of them are reported to the authority within a day.\n")


def test_a_division_name_over_a_sub_heading_holds_it():
    """`Summary` right over `Background` over numbered paragraphs, no text between: the division
    holds its sub-heading, not a weak line dropped for having no text under it (round13x)."""
    doc = doc_of(SUMMARY_PAGE)
    assert [(s.title, [t.title for t in s.sections]) for s in doc.sections] == [("Summary", ["Background"])]


def test_any_other_short_line_over_a_sub_heading_is_still_dropped():
    doc = doc_of(SUMMARY_PAGE.replace("Summary\n", "Regional ports\n"))
    assert [s.title for s in doc.sections] == ["Background"]


ORDER_PAPER = ("Monday, 3rd March, 2031\n\nThe House met at 0900 hours\n\nNATIONAL ANTHEM\n\nPRAYER\n\n_______\n\n"
               "BUSINESS OF THE HOUSE\n\n"
               "The Minister of Works (Mr Banda): Madam Speaker, let me acquaint the House with the business it will consider.\n\n"
               "Madam Speaker, on Tuesday the House will consider the report of the Committee on Works and the Roads Bill.\n")


def test_a_separator_rule_glues_nothing_to_either_side():
    """`_______` alone between blank lines: no leftover punctuation of the line above, and the label
    under it opens its own block instead of running into the speech (round13x)."""
    from pipeline.structure.blocks import make_blocks
    lines = ORDER_PAPER.split("\n")
    texts = [b.text for b in make_blocks(lines, list(range(1, len(lines) + 1)), "en", lambda text: False)]
    assert "PRAYER" in texts and "_______" in texts and "BUSINESS OF THE HOUSE" in texts
    assert "BUSINESS OF THE HOUSE" in [s.title for s in doc_of(ORDER_PAPER).sections]


def test_a_lone_full_stop_still_joins_the_line_above():
    from pipeline.structure.blocks import make_blocks
    lines = ["The Minister spoke about the roads and the harbour", "", ".", "", "The House rose."]
    texts = [b.text for b in make_blocks(lines, [1, 2, 3, 4, 5], "en", lambda text: False)]
    assert texts[0].startswith("The Minister spoke") and "." not in texts[1:2]


BOLD_BILL = ("**ENACTED** by the Parliament as follows:\n\n"
             "**Short title and commencement**\n\n"
             "**1. (1) This Act may be cited as the Harbour Works (Amendment)**\nAct 2031.\n\n"
             "(2) This Act comes into operation on a date to be appointed by the Minister.\n\n"
             "**Amendment of section 4**\n\n"
             "**2. The Harbour Works Act 1990, which is referred to as the**\n\"principal Act\" in this Act, is amended in section 4.\n\n"
             "**Amendment of section 9**\n\n"
             "**3. Section 9 of the principal Act is amended by deleting the words**\n\"or a vessel\".\n")


def test_bold_marginal_notes_over_bold_numbered_sections_are_headings():
    """A PDF's Markdown export: each note a bold line of its own over its numbered section, a blank
    line between (round13x)."""
    doc = doc_of(BOLD_BILL)
    flat = [s.title for s in doc.sections] + [t.title for s in doc.sections for t in s.sections]
    assert {"Short title and commencement", "Amendment of section 4", "Amendment of section 9"} <= {t.strip("* ") for t in flat}


def test_bold_lines_over_plain_sentences_stay_body():
    doc = doc_of(BOLD_BILL.replace("**1. ", "1. ").replace("**2. ", "2. ").replace("**3. ", "3. ")
                 .replace("Amendment)**", "Amendment)").replace("the**", "the").replace("words**", "words")
                 .replace("**Amendment of section 4**", "**Amendment of section 4.**")
                 .replace("**Amendment of section 9**", "**Amendment of section 9.**")
                 .replace("**Short title and commencement**", "**Short title and commencement.**"))
    assert not any(s.title.strip("* ").startswith("Amendment of section") for s in doc.sections)
