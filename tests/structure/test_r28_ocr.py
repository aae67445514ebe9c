"""r28ocr (issue 11): text a user gets from a SCANNED printed volume — the Internet Archive's djvu
text, a HathiTrust / Google Books page text, a scanned report's PDF text layer. Made-up documents in
those forms: page numbers (OCR misreads too: `^37`, `2O5`, `i6`, `— 12 —`) and running heads set
apart by blank lines inside a sentence, alone or on one line (`236 ABBEY`); trailing spaces; an
encyclopedia article's headword run into its first line; a justified paragraph whose first line
stops short; a letter-spaced year and table caption. And documents of what MUST STAY: a table's
numbers, a caps heading after a finished paragraph, a resolution's `WHEREAS,`, a speech's `MR.
SPEAKER,`, a title line over a run-in headword, a news digest's headline, a numbered section."""
from __future__ import annotations

import textwrap

import pytest

# the clean -> structure chain on a made-up page, and its outline, as the encyclopedia pages' tests read them
from .test_r27_encyc import _all_text, _levels, _walk, doc_of


def _paragraphs(doc) -> list[str]:
    out = [p.text for p in doc.front]
    for s in _walk(doc.sections):
        out.extend(p.text for p in s.paragraphs)
    return [" ".join(t.split()) for t in out]


def wrap(text: str, width: int = 64, pad: str = " ") -> list[str]:
    """A printed paragraph as OCR gives it: hard-wrapped, every line with a trailing space (djvu)."""
    return [line + pad for line in textwrap.wrap(text, width)]


def lines_of(*parts) -> str:
    out = []
    for p in parts:
        out.extend(p if isinstance(p, list) else [p])
    return "\n".join(out) + "\n"


def gap(n: int = 3) -> list[str]:
    """The blank lines djvu text sets around a page's furniture."""
    return [""] * n


ABBEY_1 = ("ABBEY, a monastery or convent of persons of either sex devoted to religion and celibacy, and governed by "
           "an abbot or abbess. The name was in use from the earliest days of the order, and the abbey was for "
           "centuries the chief seat of learning in the countries of the west, where the monks copied the books of "
           "the ancients and kept the records of the land; the abbey church and its cloister stood at the heart of "
           "the")
ABBEY_2 = ("whole community, and the abbey lands were farmed by lay brothers and tenants. The great abbeys of the "
           "middle ages were rich and powerful, and the abbot sat among the lords of the realm.")
ABBEY_3 = ("In the course of the sixteenth century the abbeys of England were dissolved, and their buildings "
           "passed into the hands of laymen who pulled down the churches or turned them into dwellings for "
           "their")
ABBEY_4 = ("families; a few abbey churches survived as the parish churches of their towns.")
ABBEY_5 = ("The plan of an abbey followed one pattern through most of Europe, the church on the north side of the "
           "cloister and the refectory on the south, so that the sun warmed the walk where the monks read.")


def _abbey_djvu(number_a="236", head="ABBEY", number_b="^37", one_line=False):
    first = [f"{number_a} {head} "] if one_line else [f"{number_a} ", "", "", "", f"{head} "]
    second = [f"{head} {number_b} "] if one_line else [f"{head} ", "", "", "", f"{number_b} "]
    return lines_of(wrap(ABBEY_1), gap(), first, gap(), wrap(ABBEY_2), "", wrap(ABBEY_3), gap(), second, gap(),
                    wrap(ABBEY_4), "", wrap(ABBEY_5))


def _assert_clean_abbey(doc, head="ABBEY"):
    text = _all_text(doc)
    for stray in ("236", "^37", "2O5", "i6", "237"):
        assert f" {stray} " not in f" {text} "
    assert doc.title == "Abbey"
    assert _levels(doc) == []
    paras = _paragraphs(doc)
    assert any(p.startswith("ABBEY, a monastery") and p.endswith("abbot sat among the lords of the realm.") for p in paras)
    assert any("their families; a few abbey churches" in p for p in paras)
    assert text.count(head) == 1   # the headword run in; every running head gone


def test_djvu_article_page_number_and_head_apart_inside_sentences():
    _assert_clean_abbey(doc_of(_abbey_djvu()))


def test_djvu_article_head_and_number_on_one_line():
    _assert_clean_abbey(doc_of(_abbey_djvu("236", "ABBEY", "237", one_line=True)))


