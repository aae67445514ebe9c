"""(r45, issue 11) A report site's menu bar printed flat by a browser. The text is made up.

The browser's header carries the page's title beside its date stamp (removed as a running head);
the page's own top bar comes out of pdftotext as one or two lines: the site's title, then its
sections' names run on with no punctuation, one of them heading a section below (`Foreword`).
The bar goes (`rules_chrome_en.flat_menu_bar`). The title line alone, a title followed by a
subtitle with punctuation, and a bar none of whose names heads a section, stay.
"""
from __future__ import annotations

from pipeline.clean import clean_text

HEAD = "12/2/31, 4:58 PM" + " " * 40 + "Harbour Trust 2031 Year in Review"
FOOT = "https://trust.example.org/review/index.html" + " " * 50 + "{}/2"
PROSE = ("  The harbour trust moved more cargo this year than in any year before, and it did so with fewer ships,\n"
         "  since the larger vessels now call at the deep berth that opened in the spring after two years of work.\n")


def _print(top: list[str]) -> str:
    return "\n".join([HEAD, "", ""] + top + ["", "  Foreword", PROSE * 3, "", FOOT.format(1), "\f" + HEAD, "",
                                             "  Outlook", PROSE * 3, "", FOOT.format(2)]) + "\n"


def test_the_flat_bar_goes():
    kept = [line.strip() for line in clean_text(_print(["  Harbour Trust 2031 Year in Review Foreword Cargo Figures Berths Dredging",
                                                        "  Partners Training Behind the scenes"]), source_file="review.txt").lines]
    assert not any(line.startswith("Harbour Trust 2031 Year in Review Foreword") for line in kept)
    assert "Partners Training Behind the scenes" not in kept
    assert "Foreword" in kept and "Outlook" in kept


def test_a_subtitle_or_a_bar_naming_no_section_stays():
    kept = [line.strip() for line in clean_text(_print(["  Harbour Trust 2031 Year in Review: cargo, berths and dredging"]),
                                                source_file="review.txt").lines]
    assert "Harbour Trust 2031 Year in Review: cargo, berths and dredging" in kept
    kept = [line.strip() for line in clean_text(_print(["  Harbour Trust 2031 Year in Review Cargo Figures Berths Dredging"]),
                                                source_file="review.txt").lines]
    assert "Harbour Trust 2031 Year in Review Cargo Figures Berths Dredging" in kept
