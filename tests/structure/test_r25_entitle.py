"""r25entitle (issue #11): the document's own name over an issuer's name, a number block or a line
joined to it, one general rule per phenomenon: an enacted text's long title with its kind on the same
line ('AN ACT TO AMEND …') under its number block and the body that passed it; an instrument's year
after a comma taken for a running head's page number; a capitals line under a mixed-case headline
joined to it. All texts are made up."""
from __future__ import annotations

from pipeline.structure.blocks import _capitals_under_title
from pipeline.structure.front import _enactment_cover_line, running_head_name

from .helpers import doc_of


# --- an enacted text's long title under its number block ---------------------------------------------

SESSION_LAW = ("Northshire General Assembly\n\nCHAPTER 41\n\nFORMERLY\n\nHOUSE BILL NO. 212\n\n"
               "AN ACT TO AMEND TITLE 9 OF THE NORTHSHIRE CODE RELATING TO HARBOUR MOORINGS.\n\n"
               "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF NORTHSHIRE:\n\n"
               "Section 1. Amend § 12, Title 9 of the Northshire Code by adding a new subsection.\n\n"
               "Section 2. This Act takes effect on the first day of July.\n")


def test_the_long_title_under_a_legislatures_name_and_number_block_is_the_title():
    doc = doc_of(SESSION_LAW)
    assert doc.title == "AN ACT TO AMEND TITLE 9 OF THE NORTHSHIRE CODE RELATING TO HARBOUR MOORINGS."
    texts = [s.title for s in doc.sections]
    assert "CHAPTER 41" not in " ".join(texts) and "HOUSE BILL NO. 212" not in texts


def test_an_ordinance_under_its_number_is_the_title():
    doc = doc_of("ORDINANCE NO. 2031-07\n\nAN ORDINANCE OF THE CITY OF EASTBROOK AMENDING THE PARKING CODE\n\n"
                 "The City Council of Eastbrook ordains as follows:\n\n"
                 "Section 1. Section 4 of the Parking Code is amended to read as follows.\n")
    assert doc.title == "AN ORDINANCE OF THE CITY OF EASTBROOK AMENDING THE PARKING CODE"


def test_a_short_title_over_the_long_title_stays_the_title():
    doc = doc_of("HARBOUR MOORINGS ACT 2031\n\nAn Act to provide for the licensing of moorings in the harbour.\n\n"
                 "1. Short title\n\nThis Act may be cited as the Harbour Moorings Act 2031.\n")
    assert doc.title != "An Act to provide for the licensing of moorings in the harbour."


def test_cover_lines_name_no_document():
    for line in ("CHAPTER 41", "FORMERLY", "HOUSE BILL NO. 212", "112th CONGRESS", "1st Session", "H. R. 77",
                 "IN THE HOUSE OF REPRESENTATIVES", "Northshire General Assembly", "Office of the City Clerk",
                 "March 3, 2031"):
        assert _enactment_cover_line(line), line
    for line in ("HARBOUR MOORINGS ACT 2031", "Harbour Moorings", "The council met on Monday.", "Annual Report 2031"):
        assert not _enactment_cover_line(line), line


# --- an instrument's year after a comma --------------------------------------------------------------

def test_an_acts_year_is_no_page_number():
    assert running_head_name("THE HARBOUR MOORINGS ACT, 2031") == ""
    assert running_head_name("282, SPECIAL OFFICIAL GAZETTE.") == "SPECIAL OFFICIAL GAZETTE"   # a page's head still
    assert running_head_name("OFFICIAL JOURNAL, 17") == "OFFICIAL JOURNAL"


def test_an_act_named_with_its_year_keeps_the_year():
    doc = doc_of("THE HARBOUR MOORINGS ACT, 2031\n\n( ACT NO. IV OF 2031 )\n\n"
                 "An Act to provide for the licensing of moorings.\n\nPRELIMINARY\n\n"
                 "1. This Act may be called the Harbour Moorings Act, 2031.\n")
    assert doc.title.endswith("2031")


# --- a capitals line under a mixed-case headline -------------------------------------------------------

def test_a_capitals_line_under_a_headline_opens_a_new_block():
    assert _capitals_under_title("Harbour Moorings and Pilots - Title 9", "REPUBLIC OF NORTHSHIRE")
    assert not _capitals_under_title("The harbour master shall keep a register of", "NORTHSHIRE MOORINGS")   # a sentence
    assert not _capitals_under_title("Harbour Moorings and Pilots", "Republic of Northshire")                 # no capitals
    assert not _capitals_under_title("Harbour Moorings.", "REPUBLIC OF NORTHSHIRE")                            # an end mark


def test_the_headline_is_not_joined_with_the_title_block_under_it():
    doc = doc_of("Harbour Moorings and Pilots - Title 9\nREPUBLIC OF NORTHSHIRE\nTITLE 9\nHARBOUR MOORINGS AND PILOTS\n"
                 "§ 101. Harbour master; duties.\nThe harbour master shall keep a register of every mooring "
                 "in the harbour and of its holder, and shall publish it every year.\n")
    assert doc.title == "Harbour Moorings and Pilots - Title 9"


# --- issuers' names over the date, no title line (Chinese) ---------------------------------------------

BULLETIN = ("东川市统计局\n国家统计局东川调查队\n2032年3月5日\n"
            "2031年，东川市坚持稳中求进工作总基调，全市经济运行总体平稳，发展质量稳步提升，民生保障有力有效，实现了“十五五”时期良好开局。\n"
            "一、综合\n初步核算，全年全市地区生产总值1203.45亿元，比上年增长6.1%。其中，第一产业增加值45.12亿元，增长3.2%。\n")


def test_issuers_over_the_date_are_no_title():
    doc = doc_of(BULLETIN)
    assert doc.title == "东川市2031年国民经济和社会发展统计公报"   # the bulletin named from its parts, with the bureau's place
    assert doc.title != "东川市统计局"


def test_an_issuer_over_its_documents_title_still_gives_the_title():
    doc = doc_of("东川市统计局\n2032年3月5日\n东川市2031年国民经济和社会发展统计公报\n"
                 "2031年，东川市坚持稳中求进工作总基调，全市经济运行总体平稳，发展质量稳步提升，民生保障有力有效。\n")
    assert doc.title != "东川市统计局"


# --- the print header names the rules' title: the ranker leaves it ------------------------------------

def test_the_print_headers_first_piece_is_hard_evidence():
    from pipeline.structure.title_model import _printed_lead
    assert _printed_lead("Harbour Mooring Permits", "Harbour Mooring Permits - Harbours and Pilots")
    assert _printed_lead("Harbour Mooring Permits", "Harbour Mooring Permits")
    assert not _printed_lead("Harbours", "Harbour Mooring Permits - Harbours and Pilots")      # another piece
    assert not _printed_lead("Permits", "Permits - Harbours and Pilots")                         # one word: a label's shape
    assert not _printed_lead("Harbour Mooring", "Harbour Mooring Permits - Harbours and Pilots")  # a part of the piece
