"""r27govpages (issue #11): English government and ministry pages copied as text, whose furniture a
reader never counts as the document and never takes for its title: a category or side menu printed
as a bullet list (`•`, `-`, `»`, `›`) over the page's head or under its text, with its label
(`Category Title`, `Categories`, `In this section`) and a CMS's empty-slot placeholders (`Content not
found`); a post's byline with no headline over it (`by Ministry of …`, `Posted by …`, `Author: …`);
a photo's caption ending with its credit (`… (FP)`, `(GIS Photo)`), printed twice (the caption and
the image's alternative text), never the title (its words stay: a picture's text, as the corpus keeps it). Several CMS templates (Drupal, WordPress, SharePoint, a GOV.UK-like
page, small-state sites), all made up. Each page: the title, the lines that must go and the lines
that must stay (every body line, and the body lines that look like the furniture: a report's own
bulleted list right under its title, a `By-law` title, `By 2025 …` sentences, a speech's byline
over a real headline)."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PROSE = ("The Ministry has made steady progress in the past year in strengthening public financial management, "
         "improving revenue collection and widening the reach of services to every district of the country.")
PROSE2 = ("Over the plan period the Ministry will focus on three goals: a stable economy, a fair tax system "
          "and public spending that reaches the people who need it most.")

# page -> (text, title (None: any but the furniture), lines that must go, lines that must stay)
PAGES = {
    "drupal_category_menu_over_head": (
        "Category Title\n\n  • Government Budget Speeches\n  • Ministry's Budget Speeches\n  • Budget Books 2023/2024\n"
        "  • Budget Books 2022/2023\n  • Budget Books 2021/2022\n  • Content not found\n  • Content not found\n\n"
        f"Ministry Strategic Plan\n\n{PROSE}\n\n{PROSE2}\n",
        "Ministry Strategic Plan",
        ["Category Title", "• Government Budget Speeches", "• Budget Books 2021/2022", "• Content not found"],
        ["Ministry Strategic Plan", PROSE, PROSE2]),
    "wordpress_categories_dash_menu": (
        "Categories\n- Press Releases\n- Speeches\n- Publications\n- Vacancies\n- Tenders\n\n"
        f"Health Sector Review 2022\n\n{PROSE}\n\n{PROSE2}\n",
        "Health Sector Review 2022",
        ["Categories", "- Press Releases", "- Speeches", "- Tenders"],
        ["Health Sector Review 2022", PROSE, PROSE2]),
    "sharepoint_guillemet_side_menu": (
        "» About the Ministry\n» Departments\n» Policies and Plans\n» Publications\n» Media Centre\n» Contact Us\n\n"
        f"National Education Policy\n\n{PROSE}\n\n{PROSE2}\n",
        "National Education Policy",
        ["» About the Ministry", "» Departments", "» Media Centre", "» Contact Us"],
        ["National Education Policy", PROSE, PROSE2]),
    "small_state_menu_placeholders_no_label": (
        "  • Annual Reports\n  • Budget Estimates\n  • Circulars\n  • No content found\n  • No content found\n\n"
        f"Fiscal Strategy Statement\n\n{PROSE}\n",
        "Fiscal Strategy Statement",
        ["• Annual Reports", "• Circulars", "• No content found"],
        ["Fiscal Strategy Statement", PROSE]),
    "side_menu_under_text_with_label": (
        f"Public Debt Report 2023\n\n{PROSE}\n\n{PROSE2}\n\nIn this section\n\n  • Debt Statistics\n  • Borrowing Plan\n"
        "  • Debt Bulletins\n  • Loan Agreements\n",
        "Public Debt Report 2023",
        ["In this section", "• Debt Statistics", "• Loan Agreements"],
        ["Public Debt Report 2023", PROSE, PROSE2]),
    "category_menu_under_text_placeholders": (
        f"Medium Term Expenditure Framework\n\n{PROSE}\n\nCategory Title\n\n  • Budget Speeches\n  • Budget Books\n"
        "  • Annual Reports\n  • Content not found\n",
        "Medium Term Expenditure Framework",
        ["Category Title", "• Budget Speeches", "• Content not found"],
        ["Medium Term Expenditure Framework", PROSE]),
    "information_service_byline_caption_twice": (
        "by Ministry of Finance and Economic Affairs\n\nMinister of Finance, Jane Example. (FP)\n\n"
        "Minister of Finance, Jane Example. (FP)\n\n"
        "Mr. Speaker, I crave the indulgence of this Honourable Chamber to present this year’s Financial Statement and Budgetary Proposals.\n\n"
        f"{PROSE}\n",
        "Financial Statement and Budgetary Proposals",
        ["by Ministry of Finance and Economic Affairs"],
        ["Minister of Finance, Jane Example. (FP)", "Mr. Speaker, I crave the indulgence of this Honourable Chamber to present this year’s Financial Statement and Budgetary Proposals.", PROSE]),
    "news_byline_capital_by_no_headline": (
        "By Government Information Service\n\nPrime Minister John Example addresses the nation. (GIS Photo)\n\n"
        f"{PROSE}\n\n{PROSE2}\n",
        None,
        ["By Government Information Service"],
        ["Prime Minister John Example addresses the nation. (GIS Photo)", PROSE, PROSE2]),
    "posted_by_over_text": (
        "Posted by Communications Unit\n\nThe Minister of Health today presented the National Health Strategy 2024-2028 "
        "to Parliament, setting out how the Government will extend primary care to every island.\n\n"
        f"{PROSE2}\n",
        None,
        ["Posted by Communications Unit"],
        ["The Minister of Health today presented the National Health Strategy 2024-2028 to Parliament, setting out how the "
         "Government will extend primary care to every island.", PROSE2]),
    "author_label_over_text": (
        "Author: Ministry of Education\n\n"
        f"{PROSE}\n\n{PROSE2}\n",
        None,
        ["Author: Ministry of Education"],
        [PROSE, PROSE2]),
    "photo_caption_with_photo_credit_under_headline": (
        "Budget Statement 2025\n\nThe Minister holds up the budget briefcase. (Photo: GIS)\n\n"
        f"{PROSE}\n",
        "Budget Statement 2025",
        [],
        ["The Minister holds up the budget briefcase. (Photo: GIS)", "Budget Statement 2025", PROSE]),
    # what must stay
    "report_with_bullets_under_title": (
        "Annual Report 2022\n\n  • Revenue up five per cent\n  • Twelve new clinics opened\n  • Staff grew to 240\n"
        f"  • Two new laws passed\n\n{PROSE}\n\n{PROSE2}\n",
        "Annual Report 2022",
        [],
        ["Annual Report 2022", "• Revenue up five per cent", "• Twelve new clinics opened", "• Staff grew to 240",
         "• Two new laws passed", PROSE, PROSE2]),
    "bylaw_title": (
        "By-law No. 12 of 2021\n\nA by-law to regulate parking in the town centre\n\n"
        "1. This by-law may be cited as the Parking By-law 2021.\n\n2. No person shall park a vehicle on a footpath.\n",
        "By-law No. 12 of 2021",
        [],
        ["By-law No. 12 of 2021", "A by-law to regulate parking in the town centre",
         "1. This by-law may be cited as the Parking By-law 2021.", "2. No person shall park a vehicle on a footpath."]),
    "bylaw_caps_title": (
        "BY-LAW NO. 5\n\nWASTE COLLECTION\n\n"
        "1. Every owner of premises shall keep a refuse bin with a lid that closes.\n\n"
        "2. The Council shall collect refuse once a week from every premises in the town.\n",
        None,
        [],
        ["BY-LAW NO. 5", "WASTE COLLECTION", "1. Every owner of premises shall keep a refuse bin with a lid that closes."]),
    "speech_byline_over_headline": (
        "by the Minister of Finance, Hon. Jane Example\n\nBudget Speech 2024\n\n"
        f"Madam Speaker, I rise to present the Budget.\n\n{PROSE}\n",
        "Budget Speech 2024",
        [],
        ["Budget Speech 2024", "Madam Speaker, I rise to present the Budget.", PROSE]),
    "by_sentence_first": (
        "By 2025 the Ministry will have connected every district hospital to the national health network.\n\n"
        f"{PROSE}\n",
        None,
        [],
        ["By 2025 the Ministry will have connected every district hospital to the national health network.", PROSE]),
    "bullets_in_body_middle": (
        f"Tax Administration Report\n\n{PROSE}\n\nThe Authority opened offices in:\n\n  • Northern Region\n  • Eastern Region\n"
        f"  • Western Region\n  • Southern Region\n\n{PROSE2}\n",
        "Tax Administration Report",
        [],
        ["Tax Administration Report", PROSE, "The Authority opened offices in:", "• Northern Region", "• Southern Region", PROSE2]),
    "report_ending_with_recommendations_list": (
        f"Audit of Rural Roads\n\n{PROSE}\n\nThe Auditor recommends that the Ministry:\n\n  • Publish its road plan\n"
        "  • Inspect bridges yearly\n  • Train district engineers\n  • Report progress to Parliament\n",
        "Audit of Rural Roads",
        [],
        ["Audit of Rural Roads", PROSE, "The Auditor recommends that the Ministry:", "• Publish its road plan",
         "• Report progress to Parliament"]),
    "caption_like_body_line": (
        f"Public Information Guide\n\n{PROSE}\n\nThe statement was issued by the Government Information Service (GIS).\n\n{PROSE2}\n",
        "Public Information Guide",
        [],
        ["The statement was issued by the Government Information Service (GIS).", PROSE, PROSE2]),
    "govuk_like_headline_meta": (
        "Corporate Plan 2023 to 2026\n\nFrom: Department for Example Affairs\n\n"
        f"{PROSE}\n\n{PROSE2}\n",
        "Corporate Plan 2023 to 2026",
        [],
        ["Corporate Plan 2023 to 2026", PROSE, PROSE2]),
    "byline_by_minister_no_headline_speech": (
        "By the Minister of Foreign Affairs\n\n"
        "Mr. President, I have the honour to present this year’s Annual Foreign Policy Statement to this House.\n\n"
        f"{PROSE2}\n",
        "Annual Foreign Policy Statement",
        ["By the Minister of Foreign Affairs"],
        ["Mr. President, I have the honour to present this year’s Annual Foreign Policy Statement to this House.", PROSE2]),
    "menu_names_current_page": (
        "  • About Us\n  • Strategic Plan\n  • Annual Reports\n  • Circulars\n  • Contact Us\n\n"
        f"Strategic Plan\n\n{PROSE}\n\n{PROSE2}\n",
        "Strategic Plan",
        ["• About Us", "• Strategic Plan", "• Contact Us"],
        ["Strategic Plan", PROSE, PROSE2]),
    "posted_on_date_by_admin": (
        f"Posted on 14 March 2023 by Admin\n\n{PROSE}\n\n{PROSE2}\n",
        None,
        ["Posted on 14 March 2023 by Admin"],
        [PROSE, PROSE2]),
    "byline_pipe_date": (
        f"By Ministry of Health | 3 May 2022\n\n{PROSE}\n\n{PROSE2}\n",
        None,
        ["By Ministry of Health | 3 May 2022"],
        [PROSE, PROSE2]),
    "byline_on_date": (
        f"by Press Office on July 8, 2021\n\n{PROSE}\n",
        None,
        ["by Press Office on July 8, 2021"],
        [PROSE]),
    "key_points_sentences_first": (
        "  • Revenue rose by five per cent.\n  • Twelve clinics opened.\n  • Debt fell for the third year.\n"
        f"  • Two laws were passed.\n\nOverview\n\n{PROSE}\n",
        None,
        [],
        ["• Revenue rose by five per cent.", "• Twelve clinics opened.", "• Debt fell for the third year.",
         "• Two laws were passed.", "Overview", PROSE]),
    "contents_list_first": (
        "  • Introduction\n  • Background\n  • Findings\n  • Recommendations\n\nIntroduction\n\n"
        f"{PROSE}\n\nBackground\n\n{PROSE2}\n\nFindings\n\n{PROSE}\n\nRecommendations\n\n{PROSE2}\n",
        None,
        [],
        ["• Introduction", "Background", PROSE, PROSE2]),   # (the contents list's other entries go by echoed-contents)
    "wordpress_byline_under_headline": (
        f"Budget Highlights 2023\n\nPosted by Ministry of Finance on May 3, 2023\n\n{PROSE}\n",
        "Budget Highlights 2023",
        ["Posted by Ministry of Finance on May 3, 2023"],
        ["Budget Highlights 2023", PROSE]),
    "author_byline_under_title_stays": (
        f"The Island Economy\n\nby Jane Example\n\n{PROSE}\n\n{PROSE2}\n",
        "The Island Economy",
        [],
        ["The Island Economy", "by Jane Example", PROSE, PROSE2]),
    "file_link_names_page": (
        f"Download: Health Sector Strategic Plan 2021-2026.pdf\n\n{PROSE}\n",
        "Health Sector Strategic Plan 2021-2026",
        [],
        [PROSE]),
    "publications_section_last": (
        f"About the Ministry\n\n{PROSE}\n\n{PROSE2}\n\nPublications\n\n  • Annual Report 2021\n  • Budget Guide\n"
        "  • Tax Handbook\n  • Citizens Budget\n",
        "About the Ministry",
        [],
        ["About the Ministry", PROSE, PROSE2, "Publications", "• Annual Report 2021", "• Budget Guide", "• Tax Handbook",
         "• Citizens Budget"]),
    "drupal_submitted_by_under_headline": (
        f"Procurement Plan 2024\n\nSubmitted by admin on Tue, 03/05/2019 - 10:22\n\n{PROSE}\n",
        "Procurement Plan 2024",
        ["Submitted by admin on Tue, 03/05/2019 - 10:22"],
        ["Procurement Plan 2024", PROSE]),
    "labelled_menu_over_prose_no_headline": (
        "Category Title\n\n  • Budget Speeches\n  • Budget Books\n  • Annual Reports\n  • Content not found\n\n"
        "The National Debt Strategy 2022-2025 sets out how the Government will finance its needs at the lowest cost "
        f"over the medium term, with a prudent degree of risk.\n\n{PROSE2}\n",
        "National Debt Strategy 2022-2025",
        ["Category Title", "• Budget Speeches", "• Content not found"],
        ["The National Debt Strategy 2022-2025 sets out how the Government will finance its needs at the lowest cost "
         "over the medium term, with a prudent degree of risk.", PROSE2]),
    "related_items_foot": (
        f"Statement on the Economy\n\n{PROSE}\n\nRelated Items\n\n  • Budget Statement 2023\n  • Budget Statement 2022\n"
        "  • Mid-Year Review\n",
        "Statement on the Economy",
        ["Related Items", "• Budget Statement 2023", "• Mid-Year Review"],
        ["Statement on the Economy", PROSE]),
    "headline_over_opening_subject_stays": (
        "Debt Management Office\n\nThe National Debt Strategy 2022-2025 sets out how the Government will finance its needs "
        f"at the lowest cost over the medium term.\n\n{PROSE2}\n",
        "Debt Management Office",
        [],
        ["Debt Management Office", "The National Debt Strategy 2022-2025 sets out how the Government will finance its needs "
         "at the lowest cost over the medium term.", PROSE2]),
}


def _run(text: str):
    cleaned = clean_text(text, source_file="page.txt")
    doc = structure_document(cleaned)
    return doc, [" ".join(line.split()) for line in cleaned.lines if line.strip()]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_gov_page(name):
    text, title, gone, kept = PAGES[name]
    doc, lines = _run(text)
    for line in gone:
        assert " ".join(line.split()) not in lines, f"{name}: furniture kept: {line!r}"
    for line in kept:
        assert " ".join(line.split()) in lines, f"{name}: body line lost: {line!r}"
    if title is not None:
        assert doc.title == title, f"{name}: title {doc.title!r}"
    else:   # any title but the furniture and a photo's caption
        assert doc.title and all(" ".join(g.split()) != doc.title for g in gone) and "(" not in doc.title, f"{name}: title {doc.title!r}"
