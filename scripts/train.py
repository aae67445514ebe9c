"""Train the learned line labeller on the DEV documents' gold -> pipeline/structure/model/labeller.json.

    .venv/bin/python scripts/train.py             # make train: trains on every dev document, writes the model
    .venv/bin/python scripts/train.py --loo       # leave-one-document-out over dev, against the rules alone

Why here and not in the package: training reads the corpus (../shared/corpus or $PIPELINE_CORPUS)
and writes a file; the package only loads the result (pipeline/structure/labeller.py).
Only the dev split is read (scripts/accuracy.py fixes it); held-out documents are never opened.

Deterministic: documents sorted, features sorted by name, full-batch gradient descent from zero
weights (no random start, no shuffling), weights rounded to 4 decimals, JSON with sorted keys.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "pipeline" / "structure" / "model" / "labeller.json"
DEEPEST = 3               # gold levels deeper than this are one class (pipeline/structure/labeller.py)

ITERATIONS = 400
STEP = 0.5
L2 = 1e-3                 # per-sample weight decay: keeps rare features' weights small
THRESHOLD = 0.5          # P(heading) that makes a block a heading (see --loo)
LEVEL_THRESHOLD = 0.8    # the level model's probability below which the rules' level stands
LEVELS = "absolute"          # the shipped model's levels: "rules", "absolute" or "shift" (see --loo, docs/structure.md)


def _accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", REPO / "scripts" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- examples ------------------------------------------------------------------------------

def _cleaned(source: Path):
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes, read_source
    from pipeline.options import Options

    options = Options()
    decoded = decode_bytes(read_source(source, options.max_size), name=source.name,
                           errors=options.decode_errors, max_size=options.max_size)
    return clean_text(decoded.text, source_file=source.name)


def gold_lines(gold: dict) -> dict[int, int]:
    """Line number -> level of every standalone gold heading (its line and its alternative line);
    a heading glued inside another line (`inline`) is not a block of its own and is left out."""
    out: dict[int, int] = {}
    for h in gold.get("headings", []):
        if h.get("inline"):
            continue
        for key in ("line", "alt_line"):
            if h.get(key):
                out[int(h[key])] = min(int(h["level"]), DEEPEST)
    return out


def document_examples(source: Path, gold: dict) -> tuple[list, list, list, list]:
    """(heading features, heading labels, level features, level labels) of one document."""
    from pipeline.structure import analyse
    from pipeline.structure.features import block_features, level_features
    from pipeline.structure.headings import Heading, _shape
    from pipeline.structure.language import detect_language
    from pipeline.structure.levels import infer_levels
    from pipeline.structure import signals as sg

    with contextlib.redirect_stderr(io.StringIO()):
        cleaned = _cleaned(source)
        language = detect_language(cleaned.lines)
        _, _, body, headings = analyse(cleaned, language)
    levels = infer_levels(headings)
    feats = block_features(body, headings, levels, language)
    wanted = gold_lines(gold)
    labels = ["heading" if b.line in wanted else "body" for b in body]
    # levels: learned on the gold headings, nested by the rules as the labeller would nest them
    english = language.startswith("en")
    rules = {h.index: h for h in headings}
    found = [rules.get(i) or Heading(i, _shape(b.text, sg.numbering(b.text), english), sg.numbering(b.text), False)
             for i, b in enumerate(body) if b.line in wanted]
    nested = infer_levels(found)
    level_feats = level_features(body, found, nested, language)
    gold = [(wanted[body[h.index].line], level) for h, level in zip(found, nested)]
    return feats, labels, level_feats, gold


def examples(sources: list[Path], corpus: Path) -> dict[str, tuple]:
    return {s.stem: document_examples(s, json.loads((corpus / "gold" / f"{s.stem}.json").read_text(encoding="utf-8")))
            for s in sources}


# ---- the model -----------------------------------------------------------------------------

def fit(feats: list[dict], labels: list[str]) -> dict:
    """Multinomial logistic regression by full-batch gradient descent -> {'classes', 'weights'}."""
    import numpy as np

    classes = sorted(set(labels))
    names = sorted({k for f in feats for k in f})
    column = {k: j for j, k in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            x[i, column[k]] = v
    y = np.zeros((len(feats), len(classes)))
    for i, label in enumerate(labels):
        y[i, classes.index(label)] = 1
    w = np.zeros((len(names), len(classes)))
    velocity = np.zeros_like(w)
    for _ in range(ITERATIONS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / len(feats) + L2 * w
        velocity = 0.9 * velocity - STEP * grad
        w += velocity
    weights = {}
    for k, j in column.items():
        row = [round(float(v), 4) for v in w[j]]
        if any(row):
            weights[k] = row
    return {"classes": classes, "weights": weights}


def level_class(levels: str, gold: int, nested: int) -> str:
    """The level model's class: the gold level itself (1, 2, 3 = 3 or deeper) for 'absolute',
    how it differs from the rules' nesting (-1, 0, +1) for 'shift'."""
    if levels == "absolute":
        return str(gold)
    return str(max(-1, min(1, gold - min(nested, 3))))


