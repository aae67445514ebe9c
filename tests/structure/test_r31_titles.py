"""(r31entitle) What names a document when its title line is missing or chrome surrounds it, through
the real clean -> structure chain, in the forms several kinds of sites and printers give it:

- a statute database's point-in-time line over the page's one provision (`VERSION_RANGE`): the
  provision's head is the title, not also a heading;
- a site's tab row closed by a dangling separator over the page's own title block
  (`rules_labels.DANGLING_SEPARATOR`), a year alone over the title (`front.BARE_YEAR`);
- an author's name with initials over a book's title (`front.INITIALLED_NAME`);
- a policy page with no title line whose opening names the policy in the passive (`OPENING_SUBJECT`);
- a capitals title block whose first field ends on a comma (`english.title_comma`);
- a picture's labelled alt text at the head (`EMBLEM_ALT`) and a byline in small letters
  (`english.LOWER_BYLINE`) over an encyclopedia story;
- a browser print whose running head names the site first (`outline._site_first`).

Must stay: a title holding a date range, a first line `A. Introduction`, a body line about a logo, a
title with a bar inside, a sentence opening with a date range, lower-case section heads."""
import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PARA = ("The Minister may, by notice published in the Gazette, fix the fees payable under this Act and may "
        "vary those fees from time to time after consulting the Board.")
PROSE = ("The first settlers on the coast built small wooden wharves in the sheltered bays, and the coastal "
         "trade grew quickly as farms were cleared inland and roads were slowly pushed through the hills.")
PROSE2 = ("By the end of the century steamers had replaced most of the sailing ships, and the larger ports "
          "had built breakwaters, cranes and cool stores to handle the growing export trade in meat.")


def _doc(text, name="t.txt"):
    cleaned = clean_text(text, source_file=name)
    return cleaned, structure_document(cleaned)


def _body(doc):
    return " ".join(p.text for p in all_paragraphs(doc))


# --- a statute database's version line over one provision -------------------------------------------
VERSIONED = [
    ("22/Aug/2003 - Current (at 31 Dec 2005)\n    3. Interpretation\n\n    In this Act, unless the contrary "
     "intention appears\n\n    }board~ means the Board established by section 4;\n\n    " + PARA + "\n",
     "3. Interpretation"),
    ("Historical version for 1 January 2008 to 30 June 2009\n\nSection 12 - Fees\n\n" + PARA + "\n\n" + PARA + "\n",
     "Section 12 - Fees"),
    ("In force from 01.07.2019 to date\n\n7. Licences\n\n(1) " + PARA + "\n\n(2) " + PARA + "\n", "7. Licences"),
]


@pytest.mark.parametrize("text,title", VERSIONED)
def test_version_range_line_is_no_title_and_the_provision_names_the_page(text, title):
    _, doc = _doc(text)
    assert doc.title == title
    assert levels(doc) == []


def test_title_holding_a_date_range_stays_the_title():
    _, doc = _doc("Annual Report 1 July 2019 - 30 June 2020\n\n" + PARA + "\n\n" + PARA + "\n")
    assert doc.title == "Annual Report 1 July 2019 - 30 June 2020"


def test_sentence_opening_with_a_date_range_stays_body():
    _, doc = _doc("Harbour Fees Review\n\nFrom 1 July 2020 to 30 June 2021 the fees were frozen by the Board.\n\n" + PARA + "\n")
    assert doc.title == "Harbour Fees Review"
    assert "From 1 July 2020 to 30 June 2021 the fees were frozen by the Board." in _body(doc)


# --- a tab row with a dangling separator, a year over the title ------------------------------------
TAB_ROWS = [
    ("Budget Speech 2015Introduction |\n2015\nBudget Speech\nJane Example\nMinister of Finance\n25 February 2015\n"
     "Honourable Speaker—\n" + PARA + "\n" + PARA + "\n", "Budget Speech"),
    ("Annual Report 2019Overview |\n\n2019\n\nAnnual Report\n\nJohn Sample\n\nChair of the Board\n\n" + PARA + "\n\n"
     + PARA + "\n", "Annual Report"),
]


@pytest.mark.parametrize("text,title", TAB_ROWS)
def test_tab_row_with_dangling_separator_goes_and_the_block_names_the_page(text, title):
    cleaned, doc = _doc(text)
    assert doc.title == title
    assert not any(line.rstrip().endswith("|") for line in cleaned.lines)
    assert levels(doc) == []


def test_year_alone_over_the_title():
    _, doc = _doc("1998\n\nBudget Statement\n\nMinister for Finance\n\n" + PARA + "\n\n" + PARA + "\n")
    assert doc.title == "Budget Statement"


def test_title_with_a_bar_inside_stays():
    _, doc = _doc("Trade and Industry | Annual Review\n\n" + PARA + "\n\n" + PARA + "\n")
    assert doc.title == "Trade and Industry | Annual Review"


# --- an author's name with initials over the title ----------------------------------------------
AUTHORS = [
    ("H. G. Example\nA Voyage to the Islands\nChapter One.\nThe Harbour\n" + PROSE + "\n", "A Voyage to the Islands"),
    ("J.R.R. Sample\n\nThe Long Road North\n\nI\n\n" + PROSE + "\n\n" + PROSE2 + "\n", "The Long Road North"),
    ("Mary W. Example\n\nThe Lighthouse Keeper\n\n" + PROSE + "\n\n" + PROSE2 + "\n", "The Lighthouse Keeper"),
]


@pytest.mark.parametrize("text,title", AUTHORS)
def test_initialled_author_over_the_title(text, title):
    _, doc = _doc(text)
    assert doc.title == title


