"""r26webpages (issue #11): English government and legislature web pages printed to PDF (a browser's
print header and foot: the date, the page's <title>, the address and `n/m`), in forms no earlier rule was
written on. All pages are made up (tests/clean/data/r26webpages, 16 sites of different kinds: statute
section and chapter pages, a bill page, an ordinance, ministry and agency guidance, an FAQ, a court's
rule, a news release, a tax form's instructions, a code chapter, a gazette notice), and 8 more written after
the first rules as a check on forms they were not written on (q01-q08: a code section with its browse links
after the text, a committee report, a council's agenda centre, a media statement, a practice direction, a tax
page with its `On this page` box, a regulation under a site-only header, an FAQ under a menu in capitals).

Rules exercised (docs/cleaning.md, docs/structure.md):
- printed-menu: a site's menus printed one item a line at the head or the foot of a print;
- printed-footer: the footer's postal address and telephone lines;
- site-steward: `Information maintained by the …` and the site's notes under it;
- notice-label: `Disclaimer:` left alone over its removed notice;
- en-chrome additions: a notice under the page's first sentence (`NOTE: … is an unofficial copy …`),
  a pager naming both neighbours, a tool row, a trail with `›`, a menu bar with ` / `, a session selector;
- section-menu: the section's last copy kept when the print header names the page by it;
- title: the page's address (its last path segment) names the title when the print header names only
  the site; a header part that is a division's label and name (`Chapter 9 - ANIMALS | …`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

DATA = Path(__file__).parent / "data" / "r26webpages"

# page -> (title, lines that must go, lines that must stay)
PAGES = {
    "p01_statute_section_side_menu_disclaimer": (
        "Northfield Revised Statutes § 12-104",
        ["Northfield Legislature", "Bills & Resolutions", "Find Your Legislator", "(example: 12-104)", "Table of Titles",
         "Information maintained by the Office of Legislative Services",
         "relationship between the statutes and the session laws, see the Help page.",
         "Office of Legislative Services, State Capitol Room 14, Northfield City, NF 40210 · (555) 014-2200"],
        ["12-104. Notice of hearing.", "(c) A party may waive notice in writing.", "History: 1998 c. 212, s. 4; 2011 c. 37, s. 2."]),
    "p02_statute_chapter_subchapters_session_selector": (
        # (r27codes) the page shows ONE chapter under its citation path: the chapter line is its title, the Title
        # line front matter, as wx4's gold reads the same site form (was 'Title 7: Public Records')
        "Chapter 012: Access to Records",
        ["Browsing 2025-2026 Session", "Ridgeland Legislature", "Legislators", "Journals",
         "NOTE: Ridgeland Statutes Online is an unofficial copy of the Ridgeland Code that is", "provided as a convenience.",
         "Ridgeland State House · 1 Capitol Square · Ridgeland, RL 06101 · (555) 220-4100"],
        ["Chapter 012: Access to Records", "Subchapter 002: REQUESTS AND RESPONSES", "§ 1213. Fees"]),
    "p03_parliament_bill_page": (
        "Coastal Access Bill 2025",
        ["Parliamentary Business", "Current bills", "Parliament House, North Terrace, Westmarch WM 5000", "Phone: (555) 8237 9100"],
        ["Type: Government bill", "Progress of bill", "Second reading speech"]),
    "p04_city_ordinance_page": (
        "Ordinance No. 2024-17",
        ["Agendas & Minutes", "Boards & Commissions", "Phone: (555) 555-0100 | Hours: Monday - Friday, 8 a.m. - 5 p.m."],
        ["Residential Single Family", "Residential Multi Family", "Mixed Use Downtown", "Section 4. Effective date."]),
    "p05_ministry_guidance_page": (
        "Applying for a heavy vehicle permit",
        ["Is this page useful?", "Report a problem with this page", "Ministry of Transport and Infrastructure, PO Box 12, Port Kestrel"],
        ["Who needs a permit", "the planned route and dates", "A single-trip permit costs $85. An annual permit costs $620."]),
    "p06_agency_faq_side_menu_after": (
        "Frequently asked questions: water meter readings",
        ["Your bill", "Meter readings", "Hardship support", "Making a complaint", "Text size A A A"],
        ["Who do I complain to?", "bring it to the Office."]),
    "p07_court_rules_page": (
        "Rule 5.03 Service of documents",
        ["Previous: Rule 5.02 Personal service | Next: Rule 5.04 Proof of service",
         "Supreme Court of Eastvale, Law Courts Building, 12 Justice Lane, Eastvale EV 3000", "Part 3 Pleadings"],
        ["(3) The court may order that a document be served in another way.",
         "Note: Rule 5.03 was substituted by Amendment No. 4 of 2023."]),
    "p08_government_news_release": (
        "Province expands rural clinic hours",
        ["Share: Facebook · X · Email", "Accessibility Policy · Privacy Policy · Copyright"],
        ["Birch Falls", "Carrow", "Dunmore", "Elk Point"]),
    "p09_tax_form_guidance": (
        "Form R-40 Instructions: Rental Income Statement",
        ["Tax year:", "Forms & Publications › Individual forms › Form R-40", "Revenue Service of Lindmark, 55 Treasury Road, Lindmark LK 2001"],
        ["Line 3. Net rental income", "When to file"]),
    "p10_act_part_two_pages_info_maintained": (
        "Part 1 - Preliminary",
        ["Information maintained by the Office of Parliamentary Counsel", "Legislation Online"],
        ["4. Interpretation", "This Act binds the Crown."]),
    "p11_admin_code_rule_menu_after": (
        "Rule 34-2-11. Licence renewal",
        ["Browse by Title", "Recent Filings", "Agency Contacts", "500 Capitol Avenue, Marlow, MR 39201", "Phone: 555-359-1350",
         "not the official version; the official version is the printed code."],
        ["Authority: Marlow Code Ann. § 37-1-131.", "for a new licence."]),
    "p12_health_department_guidance_translate": (
        "Boil Water Notices",
        ["Food Safety", "Pools & Spas", "Phone: 606-555-0147"],
        ["What to do during a notice", "Current Notices", "There are no current notices."]),
    "p13_bill_status_page": (
        "House Bill 1042",
        ["Legislators / Committees / Bills & Resolutions / Statutes / Journals", "Session:", "2025 Regular Session",
         "Bill Number:", "Go"],
        ["Bill History", "02/10/2025 - Passed House, 88 yeas, 7 nays", "Amendments", "None"]),
    "p14_municipal_code_chapter_tools": (
        "Chapter 9 - ANIMALS",
        ["What's New", "Share Link Print Download Email Compare", "Disclaimer:",
         "the most current legislation adopted by the Municipality."],
        ["ARTICLE II. - LICENSING", "Sec. 9-12. - Fee."]),
    "p15_gazette_notice": (
        "Notice GN 412 of 2025",
        ["Current Issue", "Past Issues", "Notice Types", "for information only."],
        ["Declaration of Additional Public Holiday", "Dated 7 April 2025.", "A. Minister", "Minister for Industrial Relations"]),
    "p16_labour_guidance_site_only_header": (
        "Minimum wage rates 2025",
        ["Paying staff", "Leave and holidays", "Was this page helpful?", "Department of Labour, PO Box 3705, Greyhaven 6140",
         "0800 555 200"],
        ["Starting-out minimum wage", "Training minimum wage"]),
    # written after the first rules, as a check of forms they were not written on (then fixed where they failed)
    "q01_code_section_menu_after_text": (
        "Section 5-301 — Definitions",
        ["Print this section", "Code Title List", "Title 5 Chapters", "Chapter 3 Sections", "Session Laws",
         "Legislative Counsel Bureau · 401 S. Carson Street · Carson, PC 89701"],
        ["In this chapter:", '(3) "Rate" means a charge made by a utility for a service.',
         "Added by Laws 2011, ch. 44, § 2; amended by Laws 2019, ch. 8, § 1."]),
    "q02_parliament_committee_report": (
        "Select Committee on Housing — Final Report",
        ["Parliament of Eldoria", "Current Committees", "Submissions",
         "Parliament of Eldoria, Parliament Buildings, Eldoria City · Phone +99 4 817 9999"],
        ["Findings", "Recommendations", "set a statutory time limit of six months for planning decisions;"]),
    "q03_council_agenda_center": (
        None,   # the title stays the site's place name: no line and no address names the agenda (left alone)
        ["Create a Website Account - Manage notification subscriptions, save form progress and more.", "Government",
         "Community", "Business", "Services", "City of Riverton · 110 Front Street · Riverton, WA 98999 · 360-555-0140"],
        ["City Council Regular Meeting Agenda", "1. Call to Order", "6. Adjournment"]),
    "q04_ministry_media_statement": (
        "Minister announces new apprenticeship grants",
        ["Home / Newsroom / Media statements", "Listen", "Back to Newsroom", "Ministry of Education, 40 Bowen Street, Marlowe 6011"],
        ["Who can apply", "in a recognised course."]),
    "q05_court_practice_direction": (
        "Practice Direction 4 of 2024 - Electronic Filing",
        ["Going to Court", "You are here: Home › Practice Directions › Practice Direction 4 of 2024", "Last modified: 3 June 2024",
         "District Court of Lindon · Justice Centre · 8 Court Lane · Lindon LN 2000"],
        ["3. Format of documents", "Chief Judge"]),
    "q06_tax_page_on_this_page": (
        "Paying tax on a second job",
        ["Gaeilge", "Search Revenue", "Was this page helpful?", "Revenue House, 1 Dock Road, Portmore P12 X4Y5"],
        ["Your rate band", "Emergency tax", "receive them."]),
    "q07_regulation_site_only_header": (
        "Fisheries (Licensing) Regulation 2019",
        ["Kestrel Legislature", "Gazettes", "Point in Time", "Legislation is provided for information only and is not an official copy.",
         "Kestrel Legislature · 1 Parliament Square · Kestrel KS 7000"],
        ["Part 2 — Licences", "4 Fees", "The fee for a commercial fishing licence is $310."]),
    "q08_agency_faq_caps_menu": (
        "Dog registration FAQs",
        ["ABOUT", "SERVICES", "Animal Services · Northport Council · 25 Harbour Road · Northport NP 4000", "Phone 07 5555 1234"],
        ["What happens if I do not register my dog?", "You may receive an infringement notice of $300."]),
    # a third set, written after the rules above (r01-r05): titles right at first sight; two leaks then fixed
    "r01_bill_text_tab_row": (
        "Senate Bill 117",
        ["Cardonia State Senate", "Senators", "Bill Text | Bill History | Votes | Amendments | Fiscal Note", "Printer Friendly",
         "Cardonia State Senate · State Capitol, Room 200 · Cardon, CD 59620"],
        ["AN ACT relating to public libraries; amending the Library Act.", "Section 2. This Act takes effect on July 1, 2025."]),
    "r02_news_release_immediate": (
        "State parks extend summer hours",
        ["About | Programs | News | Data | Contact", "Park passes", "Fishing licences", "Accessibility | Privacy | Site Policies",
         "Department of Natural Resources · 500 Lake Street · Brenmoor City, BM 55101"],
        ["FOR IMMEDIATE RELEASE", "The longer hours apply to all 42 state parks. Campgrounds keep their current check-in times."]),
    "r03_guidance_cookie_banner": (
        "Renew your driving licence",
        ["Accept additional cookies", "Driving licences", "Is this page useful?", "Yes this page is useful",
         "No this page is not useful"],
        ["What you need", "your passport number", "The service is open 24 hours a day."]),
    "r04_hansard_sitting": (
        "Tuesday, 4 March 2025",
        ["Parliament of Tarvos", "Search Hansard", "Legislative Council", "Parliament House, North Terrace, Tarvos TV 5000"],
        ["Water Industry Amendment Bill", "Read a first time.", "Questions Without Notice"]),
    "r05_ag_opinion_page": (
        "Opinion No. 2024-03",
        ["Office of the Attorney General", "Consumer Protection", "Publications",
         "Office of the Attorney General · 1 Capitol Mall · Ostrava, OS 72201 · (501) 555-2007"],
        ["Dear Commissioner:", "Sincerely,", "Jordan Lee", "Attorney General"]),
}


def front_half(text: str, name: str = "t.txt"):
    cleaned = clean_text(text, source_file=name)
    return cleaned, structure_document(cleaned)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_printed_government_page(name):
    title, gone, stay = PAGES[name]
    cleaned, doc = front_half((DATA / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    kept = {line.strip() for line in cleaned.lines}
    assert title is None or doc.title == title, (name, doc.title)
    assert not [g for g in gone if g in kept], (name, [g for g in gone if g in kept])
    assert [s for s in stay if s in kept] == stay, (name, [s for s in stay if s not in kept])


def test_every_page_file_is_listed():
    assert sorted(p.stem for p in DATA.glob("*.txt")) == sorted(PAGES)


# -- what must stay ---------------------------------------------------------------------------------

HEAD = "3/4/26, 9:00 AM\n\n{title}\n\n"
FOOT = "\n{url}\n\n1/1\n\n\f"
P1 = "The council keeps a register of every licence it issues, with the holder's name and the premises."
P2 = "A licence may be transferred with the council's written consent, which is not to be refused without reason."


def printed(lines: list[str], title="Licensing - Example Council", url="https://example.gov/licensing/register") -> str:
    return HEAD.format(title=title) + "\n".join(lines) + "\n" + FOOT.format(url=url)


def kept_of(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def test_a_contents_list_over_the_text_stays():
    lines = ["Licensing Register", "Contents", "Keeping the Register", "Transfers", "Fees and Charges", "Appeals Process",
             "Keeping the Register", P1, "Transfers", P2, "Fees and Charges", P1, "Appeals Process", P2]
    cleaned = clean_text(printed(lines), source_file="t.txt")
    kept = [line.strip() for line in cleaned.lines]
    for entry in ("Keeping the Register", "Transfers", "Fees and Charges", "Appeals Process"):
        assert entry in kept, (entry, kept)   # the headings stay (the list over them is the contents rules' to judge)
    assert not [r for r in cleaned.removed if r.rule == "printed-menu"], cleaned.removed


def test_a_list_of_title_case_items_inside_the_text_stays():
    lines = ["Licensing Register", P1, "The register covers these districts:", "North Ward", "South Ward", "East Ward",
             "West Ward", "Harbour Ward", P2]
    kept = kept_of(printed(lines))
    assert ["North Ward", "South Ward", "East Ward", "West Ward", "Harbour Ward"] == [k for k in kept if k.endswith("Ward")]


def test_a_members_list_among_the_documents_own_lines_stays():
    lines = ["Council Meeting Minutes", "Held on Monday 3 March 2025", "Present", "Mayor Ann Lee, Chair",
             "Cr Tom Hart", "Cr Jo Park", "Cr Sam Bell", "Cr Kim Ross", "Cr Lee Moss", "Apologies", P1, P2]
    kept = kept_of(printed(lines, title="Council Meeting Minutes - 3 March 2025"))
    assert {"Cr Tom Hart", "Cr Jo Park", "Cr Sam Bell", "Cr Kim Ross", "Cr Lee Moss"} <= set(kept), kept


def test_field_labels_over_their_values_stay():
    lines = ["Licence 4471", "Holder", "Premises", "Issued", "Expires", "", "Jane Smith", "12 Quay Street", "01/02/2025",
             "31/01/2026", P1, P2]
    kept = kept_of(printed(lines, title="Licence 4471 | Example Council"))
    assert {"Holder", "Premises", "Issued", "Expires"} <= set(kept), kept


def test_a_menu_shaped_run_in_a_text_that_is_no_print_stays():
    text = "\n".join(["Orchard Notes", "", "Apples", "Pears", "Plums", "Quinces", "Medlars", "", P1, "", P2, ""])
    kept = kept_of(text)
    assert {"Apples", "Pears", "Plums", "Quinces", "Medlars"} <= set(kept), kept


def test_an_address_under_a_letter_that_is_no_print_stays():
    text = "\n".join(["Notice to Licence Holders", "", P1, "", P2, "", "Licensing Officer", "12 Quay Street, Eastvale EV 3000",
                      "Phone: (555) 0100 2000", ""])
    kept = kept_of(text)
    assert "12 Quay Street, Eastvale EV 3000" in kept and "Phone: (555) 0100 2000" in kept


def test_a_bills_own_session_line_stays():
    lines = ["2025 Regular Session", "HOUSE BILL 77", "An Act relating to ferry licences.", P1, P2]
    kept = kept_of(printed(lines, title="HB 77 - Example Legislature", url="https://example.gov/bills/2025/hb77"))
    assert "2025 Regular Session" in kept


def test_a_session_selector_goes():
    lines = ["Searching 2025-2026 Session", "Example Legislature", "Legislators", "Committees", "Bills", "Statutes",
             "Journals", "Licensing Register", P1, P2]
    kept = kept_of(printed(lines))
    assert "Searching 2025-2026 Session" not in kept and "Journals" not in kept and "Licensing Register" in kept


def test_a_signature_over_a_gazette_note_stays():
    lines = ["Notice 12 of 2025", P1, "Dated 1 May 2025.", "B. Official", "Registrar of Licences",
             "Notices in the online Gazette are the authoritative version. Printed copies are",
             "for information only."]
    kept = kept_of(printed(lines, title="Gazette"))
    assert "B. Official" in kept and "Registrar of Licences" in kept and "for information only." not in kept


def test_the_address_names_the_title_when_the_header_names_only_the_site():
    lines = ["Example Council", "Residents Business Council Services", "Licensing", "Parking permits",
             "Street trading licences", "Events", "Street trading licences", P1, P2]
    _, doc = front_half(printed(lines, title="Example Council", url="https://example.gov/licensing/street-trading-licences"))
    assert doc.title == "Street trading licences"


def test_the_address_does_not_name_a_line_inside_a_wrapped_sentence():
    lines = ["An Act to regulate the keeping of dogs in the borough and to", "Provide for Licences, 2009.", P1, P2]
    _, doc = front_half(printed(lines, title="Full text - Dog Act", url="https://example.gov/acts/dog-licences-2009"))
    assert doc.title != "Provide for Licences, 2009."


def test_the_sites_bars_over_its_menu_go_and_a_headline_over_a_tool_row_stays():
    menu = ["Home", "About Us", "Services", "Contact Us"]
    kept = kept_of(printed(["Government of Example", "Example Licensing Office"] + menu + ["Licensing Register", P1, P2]))
    assert "Government of Example" not in kept and "Example Licensing Office" not in kept and "Licensing Register" in kept
    kept = kept_of(printed(["Licensing Register", "Share Link Print Download Email", P1, P2]))
    assert kept[0] == "Licensing Register", kept


def test_a_sites_maintenance_line_and_its_top_link_go_at_the_foot():
    lines = ["Licensing Register", P1, P2, "Top", "Home | Licensing | Parking | Permits | Contact",
             "This site is maintained for the Example Council by its Information Office, 705 Harbour Building, Eastvale, Southland 40210"]
    kept = kept_of(printed(lines))
    assert kept[-1] == P2, kept


def test_a_dated_line_with_a_comma_at_the_foot_is_no_address():
    lines = ["Licensing Register", P1, P2, "Signed at Eastvale, March 2025", "Accessibility · Privacy · Copyright"]
    kept = kept_of(printed(lines))
    assert "Signed at Eastvale, March 2025" in kept


def test_a_citation_line_first_on_a_print_names_the_page_before_the_file_name():
    lines = ["Example Legislature", "Bills & Resolutions", "Compiled Statutes", "Public Acts", "Legislative Reports", "",
             "12 RCC 401/7", "(12 RCC 401/7) (from Ch. 9, par. 14)",
             "Sec. 7. The board shall meet at least four times a year, and at any other time the chair calls a meeting.",
             "(Source: P.A. 91-12.)"]
    _, doc = front_half(printed(lines, title="Example Legislature - Statutes",
                                url="https://example.gov/statutes/fulltext.asp?DocName=01204010K7"), "page.txt")
    assert doc.title == "12 RCC 401/7"
