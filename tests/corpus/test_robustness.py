"""Floors per form (perturb, issue #11): a few small dev and extra documents in the forms real
copies take (scripts/perturb.py: line ends, indents, blank lines, hard-wrap, numbering width, a
lossy save's '?', Markdown marks, one flattened line) must score what they scored when the
floors were recorded (`scripts/perturb.py --docs … --write-floors`, reviewed as a diff).

Why: a rule that fits the form of the documents it was written on passes tests/corpus's floors
on those documents and breaks on the next copy of the same kind of text; here each document is
also scored in every other form. Margins as tests/corpus/test_floors.py.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS_FILE = Path(__file__).with_name("robustness_floors.json")
FLOORS = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
F1_MARGIN = 0.02
LEAK_MARGIN = 1
BODY_MARGIN = 0.001


def _perturb():
    spec = importlib.util.spec_from_file_location("perturb", REPO / "scripts" / "perturb.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["perturb"] = module   # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


perturb = _perturb()
CORPUS = perturb.accuracy.corpus_dir()
needs_corpus = pytest.mark.skipif(not (CORPUS / "score.py").exists(),
                                  reason=f"no corpus at {CORPUS}: put shared/ beside the clone or set PIPELINE_CORPUS")


def test_the_floor_documents_are_dev_or_extra_and_every_form_is_pinned():
    assert set(FLOORS) == set(perturb.FLOOR_DOCS)
    assert all(perturb.accuracy.split_of(doc) in ("dev", "extra") for doc in FLOORS)
    for doc, forms in FLOORS.items():
        assert "original" in forms and len(forms) >= 10, doc


@needs_corpus
@pytest.mark.parametrize("doc_id", sorted(FLOORS))
def test_document_keeps_its_floor_in_every_form(doc_id):
    sources = perturb.documents(CORPUS, [doc_id])
    if not sources:
        pytest.skip(f"{doc_id} is not in the corpus at {CORPUS}")
    doc = perturb.load(sources[0])
    failures = []
    for form in perturb.FORMS:
        floor = FLOORS[doc_id].get(form.name)
        if floor is None:
            continue
        got = perturb.score(doc, form, CORPUS)
        for key in ("F1", "F1_text"):
            if got[key] < floor[key] - F1_MARGIN:
                failures.append(f"{form.name}: {key} {got[key]} < floor {floor[key]}")
        if floor["title_ok"] and not got["title_ok"]:
            failures.append(f"{form.name}: title lost ({got.get('title')!r})")
        if got["boilerplate_leaks"] > floor["boilerplate_leaks"] + LEAK_MARGIN:
            failures.append(f"{form.name}: leaks {got['boilerplate_leaks']} > floor {floor['boilerplate_leaks']}")
        if got["body_chars_kept"] < floor["body_chars_kept"] - BODY_MARGIN:
            failures.append(f"{form.name}: body kept {got['body_chars_kept']} < floor {floor['body_chars_kept']}")
    assert not failures, "; ".join(failures)
