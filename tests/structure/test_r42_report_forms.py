"""(r42, issue 11) A report's two-level heading forms, probed with a made-up report.

One made-up report (three parts of two sections each) was set in the numbering forms reports use
(`1.`/`1.1`, `I.`/`A.`, `Chapter 1:`/`1.1`, `PART 1`/`1.`, capitals over mixed case, Markdown, bold
Markdown, `1.0`/`1.1`, capitals over sections numbered through the text) and in three layouts
(blank lines between blocks; hard-wrapped paragraphs as pdftotext gives them; the same with a
running footer and form feeds). Four forms lost parts or levels, in every layout:

- `I. Introduction` over a `II.` part read as a person's initial and surname (`J. Smith`): `I` is
  also a Roman numeral, so the series it opens makes it a head (`english._initials_alone`);
- a part in capitals naming a year (`PROGRESS SINCE 2015`) over its first mixed-case sub-head was
  taken for a cover line, when the text's other parts in capitals stand the same way
  (`headings._caps_over_sub`);
- `1.0 Introduction` over `1.1 …`: the zero makes the part as long a number as its sections', so
  all stood at one level (`headings._zero_decimal_parts`);
- a bold numbered part right over its first bold section (`**1. Introduction**` / `**1.1 …**`) was
  a label over a label (`english._bold_part_over_first`);
- a part in capitals over a LATER section of a series numbered through the text (`PROGRESS` over
  `3.`, after `INTRODUCTION` over `1.`) was dropped as an edition statement over a chapter
  (`headings._caps_over_next`).

No corpus document changed with these rules (extra 873 and dev 11: the same scores). The texts
below are made up.
"""
from __future__ import annotations

import textwrap

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

TITLE = "Harbour Town Climate Plan Annual Report 2024"
OPENINGS = ("In the first place, ", "Secondly, ", "As a third point, ", "Fourth, ", "Turning to a fifth matter, ", "Sixth, ")
PARAGRAPHS = (
    "the council adopted its first climate plan in 2015, and since then the number of homes heated by "
    "renewable sources has grown every year, though more slowly than the plan expected.",
    "residents told the consultation that transport was their main concern, and that buses in the outer "
    "districts ran too rarely to be a real choice for people travelling to work.",
    "this section sets out what the council will do over the next five years, how it will pay for the "
    "work, and how progress will be reported to the committee every six months.",
)
PARTS = ("Introduction", "Progress since 2015", "The plan for 2025 to 2030")
SECTIONS = (("Purpose of this report", "How the plan was prepared"), ("Energy in homes", "Transport"),
            ("Actions", "Funding and reporting"))


def _report(part, section, layout: str) -> tuple[str, list[tuple[int, str]]]:
    """The made-up report in one numbering form and layout, and the headings it should give."""
    lines, want, k = [TITLE, ""], [], 0
    for i, name in enumerate(PARTS):
        lines += [part(i, name), ""]
        want.append((1, part(i, name).strip("*# ")))
        for j, sub in enumerate(SECTIONS[i]):
            lines += [section(i, j, sub), ""]
            want.append((2, section(i, j, sub).strip("*# ")))
            text = OPENINGS[k] + PARAGRAPHS[k % 3]
            k += 1
            if layout == "blank":
                lines += [text, ""]
            else:
                lines += textwrap.wrap(text, 76)
                if layout == "paged" and k % 2 == 0:
                    lines += ["", f"{TITLE}{' ' * 20}Page {k // 2 + 1}", "\f"]
    return "\n".join(lines) + "\n", want


def _headings(text: str):
    document = structure_document(clean_text(text, source_file="report.txt"))
    return document.title, [(level, " ".join(title.split())) for level, title in levels(document)]


FORMS = {
    "roman parts, lettered sections": (lambda i, t: f"{('I', 'II', 'III')[i]}. {t.upper()}",
                                       lambda i, j, t: f"{'AB'[j]}. {t}"),
    "capitals over mixed case": (lambda i, t: t.upper(), lambda i, j, t: t),
    "zero decimal parts": (lambda i, t: f"{i + 1}.0 {t}", lambda i, j, t: f"{i + 1}.{j + 1} {t}"),
    "bold Markdown numbers": (lambda i, t: f"**{i + 1}. {t}**", lambda i, j, t: f"**{i + 1}.{j + 1} {t}**"),
    "capitals over sections numbered through": (lambda i, t: t.upper(), lambda i, j, t: f"{2 * i + j + 1}. {t}"),
    # forms that held before: the probe's controls
    "decimal": (lambda i, t: f"{i + 1}. {t}", lambda i, j, t: f"{i + 1}.{j + 1} {t}"),
    "chapters": (lambda i, t: f"Chapter {i + 1}: {t}", lambda i, j, t: f"{i + 1}.{j + 1} {t}"),
    "Markdown": (lambda i, t: f"## {t}", lambda i, j, t: f"### {t}"),
}


@pytest.mark.parametrize("layout", ["blank", "wrapped", "paged"])
@pytest.mark.parametrize("form", list(FORMS))
def test_report_heading_forms(form, layout):
    text, want = _report(*FORMS[form], layout)
    title, got = _headings(text)
    assert title == TITLE
    assert got == want


def test_initial_and_name_alone_is_still_no_head():
    """`J. Smith` signing under a letter, with no lettered series: a name, not a head (r29reports)."""
    text = (f"{TITLE}\n\nDear colleagues,\n\n" + OPENINGS[0] + PARAGRAPHS[0] + "\n\n"
            + OPENINGS[1] + PARAGRAPHS[1] + "\n\nYours sincerely,\n\nJ. Smith\n")
    assert _headings(text)[1] == []


def test_a_lone_year_line_in_capitals_is_no_part():
    """A cover's `ANNUAL REPORT 2024` over a mixed-case line, no other part in capitals standing so:
    not a part (the digit guard of `_caps_over_sub` holds without peers)."""
    text = (f"{TITLE}\n\nANNUAL REPORT 2024\n\nPresented to the council\n\n" + OPENINGS[0] + PARAGRAPHS[0]
            + "\n\nTransport\n\n" + OPENINGS[1] + PARAGRAPHS[1] + "\n")
    assert (1, "ANNUAL REPORT 2024") not in _headings(text)[1]
