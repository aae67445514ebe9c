"""(r43en, issue 11) Forms of English text check set 40's English half showed, on made-up texts.

Each test invents a text of the form (none is copied from a corpus document) and checks what the
rule named in its docstring does; every test failed before its rule. What must stay is checked
beside it.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.signals import numbering

from .helpers import all_paragraphs, levels

PARA = ("The Board shall keep proper accounts of all money received and paid by it, and shall prepare a statement "
        "of those accounts in respect of each financial year within four months after the end of that year.")


def _doc(text: str, name: str = "t.md"):
    return structure_document(clean_text(text, source_file=name))


def _kept(text: str, name: str = "t.md") -> list[str]:
    return [t.strip() for t in clean_text(text, source_file=name).lines if t.strip()]


def _body(doc) -> list[str]:
    return [p.text for p in all_paragraphs(doc)]


# -- an Act extracted from a PDF into Markdown (rules 1-3) --

ACT = "\n\n".join([
    "## HARBOUR BOARD ACT, 1901",
    "## 1 Edward VII, c. 12 (U.K.)",
    "An Act to establish a Harbour Board for the Port of Eastport and for purposes connected therewith",
    "## (4th June 1901)",
    "WHEREAS it is expedient to provide for the better management of the Port of Eastport:",
    "## I. PRELIMINARY",
    "Short title",
    "1. This Act may be cited as the Harbour Board Act, 1901.",
    "Harbour Board Act, 1901",
    "## II. THE BOARD",
    "## Establishment of Board",
    "2. There shall be a Board to be called the Harbour Board of Eastport. " + PARA,
    "Members of the Board",
    "3. The Board shall consist of seven members appointed by the Governor. " + PARA,
    "Harbour Board Act, 1901",
    "## Term of office",
    "4. A member shall hold office for three years. " + PARA,
    "## III. FINANCE",
    "## Accounts",
    "5. " + PARA,
    "## Harbour Board Act, 1901",
    "the accounts so prepared shall be laid before the Legislature.",
    "## Audit",
    "6. The accounts of the Board shall be audited every year by the Auditor General. " + PARA,
]) + "\n"


def test_marked_roman_parts_hold_the_marked_section_heads():
    """headings._marked_roman_parts: `## I. PRELIMINARY` … over `## Establishment of Board` (one mark for both):
    the Roman series in capitals holds the unnumbered heads, marked or left plain, a level under it."""
    got = levels(_doc(ACT))
    assert (1, "I. PRELIMINARY") in got and (1, "II. THE BOARD") in got and (1, "III. FINANCE") in got
    for name in ("Establishment of Board", "Term of office", "Accounts", "Audit", "Short title", "Members of the Board"):
        assert (2, name) in got, (name, got)


def test_marked_running_head_and_title_block_are_no_headings():
    """structure._marked_running_head: `## Harbour Board Act, 1901` inside section 5, while two plain copies of
    it stand between paragraphs, heads nothing; structure._marked_title_block: the chapter citation and the
    bracketed date under the Act's marked name head no part."""
    titles = [t for _, t in levels(_doc(ACT))]
    assert "Harbour Board Act, 1901" not in titles
    assert "1 Edward VII, c. 12 (U.K.)" not in titles and "(4th June 1901)" not in titles


def test_marked_heads_with_no_roman_series_keep_their_level():
    """Stays: marked heads all unnumbered, or numbered in Arabic, are peers as before."""
    text = "\n\n".join(["# Annual Review", "## Overview", PARA, "## Finance", PARA, "## Outlook", PARA]) + "\n"
    assert levels(_doc(text)) == [(1, "Overview"), (1, "Finance"), (1, "Outlook")]


# -- a blog post's bold article labels (rules 4-5) --

