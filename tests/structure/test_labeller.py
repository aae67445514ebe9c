"""The learned line labeller: its features, its decisions under a hand-made model, the committed
model (small, JSON, trained on the dev and extra documents, never a held-out one, reproduced byte
for byte by `make train`), and
`--structure learned` keeping the seed and the samples exactly as the rules structure them."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.model import Cleaned, Provenance
from pipeline.structure import analyse, structure_document
from pipeline.structure.features import block_features, level_features
from pipeline.structure.labeller import MODEL, is_heading, load_model, relabel
from pipeline.structure.levels import infer_levels
from structure.helpers import DOCUMENTS, cleaned_for, outline

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "pipeline" / "structure" / MODEL
GOLDEN = Path(__file__).parent / "golden"


def _accuracy():
    spec = importlib.util.spec_from_file_location("accuracy_for_labeller", REPO / "scripts" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _train():
    spec = importlib.util.spec_from_file_location("train_for_labeller", REPO / "scripts" / "train.py")
    module = sys.modules.get(spec.name)
    if module is None:   # registered first: its dataclasses look their module up by name
        module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def _cleaned(lines: list[str]) -> Cleaned:
    return Cleaned(lines=tuple(lines), line_numbers=tuple(range(1, len(lines) + 1)), removed=(),
                   normalised=(), provenance=Provenance(source_file="t.txt"))


ZH = ["某市政府工作报告", "", "一、过去一年的工作", "",
      "过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳，主要指标好于预期，发展质量稳步提升。" * 2, "",
      "二、今年的主要任务", "",
      "今年是关键之年，我们要统筹发展和安全，扎实推进各项工作，确保完成全年目标任务，努力实现新突破。" * 2]


def _body(lines):
    cleaned = _cleaned(lines)
    _, _, body, headings = analyse(cleaned, "zh")
    return body, headings


def test_features_name_the_rules_signals():
    body, headings = _body(ZH)
    feats = block_features(body, headings, infer_levels(headings), "zh")
    first = feats[0]
    assert body[0].text == "一、过去一年的工作"
    assert {"num=一、", "end=", "rule:heading", "rule:level=1", "rule:strong=1", "bias", "lang=zh"} <= set(first)
    assert "n:len>=96" in first and "p:none" in first          # the block after it is long prose
    prose = feats[1]
    assert "rule:heading" not in prose and "end=。" in prose and "p:rule:heading" in prose
    assert not any(k.startswith("过去") for f in feats for k in f)   # no feature holds a document's words


def test_level_features_name_the_place_in_the_outline():
    body, headings = _body(ZH)
    feats = level_features(body, headings, infer_levels(headings), "zh")
    assert len(feats) == len(headings) == 2
    assert {"first-shape", "no-parent", "outermost-rank", "shape-count<4"} <= set(feats[0])


def _model(weights: dict, levels: str = "rules", level_weights: dict | None = None, threshold: float = 0.5):
    return {"format": 1, "levels": levels,
            "heading": {"classes": ["body", "heading"], "weights": weights, "threshold": threshold},
            "level": {"classes": ["-1", "0", "1"], "weights": level_weights or {"bias": [0, 1, 0]}}}


def test_labeller_follows_the_model_not_the_rules():
    body, headings = _body(ZH)
    levels = infer_levels(headings)
    # a model that trusts the rules: the same headings, the same levels
    trust = _model({"bias": [1.0, -1.0], "rule:heading": [-2.0, 2.0]})
    found, got = relabel(body, headings, levels, "zh", trust)
    assert [h.index for h in found] == [h.index for h in headings] and got == levels == [1, 1]
    # a model that makes every long line a heading and vetoes numbered ones
    odd = _model({"len>=96": [0.0, 3.0], "num=一、": [3.0, 0.0]})
    found, _ = relabel(body, headings, levels, "zh", odd)
    assert [body[h.index].text[:4] for h in found] == ["过去一年", "今年是关"]
    assert all(not h.strong and h.shape for h in found)   # shaped like the rules would shape them


def test_threshold_and_level_shift():
    body, headings = _body(ZH)
    levels = infer_levels(headings)
    weights = {"bias": [0.0, 0.0], "rule:heading": [0.0, 0.4]}    # P(heading) = 0.6 for a rule heading
    assert is_heading(_model(weights)["heading"], {"bias": 1, "rule:heading": 1})
    assert not is_heading(_model(weights, threshold=0.7)["heading"], {"bias": 1, "rule:heading": 1})
    deeper = _model({"bias": [1.0, 0.0], "rule:heading": [0.0, 2.0]}, "shift", {"bias": [0.0, 0.0, 1.0]})
    assert relabel(body, headings, levels, "zh", deeper)[1] == [2, 2]
    shallower = _model({"bias": [1.0, 0.0], "rule:heading": [0.0, 2.0]}, "shift", {"bias": [1.0, 0.0, 0.0]})
    assert relabel(body, headings, levels, "zh", shallower)[1] == [1, 1]   # never above level 1


def test_committed_model_is_small_json_never_trained_on_held_out():
    raw = COMMITTED.read_bytes()
    assert len(raw) < 1024 * 1024
    model = json.loads(raw)
    assert model == load_model()
    assert model["format"] == 1 and model["levels"] in ("rules", "absolute", "shift")
    assert 0 < model["heading"]["threshold"] < 1
    accuracy = _accuracy()
    splits = {accuracy.split_of(doc) for doc in model["trained_on"]}
    assert splits == {"dev", "extra"}                       # never "held-out"
    assert not any(doc.startswith(_train().BLIND) for doc in model["trained_on"])   # nor a blind check set


def test_make_train_reproduces_the_committed_model(tmp_path):
    train = _train()
    corpus = _accuracy().corpus_dir()
    if not (corpus / "gold").is_dir():
        pytest.skip(f"no corpus at {corpus}")
    out = tmp_path / "labeller.json"
    assert train.main(["--out", str(out)]) == 0
    assert out.read_bytes() == COMMITTED.read_bytes(), "make train gives another model: commit it, or find the nondeterminism"


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_learned_structure_keeps_seed_and_samples_exact(name):
    """The golden outlines (the rules', reviewed) hold under the learned labeller too."""
    got = outline(structure_document(cleaned_for(name), structure="learned"))
    assert got == (GOLDEN / f"{name}.outline.txt").read_text(encoding="utf-8")


def test_rules_path_does_not_load_the_labeller():
    code = ("import sys; from pipeline.structure import structure_document; "
            "from pipeline.cli import run; from pipeline.model import Cleaned, Provenance; "
            "structure_document(Cleaned(('一、总则', '正文。'), (1, 2), (), (), Provenance()), structure='rules'); "
            "assert 'pipeline.structure.labeller' not in sys.modules, 'labeller imported'")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# A hand-made model that keeps the rules' strong headings and vetoes their weak ones: what the first
# committed model did to the bold phrase below. The model retrained over today's rules agrees with
# the rules there, so the two tests that need a veto bring their own.
STRONG_ONLY = _model({"bias": [1.0, -1.0], "rule:strong=1": [-3.0, 3.0]})


def test_cli_structure_option_chooses_the_labeller(tmp_path, monkeypatch):
    """tests/decisions' report with a bold phrase cut out onto its own line ('主要预期目标'):
    the rules (the default) take it as a heading, the labeller leaves it in the body."""
    from click.testing import CliRunner
    from decisions.test_apply import TEXT
    from pipeline.cli import cli
    from pipeline.structure import labeller

    monkeypatch.setattr(labeller, "load_model", lambda *a, **k: STRONG_ONLY)
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    titles = {}
    for mode in ("default", "rules", "learned"):
        out = tmp_path / f"{mode}.xml"
        args = ["xml", str(source), "-o", str(out)] + (["--structure", mode] if mode != "default" else [])
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        titles[mode] = [t for t in ("主要预期目标", "一、过去一年的工作", "二、今年的主要任务") if f"<title>{t}</title>" in text]
    assert titles["rules"] == ["主要预期目标", "一、过去一年的工作", "二、今年的主要任务"]
    assert titles["learned"] == ["一、过去一年的工作", "二、今年的主要任务"]   # the phrase stays in the body
    assert titles["default"] == titles["rules"]   # the rules are the default (docs/structure.md: why)
    result = CliRunner().invoke(cli, ["xml", str(source), "--structure", "neural"])
    assert result.exit_code != 0 and "neural" in result.output


def test_learned_levels_keep_nesting_deeper_than_the_model_knows():
    """The level model's deepest class is '3 or deeper': thirty levels of numbering still nest
    to the cap (6), as with the rules alone, instead of being flattened to 3. (A strict xfail
    while the model was trained on the dev documents only: it turned the deep numbered headings
    into body text; the model trained on dev + extra keeps them.)"""
    lines = ["标题"]
    for depth in range(1, 31):
        lines += [".".join(["1"] * depth) + " 第%d层标题" % depth, "这一层的正文内容，写得足够长，像一个段落。"]
    text = "\n".join(lines)
    cleaned = _cleaned(text.split("\n"))
    rules = outline(structure_document(cleaned, structure="rules"))
    learned = structure_document(cleaned, structure="learned")
    assert outline(learned) == rules
    levels = [s.level for s in _sections(learned.sections)]
    assert len(levels) == 30 and max(levels) == 6


def _sections(sections):
    for section in sections:
        yield section
        yield from _sections(section.sections)


def test_a_vetoed_heading_is_an_explained_decision(tmp_path):
    """`pipeline explain` shows the line the labeller turned back into body text, and why."""
    from decisions.test_apply import TEXT
    from pipeline.clean import clean_text

    doc = structure_document(clean_text(TEXT, source_file="t.txt"), structure="learned", model=STRONG_ONLY)
    vetoed = [d for d in doc.decisions if d.text == "主要预期目标"]
    assert len(vetoed) == 1 and vetoed[0].decision == "not a heading"
    assert vetoed[0].reason.startswith("labeller: P(heading)") and 0.5 <= vetoed[0].confidence <= 1
    assert [d.line for d in doc.decisions[1:]] == sorted(d.line for d in doc.decisions[1:])
    rules = structure_document(clean_text(TEXT, source_file="t.txt"), structure="rules")
    assert not any(d.reason.startswith("labeller") for d in rules.decisions)
