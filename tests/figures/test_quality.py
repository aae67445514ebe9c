"""Extraction quality on real documents against hand-checked gold lists (pinned floors)."""
from __future__ import annotations

import pytest

from .scoring import score_named

# name -> indicator-accuracy floor (measured, then pinned a little below)
FLOORS = {"hexi-2010": 0.88, "national-2009": 0.80, "ningxia-2026": 0.88}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_recall_and_indicators(name):
    s = score_named(name)
    report = "\n".join(s.extra + s.missed)
    assert s.precision >= 0.95, report
    assert s.recall >= 0.95, report
    assert s.indicator_accuracy >= FLOORS[name], "\n".join(s.misnamed)