POST = "\n".join([
    "---", "layout: post", 'title: "Reading the Charter - Part 2"', "---", "",
    "### Part 2 - The Assembly", "",
    "**Article 9  ", "The Assembly shall consist of members elected by the people of every district.**", "",
    "This article makes the Assembly a body chosen by the voters, as most charters of the kind do.  ", "",
    "**Article 10  ", "The Assembly shall meet at least once in every year.**", "",
    "The point is that no government can rule for long without calling the Assembly together.  ", "",
    "**Article 11  ", "The Assembly shall choose its own Speaker from among its members.**", "",
    "This gives the Assembly control over its own proceedings, a long tradition.  ", "",
    "**Article 12  ", "The proceedings of the Assembly shall be public.**", "",
    "Openness is the rule; closed sittings need a vote of two thirds of the members.  ", "",
]) + "\n"


def test_bold_opened_article_labels_are_headings_not_running_heads():
    """rules_pages.HEADING_LABEL (a bold mark opened on the label) and signals.numbering (OPENED_LABEL): the
    labels `**Article 9` … `**Article 12` over their text, the bold closed at the text's end, are the articles'
    heads, not a page's running head counting pages."""
    got = levels(_doc(POST))
    assert [t for _, t in got][1:] == ["**Article 9", "**Article 10", "**Article 11", "**Article 12"], got
    assert numbering("**Article 9") == "article" and numbering("**Article 9**") == "" and numbering("**Note that**") == ""


# -- a Markdown handbook's opening (rules 6-7) --

HANDBOOK = "\n".join([
    "# PlanKit", "#### A Guide to Planning Small Projects", "", "## Summary", "", PARA, "",
    "## PlanKit Table of Contents", "",
    "- Purpose", "  - Why this guide exists", "- Getting Started", "  - Choosing a scope ", "  - Naming the owner",
    "- Budgets", "  - Estimating costs\t", "  - Tracking spending", "- Closing", "  - Handing over", "", "",
    "## Purpose of this Guide ", "", PARA, "",
]) + "\n"


def test_marked_contents_outline_goes():
    """rules_book._marked_outline: a nested bulleted outline under `## … Table of Contents` goes with its label,
    though the excerpt never reaches most of the parts it lists."""
    kept = _kept(HANDBOOK)
    assert "## PlanKit Table of Contents" not in kept and "- Budgets" not in kept and "- Tracking spending" not in kept
    assert "## Summary" in kept and "## Purpose of this Guide" in kept


def test_flat_list_under_contents_label_stays():
    """Stays: a flat list (no entry nested) under such a label is a list of points."""
    text = HANDBOOK.replace("  - ", "- ")
    assert "- Budgets" in _kept(text)


def test_marked_subtitle_under_title():
    """front._marked_subtitle: `#### …` right under the `#` title, deeper than the `##` sections after it, is
    the subtitle, not a heading."""
    doc = _doc(HANDBOOK)
    assert doc.title == "PlanKit" and doc.subtitle == "A Guide to Planning Small Projects"
    assert [t for _, t in levels(doc)] == ["Summary", "Purpose of this Guide"]


# -- a paper extracted from a PDF into Markdown (rules 8-9) --

PAPER = "\n\n".join([
    "# A Sparse Method for Scheduling Harbour Cranes",
    "# Mira Okafor,* Tomas Lindqvist,* Helena Duarte, Paul Brennan",
    "Eastport Institute of Technology",
    "*",
    "Equal contributions",
    "## Abstract",
    "We study the problem of scheduling the cranes of a busy harbour so that ships wait as little as possible. "
    "We give a sparse method that solves large instances in minutes.",
    "## 1 Introduction",
    "Harbour cranes are expensive and the ships that wait for them are more expensive still. The focus of earlier",
    "Copyright",
    "c",
    "2021, Society for the Study of Harbour",
    "Logistics (www.example.org). All rights reserved.",
    "work was on small instances (Doe and others 2011).",
    "## 2 Related work",
    "Exact methods. Integer programs give optimal schedules for small harbours but grow too fast for large ones.",
]) + "\n"


def test_marked_author_line_and_affiliation_are_front_matter():
    """front.marked_authors, _affiliation_lines: the `#` author line under the `#` title (names with `*` marks)
    gives the authors; the affiliation and the footnote under it are front matter, no heading."""
    doc = _doc(PAPER)
    assert doc.title == "A Sparse Method for Scheduling Harbour Cranes"
    assert [a.name for a in doc.authors] == ["Mira Okafor", "Tomas Lindqvist", "Helena Duarte", "Paul Brennan"]
    assert [t for _, t in levels(doc)] == ["Abstract", "1 Introduction", "2 Related work"]


