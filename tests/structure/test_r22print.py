"""Structure rules of round r22print (issue #11: web pages printed to PDF and text extracted
from PDF reports): made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure.blocks import make_blocks

WIDE = ("Residents of the district who own a boat may apply for a mooring in the harbour, and the",
        "harbour master decides each application within six weeks of the day it was received by us.")


def _blocks(lines):
    return make_blocks(lines, list(range(1, len(lines) + 1)), "en")


def test_a_head_over_short_lines_stands_alone():
    """A printed page keeps the blank line over a head, none under it, and the lines under it are
    short: a label line, a phone line, a register number over a resolution."""
    lines = [*WIDE, "", "Help for new boat owners", "Harbour Office Helpline", "Phone: 0123 456 789",
             "Opening hours:", "Monday to Friday, 9am to 5pm", "", *WIDE, "",
             "3. Mooring Fees", "41/22", "RESOLVED that the fees for the coming season stay as they were last year",
             "and be published in the notices.", "", *WIDE]
    texts = [b.text for b in _blocks(lines)]
    assert "Help for new boat owners" in texts and "3. Mooring Fees" in texts


def test_a_title_page_an_address_or_a_bare_list_keeps_its_first_line():
    """No line under announces or says anything: a title page's lines, an address, bare items."""
    for group in (["Harbour Board of Port Ellen", "Published by the Board, 2021", "Ref 4471"],
                  ["Harbour Office", "Quay Street, Port Ellen", "PE1 2AB", "12/03/2021"],
                  ["Anchors", "Ropes", "Fenders"]):
        lines = [*WIDE, "", *group, "", *WIDE]
        assert group[0] not in [b.text for b in _blocks(lines)], group


def test_a_list_item_after_a_page_break_is_no_head():
    """`… are:` ends a page; the running head and foot were removed (a gap in the line numbers);
    the next page opens with the list's next item over more lines: no head."""
    lines = [*WIDE, "Documents required for the application are:", "Proof of address",
             "Boat insurance certificate", "Registration papers showing the owner's name and the boat's length in metres"]
    numbers = [1, 2, 3, 12, 13, 14]
    texts = [b.text for b in make_blocks(lines, numbers, "en")]
    assert "Proof of address" not in texts


def test_a_head_under_an_enacting_colon_without_a_page_break_stands_alone():
    """`… it is ordered, as follows:`, a blank line, then the first provision's side head over its
    numbered text: the colon closes the enacting words, the head is a head."""
    lines = [*WIDE, "The Board, in exercise of its powers, orders as follows:", "", "Citation",
             "1. (1) This Order may be cited as the Harbour Moorings Order", "2021.", "", *WIDE]
    assert "Citation" in [b.text for b in _blocks(lines)]