def test_ocr_misread_page_numbers():
    _assert_clean_abbey(doc_of(_abbey_djvu("2O5", "ABBEY", "i6")))


def test_hathi_page_text_no_trailing_spaces_one_blank_line():
    text = lines_of(wrap(ABBEY_1, 70, ""), "", "236", "", "ABBEY", "", wrap(ABBEY_2, 70, ""), "", wrap(ABBEY_3, 70, ""),
                    "", "ABBEY", "", "237", "", wrap(ABBEY_4, 70, ""), "", wrap(ABBEY_5, 70, ""))
    _assert_clean_abbey(doc_of(text))


ROME_1 = ("The Roman Republic, as it emerged from the struggle of the orders, was a state in which the old "
          "families still held the greater share of power, but in which the new men could rise by service in "
          "the field and in the courts, and the assembly of the people voted on war and")
ROME_2 = ("peace, elected the magistrates, and passed the laws which the senate had first considered. It was this "
          "balance which the historians of later ages admired.")
ROME_3 = ("The wars with Carthage changed everything. For more than a century the city fought for the mastery of "
          "the western sea, and the armies it raised were larger than any it had put into the field before, so "
          "that the small farmers who formed")
ROME_4 = ("the legions were ruined by long service far from home. Their lands passed to the rich, who worked them "
          "with slaves taken in the wars.")


def test_titled_book_running_head_in_title_case_and_a_page_between_paragraphs():
    text = lines_of("THE HISTORY OF ROME", "", "", "CHAPTER I", "", "", wrap(ROME_1), gap(), "12 The History of Rome ",
                    gap(), wrap(ROME_2), gap(), "The History of Rome 13 ", gap(), wrap(ROME_3), gap(),
                    "14 The History of Rome ", gap(), wrap(ROME_4))
    doc = doc_of(text)
    paras = _paragraphs(doc)
    assert not any("The History of Rome 1" in p or p.startswith(("12 ", "14 ")) for p in paras)
    assert any(p.startswith("The Roman Republic") and p.endswith("later ages admired.") for p in paras)
    assert any(p.startswith("The wars with Carthage") and p.endswith("taken in the wars.") for p in paras)


def test_scanned_report_dashed_page_numbers():
    p1 = ("The committee met on eleven occasions during the year and considered the reports of the "
          "inspectors on the state of the roads in the northern districts, which had suffered severely from "
          "the floods of the previous")
    p2 = ("winter, and recommended that the sum set aside for repairs be doubled in the coming year.")
    p3 = ("The inspectors reported that the bridges in the valley were in good order, except the old timber "
          "bridge at the ford, which should be replaced before the winter rains set in again.")
    p4 = ("The committee also received a deputation from the farmers of the upper valley, who asked that the "
          "road to the market town be kept open through the winter months.")
    text = lines_of("REPORT OF THE ROADS COMMITTEE", "", wrap(p1, 70, ""), "", "", "— 12 —", "", "", wrap(p2, 70, ""), "",
                    wrap(p3, 70, ""), "", wrap(p3.replace("valley", "hills"), 70, ""), "", wrap(p2.replace("winter", "season"), 70, ""),
                    "", wrap(p3.replace("bridges", "culverts"), 70, ""), "", wrap(p3.replace("timber", "stone"), 70, ""),
                    "", wrap(p4, 70, ""), "", "", "— 13 —", "", "", wrap(p3.replace("old", "new"), 70, ""))
    doc = doc_of(text)
    text_out = _all_text(doc)
    assert "— 12 —" not in text_out and "— 13 —" not in text_out
    assert any(p.endswith("floods of the previous winter, and recommended that the sum set aside for repairs be doubled in the coming year.")
               for p in _paragraphs(doc))


def test_person_headword_run_in():
    p1 = ("BACON, FRANCIS (1561-1626), English philosopher and statesman, was born in London, the younger son of "
          "the lord keeper of the great seal. Bacon went up to Cambridge at twelve, and the young Bacon soon came "
          "to dislike the philosophy taught there. In later life Bacon rose to be lord chancellor, and his fall "
          "in 1621 closed a public career of thirty years.")
    p2 = ("His writings on method, above all the Novum Organum, were read for two centuries as the charter of "
          "experimental science, and Bacon's essays are still read for their style.")
    doc = doc_of(lines_of(wrap(p1), "", wrap(p2)))
    assert doc.title == "Bacon, Francis"
    assert _levels(doc) == []


