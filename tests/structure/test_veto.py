"""The heading veto (pipeline/structure/veto.py): the sketch it reads, the post-pass that turns a
doubted leaf heading into its text's first paragraph (no character lost, ids by position again,
the decision named), what it never touches, and the committed model's reproduction by `make train`
(docs/structure.md, "The heading veto")."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from pipeline.model import Decision, Document, Paragraph, Section
from pipeline.structure import structure_document
from pipeline.structure.veto import doubted, features, heading_key, load_model, sketch, veto_headings

from .test_title_model import _cleaned

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "pipeline" / "structure" / "model" / "veto_examples.jsonl"


def _script():
    spec = importlib.util.spec_from_file_location("train_veto_for_test", REPO / "scripts" / "train_veto.py")
    module = sys.modules.get(spec.name)
    if module is None:
        module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def _decision(text: str, level: int = 1, reason: str = "caps heading") -> Decision:
    return Decision(1, text, "heading", f"level {level}", reason, 0.7)


def _doc() -> Document:
    """A page: a motto line set as a heading over the opening paragraph, then two numbered parts,
    the second with a subsection."""
    motto = Section(id="s1", title="STRENGTH, UNITY, SERVICE", level=1,
                    paragraphs=[Paragraph(id="p1-1", text="The council met on Monday and agreed the plan.")])
    one = Section(id="s2", title="1. Background", level=1,
                  paragraphs=[Paragraph(id="p2-1", text="The plan was drafted over the winter.")])
    sub = Section(id="s3-1", title="2.1 Housing", level=2,
                  paragraphs=[Paragraph(id="p3-1-1", text="Two hundred homes are to be built.")])
    two = Section(id="s3", title="2. Measures", level=1, paragraphs=[], sections=[sub])
    return Document(title="Council Plan", lang="en", front=[Paragraph(id="p0-1", text="Published by the council.")],
                    sections=[motto, one, two],
                    decisions=[_decision("STRENGTH, UNITY, SERVICE"), _decision("1. Background", reason="numbered heading"),
                               _decision("2. Measures", reason="numbered heading"),
                               _decision("2.1 Housing", 2, "numbered heading")])


def _model(doubt: str, threshold: float = 0.5) -> dict:
    """A model that doubts the headings with feature `doubt` and trusts every other."""
    return {"classes": ["no", "ok"], "weights": {"bias": [0.0, 2.0], doubt: [4.0, 0.0]}, "threshold": threshold}


def _text(doc: Document) -> str:
    def walk(sections):
        for s in sections:
            yield s.title
            yield from (p.text for p in s.paragraphs)
            yield from walk(s.sections)
    return "".join([p.text for p in doc.front] + list(walk(doc.sections)))


def test_the_sketch_keeps_shapes_and_reasons_never_a_paragraphs_words():
    seq = sketch(_doc())
    assert seq[0] == ["p", len("Published by the council."), "."]
    assert seq[1] == ["h", "STRENGTH, UNITY, SERVICE", 1, "caps heading"]
    assert ["h", "2.1 Housing", 2, "numbered heading"] in seq
    assert all(isinstance(item[1], int) for item in seq if item[0] == "p")


def test_features_name_shapes_and_places_not_words():
    seq = sketch(_doc())
    feats = dict(features(seq, "Council Plan", "en"))
    motto = feats[1]
    assert motto["caps=upper"] == 1 and motto["pos=first"] == 1 and motto["why=caps heading|en"] == 1
    assert "child" not in motto and feats[[i for i, item in enumerate(seq) if item[1:2] == ["2. Measures"]][0]]["child"] == 1
    words = {"strength", "unity", "service", "council", "plan", "housing", "measures", "background"}
    assert not [k for f in feats.values() for k in f if any(w in k.lower() for w in words)]


def test_a_doubted_leaf_heading_becomes_the_first_paragraph_of_what_it_headed():
    doc = _doc()
    before = _text(doc)
    out = veto_headings(doc, model=_model("caps=upper"))
    assert [s.title for s in out.sections] == ["1. Background", "2. Measures"]
    assert [p.text for p in out.front] == ["Published by the council.", "STRENGTH, UNITY, SERVICE",
                                           "The council met on Monday and agreed the plan."]
    assert [p.id for p in out.front] == ["p0-1", "p0-2", "p0-3"]
    assert [s.id for s in out.sections] == ["s1", "s2"] and out.sections[1].sections[0].id == "s2-1"
    assert out.sections[1].sections[0].paragraphs[0].id == "p2-1-1"
    assert _text(out) == before   # not a character lost or moved out of reading order
    made = next(d for d in out.decisions if d.text == "STRENGTH, UNITY, SERVICE")
    assert made.decision == "not a heading" and made.reason.startswith("veto: P(heading) ")


def test_a_heading_over_subsections_a_corrected_one_and_a_trusted_one_stay():
    model = _model("num=1.")      # doubts '1. Background' (a leaf) and '2. Measures' (a parent)
    out = veto_headings(_doc(), model=model)
    assert [s.title for s in out.sections] == ["STRENGTH, UNITY, SERVICE", "2. Measures"]
    assert [p.text for p in out.sections[0].paragraphs][-2:] == ["1. Background", "The plan was drafted over the winter."]
    kept = veto_headings(_doc(), frozenset({heading_key("1. Background")}), model=model)
    assert [s.title for s in kept.sections] == ["STRENGTH, UNITY, SERVICE", "1. Background", "2. Measures"]


def test_peers_stand_or_fall_together():
    """Headings of one depth, reason and shape: one of them trusted keeps them all."""
    seq = [["h", "FIRST BILL", 1, "caps heading"], ["p", 80, "."], ["h", "SECOND BILL", 1, "caps heading"],
           ["p", 80, "."], ["h", "A TRUSTED BILL", 1, "caps heading"], ["p", 80, "."]]
    feats = features(seq, "Debates", "en")
    doubts_two = {"classes": ["no", "ok"], "threshold": 0.5,
                  "weights": {"bias": [0.0, 2.0], "pos=first": [4.0, 0.0], "pos=mid": [4.0, 0.0]}}
    assert doubted(seq, feats, doubts_two, 0.5, peers=False).keys() == {0, 2}
    assert doubted(seq, feats, doubts_two, 0.5) == {}


def test_the_rules_headings_of_a_report_survive_the_committed_model():
    """A report's numbered parts and a lead-in paragraph: nothing for the veto to take."""
    lines = ["某某县2023年政府工作报告", "", "各位代表：", "", "现在，我代表县人民政府向大会报告工作，请予审议。", "",
             "一、2022年工作回顾", "", "过去一年，全县地区生产总值增长5.2%，一般公共预算收入增长8.1%。" * 2, "",
             "二、2023年主要任务", "", "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。" * 2, "",
             "三、加强政府自身建设", "", "新的一年，我们将坚持依法行政，建设人民满意的服务型政府。" * 2]
    doc = structure_document(_cleaned(lines))
    assert [s.title for s in doc.sections] == ["一、2022年工作回顾", "二、2023年主要任务", "三、加强政府自身建设"]
    assert not [d for d in doc.decisions if d.reason.startswith("veto")]