def test_split_copyright_footnote_goes():
    """rules_meta._split_notice_above: the notice broken one piece a line (`Copyright` / `c` / year and holder /
    `… All rights reserved.`) goes whole; the paragraph it cut stays."""
    kept = _kept(PAPER)
    for line in ("Copyright", "c", "2021, Society for the Study of Harbour"):
        assert line not in kept
    assert "work was on small instances (Doe and others 2011)." in kept


def test_copyright_word_in_text_stays():
    """Stays: a short line over a notice that does not run up to the word alone."""
    text = "Harbour rules\n\nThe Board keeps the copyright in its charts\n\nCopyright 2021 Harbour Board. All rights reserved.\n"
    assert "The Board keeps the copyright in its charts" in _kept(text)


# -- a book's contents with an entry wrapped at the entries' indent (rule 10) --

BOOK = "\n".join([
    "THE SHIPWRIGHT'S YEAR", "", "BY ANNA FELL", "", "", "CONTENTS", "",
    "    CHAP.                                             PAGE", "",
    "      I.  THE YARD IN WINTER                             1", "",
    "     II.  KEELS AND FRAMES                              19", "",
    "    III.  PLANKING                                      41", "",
    "     IV.  LAUNCHING DAY                                 60", "",
    "          LIST OF VESSELS BUILT IN THE YARD             88", "",
    "          INDEX                                         97", "",
    "          LIST OF TOOLS, &c., NAMED BY THE", "          SHIPWRIGHTS                                   99", "", "",
    "CHAPTER I", "", "THE YARD IN WINTER", "",
    "The yard was quiet in the first weeks of the year, and the men who stayed on worked at the frames of the",
    "new schooner under a roof of canvas stretched between the sheds.", "",
]) + "\n"


def test_contents_entry_wrapped_at_the_entries_indent_goes():
    """rules_book._goes_on: the last entry wrapped onto the next line at the entries' own indent goes with the
    list."""
    kept = _kept(BOOK, "book.txt")
    assert "LIST OF TOOLS, &c., NAMED BY THE" not in kept and not any(t.startswith("SHIPWRIGHTS ") for t in kept)
    assert "THE YARD IN WINTER" in kept


# -- a speech kept in a repository with the keeper's note over its title (rule 11) --

SPEECH = "\n".join([
    "I keep this address here because it is rarely read in full.  The headings", "are mine.", "",
    "# Address of the President to the Harbour Congress", "",
    "Delegates, I thank you for coming to Eastport in such numbers this year, and I hope that our",
    "meeting will be remembered as the one at which the harbours of the region agreed to work together.", "",
    "We have much to do. " + PARA, "",
]) + "\n"


def test_keeper_note_over_markdown_title_goes():
    """rules_readme._keeper_note: a short paragraph in the keeper's first person over the text's only `#`
    title goes; the speech, also in the first person, stays."""
    kept = _kept(SPEECH)
    assert not any(t.startswith("I keep this address") for t in kept) and "are mine." not in kept
    assert kept[0] == "# Address of the President to the Harbour Congress"


def test_paragraph_over_title_without_first_person_stays():
    """Stays: a paragraph over the title not in the first person (an epigraph, a summary)."""
    text = SPEECH.replace("I keep this address here because it is rarely read in full.  The headings", "This address is rarely read in full.  The headings").replace("are mine.", "were added later.")
    assert "were added later." in _kept(text)


# -- an encyclopedia page's split picture link; a page's date label alone (rules 12-13) --

BIO = "\n".join([
    "# Ada Fell", "* * *", "### Quick Info", "Born", "    4 May 1850", "Summary",
    "    **Ada Fell** was an English engineer who designed the first floating crane of the Eastport harbour.",
    "[ ![Thumbnail of Ada Fell](thumbnail.jpg)   ", "See three more pictures](https://example.org/Biographies/Fell/pictures/)",
    "* * *", "### Biography", PARA, PARA,
]) + "\n"


