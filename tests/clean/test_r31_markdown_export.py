"""r31enheads (issue #11): a DATASET's Markdown export of a record (a parliament's speeches, a court's
judgments, a council's minutes, as converters write them): the record's fields in bold under its `#`
title closed by a thematic break (`**Date:** …` / `**Speakers:** …` / `---`; WIDENS `front-matter-block`),
and the converter's Markdown copies of a line it then writes again plain (`## Sitting resumed at 3.30 pm`
twice over `Sitting resumed at 3.30 pm`; `marked-copy`). What must stay: a bold label in the text
(`**Note:** …` over prose, no thematic break), a `## heading` over its own text, a heading whose words
come back much later (a contents-like repeat, not a copy)."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

HANSARD = """# Budget Speech

**Date:** 1991-02-27
**Title:** ANNUAL BUDGET STATEMENT
**Speakers:** Mr A (Minister for Finance); Mr B (Speaker)

---

## Sitting resumed at 2.30 pm

## Sitting resumed at 2.30 pm

Sitting resumed at 2.30 pm

## [Mr Speaker in the Chair]

[Mr Speaker in the Chair]

The Minister for Finance: Mr Speaker, Sir, I beg to move that Parliament approves the financial policy.
"""

JUDGMENT = """# Case 14 of 2019

**Court:** High Court
**Judge:** Justice C
**Decided:** 2019-05-02
---

### JUDGMENT

JUDGMENT

The applicant seeks review of the decision of the licensing board.
"""

MINUTES = """# Parks Committee, 4 March

**Present:** Cllr D, Cllr E, Cllr F
**Apologies:** Cllr G

---

#### Item 1: Minutes of the last meeting

Item 1: Minutes of the last meeting

The minutes were agreed as a true record.
"""

NOTE_STAYS = """# Garden Guide

**Note:** the shed closes at dusk in winter, so return tools before four o'clock.

## Watering

Water in the early morning when the soil is cool.
"""

HEADING_STAYS = """# Annual Report

## Overview

The year saw steady growth in membership and a new office.

## Finances

Income rose by a tenth.

Overview
"""


def _kept(text: str) -> list[str]:
    return [t.strip() for t in clean_text(text, source_file="t.md").lines if t.strip()]


@pytest.mark.parametrize("text,gone,stays", [
    (HANSARD, ["**Date:** 1991-02-27", "---", "## Sitting resumed at 2.30 pm", "## [Mr Speaker in the Chair]"],
     ["# Budget Speech", "Sitting resumed at 2.30 pm", "[Mr Speaker in the Chair]"]),
    (JUDGMENT, ["**Court:** High Court", "### JUDGMENT"], ["# Case 14 of 2019", "JUDGMENT"]),
    (MINUTES, ["**Present:** Cllr D, Cllr E, Cllr F", "#### Item 1: Minutes of the last meeting"],
     ["# Parks Committee, 4 March", "Item 1: Minutes of the last meeting", "The minutes were agreed as a true record."]),
])
def test_export_header_and_copies_go(text, gone, stays):
    kept = _kept(text)
    for line in gone:
        assert line not in kept, line
    for line in stays:
        assert line in kept, line


@pytest.mark.parametrize("text,stays", [
    (NOTE_STAYS, ["**Note:** the shed closes at dusk in winter, so return tools before four o'clock.", "## Watering"]),
    (HEADING_STAYS, ["## Overview", "## Finances", "Overview"]),
])
def test_text_stays(text, stays):
    kept = _kept(text)
    for line in stays:
        assert line in kept, line
