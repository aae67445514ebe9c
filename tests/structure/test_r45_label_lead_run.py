"""(r45, issue 11) A printed release's paragraphs each led by a label and a colon, their bold lost.
The text is made up.

One paragraph's first line, cut by the print's wrap, ends in title-case words
(`Moorings: The Trust’s Harbour Order 2031 on Improving Visitor Berth`) and reads as a caps
heading; it is one of the run of labelled paragraphs around it (`_label_lead_in_run`), no heading.
A part's heading with a colon between paragraphs of another shape stays a heading.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.common import outline

RELEASE = """Harbour Trust sets its winter agenda

At its public meeting on September 28, 2031, the Trust announced its agenda for the winter months. The
matters announced are those the Trust has already decided it will take up. The Trust is also looking at
further matters for its spring agenda, and welcomes comments from boat owners on what else to address.
The Trust announced plans to address the following matters in the near term:
Dredging: The Trust will dredge the inner channel before the first storms of the winter, working at night
so that the ferries keep their times during the day. The Trust has already asked the county for the
barges it needs, and the work will begin as soon as they arrive at the harbour from the yard upriver.
Nothing else will change for the ferries.
Moorings: The Trust’s Harbour Order 2031 on Improving Visitor Berth
Allocation, made in March 2031, asks the harbour master to consult the Trust on each new mooring that
is laid in the outer harbour, and the Trust will take up each request at its monthly public meeting, so
that owners may speak to it before it decides.
Lighting: The Trust will replace the lamps on the east pier with lamps that use less power and shine
further out to sea. The Trust has already begun to take bids for the work from firms in the county, and
it will choose one by the end of the year.
Signs: The Trust will put up new signs at the slipway so that visitors know where to leave their trailers
during the busy weeks of the summer.
"""

PLAN = """Harbour plan for 2031

The plan sets out what the Trust will build over the next five years and how the work will be paid for.

Part 2: Fees and Charges for Visiting Boats

Every visiting boat pays a daily fee set by the Trust each spring, and the fee is posted at the harbour office.
"""


def test_a_labelled_paragraph_in_a_run_is_no_heading():
    doc = structure_document(clean_text(RELEASE, source_file="agenda.txt"), structure="rules")
    assert not any(title.startswith("Moorings:") for _, title in outline(doc.sections))


def test_a_part_heading_with_a_colon_stays():
    doc = structure_document(clean_text(PLAN, source_file="plan.txt"), structure="rules")
    assert (1, "Part 2: Fees and Charges for Visiting Boats") in outline(doc.sections)
