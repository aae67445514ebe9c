"""(r29enchrome) An English document-sharing site's furniture around an uploaded file
(rules_docshare.docshare_chrome_en, vocab_en.SHARE_STRONG / VIEWER_ANCHOR) and a gazette's postal
registration and price lines (rules_docshare.gazette_postal); and what must stay."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

ACT = ["THE HARBOUR DUES ACT, 2031", "AN ACT to provide for the levying of harbour dues and for matters connected therewith.",
       "WHEREAS it is expedient to provide for the levying of dues on vessels entering the harbours of the Republic;",
       "1. This Act may be cited as the Harbour Dues Act, 2031.",
       "2. In this Act, unless the context otherwise requires, \"vessel\" includes any ship or boat."]


def _kept(*parts: list[str]) -> list[str]:
    text = "\n\n".join("\n".join(p) for p in parts) + "\n"
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines]


def _body_kept(kept: list[str], body: list[str]) -> bool:
    return all(line in kept for line in body)


# the forms the furniture takes on several sharing sites (a study-notes site, a reader with votes,
# a listing with labelled facts, a viewer's page anchors); each must go and the Act stay
SITES = [
    ["Harbour dues act, Notes of Law", "Typology: Notes", "2030/2031", "Uploaded on 12/03/2031", "jdoe1990",
     "3 documents", "1 / 12", "Toggle sidebar", "This page cannot be seen from the preview", "Don't miss anything!", "bg1"],
    ["Harbour Dues Act 2031", "Uploaded by", "Clerk_Office", "100% found this document useful (2 votes)",
     "Download now", "Jump to page", "You are on page 1of 12", "Search inside document"],
    ["Harbour Dues Act", "Academic year: 2030/2031", "Uploaded by: m.smith", "Pages: 12",
     "Was this document helpful?", "Preview of the content"],
    ["Download as PDF, TXT or read online from the library", "Flag for inappropriate content",
     "Save for later", "Did you find this document useful?", "Is this content inappropriate?", "Report this Document"],
]
TAILS = [
    ["pf2", "pf3", "pf4", "pfa", "pf10", "Partial preview of the text",
     "Download Harbour dues act and more Notes Law in PDF only on Sharesite!"],
    ["Do you want full access? Go Premium and unlock all 12 pages", "Students also viewed",
     "Please sign in or register to post comments."],
]


@pytest.mark.parametrize("top", SITES)
def test_a_sharing_sites_head_furniture_goes(top):
    kept = _kept(top, ACT)
    assert _body_kept(kept, ACT)
    gone = [line for line in top[1:] if line in kept]
    assert not gone, gone


@pytest.mark.parametrize("tail", TAILS)
def test_a_sharing_sites_tail_furniture_goes(tail):
    kept = _kept(["Harbour Dues Act 2031", "Uploaded on 12/03/2031", "Toggle sidebar"], ACT, tail)
    assert _body_kept(kept, ACT)
    gone = [line for line in tail if line in kept]
    assert not gone, gone


GAZETTES = [
    ["REGISTERED No. M - 302", "L.-7646", "THE GAZETTE OF THE REPUBLIC", "EXTRAORDINARY", "PUBLISHED BY AUTHORITY"],
    ["REGD. NO. D. L.-33004/99", "The Gazette of the Republic", "EXTRAORDINARY", "Price: Rs. 5.00"],
    ["OFFICIAL GAZETTE", "PUBLISHED BY AUTHORITY", "Regd. No. 12/88", "Price: $2.00"],
]


@pytest.mark.parametrize("mast", GAZETTES)
def test_a_gazettes_postal_and_price_lines_go(mast):
    kept = _kept(mast, ACT)
    assert _body_kept(kept, ACT)
    gone = [line for line in mast if (line.startswith(("REG", "L.-", "Price")) and line in kept)]
    assert not gone, gone


# what must stay: the document's own lines that speak of uploads, previews, downloads, prices,
# registration; one site word alone; page ids in prose; a sentence between two site lines
STAYS = [
    (["Uploaded by the Registrar on 12 March 2031, the notice took effect at once."], []),
    (["Transcript", "Description", "Related documents"], []),
    (["Toggle sidebar"], []),   # one site word alone: may be the document's (a manual's button)
    (["The preview of the text shall be published in the Gazette.",
      "3. Any person who wishes to download a form may do so from the register."], []),
    (["Price: $2.00"], []),   # a price without a gazette on the page (a price list's line)
    (["The registration number shall be printed as REGISTERED No. followed by the licence number."], []),
]


@pytest.mark.parametrize("body,_", STAYS)
def test_a_documents_own_lines_stay(body, _):
    kept = _kept(ACT, body)
    assert _body_kept(kept, ACT + body), [line for line in ACT + body if line not in kept]


def test_prose_between_two_site_lines_stays():
    blurb = "This is the harbour dues act of the republic as passed by the assembly in 2031"
    top = ["Uploaded on 12/03/2031", blurb, "Toggle sidebar"]
    kept = _kept(top, ACT)
    assert blurb in kept and "Toggle sidebar" not in kept and _body_kept(kept, ACT)


def test_a_lone_page_id_in_a_list_stays():
    body = ["Codes used in the schedule:", "pf2", "means a private ferry of the second class."]
    kept = _kept(["Uploaded on 12/03/2031", "Toggle sidebar"], ACT, body)
    assert _body_kept(kept, ACT + body)
