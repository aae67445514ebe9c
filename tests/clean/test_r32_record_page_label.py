"""(r32enpages) A council's record system labels the page's type over the item's headline (`Issue -
meetings`, `Decision details`, `Meeting details`, `Issue details`): the label is the site's, no title
(reader-chrome's DETAILS_LABEL, widened). Must stay: the headline under it, and a body sentence that
speaks of the meeting's details."""
import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

BODY = ("The committee considered the report and agreed the recommendations set out in it, subject to the "
        "changes to the timetable proposed by the lead officer.\n\nRESOLVED: That the report be approved.")

PAGES = [
    ("Issue - meetings", "Harbour Dredging Programme 2024/25"),
    ("Decision details", "Award of the street lighting contract"),
    ("Meeting details", "Planning Committee - Wednesday, 4 March 2020 10.00 am"),
    ("Issue details", "Review of allotment rents"),
]


@pytest.mark.parametrize("label,headline", PAGES)
def test_record_page_label_goes(label, headline):
    cleaned = clean_text(f"{label}\n\n{headline}\n\n{BODY}\n", source_file="t.txt")
    assert label not in cleaned.lines
    assert headline in cleaned.lines
    assert structure_document(cleaned).title != label


def test_body_sentence_on_details_stays():
    text = f"Review of allotment rents\n\n{BODY}\n\nMeeting details are published a week before the meeting.\n"
    cleaned = clean_text(text, source_file="t.txt")
    assert "Meeting details are published a week before the meeting." in cleaned.lines
