"""(r45, issue 11) A web report printed by a browser and read by pdftotext -layout, no line of its
text naming it. The text is made up.

The browser printed the page's title in every page's head (`12/2/31, 4:58 PM    Harbour Trust 2031
Year in Review`, no site's name beside it) and the address with a page counter at every foot; the
cleaner removes both. The text opens on its first section (`Foreword`), so no line reads as the
title: the running head names the page (`_running_head_name`), before the file's name. A printed
page whose own headline stands in the text keeps it.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

HEAD = "12/2/31, 4:58 PM" + " " * 40 + "Harbour Trust 2031 Year in Review"
FOOT = "https://trust.example.org/annual-review/index.html" + " " * 50 + "{}/2"
PROSE = ("  The harbour trust moved more cargo this year than in any year before, and it did so with fewer ships,\n"
         "  since the larger vessels now call at the deep berth that opened in the spring after two years of work.\n")


def _page(opening: list[str]) -> str:
    return "\n".join([HEAD, "", ""] + opening + [PROSE * 3, "", FOOT.format(1), "\f" + HEAD, "", "  Outlook", PROSE * 3,
                                                  "", FOOT.format(2)]) + "\n"


def test_the_running_head_names_a_page_without_a_title_line():
    doc = structure_document(clean_text(_page(["  Foreword"]), source_file="zz_report_print.txt"), structure="rules")
    assert doc.title == "Harbour Trust 2031 Year in Review"


def test_a_headline_in_the_text_still_names_the_page():
    doc = structure_document(clean_text(_page(["  Cargo and Berths in 2031", "", "  Foreword"]), source_file="zz_report_print.txt"),
                             structure="rules")
    assert doc.title == "Cargo and Berths in 2031"