def test_justified_paragraph_first_line_short_is_no_headline():
    p0 = ("Among the notices printed in the weekly papers of that time were many for books, and they read much "
          "like the notices of our own day; the publisher named the book, the author and the shop.")
    q = ["A Treatise of the Gardens of England, with The Manner ",
         "of Planting and Grafting of all sorts of Trees, Collected from ",
         "the best authors and the experience of many years; Newly ",
         "corrected and enlarged by the Author; Is printed and sold by ",
         "the Booksellers at the sign of the Bible in Paternoster Row. "]
    p2 = ("Such notices were set in the same type as the news and stood among the reports of the war, so that "
          "a reader could hardly tell the one from the other at a glance.")
    doc = doc_of(lines_of(wrap(p0), "", q, "", wrap(p2)))
    assert _levels(doc) == []
    assert any(p.startswith("A Treatise of the Gardens of England, with The Manner of Planting") for p in _paragraphs(doc))


def test_letter_spaced_year_heading_and_letter_spaced_table_caption():
    text = lines_of("( 57 )", "", "(D) PUBLIC DEBT", "", "The Financial Year 1 9 7 1 / 7 2", "",
                    "The public debt rose in the year by Rs 412 million, to Rs 6,231 million at the end of September, "
                    "as the Government borrowed more from the banks and from abroad than in any earlier year.", "",
                    "Domestic Debt", "",
                    "Borrowing from domestic sources rose sharply, most of it by the sale of treasury bills to the "
                    "Central Bank, while the rupee loans raised from the public were smaller than before.", "",
                    "T A B L E II (D) 1", "", "( 58 )", "", "1. Total Public Debt at end of period", "",
                    "A. Domestic B. Foreign (i) Rupee loans (ii) Treasury bills")
    doc = doc_of(text)
    assert [t for _, t in _levels(doc)] == ["The Financial Year 1 9 7 1 / 7 2", "Domestic Debt"]
    assert "1. Total Public Debt at end of period" in _all_text(doc)


# ---- what must stay --------------------------------------------------------------------------

def test_table_numbers_between_blank_lines_stay_in_a_paged_scan():
    rows = []
    for n in ("1912", "1913", "1914"):
        rows += [n, "", ""]
    text = lines_of(wrap(ABBEY_1), gap(), "236 ", gap(), wrap(ABBEY_2), "", "The tithes paid to the abbey were as follows: ",
                    "", "", rows, wrap(ABBEY_5))
    doc = doc_of(text)
    out = _all_text(doc)
    assert "236" not in out.split()
    for n in ("1912", "1913", "1914"):
        assert n in out


def test_caps_heading_after_finished_paragraph_stays():
    text = lines_of("THE HISTORY OF ROME", "", "", wrap(ROME_2), "", "", "", "THE PUNIC WARS", "", "", "", wrap(ROME_3 + " the legions."),
                    "", wrap(ROME_4), "", "", "", "THE GRACCHI", "", "", "", wrap(ROME_2.replace("balance", "order")))
    doc = doc_of(text)
    out = _all_text(doc)
    assert "THE PUNIC WARS" in out.upper() and "THE GRACCHI" in out.upper()


def test_resolution_whereas_is_no_headword():
    p = ("WHEREAS, the council has received many complaints about the state of the roads in the northern wards, "
         "and whereas the council resolved last year to set aside funds for their repair, and the council has "
         "now received the engineer's report on the roads and their cost;")
    doc = doc_of(lines_of("RESOLUTION NO. 12-2024", "", wrap(p), "", "NOW, THEREFORE, BE IT RESOLVED by the council that the engineer's report is adopted."))
    assert doc.title.casefold() != "whereas"


def test_speech_address_is_no_headword():
    p = ("MR. SPEAKER, I rise to present the budget for the coming year, a budget that asks much of every "
         "speaker in this house and of every citizen, and I ask the speaker's leave to table the papers. The "
         "speaker will know that the papers are long.")
    doc = doc_of(lines_of(wrap(p), "", "The revenue of the state grew by four per cent in the year."))
    assert "speaker" not in (doc.title or "").casefold()


def test_title_line_over_a_run_in_headword_keeps_its_title():
    p = ("ADVERTISING, as practised at the beginning of the century, may be divided into three classes, and "
         "advertising of each class has its own customs; the advertising agent serves all three.")
    doc = doc_of(lines_of("The Art of Publicity", "", "by A. Writer", "", wrap(p), "", wrap(ABBEY_5)))
    assert doc.title == "The Art of Publicity"


