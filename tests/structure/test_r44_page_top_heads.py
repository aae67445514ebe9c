"""(r44, issue 11) A report as pdftotext gives it, each section's numbered head at a printed page's top. The text is made up.

The head (`2. Planting along the banks`) comes right after the last page's number and its form feed, under the
last page's closing sentence, no blank line anywhere: it opened a block of its own but took the paragraph under
it in. A numbered head that opened a block ends there when the line under it, twice as long at least, opens a
sentence (`blocks._english_blocks`).
"""
from __future__ import annotations

import textwrap

from pipeline.clean import clean_text
from pipeline.structure import structure_document

TITLE = "Review of the River Path"
SECTIONS = [("1. Background", "The river path runs for six miles between the mill and the weir and is used by walkers, anglers and "
             "families on bicycles throughout the year, although the lower stretch floods most winters."),
            ("2. Planting along the banks", "Volunteers planted willow and alder along the eroded banks in the autumn, and the first "
             "trees have already taken root where the bank had slipped into the water last spring."),
            ("3. Next steps", "The group will raise the lower stretch of the path by half a metre next summer and will ask the "
             "council to fund new signs at both ends of the route before the season starts.")]


def _pdf_text():
    pages = []
    for i, (head, text) in enumerate(SECTIONS):
        lines = ([TITLE, "", "A report to the Parish Meeting", ""] if i == 0 else []) + [head] + textwrap.wrap(text, 76) + ["", str(i + 1)]
        pages.append("\n".join(lines))
    return "\n\f".join(pages) + "\n\f"


def test_numbered_heads_at_page_tops_stand_apart():
    doc = structure_document(clean_text(_pdf_text(), source_file="river.txt"))
    assert [s.title for s in doc.sections] == [h for h, _ in SECTIONS]
    assert doc.sections[1].paragraphs[0].text.startswith("Volunteers planted")
