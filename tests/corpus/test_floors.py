"""Pinned floors on the development corpus: no change may make a real document worse unnoticed.

The corpus (`../shared/corpus` beside the clone, or $PIPELINE_CORPUS) is scored by its own
scorers through scripts/accuracy.py; `floors.json` holds the values measured when a change was
accepted (`scripts/accuracy.py --split dev --write-floors`, reviewed as a diff). A document may
get better freely; it fails when it falls below its floor by more than a small margin.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from common import script_module

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
F1_MARGIN = 0.02        # one heading of ~50 may move without failing
LEAK_MARGIN = 1         # one more boilerplate line than measured
LEAD_MARGIN = 0.03
BODY_KEPT = 0.999       # no body text lost; the last 0.1 % is the scorer's normalisation noise


accuracy = script_module("accuracy")
CORPUS = accuracy.corpus_dir()
needs_corpus = pytest.mark.skipif(not (CORPUS / "score.py").exists(),
                                reason=f"no corpus at {CORPUS}: put shared/ beside the clone or set PIPELINE_CORPUS")


@pytest.fixture(scope="module")
def scores():
    cache = {}

    def score(doc_id: str) -> dict:
        if doc_id not in cache:
            source = CORPUS / "docs" / f"{doc_id}.txt"
            if accuracy.split_of(doc_id) == "extra":
                source = accuracy.EXTRA / "docs" / f"{doc_id}.txt"
            if not source.exists():
                pytest.skip(f"{doc_id} is not in the corpus at {CORPUS}")
            cache[doc_id] = accuracy.score_document(source, CORPUS)
        return cache[doc_id]
    return score


@needs_corpus
@pytest.mark.parametrize("doc_id", sorted(FLOORS))
def test_document_keeps_its_floor(doc_id, scores):
    floor, got = FLOORS[doc_id], scores(doc_id)
    failures = []
    for key in ("F1", "F1_text"):
        if got[key] < floor[key] - F1_MARGIN:
            failures.append(f"{key} {got[key]} < floor {floor[key]}")
    for key in ("lead_precision", "lead_recall"):
        if got[key] < floor[key] - LEAD_MARGIN:
            failures.append(f"{key} {got[key]} < floor {floor[key]}")
    if got["boilerplate_leaks"] > floor["boilerplate_leaks"] + LEAK_MARGIN:
        failures.append(f"leaks {got['boilerplate_leaks']} > floor {floor['boilerplate_leaks']}: {got['leaked']}")
    if floor["title_ok"] and not got["title_ok"]:
        failures.append(f"title {got['title']!r} is no longer the gold title")
    if got["body_chars_kept"] < min(BODY_KEPT, floor["body_chars_kept"]):
        failures.append(f"body kept {got['body_chars_kept']} < {min(BODY_KEPT, floor['body_chars_kept'])}")
    assert not failures, f"{doc_id}: " + "; ".join(failures)


@needs_corpus
def test_every_corpus_document_has_a_split():
    """A document added to the corpus must be put in DEV or HELD_OUT on purpose."""
    others = [p.stem for p in accuracy.documents(CORPUS) if accuracy.split_of(p.stem) == "other"]
    assert not others, f"not in scripts/accuracy.py DEV or HELD_OUT: {others}"


def test_the_table_has_one_row_per_document_and_means_per_split():
    rows = [dict(doc="x_dev", split="dev", F1=1.0, F1_text=1.0, title_ok=True, boilerplate_leaks=2,
                 lead_precision=1.0, lead_recall=0.5, body_chars_kept=1.0, figures_recall=None),
            dict(doc="y_dev", split="dev", F1=0.5, F1_text=1.0, title_ok=False, boilerplate_leaks=0,
                 lead_precision=1.0, lead_recall=1.0, body_chars_kept=1.0, figures_recall=1.0)]
    text = accuracy.table(rows)
    assert "| x_dev | dev | 1.0 | 1.0 | yes | 2 |" in text
    assert "| y_dev | dev | 0.5 | 1.0 | **no** | 0 |" in text
    assert "| dev | 2 | 0.75 | 1.0 | 0.5 | 1.0 | 1.0 | 0.75 | 1.0 | 1.0 |" in text
    rows[0]["lang"], rows[1]["lang"] = "zh", "en"
    text = accuracy.table(rows)
    assert "| dev · zh | 1 | 1.0 | 1.0 | 1.0 | 2 | 1.0 | 0.5 | 1.0 | – |" in text