def test_news_digest_headline_over_its_paragraph_stays_a_heading():
    body = ("The General Office of the State Council has issued a circular asking all departments to respond "
            "faster to public opinion on major policies, and to publish their answers within five working days "
            "of a question being raised in the press or online, the circular said on Monday.")
    text = lines_of("Weekly Policy Digest", "", "State Council asks for better response to public opinions",
                    textwrap.wrap(body, 100), "", "New rules for rural roads come into force",
                    textwrap.wrap(body.replace("public opinion", "rural road works"), 100))
    doc = doc_of(text)
    assert "State Council asks for better response to public opinions" in [t for _, t in _levels(doc)]


def test_numbered_section_after_a_paragraph_stays():
    para = ("The survey was carried out in the spring by the district offices, each of which sent two inspectors "
            "to every village on its list and reported the results to the head office within the month.")
    text = lines_of("Annual Review of the District Surveys", "",
                    wrap("Table 1 shows the results of the survey in each district, with the previous year's figures "
                         "beside them for comparison, and Table 2 the cost of the survey in each district."), "",
                    "1. Introduction", "", wrap(para), "", wrap(para.replace("spring", "autumn")), "",
                    "2. Methods", "", wrap(para.replace("two", "three")), "", wrap(para.replace("month", "week")))
    doc = doc_of(text)
    assert [t for _, t in _levels(doc)] == ["1. Introduction", "2. Methods"]


def test_body_line_shaped_like_a_head_inside_a_sentence_without_number_stays():
    p1 = "The notice was printed in capitals at the head of the page, and read in full"
    text = lines_of(wrap(ABBEY_1), gap(), "236 ", gap(), wrap(ABBEY_2), "", p1 + " ", "", "", "", "GOD SAVE THE KING ", "", "", "",
                    "and under it the names of the officers of the parish. ", "", wrap(ABBEY_5))
    out = _all_text(doc_of(text))
    assert "GOD SAVE THE KING" in out


def test_number_under_a_colon_stays_in_a_paged_scan():
    text = lines_of(wrap(ABBEY_1), gap(), "236 ", gap(), wrap(ABBEY_2), "", wrap(ABBEY_3.replace("their", "them.")), "",
                    wrap(ABBEY_5), "", wrap(ABBEY_2.replace("whole", "The whole")), "", "The number of monks in the house at the visitation was: ",
                    "", "", "", "241 ", "", "", "", "and the number of lay brothers was smaller by a third. ", "", wrap(ABBEY_5))
    out = _all_text(doc_of(text))
    assert "241" in out.split() and "236" not in out.split()


# ---- a booklet's contents under its label, the excerpt reaching the first section only --------

FOREWORD = ("In the matter of making a life as well as a living, we are told that good books cut a paramount "
            "figure, and the reader who gives them a quarter of an hour a day will find his judgement the better for it.")


def _labelled(label: str, entries: list[str], first_again: str) -> str:
    listed = []
    for e in entries:
        listed += [e, "", ""]
    return lines_of("THE READER'S SHELF", "", "", "A GUIDE TO GOOD BOOKS", "", "", label, "", "", listed,
                    first_again, "", "", wrap(FOREWORD, 44, " "), "", "", wrap(FOREWORD.replace("quarter", "half"), 44, " "))


ENTRIES = ["Foreword", "The Art of Reading", "How the Shelf was chosen and by whom", "Reading and Business", "History",
           "Biography and Letters", "Science", "Education", "Drama", "Essays", "Poetry"]


@pytest.mark.parametrize("label", ["In this book:", "Contents", "IN THIS ISSUE"])
def test_labelled_contents_whose_first_entry_stands_again(label):
    doc = doc_of(_labelled(label, ENTRIES, "Foreword"))
    out = _all_text(doc)
    for e in ENTRIES[1:]:
        assert e not in out
    assert label.rstrip(":") not in out
    assert out.count("Foreword") == 1 and "a paramount figure" in out


def test_labelled_list_the_text_never_takes_up_stays():
    doc = doc_of(_labelled("In this book:", ENTRIES, "Introduction"))
    out = _all_text(doc)
    for e in ENTRIES:
        assert e in out


# ---- a drop capital split off; a letter-spaced title ----------------------------------------

