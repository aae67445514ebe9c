"""Cleaning rules the round8-en round (issue #11, check set 5's English half xxt1-8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.rules_chrome_en import meta_row

from .helpers import run_rule

EN = "The fund pays for small projects that help a town's residents meet and work together on shared aims."
EN2 = "Each application is read by two officers, who score it against the published criteria before a panel meets."


def _print(pages: list[list[str]], title: str, url: str) -> list[str]:
    """A web page printed by a browser: stamp and page title over each page, address and counter under it."""
    out: list[str] = []
    for n, body in enumerate(pages, 1):
        out += ["3/1/26, 9:15 AM", "", title, ""] + body + ["", url, "", f"{n}/{len(pages)}", ""]
    return out


def test_a_two_page_print_keeps_its_headline_under_the_top_bar_and_drops_its_copy_in_a_box():
    lines = _print([["FundHub", "Home › Grants › Grant rules: how to apply", "", "Grant rules: how to apply", "", EN, EN2, EN],
                    [EN2, EN, "In this section", "Grant rules: how to apply", "Other grants"]],
                   "Grant rules: how to apply | FundHub", "https://fundhub.example/grants/how-to-apply")
    kept, removed, _ = run_rule("running-head", lines)
    assert kept.count("Grant rules: how to apply") == 1
    assert kept.index("Grant rules: how to apply") < kept.index(EN)   # the copy under the top bar stays
    assert sum(t == "Grant rules: how to apply" for _, t in removed) == 1


def test_a_one_page_print_loses_its_top_bar_over_the_headline_even_with_a_long_site_name():
    lines = _print([["Français | Contact | Subscribe", "", "Office of the Regional Budget Commissioner of Eastshire",
                     "Independent analysis for the regional council", "", "About", "", "Reports", "", "Careers", "",
                     "2024 Annual Report", "Annual Report · Published May 2, 2024 · Download PDF", "", EN, EN2]],
                   "2024 Annual Report | Office of the Regional Budget Commissioner of Eastshire",
                   "https://budget.example/reports/2024-ar")
    cleaned = clean_text("\n".join(lines))
    kept = [t for t in cleaned.lines if t.strip()]
    assert kept[0] == "2024 Annual Report" and EN in kept[1]
    rules = {r.text.strip(): r.rule for r in cleaned.removed if r.text.strip()}
    assert rules["About"] == "printed-top-bar" and rules["Independent analysis for the regional council"] == "printed-top-bar"
    assert "Annual Report · Published May 2, 2024 · Download PDF" in rules


def test_a_printed_pages_date_line_under_its_headline_stays():
    lines = _print([["Portal", "Home > News", "", "Weekly digest", "Updated: Mar 2,2026 9:00 AM", "", EN, EN2],
                    [EN2, EN]], "Weekly digest - Portal", "https://portal.example/news/digest")
    cleaned = clean_text("\n".join(lines))
    assert any("Updated: Mar 2,2026" in t for t in cleaned.lines)


def test_a_stamp_row_under_a_headline_is_chrome():
    for row in ("Annual Report · Published July 14, 2021 · Download PDF", "Guidance · Updated 3 March 2024 · Print",
                "Report · Published: 2023-05-01", "News release · Posted on June 2, 2022"):
        assert meta_row(row), row


def test_a_date_alone_or_a_sentence_with_dots_is_no_stamp_row():
    for row in ("Published July 14, 2021", "Annual Report · Download PDF · Share",
                "The board met · Published July 14, 2021 · it agreed the plan and the work went on."):
        assert not meta_row(row), row


def test_a_collection_name_a_site_bars_trail_names_over_the_headline_goes():
    lines = ["LawNet [Home] [Databases] [Search] [Feedback]", "", "Statutes of the Eastern Province", "",
             "You are here:  LawNet >> Databases >> Statutes of the Eastern Province >> Rules of the Harbour Town on Market",
             "", "Rules of the Harbour Town on Market Stalls", "", "Chapter I General Provisions", "", "       Article 1 " + EN]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert kept[0] == "Rules of the Harbour Town on Market Stalls"


def test_the_trails_last_item_and_a_line_naming_no_item_stay():
    # must not fire: the headline is the trail's last item; 'Statutes of the Western Province' names no item
    lines = ["LawNet [Home] [Databases] [Search] [Feedback]", "", "Statutes of the Western Province", "",
             "You are here:  LawNet >> Databases >> Statutes of the Eastern Province >> Rules on Stalls",
             "", "Rules on Stalls", "", "       Article 1 " + EN]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert kept[:2] == ["Statutes of the Western Province", "Rules on Stalls"]


def test_a_publication_pages_access_notice_and_box_label_under_its_summary_go():
    lines = ["Grants handbook - Part 2: Applying", "A short guide for applicants, their advisers and the officers who read their bids.",
             "This document may not be fully accessible.", "In this page", "Applying for a grant", "Who can apply",
             "2.1 " + EN, "How bids are scored", "2.2 " + EN2]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert "This document may not be fully accessible." not in kept and "In this page" not in kept
    assert "Applying for a grant" in kept and "Who can apply" in kept


def test_a_box_label_over_prose_and_a_sentence_about_access_stay():
    # must not fire: 'In this page' over a sentence is the text's own; a sentence going on about access stays
    lines = ["Grants handbook", EN, "In this page", EN2,
             "This document may not be fully accessible to readers who use screen magnifiers, we are told."]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert "In this page" in kept and lines[-1] in kept


def test_a_document_sites_upload_box_and_transcript_label_go():
    lines = ["harbour dues act - ports.example.gov...", "", "Upload: someone", "", "Posted on 02-Mar-2019", "", "1,204 views".replace(",", ""),
             "", "Category:", "", "Law", "", "3 downloads", "", "TRANSCRIPT", "", "HARBOUR DUES ACT, 1990", "", EN]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    for gone in ("Upload: someone", "Posted on 02-Mar-2019", "1204 views", "Category:", "Law", "3 downloads", "TRANSCRIPT"):
        assert gone not in kept, gone
    assert "HARBOUR DUES ACT, 1990" in kept


def test_one_counter_line_alone_proves_no_upload_box():
    # must not fire: a short line '215 views' in a list of figures, with no other box line
    lines = ["Visitor figures", "", "Category:", "", "Museums", "", "215 views", "", EN]
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert "215 views" in kept and "Museums" in kept


ARRANGEMENT = ("2 9. Registrar 10. Annual report 11. Duty to declare 12. Contents of declaration 13. Further particulars "
               "14. Register of interests 15. Enquiry into declaration 16. Powers of the tribunal 17. Findings PART IV "
               "CONDUCT 18. Gifts 19. Use of office SCHEDULE")


def test_an_arrangement_of_sections_flattened_into_a_page_line_goes():
    lines = ["THE HARBOUR DUES ACT, Arrangement of Sections PART I", "", ARRANGEMENT, "", EN, "", EN2]
    kept, removed, _ = run_rule("flattened-arrangement", lines)
    assert [t for _, t in removed] == [ARRANGEMENT]


def test_sections_text_flattened_the_same_way_stays():
    # must not fire: numbered sections whose text runs on in clauses between the numbers
    flat = " ".join(f"{n}. The Authority shall keep a register, and the register shall be open to the public at all "
                    f"reasonable times." for n in range(1, 10))
    short = "1. Title 2. Scope 3. Terms 4. Fees 5. Dues 6. Bonds 7. Notices 8. Appeals"   # under 200 characters
    for line in (flat, short):
        assert run_rule("flattened-arrangement", [line, "", EN])[1] == [], line[:40]


def test_a_government_printers_imprint_on_an_acts_cover_goes():
    lines = ["HARBOUR DUES", "ACT, No. 7 OF 2021", "", "[Certified on 3rd of March, 2021]", "",
             "Printed on the Order of Government", "", "PRINTED AT THE GOVERNMENT PRINTER, PORT TOWN",
             "TO BE PURCHASED AT THE GOVERNMENT BOOKSHOP, PORT TOWN", "", "Price : Ksh. 45.00", "", "Postage : $ 2.50", "",
             "This  Act  can  be  downloaded  from  www.laws.example", "", "1. " + EN]
    kept, removed, _ = run_rule("printer-imprint", lines)
    assert len(removed) == 6
    assert "[Certified on 3rd of March, 2021]" in kept and "ACT, No. 7 OF 2021" in kept


def test_one_price_line_alone_is_no_imprint():
    # must not fire: a price in the text's own table, with no other imprint line
    lines = ["Fees", "", "Price : 30", "", EN, "Printed at the harbour office on request, for a small fee."]
    assert run_rule("printer-imprint", lines)[1] == []


def _act_text() -> list[str]:
    return ["Short title.", "", "Interpretation.", "",
            "An Act to provide for the licensing of harbour pilots, the fees they may charge and for connected purposes.",
            "", "BE IT ENACTED by the Parliament of Example as follows:", "",
            "1. This Act may be cited as the Harbour Pilots Act, 2019, and shall come into operation on a date appointed by the Minister.",
            "", "2. In this Act unless the context otherwise requires, pilot means a person licensed under section 3 to conduct vessels."]


def test_a_document_sites_summary_copying_the_transcript_goes_with_its_page_title_and_page_count():
    summary = " ".join(t for t in _act_text() if t)   # the same words, run into one line, in the site's order
    summary = summary.replace("Interpretation.", "Inter- pretation.") + " JAMAICA No. 2019 I assent, Governor-General."
    lines = ["harbour pilots act - ports.example.gov20pilots... · 2 [no. ] the harbour pilots act, 2019...", "", "12", "",
             summary, "", "Upload: someone", "", "Post on 02-Mar-2019", "", "215 views", "", "TRANSCRIPT", "",
             "1The Harbour Pilots Act, 2019 [No. ]", ""] + _act_text()
    kept = [t for t in clean_text("\n".join(lines)).lines if t.strip()]
    assert kept[0] == "1The Harbour Pilots Act, 2019 [No. ]"
    assert summary not in kept and "12" not in kept


def test_a_long_first_paragraph_the_text_does_not_repeat_stays():
    # must not fire: a long opening paragraph, with other text under it
    para = "The harbour board reviewed its pilotage service during the year and found that " * 5
    lines = [para.strip(), "", EN, "", EN2, "", EN * 3]
    assert run_rule("summary-copy", lines)[1] == []


def test_the_trails_inner_item_under_a_headline_with_a_colon_goes():
    # the trail's last item holds a colon: it is the headline's, not a label's
    # (a printed page: its top bar, the trail with it, goes before the echo is looked for)
    lines = _print([["Harbour Council", "", "Home", "", "News", "", "Home » Media releases » Update: Harbour works to start in May", "",
                     "Update: Harbour works to start in May", "Media releases", "", EN, EN2]],
                   "Update: Harbour works to start in May - Harbour Council", "https://harbour.example/news/works")
    cleaned = clean_text("\n".join(lines))
    kept = [t for t in cleaned.lines if t.strip()]
    assert kept[0] == "Update: Harbour works to start in May" and "Media releases" not in kept
