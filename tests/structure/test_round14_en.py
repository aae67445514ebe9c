"""Structure rules the round14-en round (issue #11, check set 12's English half) prompted: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.english import section_title_stop

from .helpers import doc_of

EN = "The council may charge a fee for each berth and it shall publish the fee each year."


def test_a_code_sections_closing_full_stop_is_not_part_of_the_title():
    assert section_title_stop("12.40 - Harbour fees—Payment.") == "12.40 - Harbour fees—Payment"
    assert section_title_stop("§ 4.2 Berths reserved for ferries.") == "§ 4.2 Berths reserved for ferries"
    # a sentence, an abbreviation's stop, a name without a designation keep their stop
    for title in ("THE PORT v. SMITH ET AL.", "HARBOUR FEES ACT.", "It applies. Then it ends.", "12 Acme Inc."):
        assert section_title_stop(title) == title


def test_a_markdown_code_chapter_title_drops_its_closing_stop():
    doc = doc_of("\n".join(["# 12.40 - Harbour fees—Payment.", "", "## 12.40.010 - Fees payable.", "", EN, "",
                            "## 12.40.020 - Waivers.", "", EN]))
    assert doc.title == "12.40 - Harbour fees—Payment"


def test_a_record_category_label_under_the_date_is_never_the_title():
    from pipeline.structure.title_evidence import chrome_reason
    assert chrome_reason("Petitions", True, "Harbour Fees (Berths) Bill 2031") == "a record's category label"
    assert chrome_reason("Questions without notice", True, "Harbour dredging") == "a record's category label"
    assert chrome_reason("Petitions", True, "") == ""   # alone, with nothing under it, it may name the page
    doc = doc_of("\n".join(["Wednesday, 4 June 2031", "", "Bills", "", "Harbour Fees (Berths) Bill 2031", "", EN, "",
                            "Second reading", "", EN]))
    assert doc.title == "Harbour Fees (Berths) Bill 2031"
    doc = doc_of("\n".join(["Wednesday, 4 June 2031", "", "Bills of Lading Reform", "", EN, "", EN]))
    assert doc.title == "Bills of Lading Reform"


def test_a_lead_in_ending_in_as_follows_is_no_heading_and_the_capitals_heads_under_it_are():
    doc = doc_of("\n".join(["Thursday, 5 June 2031", "", "Senator GREY (Minister for Ports) (2:10 PM) —I move:", "",
                            "That these bills be now read a second time.", "", "The statements read as follows", "",
                            "HARBOUR FEES (BERTHS) BILL (No. 2) 2031", "", EN, "", EN, "",
                            "HARBOUR LIGHTS BILL (No. 1) 2031", "", EN, "", EN]))
    titles = [s.title for s in doc.sections]
    assert titles == ["HARBOUR FEES (BERTHS) BILL (No. 2) 2031", "HARBOUR LIGHTS BILL (No. 1) 2031"]
    assert doc.title == "HARBOUR FEES (BERTHS) BILL (No. 2) 2031"   # not the date: a date names nothing


def test_a_number_label_in_small_letters_keeps_a_capitals_line_in_capitals():
    from pipeline.structure.english import _caps_line
    assert _caps_line("HARBOUR FEES BILL (No. 2) 2031") and _caps_line("ANNUAL REPORT Vol. 3")
    assert not _caps_line("The Hon J Grey (No. 2 Ward)") and not _caps_line("HARBOUR Fees Bill")


def test_a_date_is_never_the_title_shaped_top_line():
    from pipeline.structure.title_evidence import top_line_title
    assert top_line_title(["Monday, 2 June 2031", "", "Harbour Fees Review"], True) == "Harbour Fees Review"