ROADS = ("report of the committee on the roads of the county was laid before the council at its meeting in March, "
         "and the council resolved that it be printed and sent to every parish for the information of the ratepayers.")
ROADS_2 = "The committee have examined every road in the county in the course of the year and find most of them in good repair."


@pytest.mark.parametrize("gap_lines", [0, 1])
def test_drop_capital_goes_back_on_its_word(gap_lines):
    doc = doc_of(lines_of("REPORT OF THE ROADS COMMITTEE", "", "", "T ", [""] * gap_lines, wrap("HE " + ROADS), "", wrap(ROADS_2)))
    assert any(p.startswith("THE report of the committee") for p in _paragraphs(doc))
    assert "T" not in _paragraphs(doc)


def test_letter_over_caps_word_the_text_never_uses_stays():
    doc = doc_of(lines_of("SCHEDULE OF CHARGES", "", "A", "", "BOARD and lodging for a week, payable in advance at the office.",
                          "", "B", "", "CARRIAGE of goods to the station, charged by the hundredweight.", "", wrap(ROADS_2)))
    out = _all_text(doc)
    assert "ABOARD" not in out and "BCARRIAGE" not in out
    assert "BOARD and lodging" in out and "CARRIAGE of goods" in out


@pytest.mark.parametrize("head,title", [("R E P O R T", "Report"), ("A N N U A L   R E P O R T", "Annual Report"),
                                        ("A N N U A L  R E P O R T", "Annual Report")])
def test_letter_spaced_title(head, title):
    doc = doc_of(lines_of(head, "", "", wrap("The " + ROADS), "", wrap(ROADS_2)))
    assert doc.title == title


def test_spaced_initials_line_is_no_title_change():
    # initials with full stops are a name's, not a letter-spaced word
    doc = doc_of(lines_of("Memoirs of a Country Surveyor", "", "by J. R. R. Smith", "", "", wrap("The " + ROADS), "", wrap(ROADS_2)))
    assert doc.title == "Memoirs of a Country Surveyor"


def test_title_page_date_and_numbers_stay():
    text = lines_of("REPUBLIC OF NORTHLAND", "", "LAW REVISION COMMISSION", "", "REPORT ON OLD STATUTES", "", "Port Harbour, Northland",
                    "", "March 2021", "", "ISSN 1234-5678", "", "ISBN 978-12345-678-9", "", "i", "",
                    "Law Revision Commission publications", "", wrap("The " + ROADS), "", wrap(ROADS_2))
    out = _all_text(doc_of(text))
    for kept in ("March 2021", "ISSN 1234-5678", "ISBN 978-12345-678-9", "Port Harbour, Northland"):
        assert kept in out


def _scanned_book(notice: str) -> str:
    return lines_of("THE READER'S SHELF ", "", "", "EDITED BY ", "", "J. R. SMITH ", "", "", notice + " ", "By Harbour & Sons ", "", "",
                    "Digitized by the Internet Archive ", "in 2016 ", "", "", wrap("The " + ROADS), "", wrap(ROADS_2))


def test_printed_books_own_copyright_notice_stays_in_its_scan():
    doc = doc_of(_scanned_book("Copyright, 1911, by Harbour & Sons"))
    out = _all_text(doc)
    assert "Copyright, 1911, by Harbour & Sons" in out
    assert "Copyright" not in (doc.title or "") and not any("Copyright" in t for _, t in _levels(doc))
    assert "Digitized by the Internet Archive" not in out


def test_a_sites_copyright_line_still_goes_in_a_scan():
    out = _all_text(doc_of(_scanned_book("Copyright © 2016 Scans Online. All rights reserved.")))
    assert "All rights reserved" not in out


# ---- OCR debris: a picture read as text ------------------------------------------------------

@pytest.mark.parametrize("debris", [["6,", "3", "gh", ")", "Ne Se Te ee"], ["■", "tbe rn", "»", "ii ,"]])
def test_ocr_debris_bunch_goes(debris):
    spaced = []
    for d in debris:
        spaced += [d + " ", "", ""]
    doc = doc_of(lines_of(spaced, "THE READER'S SHELF ", "", "", "—Emerson ", "", "", "Digitized by the Internet Archive ", "in 2016 ",
                          "", "", wrap("The " + ROADS), "", wrap(ROADS_2)))
    out = _all_text(doc)
    assert "gh" not in out.split() and "tbe rn" not in out and "»" not in out
    assert "—Emerson" in out and "The report of the committee" in out


