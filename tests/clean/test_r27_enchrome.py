"""r27enchrome (issue #11): English government, legislature, agency and court pages, copied as text or
printed to PDF by a browser, whose chrome a reader never counts as the document: the site's bars over
its menu, step bars (`Next page: … | … Contents | Print this page`, `… · Previous Hit · Next Hit · Print`,
`Search Results | Clear Search | Previous (in doc) | …`), a search widget's lines (`Refine results`,
`Search by`, `Search by Algolia`), a banner's alt text, a CMS's `Article Index` and an `On this page...`
label, a docs site's arrow pager, `Last updated on …` and `Edit this page on GitHub →` under the text,
review dates, feedback widgets, share rows, cookie banners, account links, language pickers, social
links, `Back to top`, related-links boxes, legislature navigation, print tools, footers with addresses
and phone numbers. Every page is made up (tests/fixtures/r27enchrome, 31 sites of different kinds), in
the forms the kinds take on real sites; two pages hold only body lines that use the chrome's words (a
report's `Contact us` section, `Previous Acts repealed`, `Search warrants`, `sign in to the portal`).

Each page lists the lines that must go and the lines that must stay (all its body lines that look
like chrome, and its first and last lines of text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text

DATA = Path(__file__).parent.parent / "fixtures" / "r27enchrome"

# page -> (lines that must go, lines that must stay)
PAGES = {
    "a01_code_chapter_infobase_print": (
        ["Eastmere State Legislature · Infobases", "The Eastmere Code",
         "Home | Bills | Laws | Committees | Members | Folio Infobases",
         "Title 12. Criminal Procedure » Chapter 12.40 · Previous Hit · Next Hit · Print"],
        ["Chapter 12.40. SEARCH WARRANTS", "Sec. 12.40.010. Search warrants.", "Sec. 12.40.020. Previous Acts repealed.",
         "Chapter 44, SLA 1962, and chapter 18, SLA 1970, are repealed."]),
    "a02_comptroller_letter_print": (
        ["Westbrook.gov · State of Westbrook", "Office of the State Treasurer", "About the Office", "Unclaimed Property",
         "Home > Reports > Annual Report 2019 > Letter of Transmittal",
         "Next page: Debt Overview | Annual Report 2019 Contents | Print this page",
         "Office of the State Treasurer · 200 Capitol Avenue, Westbrook, WB 06106 · (555) 702-3300"],
        ["Letter of Transmittal", "December 14, 2019", "To the Citizens of the State of Westbrook:", "Contact us",
         "Questions about this report may be sent to the Treasury's reporting unit, which answers within ten working days."]),
    "a03_docs_site_proclamation_print": (
        ["Search documentation…", "GitHub", "Regulations › 2019 › Regulation No. 41/2019", "← Regulation No. 40/2019",
         "Regulation No. 42/2019 →", "Last updated on March 3, 2024",
         "Question? Give us feedback → Edit this page on GitHub →", "MIT 2024 © Federal Gazette Archive."],
        ["Regulation No. 41/2019", "1. Short Title", "2. Registration",
         "Every cooperative society shall be registered with the Agency within three months of its formation."]),
    "a04_law_handbook_search_widget": (
        ["skip to content", "Refine results", "Search by", "Search by Algolia", "Community Law Handbook banner image"],
        ["Tenancy", "Ending a Tenancy", "  • Keep a copy of every notice you give or receive."]),
    "a05_parliament_article_index": (
        ["Article Index"],
        ["ARTICLE IX", "TRANSITIONAL PROVISIONS", "Section 1.    Existing law to continue.",
         "Every council existing immediately before the effective date of this Constitution shall be a local government."]),
    "a06_statute_viewer_search_bar": (
        ["Search Results | Clear Search | Previous (in doc) | Next (in doc) | Prev Doc | Next Doc"],
        ["Limitation Act", "[RSNP 2002] CHAPTER 41", "Part 1 — Interpretation"]),
    "a07_tax_guidance_on_this_page": (
        ["Home › Individuals › Deductions", "On this page..."],
        ["Claiming work-related travel", "Who can claim", "Records you need", "What you can't claim",
         "You can't claim travel between your home and your usual place of work."]),
    "a08_council_guidance_print": (
        ["We use cookies to make this website work and to improve it. Accept all cookies · Reject non-essential cookies · Cookie settings",
         "Skip to main content", "Sign in · Register", "Ashford Vale District Council", "Licensing",
         "Home › Business › Licensing › Market stall licence", "Was this page helpful? Yes | No",
         "Share this page: Facebook | X | Email", "Accessibility statement | Cookies | Privacy notice | Terms and conditions",
         "Ashford Vale District Council, Civic Offices, Station Road, Ashford Vale AV1 2BB", "Phone: 01234 567890"],
        ["Apply for a market stall licence", "You can sign in to the portal to apply, pay the fee and upload your documents.",
         "Contact us",
         "If you cannot use the portal, the licensing team can take your application by telephone on weekdays."]),
    "a09_health_page_review_dates": (
        ["Page last reviewed: 12 May 2023", "Next review due: 12 May 2026"],
        ["Hay fever", "Check if you have hay fever", "How to treat hay fever yourself",
         "There's currently no cure for hay fever, but you can do things to ease your symptoms."]),
    "a10_federal_page_date_modified": (
        ["Français", "Report a problem or mistake on this page", "Share this page", "Date modified: 2023-04-05"],
        ["Employment insurance regular benefits", "Eligibility",
         "You may be eligible if you were employed in insurable employment and lost your job through no fault of your own."]),
    "a11_central_guidance_published_updated": (
        ["Last updated 7 March 2024 — See all updates", "Is this page useful?", "Maybe",
         "Yes this page is useful", "No this page is not useful", "Help us improve the service", "Related content",
         "Apply for a birth certificate", "Child Benefit"],
        ["Register a birth", "You must register the birth of your child within 42 days of the birth.", "Where to register"]),
    "a12_court_judgment_back_to_top": (
        ["Back to top"],
        ["Introduction", "The facts", "Conclusion",
         "1. This is a claim for judicial review of a decision to issue search warrants under section 8 of the Act.",
         "3. For these reasons the claim succeeds and the warrants are quashed."]),
    "a13_legislature_section_page_nav": (
        ["Bill Search", "Session Laws", "Legislators", "Committees", "Previous Section | Next Section"],
        ["Section 44.20.020 Chapter numbers",
         "A citation to the chapter number and year of the session laws is a sufficient reference to the act so designated."]),
    "a14_code_section_neighbour_pager": (
        ["44.20.010  <<  44.20.020 >>   44.20.030"],
        ["Chapter numbers", "[ 1969 c 6 § 1; 1907 c 136 § 2.]"]),
    "a15_county_page_print_two_pages": (
        ["Harlow County", "Departments", "How Do I...", "Home › Departments › Fire Marshal › Burn ban", "Back to top",
         "Accessibility statement", "Harlow County Courthouse · 100 Main Street, Harlow, WA 98500 · (555) 555-0142"],
        ["Burn ban in effect",
         "Violations may be reported to the Fire Marshal's office, which investigates every report within two days."]),
    "a16_ministry_release_social_links": (
        ["Follow us", "Facebook", "Twitter", "YouTube", "Instagram"],
        ["New quota limits for the coming season",
         "The limits follow a review of stock assessments carried out over the past two seasons."]),
    "a17_agency_page_print_tools": (
        ["Text size: A A A", "Print (opens in a new window)"],
        ["Leasing Crown land", "An application must describe the land, the intended use and the term sought."]),
    "a18_welsh_council_language_toggle": (
        ["Cymraeg"],
        ["Council tax discounts", "A 25% discount applies where only one adult lives in the property as their main home."]),
    "a19_report_must_stay": (
        [],
        ["Department of Health", "Annual Report 2023", "Contact us", "Related links", "Previous Acts repealed", "Search warrants",
         "The Department welcomes comments on this report. Write to the Secretary, Department of Health, PO Box 9, Capital City.",
         "Inspectors obtained two search warrants during the year, both under section 14 of the Public Health Act."]),
    "a20_procedure_guide_must_stay": (
        [],
        ["Procedure Guide for Members", "Chapter 3: Lodging questions", "Print and share", "Next steps", "Home",
         "Members sign in to the chamber's portal to lodge written questions before the deadline.",
         "A member's home address is never published in the record."]),
    "a21_legislation_site_named_pager": (
        ["Whole Act", "Table of contents", "Print options", "Previous: Section 4 | Next: Section 6"],
        ["Animal Welfare Act 2006", "Section 5: Duty of care",
         "(2) The animal's needs include a suitable environment and a suitable diet."]),
    "a22_council_feedback_widgets": (
        ["Rate this page:", "Give feedback about this page", "Report an issue with this page"],
        ["Report a pothole",
         "We aim to inspect reported potholes within five working days and repair dangerous ones within 24 hours."]),
    "a23_guidance_related_links_box": (
        ["Related links", "Building regulations approval", "Party wall agreements", "Check if you need planning permission",
         "Accessibility | Cookies | Privacy | Contact us"],
        ["Planning permission for extensions", "Permitted development rights allow some extensions without an application."]),
    "a24_state_page_sign_in_gov_bar": (
        ["Sign In", "Government of Eastland", "Eastland Arts Council", "About Us", "Home > Grants > Community arts grants",
         "< Back to Grants", "© Government of Eastland · Copyright · Disclaimer · Accessibility · Privacy"],
        ["Community arts grants", "Applications close on 30 April each year."]),
    # three more forms, written after the rules: a headline between its trail and the view tabs (stays), an
    # archived page's side tools and a neighbour pager by guillemets, a search list's bar and column label
    "a25_legislation_page_headline_between_trail_and_tabs": (
        ["Northland · Français", "LawsNorthland · Official Source",
         "Home > Consolidated Statutes and Regulations > Statutes > C-12.5", "Full text · Table of contents · Versions · Print"],
        ["C-12.5 - Consumer Credit Act", "Updated to 1 April 2001", "CHAPTER I", "SCOPE",
         "1. This Act applies to every contract of credit made in Northland with a consumer."]),
    "a26_archived_policy_page_side_tools": (
        ["Skip to Side MenuSkip to Content Area", "Alternate Format(s)", "Printable Version", "« 3.1 | 3.3 »"],
        ["Policy on Government Security", "3.2 Purpose of the policy",
         "The policy sets the security requirements that departments must meet to protect information and assets."]),
    "a27_statute_search_list_column_label": (
        ["New Search | Back to Results | Previous Hit | Next Hit | Print", "Pub Date"],
        ["Limitation Act", "[SNL 1995] CHAPTER L-16.1", "1 This Act may be cited as the Limitation Act."]),
    "a28_county_council_language_account_social": (
        ["English | Cymraeg", "My account", "Sign in or create an account", "Did this page help you?", "Yes", "No",
         "Follow us on Twitter", "Find us on Facebook and Instagram"],
        ["Coastal path closures", "Walkers can follow the signed diversion inland, which rejoins the path at the harbour.",
         "You do not need an account to report a blocked path; use the form on this page."]),
    # a fourth set (a29-a31), after the widened contents label, stamp, field row and version note
    "a29_parliament_act_page_arrangement_label": (
        ["Arrangement of Sections"],
        ["REPUBLIC OF WESTMERE", "Assent: 20/12/2016", "ACT NO. 14 OF 2016", "1. Short title",
         "This Act may be cited as the Standards Bureau Act 2016."]),
    "a30_resource_page_fields_row_print": (
        ["ConstitutionHub", "Voices from the Field", "Home › Resources › Comparing Two Versions of the Westmere Constitution",
         "Resource type: Constitutional texts · Country: Westmere", "Last update: 22 May 2020 4:34pm"],
        ["Comparing Two Versions of the Westmere Constitution", "Preamble",
         "adopt, enact and give to ourselves this Constitution."]),
    "a31_act_arrangement_list_must_stay": (
        ["Historical versions PDF Print", 'This Act has "Not in Force" sections. See the table of changes.'],
        ["Harbour Works Act 2011", "PART I", "1. Short title", "2. Interpretation",
         "This Act may be cited as the Harbour Works Act 2011.",
         'In this Act, "harbour" means the area declared a harbour under section 3.']),
}


def kept_lines(name: str) -> set[str]:
    cleaned = clean_text((DATA / f"{name}.txt").read_text(encoding="utf-8"), source_file=f"{name}.txt")
    return {line.rstrip() for line in cleaned.lines} | {line.strip() for line in cleaned.lines}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_chrome_goes_body_stays(name):
    gone, stay = PAGES[name]
    kept = kept_lines(name)
    assert [s for s in stay if s not in kept] == [], name
    assert [g for g in gone if g.strip() in kept] == [], name


def test_every_page_file_is_listed():
    assert sorted(p.stem for p in DATA.glob("*.txt")) == sorted(PAGES)