def train(data: dict[str, tuple], levels: str = LEVELS, threshold: float = THRESHOLD,
          level_threshold: float = LEVEL_THRESHOLD) -> dict:
    docs = sorted(data)
    heading = fit([f for d in docs for f in data[d][0]], [l for d in docs for l in data[d][1]])
    level = fit([f for d in docs for f in data[d][2]],
                [level_class(levels, g, n) for d in docs for g, n in data[d][3]])
    heading["threshold"] = threshold
    level["threshold"] = level_threshold
    return {"format": 1, "trained_on": docs, "levels": levels, "heading": heading, "level": level}


def model_bytes(model: dict) -> bytes:
    return (json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


# ---- evaluation ----------------------------------------------------------------------------

def score(acc, source: Path, corpus: Path, **structure) -> dict:
    return acc.score_document(source, corpus, structure=structure)


def loo(acc, corpus: Path, sources: list[Path], data: dict) -> list[dict]:
    rows = []
    for source in sources:
        rest = {d: v for d, v in data.items() if d != source.stem}
        row = {"doc": source.stem, "rules": score(acc, source, corpus, structure="rules")}
        for levels in ("rules", "absolute", "shift"):
            model = train(rest, levels)
            for threshold in THRESHOLDS if levels == "rules" else (THRESHOLD,):
                model = dict(model, heading=dict(model["heading"], threshold=threshold))
                sure = f", sure={LEVEL_THRESHOLD}" if levels != "rules" else ""
                row[f"{levels} levels, t={threshold}{sure}"] = score(acc, source, corpus, structure="learned", model=model)
            for sure in LEVEL_THRESHOLDS if levels != "rules" else ():
                model = dict(model, level=dict(model["level"], threshold=sure))
                row[f"{levels} levels, t={THRESHOLD}, sure={sure}"] = score(acc, source, corpus, structure="learned",
                                                                           model=model)
        rows.append(row)
    return rows


THRESHOLDS = (0.5, 0.3, 0.2, 0.1)
LEVEL_THRESHOLDS = (0.0, 0.6, 0.9)   # and LEVEL_THRESHOLD, the shipped one
KEYS = ("F1", "F1_text", "lead_precision", "lead_recall")


def loo_table(rows: list[dict], shown: tuple[str, ...] = ()) -> str:
    """Per document: the rules and the `shown` variants (F1 / F1 text / lead P / lead R);
    then the mean of every variant."""
    variants = [k for k in rows[0] if k != "doc"]
    shown = ("rules",) + tuple(v for v in shown if v in variants)
    cell = lambda r: " / ".join(f"{r[k]:.3f}" for k in KEYS)   # noqa: E731
    out = "| document | " + " | ".join(shown) + " |\n|---|" + "---|" * len(shown) + "\n"
    out += "".join(f"| {r['doc']} | " + " | ".join(cell(r[v]) for v in shown) + " |\n" for r in rows)
    out += "\n| variant (mean of " + str(len(rows)) + " documents) | F1 | F1 text | lead P | lead R |\n|---|---|---|---|---|\n"
    for v in variants:
        out += f"| {v} | " + " | ".join(f"{sum(r[v][k] for r in rows) / len(rows):.3f}" for k in KEYS) + " |\n"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loo", action="store_true", help="leave-one-document-out over dev; prints a table")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--levels", choices=("rules", "absolute", "shift"), default=LEVELS,
                        help="how the model sets levels (default: the shipped choice)")
    args = parser.parse_args(argv)
    acc = _accuracy()
    corpus = acc.corpus_dir()
    if not (corpus / "gold").is_dir():
        print(f"error: no corpus at {corpus} (set PIPELINE_CORPUS)", file=sys.stderr)
        return 3
    sources = acc.documents(corpus, "dev")
    data = examples(sources, corpus)
    if args.loo:
        shipped = f"{LEVELS} levels, t={THRESHOLD}" + (f", sure={LEVEL_THRESHOLD}" if LEVELS != "rules" else "")
        print(loo_table(loo(acc, corpus, sources, data), (shipped,)))
        return 0
    from pipeline.atomic import write_atomic
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, model_bytes(train(data, args.levels)))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(sources)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