def test_split_picture_link_goes():
    """rules_cms_en._split_image_links: a picture link wrapped after its image, its label and closer on the next
    line, goes anywhere on the page."""
    kept = _kept(BIO)
    assert not any("Thumbnail of Ada Fell" in t or "See three more pictures" in t for t in kept)
    assert "### Biography" in kept


def test_date_label_alone_over_its_date_goes():
    """rules_chrome_en.LAST_UPDATED: `Date modified:` alone over its date at a page's foot goes with the date."""
    text = "\n".join(["Harbour notices", "", PARA, "", PARA, "", "Date modified:", "2024-03-01", "", "Contact us", "Help", ""])
    assert "Date modified:" not in _kept(text, "page.txt")


# -- a web page's long numbered list with dashed sub-lines, under its own head (rules 14-15) --

def _repeal_page() -> str:
    lines = ["2019 LIST OF SPENT HARBOUR BYLAWS", "",
             "This list has been prepared under the direction of the Clerk of the Harbour Board as required by section 4 of the",
             "Harbour Bylaws Act. It lists the bylaws made by the Board ten years or more before the end of last year and never",
             "brought into force.", "",
             "Bylaws or provisions of bylaws not in force on December 31, 2018"]
    for n in range(1, 15):
        if n == 8:   # the second page opens with an entry of one line, closed by no comma and no sub-line
            lines += ["", "https://harbour.example.org/bylaws/list_2019.html", "", "1/2", "", "\f6/1/19, 9:15 AM", "",
                      "2019 LIST OF SPENT HARBOUR BYLAWS", "", "8. Ferry Landing Bylaw, B.L. 1996, c. 8 (entire Bylaw)"]
            continue
        lines.append(f"{n}. A Bylaw to amend the Harbour Bylaws respecting the mooring of vessels in the inner basin of the port,")
        lines.append(f"B.L. 19{90 + n % 9}, c. {n},")
        lines.append(f"- ss. {n}, {n + 1} and {n + 4}")
    lines += ["", "https://harbour.example.org/bylaws/list_2019.html", "", "2/2", ""]
    return "6/1/19, 9:15 AM\n\n" + "\n".join(lines) + "\n"


def test_long_list_with_sublines_is_a_list_under_its_head():
    """lists._entries_with_sublines: entries `1.` … `14.` each over a dashed sub-line are list items (the entry
    at the second page's top is no heading); english._long_list_heads: the unpunctuated line right over the
    first entry, after a closed paragraph, is the list's head."""
    got = levels(_doc(_repeal_page(), "page.txt"))
    assert got == [(1, "Bylaws or provisions of bylaws not in force on December 31, 2018")], got


def test_short_numbered_heads_keep_their_paragraphs():
    """Stays: numbered heads with paragraphs between them are headings, not items."""
    text = "\n\n".join(["Harbour Review", "1. Background", PARA, "2. Findings", PARA, "3. Outlook", PARA]) + "\n"
    assert [t for _, t in levels(_doc(text, "r.txt"))] == ["1. Background", "2. Findings", "3. Outlook"]


# -- a book's title page with the imprint's place alone (rule 16) --

TITLE_PAGE = "\n".join([
    "THE SHIPWRIGHT'S YEAR", "", "BY ANNA FELL", "", "AUTHOR OF 'KEELS AND THEIR MAKERS'", "", "Bristol",
    "HARBOUR & SONS", "12-14 QUAY STREET, AND 3 DOCK ROW, B.S.", "", "_First Edition, 1910_", "", "", "PREFACE", "",
    "The yard where this book was written has built ships for two hundred years, and the men who work in it have",
    "told me much of what follows. I have tried to set it down as they told it, adding only what the records of",
    "the yard could show.", "", "CHAPTER I", "", "THE YARD IN WINTER", "",
    "The yard was quiet in the first weeks of the year, and the men who stayed on worked at the frames of the",
    "new schooner under a roof of canvas stretched between the sheds.", "",
]) + "\n"


