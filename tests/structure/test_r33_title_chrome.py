"""r33entitle (issue #11): the chrome around an English page's headline, in the forms the world prints
it: a site-wide service notice over the headline, a publication page's document-type label over a
long headline, the facts of an attached file and the page's scope line under it, a player's script
left as lines. Each phenomenon with documents that MUST STAY: a news item's headline about an outage,
a type label with a date under it, a headword printed twice, an indented code sample. All texts are
made up."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.title_evidence import chrome_reason

from .helpers import all_paragraphs, levels


def page(text: str):
    """The real clean -> structure chain on a made-up page."""
    return structure_document(clean_text(text, source_file="page.txt"), structure="rules")


def words(doc) -> str:
    return " ".join([doc.title, doc.subtitle] + [p.text for p in all_paragraphs(doc)] + [t for _, t in levels(doc)])


# --- a site-wide service notice over the headline ----------------------------------------------

NOTICES = {
    "Parking Permits for Residents": "Planned maintenance: online services will be unavailable from 8pm to 11pm on Saturday 3 May\n\n"
    "Parking Permits for Residents\n\nResidents of the controlled zones can apply for a permit online or by post.\n\n"
    "How to apply\n\nFill in the form and send a copy of your proof of address.\n",
    "Bins and Recycling Collections": "Our offices are closed on Monday 26 December for the bank holiday\n\n"
    "Bins and Recycling Collections\n\nYour bin is collected every week on the same day.\n\nMissed bins\n\n"
    "Report a missed bin within two working days.\n",
    "Council Tax Discounts and Exemptions": "Service alert: some online forms are unavailable until 9am tomorrow.\n\n"
    "Council Tax Discounts and Exemptions\n\nYou may pay less council tax if you live alone or with students.\n",
    "Book a Library Study Room": "Skip to main content\n\nSystem upgrade: the booking service will not be available this weekend\n\n"
    "Book a Library Study Room\n\nRooms can be booked up to four weeks ahead by any member.\n",
}


def test_a_service_notice_over_the_headline_is_the_sites_banner():
    for title, text in NOTICES.items():
        doc = page(text)
        assert doc.title == title, text
        notice = [line for line in text.split("\n") if "unavailable" in line or "closed" in line or "not be available" in line][0]
        assert notice not in words(doc)   # the banner goes: it is no part of the page


def test_a_news_items_headline_about_an_outage_stays_the_title():
    doc = page("Online payments unavailable on Sunday after system failure\n\nBy Jane Doe\n\n"
               "Residents will not be able to pay council bills online on Sunday 12 July, the council said.\n")
    assert doc.title == "Online payments unavailable on Sunday after system failure"
    doc = page("Central library closed on Monday for staff training\n\n"
               "The central library will be closed on Monday 4 March. The branch libraries stay open.\n")
    assert doc.title == "Central library closed on Monday for staff training"
    assert "The branch libraries stay open." in words(doc)
    assert not chrome_reason("Planned maintenance schedule", True, "Road Works in 2031")   # no time: a page's name


# --- a publication page's document-type label -----------------------------------------------------

TYPED = {
    "National Food Strategy for the Northern Isles": "Policy paper\n\nNational Food Strategy for the Northern Isles\n\n"
    "The strategy sets out how the islands will feed themselves by 2040.\n",
    "Minister opens new harbour wall at Port Example": "Press release\n\nMinister opens new harbour wall at Port Example\n\n"
    "The Minister for Harbours today opened the new sea wall at Port Example.\n",
    "Harbour Board announces a record cargo year": "Media Release\n\nHarbour Board announces a record cargo year\n\n"
    "Cargo through the islands' ports rose by a tenth in 2031.\n",
    "Harbour Board of the Northern Isles: annual report and accounts for the year ending 31 March 2031":
    "Corporate report\n\nHarbour Board of the Northern Isles: annual report and accounts for the year ending 31 March 2031 "
    "\n\nThe Board's account of its work and spending in the year.\n",
}


def test_a_document_type_label_over_the_headline_is_no_title():
    for title, text in TYPED.items():
        assert page(text).title == title, text
    assert chrome_reason("Statutory guidance", True, "Keeping Harbour Users Safe") == "a publication-type label"


def test_a_type_label_over_a_date_or_a_byline_stays():
    assert page("Press Release\n\n12 May 2031\n\nThe Harbour Board today announced a record year.\n").title == "Press Release"
    assert not chrome_reason("Speech", True, "By the Minister for Harbours")
    assert not chrome_reason("Guidance", True, "Read this first.")


# --- an attached file's facts and the page's scope line under the headline -------------------------

def test_file_facts_and_a_scope_line_are_no_headings():
    doc = page("Harbour Fees Review 2031\n\nApplies to England and Wales\n\nDocuments\n\nHarbour Fees Review 2031: full report\n\n"
               "PDF, 1.2 MB, 48 pages\n\nHarbour Fees Review 2031: summary for boat owners\n\nHTML\n\n"
               "MS Word Document, 75.5 KB\n\nDetails\n\nThe review looked at every fee the Board charges and at what other ports charge.\n")
    heads = [t for _, t in levels(doc)]
    for line in ("PDF, 1.2 MB, 48 pages", "HTML", "MS Word Document, 75.5 KB", "Applies to England and Wales"):
        assert line not in heads
        assert line in words(doc)   # kept as text
    assert "Details" in heads and "Documents" in heads
    doc = page("Remote Working Policy\n\nApplies to: All staff and students\n\nPurpose\n\nThis policy sets out when staff may work "
               "from home.\n\nScope\n\nIt covers every member of staff on a contract of employment.\n")
    assert [t for _, t in levels(doc)] == ["Purpose", "Scope"]


def test_a_heading_naming_a_format_stays_a_heading():
    from pipeline.structure.english import FILE_FACTS, SCOPE_LINE
    for head in ("PDF Accessibility Checklist", "HTML First", "Word Templates", "PDF files and screen readers"):
        assert not FILE_FACTS.match(head)
    assert not SCOPE_LINE.match("Applications to the Harbour Fund")
    assert not SCOPE_LINE.match("Applies to every harbour user.")   # a sentence
    body = " ".join(["Every file the office publishes must be readable by everyone who needs it, on any device."] * 3)
    doc = page(f"Accessible Documents\n\n{body}\n\nPDF Accessibility Checklist\n\n{body}\n\nHTML First\n\n{body}\n\n"
               f"Word Templates\n\n{body}\n")
    assert [t for _, t in levels(doc)] == ["PDF Accessibility Checklist", "HTML First", "Word Templates"]


# --- a name printed again under itself --------------------------------------------------------------

def test_an_offices_name_printed_three_times_over_the_title_is_no_title():
    doc = page("Office of the University Registrar\n\nOffice of the University Registrar\nOffice of the University Registrar\n\n"
               "Guideline for Naming Academic Units\n\nPurpose\n\nThis guideline sets out how a new school or department is "
               "named and who approves the name.\n")
    assert doc.title == "Guideline for Naming Academic Units"


def test_a_headword_printed_twice_stays_the_title():
    doc = page("Geographic Dictionaries\n\nGeographic Dictionaries\n\n\nreference works listing the names of places with their "
               "positions and short descriptions.\n\nThe first of them were printed in the sixteenth century.\n")
    assert doc.title == "Geographic Dictionaries"
    assert "The first of them were printed in the sixteenth century." in words(doc)


# --- a player's script left as lines under the headline -------------------------------------------

def test_a_players_script_left_as_lines_goes():
    doc = page("'Ferry fares to rise in spring'\n\n\"); $(\"#player h3\").html(\"\n\n"
               "\"); $(document).ready(function() { var p = player(\"clip\"); p.setup({ file: \"a.mp3\", width: \"100%\" }); });\n"
               "2031-03-02 HKT 10:15\nFerry fares will rise by five percent in April, the operator said.\n"
               "The operator blamed the price of fuel.\n")
    text = words(doc)
    assert "setup" not in text and "html(" not in text
    assert "Ferry fares will rise by five percent in April, the operator said." in text
    assert "The operator blamed the price of fuel." in text


def test_a_code_sample_or_a_sentence_naming_code_stays():
    text = ("Using the Player\n\nCall the setup function once the page has loaded:\n\n"
            "    $(document).ready(function() { player.setup(); });\n\n"
            "The player is started with jQuery(document).ready(function() { … }); in the page's script.\n")
    kept = clean_text(text, source_file="page.txt").lines
    assert "    $(document).ready(function() { player.setup(); });" in kept
    assert any(line.startswith("The player is started with jQuery") for line in kept)


# --- a cover's date in capitals ----------------------------------------------------------------------

def test_a_covers_date_in_capitals_is_no_heading():
    from pipeline.structure.english import _dated
    for line in ("JANUARY 2012", "MARCH 2019", "FRIDAY, 30TH SEPTEMBER, 2022", "12 JUNE 2031"):
        assert _dated(line), line
    for line in ("MAY DAY", "JUNE 2022 BUDGET", "THE BUDGET", "MARCH OF THE TOWNS"):
        assert not _dated(line), line   # a name with a month's word in it
    para = ("It gives me great pleasure to present the Council's seventh review of the islands' harbours and\n"
            "the work of the boards that keep them, the first since the new fees came in and the ferries changed.\n"
            "The review was written by the Council's staff with the help of every board and many harbour users.\n")
    doc = page("HARBOUR COUNCIL OF THE NORTHERN ISLES\nISLANDS OF THE NORTH\nANNUAL REVIEW REPORT\nNO. 7\nMARCH 2031\nii\niii\n"
               "FOREWORD\n" + para * 4 + "SUMMARY\n" + para * 3 + "FINDINGS\n" + para * 3)   # a cover printed to text
    heads = [t for _, t in levels(doc)]
    assert "MARCH 2031" not in heads
    assert heads[-3:] == ["FOREWORD", "SUMMARY", "FINDINGS"]