def test_play_short_lines_and_part_labels_stay():
    speech = []
    for who, line in (("HAMLET.", "Go on."), ("HORATIO.", "Oh no!"), ("HAMLET.", "So be it."), ("HORATIO.", "Ay me.")):
        speech += [who, line, ""]
    doc = doc_of(lines_of("A SHORT SCENE", "", "I", "", wrap("The " + ROADS), "", speech, "II", "", wrap(ROADS_2), "",
                          "Digitized by the Internet Archive ", "in 2016 "))
    out = _all_text(doc)
    for kept in ("Go on.", "Oh no!", "So be it.", "Ay me.", "II"):
        assert kept in out


def test_short_lines_of_a_born_digital_text_stay():
    doc = doc_of(lines_of("Harbour Dues Bill", "", "2018-03-01", "text/xml", "EN", "", wrap("The " + ROADS), "", "ee", "", wrap(ROADS_2)))
    out = _all_text(doc)
    assert "ee" in out.split()


def _credited(middle: list[str]) -> str:
    return lines_of("THE READER'S SHELF ", "", "", "Digitized by the Internet Archive ", "in 2016 ", "", "", middle,
                    "", wrap("The " + ROADS), "", wrap(ROADS_2))


def test_page_number_over_a_scanned_books_first_heading_goes():
    doc = doc_of(_credited(["Published by Harbour & Sons ", "", "", "7 ", "", "", "Foreword ", "", ""]))
    out = _all_text(doc)
    assert "7" not in out.split() and "Foreword" in out


def test_numbered_parts_in_a_scan_stay():
    doc = doc_of(_credited(["Published by Harbour & Sons ", "", "", "6 ", "", "Roads ", "", *wrap(ROADS_2), "", "7 ", "", "Bridges ", ""]))
    out = _all_text(doc).split()
    assert "6" in out and "7" in out


# ---- the same OCR page twice: the document, then a sharing site's text preview of it ---------

GAZETTE = ["REGISTERED No. M - 302", "EXTRAORDINARY", "PUBLISHED BY AUTHORITY", "NORTHPORT, THURSDAY, MAY 24, 2OI8",
           "PART I", "Acts, Ordinances and Regulations", "NATIONAL ASSEMBLY SECRETARIAT",
           "No. F. 23(20)2018-Legis.-The following Act of Parliament",
           "received the assent of the President on the 18th May, 2018 is",
           "hereby published for general information:-", "Acr No. XIU oF 201 8",
           "to provide for the harbour moorings of the town and for matters",
           "connected therewith and incidental thereto.",
           "Wusneas it is expedient to provide for the harbour moorings and for",
           "matters connected therewith and incidental thereto;"]


def test_ocr_page_then_its_preview_copy_the_copy_goes():
    preview = []
    for line in GAZETTE:
        preview += [line.replace(" ", "^ ", 1) if len(line) > 20 else line, ""]
    preview[6] = "NORTHPORT, THURSDAY, MAY 24, 2OI"
    doc = doc_of(lines_of("Harbour moorings act, Essays of Law", "", GAZETTE, "", "Partial preview of the text", "", preview))
    out = _all_text(doc)
    assert out.count("harbour moorings of the town") == 1 and "^" not in out


def test_a_clause_said_again_inside_the_text_stays():
    clause = ["(a) on summary conviction, to imprisonment for a term not exceeding",
              "12 months or to a fine not exceeding the statutory maximum (or to both);",
              "(b) on conviction on indictment, to imprisonment for a term not exceeding",
              "5 years or to a fine (or to both).", "(c) in either case, to forfeiture of the vessel,",
              "its tackle and its cargo, as the court may order.", "(d) the court may also order",
              "the costs of the harbour master to be paid by the person convicted."]
    text = lines_of("Harbour Moorings Act 2018", "", "1 Mooring without a licence", "", "A person who moors without a licence is liable—",
                    clause, "", "2 Mooring in a closed berth", "", "A person who moors in a closed berth is liable—", clause, "",
                    "3 Commencement", "", "This Act comes into force on 1 January 2019.", "", "4 Short title", "",
                    "This Act may be cited as the Harbour Moorings Act 2018.")
    out = _all_text(doc_of(text))
    assert out.count("forfeiture of the vessel") == 2