def test_imprint_place_alone_is_no_heading():
    """structure._imprint_place: `Bristol` alone over the publisher in capitals and its address is the title
    page's imprint, front matter, even as the only head-like line of the page; `PREFACE` stays a heading."""
    titles = [t for _, t in levels(_doc(TITLE_PAGE, "book.txt"))]
    assert "Bristol" not in titles and "PREFACE" in titles


# -- a plain-text profile's indented field labels (rule 17) --

PROFILE = "\n".join([
    "Eastport", "========", "", "(harbour town of the region)", "", "", "Introduction", "",
    "  Background:",
    "    Fishermen from the north coast first settled at Eastport in 1620; the harbour was walled two centuries",
    "    later and the town grew with the trade in timber.", "", "",
    "Geography", "",
    "  Location:", "    North Sea coast, at the mouth of the river Est", "",
    "  Geographic coordinates:", "    54 30 N, 1 10 W", "",
    "  Area:", "    total: 42 sq km", "    land: 40 sq km", "    water: 2 sq km", "",
    "  Coastline:", "    12 km", "",
    "  Climate:", "    temperate; mild winters, cool summers", "", "",
    "Economy", "",
    "  Industries:", "    shipbuilding, fishing, timber", "",
    "  Port traffic:", "    Eastern Shipping Lines", "",
]) + "\n"


def test_profile_field_labels_are_heads_under_their_group():
    """blocks._indented_labels, english._field_values, headings._names_field_group: labels indented and closed by
    a colon over deeper-indented values, five or more, are heads under the flush group names; their values
    (`Eastern Shipping Lines`, `12 km`) are text."""
    got = levels(_doc(PROFILE, "profile.txt"))
    assert (1, "Geography") in got and (1, "Economy") in got and (1, "Introduction") in got
    for label in ("Background:", "Location:", "Geographic coordinates:", "Area:", "Coastline:", "Climate:",
                  "Industries:", "Port traffic:"):
        assert (2, label) in got, (label, got)
    assert "Eastern Shipping Lines" not in [t for _, t in got]


def test_one_lead_in_label_is_no_profile():
    """Stays: one indented label closed by a colon over an indented quotation is a lead-in, no head."""
    text = "\n".join(["Harbour notes", "", PARA, "", "  The Board resolved as follows:", "    That the quay be rebuilt.", "", PARA, ""])
    assert "The Board resolved as follows:" not in [t for _, t in levels(_doc(text, "notes.txt"))]


# -- a book's list named with a participle and its particle (rule 18) --

LISTED = "\n".join([
    "THE SHIPWRIGHT'S YEAR", "", "BY ANNA FELL", "", "", "PREFACE", "",
    "The yard where this book was written has built ships for two hundred years, and the men who work in it have",
    "told me much of what follows. I have tried to set it down as they told it.", "", "",
    "LIST OF VESSELS REFERRED TO", "", "_With the Years of Launching_", "", "",
    "    _Mary Anne_                           1841",
    "    _North Star_                          1852",
    "    _Good Intent_                         1860",
    "    _Eastport Belle_                      1866", "", "",
    "CHAPTER I", "", "THE YARD IN WINTER", "",
    "The yard was quiet in the first weeks of the year, and the men who stayed on worked at the frames of the",
    "new schooner under a roof of canvas stretched between the sheds.", "",
]) + "\n"


def test_list_named_with_participle_and_particle_is_a_heading():
    """english.LISTED_HEAD: `LIST OF VESSELS REFERRED TO` ends on a particle that closes the list's name, no
    object cut off: a heading, as `PREFACE` is."""
    titles = [t for _, t in levels(_doc(LISTED, "book.txt"))]
    assert "LIST OF VESSELS REFERRED TO" in titles and "PREFACE" in titles


LONG_NOTE = "Accounts of the Board to be audited every year by the Auditor General or by an auditor he appoints"


def test_long_marginal_note_heads_its_section():
    """blocks.NOTE_MAX (100): a marginal note of up to 100 characters over its numbered section (an Act's long
    note naming who does what) is the section's head like its shorter neighbours."""
    text = ACT.replace("## Audit", LONG_NOTE)
    assert len(LONG_NOTE) > 90
    assert (2, LONG_NOTE) in levels(_doc(text)), levels(_doc(text))

