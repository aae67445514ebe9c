"""scripts/first_sight_errors.py and scripts/second_looks.py: the heading F1 they rebuild, what each kind of error costs, the promoter's depth and candidates."""
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


_spec2 = importlib.util.spec_from_file_location("second_looks", REPO / "scripts" / "second_looks.py")
second_looks = importlib.util.module_from_spec(_spec2)
_spec2.loader.exec_module(second_looks)


def test_a_promoted_paragraph_takes_its_numberings_depth_else_its_place():
    study = second_looks.Study()
    seq = [["h", "1. Scope", 1, "numbered heading"], ["p", "This part applies to every office.", True, "body"],
           ["h", "Duties", 2, "plain heading"], ["p", "Offices keep records.", True, "body"],
           ["p", "2. Records", True, "body"],              # numbered like a depth-1 heading: depth 1
           ["h", "Retention", 2, "plain heading"], ["p", "Storage", True, "body"],   # right under a heading: one below
           ["p", "Records are kept for seven years.", True, "body"], ["p", "Disposal", True, "body"]]   # after text: its depth
    assert [study.promoted_depth(seq, i) for i in (4, 6, 8)] == [1, 3, 2]
    # the gold holds the two numbered heads at level 1: promoting `2. Records` finds the second (P 2/4, R 1)
    gold = [(1, {study.score.hnorm("1. Scope")}), (1, {study.score.hnorm("2. Records")})]
    assert study.f1(study.headings(seq), gold) == 2 * (1 / 3) * (1 / 2) / ((1 / 3) + (1 / 2))
    assert study.f1(study.headings(seq, {4}), gold) == 2 * (2 / 4) * 1.0 / ((2 / 4) + 1.0)


def test_only_a_plain_short_line_is_a_promoter_candidate():
    study = second_looks.Study()
    assert study.short(["p", "Background", True, "body"], en=True)
    assert not study.short(["p", "Background", False, "body"], en=True)          # an item, a listing, a lead: never
    assert not study.short(["p", " ".join(["word"] * 15), True, "body"], en=True)
    assert study.short(["p", "一、总体要求", True, "body"], en=False)
    assert not study.short(["p", "字" * 41, True, "body"], en=False)
