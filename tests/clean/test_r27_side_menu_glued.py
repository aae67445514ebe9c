"""(r29enchrome) A side menu printed one item a line over the page's headline, its first item the
page's own name (the current page), glued to the headline's copy after the page's tools
(rules_chrome_en.section_menu with `_removed_copy`); and a contents list that stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

TOP = ["Government of Eastland", "Skip to Side MenuSkip to Content Area", "Français Contact Us Help Search Eastland Site",
       "What's New About Us Policies Site Map Home", ""]
BODY = ["1. Purpose of the framework", "",
        "The framework sets out how the Board issues its instruments and how departments apply them in their work.", "",
        "2. Scope", "", "The framework applies to all departments named in the schedule to the Act, and to their agencies."]

MENUS = [
    ("Harbour Policy Framework", ["Proposed Set of Harbour Instruments", "Instruments Approved to Date", "Rescinded Instruments",
                                  "View All Instruments", "A to Z"], ["Alternate Format(s)", "Printable Version"]),
    ("Grants Handbook", ["Apply for a grant", "Eligibility", "Reporting on your grant", "Closed programmes"], ["Printable Version"]),
    ("Fees and Charges Policy", ["Policy Library", "Finance Policies", "Human Resources Policies", "Property Policies", "Archived Policies"],
     ["Print this page", "Share this page"]),
]


PAGERS = ["Previous Table of Contents Next", "< Previous | Contents | Next >"]


@pytest.mark.parametrize("pager", PAGERS)
@pytest.mark.parametrize("title,items,tools", MENUS)
def test_the_side_menu_glued_over_the_headline_goes(title, items, tools, pager):
    page = TOP + [title, *items, *tools, "", title, "", pager, "", *BODY]
    kept = [line.strip() for line in clean_text("\n".join(page) + "\n", source_file="t.txt").lines]
    assert title in kept and all(line in kept for line in BODY if line)
    assert not [item for item in items if item in kept]


def test_a_contents_list_between_the_title_and_its_copy_stays():
    title = "Harbour Policy Framework"
    contents = ["Purpose of the framework", "Scope", "Roles", "Review"]
    body = ["Purpose of the framework", "The framework sets out how the Board issues its instruments.", "",
            "Scope", "The framework applies to all departments.", "", "Roles", "The Board approves the instruments.", "",
            "Review", "The framework is reviewed every five years."]
    kept = [line.strip() for line in clean_text("\n".join(TOP + [title, *contents, "Printable Version", "", title, "", *body]) + "\n",
                                                 source_file="t.txt").lines]
    assert all(line in kept for line in body if line)
    assert kept.count("Scope") >= 1 and kept.count("Review") >= 1
