"""(r42, issue 11) `Page 2` … `Page 3` alone on their lines, closer together than a page's pace.

A PDF whose pages hold a few lines each (slides, a booklet's short pages: one paragraph a page)
sets its page feet closer together than `running-head` takes for a page (12 lines at least), so
`Page 1`, `Page 2` … stayed, and each was read as a heading: a made-up report of eight sections
came out with forty `Page N` headings. A bare English mark counting up by one is a page's foot
at any pace, as `第2页` is (`preview-counters`). The texts are made up.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

PARAGRAPHS = [
    "The council adopted its first climate plan in 2015, and homes heated by renewable sources have grown in number every year since.",
    "Residents told the consultation that transport was their main concern, and that buses in the outer districts ran too rarely.",
    "This section sets out what the council will do over the next five years, and how progress will be reported to the committee.",
    "Officers will publish a short report every quarter showing how many applications were received, approved, refused and reviewed.",
]


def _slides() -> str:
    lines, page = ["Harbour Town Climate Plan", ""], 1
    for k, head in enumerate(["1. Introduction", "2. Findings", "3. Recommendations", "4. Next steps"]):
        lines += [head, "", PARAGRAPHS[k], "", f"Page {page}", "\f"]
        page += 1
        lines += [f"A further note on {head[3:].lower()}, set on a page of its own as slides set it.", "", f"Page {page}", "\f"]
        page += 1
    return "\n".join(lines) + "\n"


def test_page_marks_on_short_pages_go_and_head_nothing():
    cleaned = clean_text(_slides(), source_file="slides.txt")
    assert not any(line.startswith("Page ") for line in cleaned.lines)
    document = structure_document(cleaned)
    assert [s.title for s in document.sections] == ["1. Introduction", "2. Findings", "3. Recommendations", "4. Next steps"]


def test_a_page_reference_in_prose_stays():
    text = ("Harbour Town Climate Plan\n\n1. Introduction\n\n" + PARAGRAPHS[0] + "\n\nThe figures are set out on\n"
            "Page 4\nof the appendix.\n\n2. Findings\n\n" + PARAGRAPHS[1] + "\n")
    assert "Page 4" in clean_text(text, source_file="plan.txt").lines
