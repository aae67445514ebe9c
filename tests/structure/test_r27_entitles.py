"""r27entitles (issue 11): the document's own name, not the SITE's or INSTITUTION's, titles an
institution's page or document: a parliament's banner, a site-and-section bar, a logo's alternative
text glued to the issuer's name, an office's name over its letter, an EU/UN/government cover's
issuer over its place, date and numbers. And where the body's name IS the title (its own About page,
nothing under it naming a document) it stays. Every page is made up, in several site and printing
forms; each asserts the title and that no body line was lost."""
from __future__ import annotations

import pytest

from pipeline.structure.institution import glued_alt, header_names, institution_name



def doc_of(text: str):
    """The clean -> structure chain on a made-up page (the print's head and foot go to the cleaner)."""
    from pipeline.clean import clean_text
    from pipeline.structure import structure_document

    return structure_document(clean_text(text, source_file="t.txt"))


def _all_text(doc) -> str:
    parts = [*doc.cover, doc.title or "", *(a.name for a in doc.authors), *(p.text for p in doc.front)]

    def walk(sections):
        for s in sections:
            parts.append(s.title)
            parts.extend(p.text for p in s.paragraphs)
            walk(s.sections)
    walk(doc.sections)
    return " ".join(" ".join(parts).split())


def _printed(head: str, top: list[str], body: list[str], foot: str = "https://www.example.gov/page") -> str:
    """A web page printed by a browser over two pages: date stamp and page title on each page's head,
    the address and the counter on each foot."""
    page1 = ["3/4/31, 9:12 AM", "", head, "", *top, *body[: len(body) // 2], foot, "", "1/2", ""]
    page2 = ["3/4/31, 9:12 AM", "", head, "", *body[len(body) // 2:], foot, "", "2/2"]
    return "\n".join(page1 + page2) + "\n"


EU_COVER = """european union flagEUROPEAN COMMISSION

Brussels, 3.5.2031

COM(2031) 118 final

2031/0042(COD)

Proposal for a

DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL

ON THE SAFETY OF INLAND PASSENGER FERRIES

EXPLANATORY MEMORANDUM

1. CONTEXT OF THE PROPOSAL

Inland passenger ferries carry millions of travellers across the Union's rivers and lakes every year, and the rules that govern their safety differ from one Member State to the next.

2. LEGAL BASIS

The proposal is based on Article 91 of the Treaty, which allows the Union to lay down measures to improve transport safety.
"""

COUNCIL_COVER = """COUNCIL OF THE EUROPEAN UNION

Brussels, 14.2.2031

2031/0017(NLE)

Proposal for a

REGULATION OF THE COUNCIL

CONCERNING THE CLASSIFICATION OF HARBOUR TUGS

Having regard to the Treaty on the Functioning of the European Union, and in particular Article 100 thereof, the Council has adopted the following text.

Article 1

This Regulation lays down common rules for the classification of harbour tugs operating in Union ports.
"""

UN_COVER = """United Nations

Economic and Social Council

Distr.: General

3 April 2031

Report of the Committee on Inland Transport on its ninety-first session

I. Attendance

The Committee held its ninety-first session at Geneva, with representatives of forty member States taking part in its work.

II. Adoption of the agenda

The Committee adopted the provisional agenda prepared by the secretariat without amendment after a short discussion.
"""

MINISTRY_PLAN = """Ministry of Fisheries and Marine Resources

National Fisheries Management Plan 2031-2035

1. Introduction

The plan sets out how the Ministry will manage the nation's coastal and offshore fisheries over the next five years, with the communities that depend on them.

2. Objectives

The plan has three objectives: healthy stocks, fair access for small boats, and reliable data on every landing.
"""

CITY_POLICY = """City of Westford

Department of Public Works

Snow Removal Policy

Purpose

This policy explains the order in which the city clears its streets, sidewalks and public parking areas after a snowfall of more than two inches.

Priorities

Emergency routes are cleared first, then bus routes, then residential streets in the order the crews reach them.
"""

UNIVERSITY_GUIDE = """logoUniversity of Eastbrook

Guidelines for Academic Integrity

1. Purpose

These guidelines set out what the university expects of every student who submits work for assessment, and how suspected breaches are handled.

2. Scope

The guidelines apply to every course taught by the university, at every campus and online.
"""

COURT_DIRECTION = """SUPREME COURT OF NORTHSHIRE

Practice Direction No. 4 of 2031

Electronic filing of documents

1. This practice direction applies to every proceeding commenced in the Court on or after 1 July 2031.

2. Documents must be filed through the Court's electronic filing service in the form the Registrar approves.
"""

HOUSE_VOTES = """House of Commons portcullis

House of Commons

Session 2030-31

House of Commons Votes and Proceedings

Thursday 18th November 2030

The House met at half-past Eleven o'clock.

1 Message from the Lords, - A Message was brought from the Lords, as follows: the Lords agree, without Amendment, to the Harbour Moorings Bill.

2 Harbour Moorings Bill, - Lords Amendments to be printed.
"""

COMMISSION_ORDER = """NORTHSHIRE UTILITIES COMMISSION

Docket No. 31-0457

Order Approving Rate Settlement

On March 3, 2031 the Commission heard the parties on the settlement of the water company's rate case and the evidence filed in support of it.

The Commission finds that the settlement is in the public interest and approves it as filed.
"""

BUDGET_SPEECH = """coat of armsREPUBLIC OF EASTLAND

Ministry of Finance

Budget Speech 2031

Madam Speaker, I rise to present the budget for the financial year 2031, a budget that protects the gains we have made and prepares for the years ahead.

Our economy grew by four per cent last year, and the deficit fell for the third year in a row, as the House will see in the tables before it.
"""

ATTORNEY_OPINION = """Office of the Attorney General

Opinion No. 2031-14

Re: Authority of county boards to lease harbour land

Dear Commissioner Reyes:

You have asked whether a county board may lease land it holds along the harbour to a private operator for a term longer than ten years.

In our opinion it may, if the lease reserves public access to the shore and the board finds that the lease serves a public purpose.
"""

COUNCIL_MINUTES = """city sealCITY OF EASTBROOK

Minutes of the Regular Meeting of the City Council

March 3, 2031

The meeting was called to order at 7:00 p.m. by the Mayor, with all seven members of the Council present.

The minutes of the meeting of February 17, 2031 were approved as read.
"""

DIVISION_PAGE = """Kaupule

Article Index

PART IV THE PUBLIC SERVICE

Section 1. Establishment.

There shall be a Public Service of the Republic, which shall include every office in the service of the Republic.

Section 2. Appointments.

Appointments to the Public Service shall be made on merit, by the Public Service Commission, as Section 1 provides.
"""

NAMED_OVER_DIVISION = """Constitution of Eastland

ARTICLE I THE STATE

Section 1. The State.

Eastland is a sovereign democratic State, and this Constitution of Eastland is its supreme law.

Section 2. Territory.

The territory of Eastland comprises the islands it held on the day this Constitution came into force.
"""

COMMITTEE_REPORT = """Capitol iconNorthshire Legislature

Joint Committee on Finance

Report on the State Budget 2031

The committee held eleven hearings on the governor's budget between January and March and heard from every department that asked for more than it received last year.

Its recommendations follow, department by department, with the votes of the members on each.
"""

FACULTY_HANDBOOK = """University of Eastbrook

Faculty of Law

Course Handbook 2031

Welcome to the Faculty. This handbook tells you how your degree is put together, which courses you must take in each year, and whom to ask when something goes wrong.

Read it before you enrol, and keep it for the rest of your studies.
"""

GAZETTE_COVER = """Republic of Eastland

Government Gazette

Vol. 12 No. 4

Notice is hereby given that the Minister of Lands has declared the land described in the schedule below to be public land for the purposes of the Lands Act.

The schedule may be inspected at the Lands Office during ordinary hours.
"""

MINISTRY_CIRCULAR = """MINISTRY OF FINANCE

12 Treasury Road, Eastbrook

3 March 2031

Circular No. 4 of 2031

Budget ceilings for the financial year 2032

All permanent secretaries are asked to submit their budget proposals within the ceilings set out below by 30 April 2031.

Proposals above the ceilings will be returned to the ministry that sent them.
"""

ABOUT_PAGE = """Parliament of Eastland

The Parliament of Eastland is the country's law-making body. It meets in the capital for three sittings a year and holds one hundred and twelve elected members.

Members are elected for four years by the voters of the districts they represent, and the Speaker is chosen by the members at the first sitting after an election.

The Parliament also approves the budget, scrutinises the work of the government, and debates matters of public importance.
"""

AUTHORITY_ABOUT = """Northshire Harbour Authority

History

The Authority was set up in 1952 to manage the harbour's moorings, its pilots and its three working quays.

Today it employs ninety staff and looks after the harbour on behalf of the people of Northshire.
"""

ANNUAL_REPORT_BODY = """Eastbrook Port Commission Annual Report 2030

Chair's foreword

This has been a year of steady work for the Commission: more ships called at the port than in any year since 2019, and the new quay opened on time.

Finances

The Commission ended the year with a small surplus, which it will put towards dredging the outer channel.
"""

BODY_LINE_STAYS = """Harbour Moorings Act 2031

1 Short title

This Act may be cited as the Harbour Moorings Act 2031.

2 The Harbour Council

The Harbour Council of Northshire continues in existence and keeps the register of moorings.
"""

INSTITUTION_OVER_SECTION = """Department of Lands

Who we are

The Department of Lands keeps the register of every parcel of public land in the territory and leases land to farmers, businesses and councils.

We have offices in four towns and answer most enquiries within a week.
"""


def _printed_statute():
    return _printed("Harbour Code 2031 - Chapter 12.04",
                    ["Northshire State Legislature · Infobases", "", "The Harbour Code", "",
                     "Title 12. Harbours » Chapter 12.04 · Previous Hit · Next Hit · Print", ""],
                    ["Chapter 12.04. HARBOUR MOORINGS",
                     "Sec. 12.04.010. Licence required.",
                     "A person may not keep a vessel on a mooring in the harbour without a licence issued",
                     "under this chapter by the harbour master.",
                     "Sec. 12.04.020. Term of licence.",
                     "A licence issued under this chapter is valid for one year from the date it is",
                     "issued and may be renewed for further terms of one year."])


def _printed_letter():
    return _printed("Annual Report 2030 - Letter from the Treasurer",
                    ["Office of the State Treasurer", ""],
                    ["Northshire Annual Financial Report for the Fiscal Year Ended June 30, 2030",
                     "Introductory Section - Letter from the",
                     "Treasurer",
                     "Seal of the Office of the State Treasurer",
                     "To the People of Northshire:",
                     "I am pleased to present the annual financial report of the state for the fiscal year",
                     "ended June 30, 2030. The report was prepared by this office, which takes full",
                     "responsibility for the accuracy of the data it holds and for the fairness of its",
                     "presentation. The report is presented in three sections, as in earlier years."])


def _printed_section_page():
    return _printed("Coastal Permits | Northshire Department of Environment",
                    ["Northshire Department of Environment", "", "Home", "", "Permits", "", "Contact", ""],
                    ["Coastal Permits",
                     "",
                     "You need a coastal permit before you build anything below the high-water line, including",
                     "a jetty, a sea wall or a boat ramp. Apply online at least sixty days before work starts.",
                     "",
                     "The department answers most applications within forty days."])


CASES = [
    ("eu-cover", EU_COVER, "Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ON THE SAFETY OF INLAND PASSENGER FERRIES"),
    ("council-cover", COUNCIL_COVER, "Proposal for a REGULATION OF THE COUNCIL CONCERNING THE CLASSIFICATION OF HARBOUR TUGS"),
    ("un-cover", UN_COVER, "Report of the Committee on Inland Transport on its ninety-first session"),
    ("ministry-plan", MINISTRY_PLAN, "National Fisheries Management Plan 2031-2035"),
    ("city-policy", CITY_POLICY, "Snow Removal Policy"),
    ("university-logo", UNIVERSITY_GUIDE, "Guidelines for Academic Integrity"),
    ("court-direction", COURT_DIRECTION, "Practice Direction No. 4 of 2031"),
    ("house-votes", HOUSE_VOTES, "House of Commons Votes and Proceedings"),
    ("commission-order", COMMISSION_ORDER, "Order Approving Rate Settlement"),
    ("budget-logo", BUDGET_SPEECH, "Budget Speech 2031"),
    ("attorney-opinion", ATTORNEY_OPINION, "Re: Authority of county boards to lease harbour land"),   # the letter's subject
    ("council-minutes", COUNCIL_MINUTES, "Minutes of the Regular Meeting of the City Council"),
    ("printed-statute", _printed_statute(), "Chapter 12.04. HARBOUR MOORINGS"),
    ("printed-letter", _printed_letter(),
     "Northshire Annual Financial Report for the Fiscal Year Ended June 30, 2030 Introductory Section - Letter from the Treasurer"),
    ("printed-section", _printed_section_page(), "Coastal Permits"),
    ("committee-report", COMMITTEE_REPORT, "Report on the State Budget 2031"),
    ("faculty-handbook", FACULTY_HANDBOOK, "Course Handbook 2031"),
    ("gazette-cover", GAZETTE_COVER, "Government Gazette"),
    ("ministry-circular", MINISTRY_CIRCULAR, "Circular No. 4 of 2031"),
    ("division-page", DIVISION_PAGE, "PART IV THE PUBLIC SERVICE"),
    # what must stay: the body's name is the title, or a line that looks like one is body text
    ("named-over-division", NAMED_OVER_DIVISION, "Constitution of Eastland"),
    ("about-page", ABOUT_PAGE, "Parliament of Eastland"),
    ("authority-about", AUTHORITY_ABOUT, "Northshire Harbour Authority"),
    ("annual-report", ANNUAL_REPORT_BODY, "Eastbrook Port Commission Annual Report 2030"),
    ("body-line", BODY_LINE_STAYS, "Harbour Moorings Act 2031"),
    ("institution-over-section", INSTITUTION_OVER_SECTION, "Department of Lands"),
]


@pytest.mark.parametrize("name,text,title", CASES, ids=[c[0] for c in CASES])
def test_the_documents_own_name_is_the_title(name, text, title):
    doc = doc_of(text)
    assert doc.title == title
    kept = _all_text(doc)
    for line in text.splitlines():   # no body line lost (the print's own head and foot aside)
        line = " ".join(line.split())
        if line and not line.startswith(("3/4/31", "https://", "1/2", "2/2")) and line not in ("Home", "Permits", "Contact", "Article Index") \
                and "Previous Hit" not in line and "· Infobases" not in line and "The Harbour Code" != line \
                and not line.startswith(("Annual Report 2030 -", "Harbour Code 2031 -", "Coastal Permits |")) \
                and line not in ("Office of the State Treasurer", "Northshire Department of Environment"):
            assert line in kept or line.replace("flag", "flag ") in kept, (name, line)


def test_a_body_name_in_its_forms():
    assert institution_name("european flagEUROPEAN COMMISSION") == "EUROPEAN COMMISSION"
    assert institution_name("Capitol iconNorthshire Legislature") == "Northshire Legislature"
    assert institution_name("Northshire State Legislature · Infobases") == "Northshire State Legislature"
    assert institution_name("Office of the State Comptroller") == "Office of the State Comptroller"
    assert glued_alt("european flagEUROPEAN COMMISSION") == ("european flag", "EUROPEAN COMMISSION")
    for line in ("Harbour Moorings Act 2031", "Annual Report 2030", "The Council met on Monday.", "iPhone Guide",
                 "Proposal for a", "Guidelines for Academic Integrity", "CT.gov · State of Connecticut"):
        assert not institution_name(line), line


def test_the_print_header_names_a_line():
    assert header_names(["Chapter 12.04. HARBOUR MOORINGS"], "Harbour Code 2031 - Chapter 12.04") == 1   # the division's head
    assert header_names(["Chapter 12.04. HARBOUR CODE"], "Harbour Code 2031 - Chapter 12.04") == 1
    assert header_names(["State Report for the Year - Letter of", "Transmittal", "Seal of the Office"],
                        "CAFR 2031 - Letter of Transmittal") == 2
    assert header_names(["The Harbour Code"], "Harbour Code 2031 - Chapter 12.04") == 0
    assert header_names(["Anything at all"], "Single Title") == 0


LETTERHEAD = """Letter of Transmittal for the Harbour Accounts 2031
STATE OF NORTHSHIRE
JANE ROE OFFICE OF THE STATE TREASURER
JOHN DOE
TREASURER
12 HARBOUR STREET
DEPUTY TREASURER
EASTBROOK, NORTHSHIRE 01234
January 9, 2032
To the People of the State of Northshire:
I am pleased to present the harbour accounts of the state for the year ended June 30, 2031.
The accounts were prepared by this office, which takes full responsibility for them.
"""


def test_a_letterheads_lines_are_no_headings():
    doc = doc_of(LETTERHEAD)
    assert doc.title == "Letter of Transmittal for the Harbour Accounts 2031"
    assert not [s.title for s in doc.sections if s.title in ("TREASURER", "DEPUTY TREASURER", "JOHN DOE", "STATE OF NORTHSHIRE")]
    kept = _all_text(doc)
    assert all(" ".join(line.split()) in kept for line in LETTERHEAD.splitlines() if line.strip())
