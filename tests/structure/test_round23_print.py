"""Structure rules of the lead's round23 (issue #11) for web pages printed to PDF: the line the
print header names is the title even when the copy glued it to the line under it or the title
block's shape reading set it aside. Made-up pages; and what the rules must leave alone."""
from __future__ import annotations

from structure.test_title_evidence import EN_BODY, _printed


def test_the_named_line_glued_to_a_page_label_is_split_off_as_the_title():
    # no blank line between the headline and the page's `On this page` label: one block before
    doc = _printed(f"Rivers\n\nPermits and Other Requirements\nOn this page...\n\nWater Licences\n\n{EN_BODY}",
                   "Permits and Other Requirements - Environment and Water - Government of Somewhere", pages=2)
    assert doc.title == "Permits and Other Requirements"


def test_the_named_line_set_aside_by_its_shape_is_still_the_title():
    # an Act's name ending in its number reads like a series designation over the version line
    doc = _printed(f"Limitation Act 1969 No 31\n\nCurrent version for 1 July 2025 to date (accessed 3 May 2026 at\n12:10)\n\n"
                   f"Part 1 Preliminary\n\n1 Name of Act\n\n{EN_BODY}",
                   "Limitation Act 1969 No 31 - State Legislation", pages=2)
    assert doc.title == "Limitation Act 1969 No 31"
    texts = [p.text for p in doc.front] + [p.text for s in doc.sections for p in s.paragraphs]
    assert any(t.startswith("Current version for 1 July 2025") for t in texts)   # kept, not lost


def test_a_designation_over_a_title_the_header_does_not_name_stays_aside():
    doc = _printed(f"Working Paper No. 12\n\nStrategies of Government Departments\n\n{EN_BODY}",
                   "Strategies of Government Departments - The Institute", pages=2)
    assert doc.title == "Strategies of Government Departments"
