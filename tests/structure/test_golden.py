"""Golden outlines of the real documents, reviewed line by line against the source.

Regenerate on purpose with PIPELINE_ACCEPT=1 (`make accept`), then review `git diff`.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.structure import structure_document
from structure.helpers import DOCUMENTS, cleaned_for, outline

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.golden
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_outline_matches_golden(name):
    got = outline(structure_document(cleaned_for(name)))
    path = GOLDEN / f"{name}.outline.txt"
    if os.environ.get("PIPELINE_ACCEPT") == "1":
        path.write_text(got, encoding="utf-8")
        return
    assert path.exists(), f"no golden for {name}; run with PIPELINE_ACCEPT=1 and review it"
    assert got == path.read_text(encoding="utf-8")
