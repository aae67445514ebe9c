"""(r30enpdf) A two-page PDF whose running head stands over the first page too (a word processor
sets the head on every page), through the real clean -> structure chain: the text's first line and
the first line after page 1's folio say the same. A head's own marks tell it from a title repeated as
a head: a web address, a full date, or the title in capitals under it whose words it repeats
(`rules_pages._two_page_head`). A masthead in capitals set line by line on the first page is split
where a line ended on purpose (`blocks._capitals_set_apart`), and its lines are no headings
(`english._masthead_line`). Must stay: a report whose title is its own running head."""
from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

BODY1 = ("The member said that the committee had not received the copies of the bill in time for its\n"
         "meeting, and asked the Speaker to direct the clerk to make them available before the debate.\n")
BODY2 = ("The Speaker said that the clerk would make the copies available to every member of the\n"
         "committee before the House resumed the debate on the bill at ten o'clock the next morning.\n")

HANSARD = ("Parliamentary Debates 5 MARCH, 2019\nPARLIAMENTARY DEBATES\nOFFICIAL REPORT\nFIRST SESSION OF THE TWELFTH PARLIAMENT\n"
           "Tuesday, 5th March, 2019\n" + BODY1 + "1\n\x0cParliamentary Debates 5 MARCH, 2019\n" + BODY2 + "2\n\x0c")
ACT = ("www.laws.example.gov\n\nCooperatives Act, 2017\n\nSection 4 : Registration of societies\n" + BODY1
       + "1\n\n\x0cwww.laws.example.gov\n\n" + BODY2 + "\n2\n\n\x0c")
MINUTES = ("Board of Health minutes, June 14, 2021\nMINUTES OF THE BOARD OF HEALTH\n" + BODY1
           + "1\n\x0cBoard of Health minutes, June 14, 2021\n" + BODY2 + "2\n\x0c")
REPORT = ("Annual Report 2019\n\nThe Harbour Board\n\n" + BODY1 + "\n1\n\x0cAnnual Report 2019\n\n" + BODY2 + "\n2\n\x0c")


def _doc(text):
    cleaned = clean_text(text, source_file="t.txt")
    return cleaned, structure_document(cleaned)


def test_head_with_date_over_a_caps_masthead_goes_and_the_masthead_is_the_title():
    cleaned, doc = _doc(HANSARD)
    assert "Parliamentary Debates 5 MARCH, 2019" not in cleaned.lines
    assert doc.title.casefold() == "parliamentary debates"
    assert levels(doc) == []


def test_web_address_head_goes_on_both_pages():
    cleaned, doc = _doc(ACT)
    assert "www.laws.example.gov" not in [line.strip() for line in cleaned.lines]
    assert doc.title == "Cooperatives Act, 2017"


def test_dated_head_over_its_minutes_goes():
    cleaned, doc = _doc(MINUTES)
    assert "Board of Health minutes, June 14, 2021" not in cleaned.lines


def test_title_repeated_as_the_head_stays_the_title():
    cleaned, doc = _doc(REPORT)
    assert doc.title == "Annual Report 2019"
