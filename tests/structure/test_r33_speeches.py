"""r33enspeech (issue #11): speeches, transcripts and parliamentary records made up the way real
sites and printers give them (tests/fixtures/r33speech): a budget speech on a news page and a throne
speech whose SALUTATIONS stand alone without a mark (`Fellow Westlanders`, `Honourable Members of the
Legislative Assembly`, `Ladies and gentlemen`, `Madam Speaker`, `Good afternoon`); a press-conference
page and a briefing page whose DATELINE carries an archive's kicker glyph (`» Thursday, …`, `› 12 March
2029`) over the headline; a legislature's minutes and votes whose numbered order-of-business items
stand in CAPITALS CLOSED BY A COLON (`1. MEETING:`, `3. MINISTERIAL REPORTS:`), one wrapped by the
printer over two lines; speech pages that set the SPEAKER'S STYLED NAME over the title (`Hon. Jane Example` /
`Minister of Finance`, `The Rt Hon Jane Doe MP`, `His Excellency President John Example`, `Senator Ann
Lee`) and a delivery note (`Check against delivery`) under it; Hansard pages whose BILL stands right over its
STAGE (`Harbour Amendment Bill 2031` / `Second Reading`, `APPROPRIATION BILL (NO. 1) 2031-2032` / `Second
Reading`), the bill holding its stages; a speech's courtesies and a transcript's stage directions whose
stops or brackets were lost (`Thank you`, `Applause`, `God bless you all`, `Long live the Republic`); a
head of government's transcript page with the speaker's OFFICE ALONE under its headline or date (`Prime
Minister`, `Treasurer`) and the `E&OE TRANSCRIPT` note; a debates site's SECTION LABEL over the sitting's
date (`Senate debates`, `Written answers`); a budget launch's salutation ONE ADDRESSEE A LINE (`Programme
Director` / `Honourable Ministers` / `Members of the Diplomatic Corps` / `Ladies and Gentlemen`); a
governor's address sent out as a release (`FOR IMMEDIATE RELEASE` over the headline: front matter, never
the title; `Contact: …` no heading). What must stay: heads that open with an address form's word (`Distinguished
Service Awards`, `Fellowship Programme`, `Good Governance`, `Members' Statements`), a kicker glyph
before a headline that is no date, numbered capital lines that lead into a list (`1. THE COUNCIL
RESOLVED THAT:`, `… AGREE AS FOLLOWS:`), a person's or a society's name that is the page's title (`Sir
Isaac Newton`, `The Honourable Society of Gray's Inn`), a report's acknowledgements head `Thank You`, a page about the office (`Prime Minister of Eastland`), a guide titled `Senate Debates` over its sentence, a report's `Members of the Board`."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r33speech"

# name: (titles accepted, heading texts in order (level 1 unless said), body lines that must stay)
EXPECT = {
    "budget_news_page_fellow_salutation.txt": (
        ["Budget 2031: the Treasurer's speech in full"], ["Introduction", "Spending on schools"],
        ["Fellow Westlanders", "Good afternoon"]),
    "throne_speech_honourable_members.txt": (
        ["Speech from the Throne"], ["A Stronger Economy", "Safer Communities"],
        ["Honourable Members of the Legislative Assembly", "Ladies and gentlemen", "Madam Speaker"]),
    "state_of_city_my_fellow_citizens.txt": (
        ["2031 State of the City Address"], ["Housing First", "Distinguished Service Awards", "Fellowship Programme"],
        ["My fellow citizens,", "Mr. President"]),
    "commencement_your_excellency.txt": (
        ["Winter Commencement Remarks"], ["Good Governance", "Members' Statements"],
        ["Your Excellency the Ambassador", "Distinguished guests"]),
    "press_conference_kicker_dateline.txt": (
        ["Prime Minister’s press conference"], ["Harbour Bridge", "Rail Strike"], ["[This is the transcript"]),
    "briefing_page_bar_dateline.txt": (["Minister's media briefing"], ["School Funding"], []),
    "blog_kicker_not_date_title.txt": (["» Budget Notes 2031", "Budget Notes 2031"], ["What changed"], []),
    "nt_minutes_numbered_caps_colon.txt": (
        ["Minutes of Proceedings - 2031-05-23"],
        ["1. MEETING:", "2. PRAYERS.", "3. MINISTERIAL REPORTS:",
         "4. PUBLIC ACCOUNTS COMMITTEE, BUDGET INQUIRY REPORT 2031 – MOTION TO NOTE REPORT:"],
        ["Mr Lee responded thereto.", "Debate resumed."]),
    "votes_printed_wrapped_caps_item.txt": (
        ["Votes and Proceedings No. 12"],
        ["1. MEETING OF THE HOUSE:", "2. PETITIONS:",
         "3. APPROPRIATION BILL 2031 (SERIAL 12) – SECOND READING RESUMED DEBATE AND DIVISION:"],
        ["Debate resumed."]),
    "ministry_page_speaker_name_office_over_title.txt": (
        ["Address to the Chamber of Commerce"], ["The Economy"], ["Thank you, Mr. Chairman."]),
    "party_site_styled_name_postnominal_over_title.txt": (
        ["Speech at the Harbour Conference"], ["A New Harbour Plan"], []),
    "presidency_page_excellency_over_title.txt": (["State of the Nation Address"], ["INFRASTRUCTURE"], []),
    "senate_office_senator_over_statement.txt": (["Floor Statement on the Harbour Bill"], [], []),
    "encyclopedia_person_title_must_stay.txt": (["Sir Isaac Newton"], ["Early life"], []),
    "society_title_must_stay.txt": (["The Honourable Society of Gray's Inn"], ["History"], []),
    "address_courtesy_lines_without_stops.txt": (
        ["Independence Day Address"], ["Our Economy"], ["Thank you", "Applause", "God bless you all", "Long live the Republic"]),
    "report_thank_you_head_must_stay.txt": (["Annual Report 2031"], ["Our Year", "Thank You"], []),
    "pm_site_transcript_office_under_date_eoe.txt": (
        ["Press conference - Parliament House, Canberra"], [], ["Subjects: Harbour works; Budget; Rail strike."]),
    "treasurer_doorstop_office_under_headline.txt": (["Doorstop interview - Eastport"], [], []),
    "office_page_title_must_stay.txt": (["Prime Minister of Eastland"], ["History", "Powers"], []),
    "debates_site_section_label_over_date.txt": (
        ["Harbour Amendment Bill 2031"], ["Second Reading"], ["Ann Lee (Eastland, Labour Party)"]),
    "written_answers_label_over_date.txt": (["Harbour Works: Funding"], [], ["Jane Roe (Eastport) (Lab): To ask"]),
    "guide_titled_senate_debates_must_stay.txt": (["Senate Debates"], ["How debates work"], []),
    "budget_launch_salutation_one_addressee_a_line.txt": (
        ["Speech by the Minister of Finance, Hon. Jane Example, at the Budget Launch"], ["Growth and Jobs"],
        ["Programme Director", "Members of the Diplomatic Corps"]),
    "report_members_of_the_board_must_stay.txt": (
        ["Harbour Trust Annual Report 2031"], ["Members of the Board", "Good Governance", "Madam Speaker's Visit"], []),
    "governor_release_immediate_contact_end_mark.txt": (
        ["Governor Lee Delivers 2031 State of the State Address"], ["Education"], []),
    "caps_resolution_must_stay.txt": (
        ["Council Resolutions"], [], ["1. THE COUNCIL RESOLVED THAT:", "2. THE PARTIES AGREE AS FOLLOWS:"]),
}


def _doc(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    return structure_document(clean_text(text, source_file=name))


def _flat(text: str) -> str:
    return " ".join(text.replace(":", ": ").split()).replace(" :", ":")


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_title_heads_and_body(name):
    titles, heads, body = EXPECT[name]
    doc = _doc(name)
    assert doc.title in titles
    assert [" ".join(t.split()) for _, t in levels(doc)] == heads
    text = "\n".join(p.text for p in all_paragraphs(doc))
    for line in body:
        assert line in text, line


# name: (level, heading) of every heading, in order
LEVELS = {
    "assembly_hansard_bill_over_stage_heads.txt": [
        (1, "Harbour Amendment Bill 2031"), (2, "Second Reading"), (2, "Third Reading"), (1, "Rates Bill 2031"),
        (2, "Second Reading")],
    "house_hansard_caps_bill_over_stage_question_time.txt": [
        (1, "APPROPRIATION BILL (NO. 1) 2031-2032"), (2, "Second Reading"), (1, "QUESTIONS WITHOUT NOTICE"),
        (2, "Harbour Works")],
    "guide_stages_of_a_bill.txt": [(1, "Stages of a Bill"), (2, "First Reading"), (2, "Second Reading")],
}


@pytest.mark.parametrize("name", sorted(LEVELS))
def test_bill_holds_its_stages(name):
    assert levels(_doc(name)) == LEVELS[name]
