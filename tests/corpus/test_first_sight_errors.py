"""scripts/first_sight_errors.py: the heading F1 it rebuilds from counts, and what each kind of error costs."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
_spec = importlib.util.spec_from_file_location("first_sight_errors", REPO / "scripts" / "first_sight_errors.py")
fse = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fse)


def test_f1_from_counts_is_the_scorers():
    assert fse.f1(4, 4, 4) == 1.0
    assert fse.f1(4, 2, 2) == 2 * 2 / 6          # P 1.0, R 0.5: 2PR/(P+R) = 2/3
    assert fse.f1(0, 0, 0) == 1.0                 # no heading in either: right
    assert fse.f1(0, 1, 0) == 0.0 and fse.f1(3, 0, 0) == 0.0   # a heading in one only: the document lost whole


def test_what_if_mends_one_kind_of_error_at_a_time():
    rows = {"a": {"gold": 4, "got": 5, "missed": 1, "extra": 2, "levels": [[1, 2]]},   # 2 right, 1 level, 1 missed, 2 extra
            "b": {"gold": 0, "got": 1, "missed": 0, "extra": 1, "levels": []},         # a heading in a text with none
            "c": {"gold": 2, "got": 0, "missed": 2, "extra": 0, "levels": []}}         # headings, none found
    w = fse.what_if(rows, {"a": "en", "b": "en", "c": "en"})["en"]
    assert abs(w["F1"] - (2 * 2 / 9) / 3) < 1e-9
    assert abs(w["levels right"] - (2 * 3 / 9 - 2 * 2 / 9) / 3) < 1e-9
    assert abs(w["extras gone"] - ((2 * 2 / 7 - 2 * 2 / 9) + 1) / 3) < 1e-9   # b: nothing found, nothing wanted
    assert abs(w["misses found"] - ((2 * 3 / 10 - 2 * 2 / 9) + 1) / 3) < 1e-9
    assert w["no heading in the gold, some found"] == 1 and w["headings in the gold, none found"] == 1