def test_lettered_first_head_is_no_author():
    _, doc = _doc("A. Introduction\n\n" + PROSE + "\n\nB. Scope\n\n" + PROSE2 + "\n")
    assert "Introduction" in doc.title


# --- a policy named by its opening in the passive -----------------------------------------------
POLICIES = [
    ("The National Water Strategy 2020 was adopted by the Cabinet in March to guide the management of rivers.\n"
     "Its aims are:\n- to protect wetlands;\n- to secure supply for towns.\n", "National Water Strategy 2020"),
    ("The Coastal Management Plan 2018-2023 has been prepared with the objective of protecting the shoreline.\n\n"
     + PARA + "\n", "Coastal Management Plan 2018-2023"),
]


@pytest.mark.parametrize("text,title", POLICIES)
def test_policy_named_by_the_opening_in_the_passive(text, title):
    _, doc = _doc(text, name="page_0412.txt")
    assert doc.title == title


# --- a capitals title field closed by a comma -----------------------------------------------------
def test_caps_title_field_closed_by_a_comma_loses_the_comma():
    text = ("ADDRESS BY THE MINISTER OF HEALTH,\n\nHON. JANE EXAMPLE\n\nAT THE OPENING OF THE NEW HOSPITAL WING\n\n"
            "MONDAY 4 MAY 2020\n\nHonourable Members\n\nLadies and Gentlemen\n\n" + PARA + "\n\n" + PARA + "\n")
    _, doc = _doc(text)
    assert not doc.title.endswith(",")
    assert doc.title.casefold() == "address by the minister of health"


def test_comma_inside_a_title_stays():
    _, doc = _doc("Roads, Bridges and Ports\n\n" + PARA + "\n\n" + PARA + "\n")
    assert doc.title == "Roads, Bridges and Ports"


# --- an encyclopedia story's print view: logo alt text and a byline in small letters -----------------
STORY = ("Skip to main content\n{logo}\n\nCoastal trade\n\nby  Jane Q. Example\n\n" + PROSE + "\n\n\n"
         "Early harbours\n\n" + PROSE + "\n\nShips and cargo\n\n" + PROSE2 + "\n\nThe frozen meat trade\n\n" + PROSE2 + "\n")


@pytest.mark.parametrize("logo", ["Logo: Example Encyclopedia of Ruritania. Print all pages now.",
                                  "Site logo: Ministry for Culture and Heritage",
                                  "Crest: Example Regional Council"])
def test_labelled_logo_line_goes_and_the_byline_heads_nothing(logo):
    cleaned, doc = _doc(STORY.format(logo=logo))
    assert logo not in cleaned.lines
    assert doc.title == "Coastal trade"
    assert "by  Jane Q. Example" not in [t for _, t in levels(doc)]
    assert [t for _, t in levels(doc)][:1] == ["Early harbours"]


def test_logo_sentence_in_the_body_stays():
    text = ("Council news\n\n" + PROSE + "\n\nLogo: the council adopted its new logo in 2019 after a public vote.\n\n"
            + PROSE2 + "\n")
    cleaned, doc = _doc(text)
    assert "Logo: the council adopted its new logo in 2019 after a public vote." in _body(doc)


def test_lower_case_heads_still_read():
    text = ("Work Plan\n\n" + PROSE + "\n\nfiscal years 2024-25 Work plan\n\n" + PROSE2 + "\n\n"
            "strategic planning and Visioning\n\n" + PROSE + "\n")
    _, doc = _doc(text)
    assert [t for _, t in levels(doc)] == ["fiscal years 2024-25 Work plan", "strategic planning and Visioning"]


# --- a browser print whose head names the site first ---------------------------------------------
def _print(site_first: str) -> str:
    body = "\n".join([PARA[:100], PARA[100:], PROSE[:100], PROSE[100:]])
    return (f"3/4/26, 10:15 AM\n\n{site_first}\n\nThe Example Law Library\nDocuments in Law and History\n\n"
            "Trade Ordinance; May 3, 1790\nAn Ordinance for the regulation of trade on the rivers.\n" + body + "\n"
            "http://library.example.edu/18th/trade.asp\n\n1/2\n\n\x0c3/4/26, 10:15 AM\n\n" + site_first + "\n\n"
            + body + "\nhttp://library.example.edu/18th/trade.asp\n\n2/2\n\n\x0c")


def test_print_head_naming_the_site_first():
    _, doc = _doc(_print("Example Project - Trade Ordinance; May 3, 1790"))
    assert doc.title == "Trade Ordinance; May 3, 1790"


# --- a short-title clause cut by a print's wrap into two paragraphs -----------------------------
def test_short_title_clause_cut_by_the_wrap_is_read_whole():
    text = ("AND WHEREAS it is intended by Parliament by this Act to provide for the\n"
            "harbours of the Islands and for the officers who keep them:\n"
            "Enactment.\n"
            "NOW, THEREFORE, BE IT ENACTED by the Queen’s\n"
            "Most Excellent Majesty, by and with the advice and consent of\n"
            "the House of Assembly of the Example Islands and Dependencies,\n"
            "and by the authority of the same, as follows:-\n"
            "      1.(1) This Act may be cited as the Example Islands\n"
            "and Dependencies Harbours Act, 2031.\n"
            "            (2) This Act shall come into force on the day the\n"
            "Governor appoints by notice in the Gazette.\n"
            "Short title.\n"
            "      2.In this Act, unless the context otherwise requires, a harbour\n"
            "means any port of the Islands.\n")
    _, doc = _doc(text)
    assert doc.title in ("Example Islands and Dependencies Harbours Act, 2031",
                         "The Example Islands and Dependencies Harbours Act, 2031")
