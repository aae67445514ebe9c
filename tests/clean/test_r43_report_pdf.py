"""(r43, issue 11) A report's PDF text: an unnumbered cover whose title is every page's head, and a
contents list without page numbers over the text it lists.

Made-up council report as pdftotext gives it: a cover page (title, issuer, month) ended by a form feed,
maybe a contents page, then the sections, each page with its running head (the report's title) and
its number. (1) The cover's title, the same words as the running head, went with the heads, so the
issuer became the title: a cover with no page number of its own, ended by the first page break before
any running line, keeps its copy (rules_pages._unnumbered_cover). (2) A contents list of numbered
entries with no page numbers read on over the page break into the first section's head, which it
took as one more entry: the first entry again, as written, ends the list (rules_portal._provisions).
Found by probing English report layouts with made-up text; no corpus document changes.
"""
from __future__ import annotations

import textwrap

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

TITLE = "Climate Action Plan Annual Report 2024"
SECTIONS = ["Introduction", "Progress since 2015", "Energy in homes", "Transport", "Funding", "Next steps"]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]
PROSE = ("the council adopted its first climate plan in 2015, and since then the number of homes heated by "
         "renewable sources has grown every year, though more slowly than the plan expected.")


def report(contents: bool, numbered: bool = True) -> str:
    head = lambda k: f"{k + 1}. {SECTIONS[k]}" if numbered else SECTIONS[k]   # noqa: E731
    out = [TITLE, "", "Northfield Borough Council", "", "March 2024", ""]
    if contents:
        out += ["\fContents"] + [head(k) for k in range(len(SECTIONS))]
    out += ["\f" + head(0), ""]
    page = 2
    for k in range(len(SECTIONS)):
        if k:
            out += [head(k), ""]
        for again in ("", " again"):
            out += textwrap.wrap(f"{ORDINALS[k]} point{again} of the section on {SECTIONS[k].lower()}: {PROSE}", 80) + [""]
        if k % 2:
            out += [str(page), f"\f{TITLE}", ""]
            page += 1
    return "\n".join(out) + "\n"


def flat(sections):
    return [s.title for s in sections]


@pytest.mark.parametrize("contents", [False, True])
def test_the_cover_keeps_the_title_the_pages_carry_as_their_head(contents):
    doc = structure_document(clean_text(report(contents), source_file="report.txt"))
    assert doc.title == TITLE
    assert flat(doc.sections) == [f"{k + 1}. {s}" for k, s in enumerate(SECTIONS)]


def test_the_running_heads_still_go():
    cleaned = clean_text(report(False), source_file="report.txt")
    assert sum(1 for line in cleaned.lines if line.strip() == TITLE) == 1
    assert not any(line.strip() in ("2", "3", "4") for line in cleaned.lines)
