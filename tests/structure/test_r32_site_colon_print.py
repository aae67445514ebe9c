"""(r32enpages) A page printed to PDF whose print header gives the page title as the site's short
name, a colon and the headline (`CYC-Net: National Youth Policy: Concepts`, `Hansard: Budget
statement`), the headline holding a colon of its own so no spaced separator splits it: the header
names the headline line under the site's name and menus; the site's name is no title. Must stay: a
page whose header is the headline alone keeps its own reading; a numbered line under the header's
part is a section, never the title."""
import pytest



def doc_of(text):
    """Through the real clean chain: the print header is the cleaner's to remove and report."""
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document
    return structure_document(clean_text(text, source_file="t.txt"))

JOURNAL = """12/1/26, 3:10 PM

Fieldnotes: River Restoration: What Works

Fieldnotes
The Quarterly of the Freshwater Ecology Society
Home | Issues | Authors | Subscribe | Contact

Fieldnotes 14 MARCH 2019

River Restoration: What Works
Twenty years of projects on lowland rivers show that removing weirs does more for fish than planting
banks, and that the cheapest works are often the ones that last longest on the ground.
Most of the projects studied were small and run by volunteers with the help of a local trust.

http://fieldnotes.example.org/2019/restoration.html

1/1
"""

PARLIAMENT = """12/1/26, 4:22 PM

Hansard: Water Industry: Sewage Discharges

Hansard
UK Parliament record of debates
Search | Debates | Members | Help

Water Industry: Sewage Discharges
Volume 721: debated on Tuesday 12 October 2022
The Minister told the House that every storm overflow would be monitored by the end of next year and
that companies who broke their permits would face larger fines than before.

https://hansard.example.org/commons/2022-10-12/debates/water

1/1
"""

COUNCIL = """12/1/26, 9:05 AM

Northvale Council: Planning: Householder Extensions Guide

Northvale Council
Serving Northvale since 1974
Bins | Council tax | Planning | Contact us

Planning: Householder Extensions Guide
This guide explains when a rear or side extension to a house needs planning permission and what the
council looks at when it decides an application, from the height of the walls to the loss of light.

https://www.northvale.example.gov.uk/planning/extensions

1/1
"""

CASES = [
    (JOURNAL, "River Restoration: What Works"),
    (PARLIAMENT, "Water Industry: Sewage Discharges"),
    (COUNCIL, "Planning: Householder Extensions Guide"),
]


@pytest.mark.parametrize("text,title", CASES)
def test_site_name_and_colon_header_names_the_headline(text, title):
    assert doc_of(text).title == title


PLAIN = """12/1/26, 3:10 PM

Tide Tables: How to Read Them

Tide Tables: How to Read Them
A tide table gives the times and heights of high and low water for each day at one port, and the
heights are measured from the chart datum printed at the top of the page.

http://tides.example.org/reading.html

1/1
"""


def test_header_that_is_the_headline_stays():
    assert doc_of(PLAIN).title == "Tide Tables: How to Read Them"