def test_the_examples_hold_first_sight_check_sets_and_no_blind_or_held_out_document():
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    tv = _script()
    train = tv._load("train_for_veto", REPO / "scripts" / "train.py")
    acc = train._accuracy()
    assert {r["tag"] for r in rows} == {"first", "now"}
    assert not [r for r in rows if acc.split_of(r["doc"]) == "held-out" or (train.BLIND and r["doc"].startswith(train.BLIND))]
    assert all(item[0] == "p" and isinstance(item[1], int) or item[0] == "h" and item[4] in (0, 1)
               for r in rows for item in r["seq"])


def test_make_train_reproduces_the_committed_veto_model(tmp_path):
    out = tmp_path / "veto.json"
    assert _script().main(["--out", str(out)]) == 0
    assert out.read_bytes() == (REPO / "pipeline" / "structure" / "model" / "veto.json").read_bytes(), \
        "make train gives another veto model: commit it, or find the nondeterminism"
    model = load_model()
    assert model["classes"] == ["no", "ok"] and 0 < model["threshold"] < 0.5


def test_a_heading_the_sidecar_sets_is_never_vetoed(monkeypatch):
    """The user's `headings:` correction wins over the veto (structure_document's wiring)."""
    from pipeline.model import Corrections, LineRef
    from pipeline.structure import veto
    monkeypatch.setattr(veto, "load_model", lambda: _model("bias"))   # doubts every heading
    lines = ["Council Plan", "", "Background", "", "The plan was drafted over the winter by the council's officers.", "",
             "Measures", "", "Two hundred homes are to be built over the next three years in the town."]
    plain = structure_document(_cleaned(lines))
    assert plain.sections == [] and [d.reason[:5] for d in plain.decisions if d.kind == "heading"] == ["veto:", "veto:"]
    fixed = structure_document(_cleaned(lines), corrections=Corrections(headings=((LineRef(text="Measures"), 1),)))
    assert [s.title for s in fixed.sections] == ["Measures"]
