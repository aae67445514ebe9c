"""Train the learned line labeller on every document that is not held out -> pipeline/structure/model/labeller.json.

    .venv/bin/python scripts/train.py             # make train: trains on dev + extra, writes the model
    .venv/bin/python scripts/train.py --lsso      # leave-one-set-out over dev + extra, against the rules alone
    .venv/bin/python scripts/train.py --loo       # leave-one-document-out over dev only (the first study)

Why here and not in the package: training reads the corpus (../shared/corpus or $PIPELINE_CORPUS,
and tests/corpus/extra) and writes a file; the package only loads the result
(pipeline/structure/labeller.py). Only the dev and extra splits are read (scripts/accuracy.py
fixes them); held-out documents are never opened, nor a check set still kept blind (BLIND).

Leave-one-set-out (--lsso): the extra documents came in batches, one engineer and one kind of
source each, named by a letter prefix (xe, xg, ..., xxc, ..., yz); a document's batch-mates share
its site, its chrome and its gold-writer. Leaving one document out would let the model learn a
batch from its siblings, so each batch is left out whole (each dev document is a group of its
own): trained on every other group, scored on the group's documents by the corpus's score.py.

Deterministic: documents sorted, features sorted by name, identical examples merged in sorted
order, full-batch gradient descent from zero weights (no random start, no shuffling), weights
rounded to 4 decimals, JSON with sorted keys.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import importlib.util
import io
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "pipeline" / "structure" / "model" / "labeller.json"
DEEPEST = 3               # gold levels deeper than this are one class (pipeline/structure/labeller.py)
BLIND: tuple[str, ...] = ("ke", "kf")   # prefixes of check sets kept blind (issue #11): never read, not even to train on (set 23 has been scored;
#   sets 36 (rq, rr) and 37 (rs, rt), blind through two sessions, were opened for the rules of the session of 2026-12-02
#   (second morning), round r39, and are trained on since;
#   set 38, ru and rv, gathered at the start of the session of 2026-12-02 (morning), blind through rounds r39 and r40, was
#   opened for round r41 (2026-12-02, third session) and is trained on since;
#   set 39, rw and rx, gathered at the start of the session of 2026-12-02 (second morning), scored once at its end, blind
#   through round r41 (0.646 both times), opened for round r42 (2026-12-02, fourth session) and trained on since;
#   set 40, uu and uv, gathered during round r41 (2026-12-02, third session), scored once at its end (0.663), stays
#   blind: round r42's unseen check; set 41, uw and ux, gathered during round r42, scored once at its end: 0.591;
#   set 40 again at the end of round r42: 0.663, the same; opened for round r43 (2026-12-02, fifth session) and trained
#   on since; set 41 stays blind through round r43 (0.592 at its end, one document one heading better), and set 42, uy and uz,
#   gathered during it, scored once at its end: 0.671, the same with the session-start rules; set 41, blind through
#   rounds r42 and r43 (0.591, 0.592), opened for round r44 (2026-12-03, sixth session) and trained on since; set 42
#   stays blind through round r44, and set 43, tz and xq, gathered during it, is scored once at its end; set 42, blind
#   through rounds r43 and r44 (0.671 at first sight, e77b4a39), opened for round r45 (2026-12-04) and trained on since;
#   set 43 stays blind through rounds r45 and r46 (0.685 both times), opened for round r47 (2026-12-04, second session)
#   and trained on since; set 44, ka and kb, gathered during round r47 by helpers who wrote no rule, scored once at its end,
#   opened for round r48 (2026-12-04, third session) and trained on since; set 45, kc and kd, gathered during round r48,
#   scored once at its end (0.424), opened for round r49 and trained on since; set 46, ke and kf, gathered during round
#   r49, scored once at its end)

ITERATIONS = 400
STEP = 0.5
L2 = 1e-2                 # per-sample weight decay: keeps rare features' weights small (see --lsso)
THRESHOLD = 0.4          # P(heading) that makes a block a heading (see --lsso)
LEVEL_THRESHOLD = 0.8    # the level model's probability below which the rules' level stands
LEVELS = "rules"          # the shipped model's levels: "rules", "absolute" or "shift" (see --lsso, docs/structure.md)


def _accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", REPO / "scripts" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def training_documents(acc, corpus: Path) -> list[Path]:
    """Every document with gold that is not held out (dev + extra), sorted by name; blind check sets left out."""
    docs = [p for p in acc.documents(corpus, "dev") + acc.documents(corpus, "extra")
            if not p.stem.startswith(BLIND)]
    assert not any(acc.split_of(p.stem) == "held-out" for p in docs)
    return sorted(docs, key=lambda p: p.stem)


def group_of(acc, stem: str) -> str:
    """A document's leave-one-set-out group: an extra document's batch (its letter prefix,
    `xxc3_…` -> `xxc`); a dev document is a group of its own."""
    if acc.split_of(stem) == "extra":
        return re.match(r"[a-z]+", stem).group()
    return stem


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


@dataclass
class Doc:
    """One document, cleaned and structured by the rules once; its examples for both models."""
    source: Path
    cleaned: object
    language: str
    body: list
    headings: list
    levels: list
    feats: list            # heading model: one feature map per body block
    labels: list           # 'heading' / 'body'
    level_feats: list      # level model: one feature map per gold heading
    level_gold: list       # (gold level, the rules' nesting of it)
    scores: dict = field(default_factory=dict)   # memo: labeller outcome -> score.py row


def prepare(source: Path, gold: dict) -> Doc:
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
    level_gold = [(wanted[body[h.index].line], level) for h, level in zip(found, nested)]
    return Doc(source, cleaned, language, body, headings, levels, feats, labels, level_feats, level_gold)


def examples(sources: list[Path]) -> dict[str, Doc]:
    acc = _accuracy()
    return {s.stem: prepare(s, json.loads(acc.gold_of(s).read_text(encoding="utf-8"))) for s in sources}


# ---- the model -----------------------------------------------------------------------------

def _merged(feats: list[dict], labels: list[str], drop: tuple[str, ...] = ()):
    """Identical (features, label) examples merged into one with a count, in sorted order:
    thousands of body paragraphs look alike, and the sum of the loss is the same."""
    counts: dict[tuple, int] = {}
    for f, label in zip(feats, labels):
        key = (tuple(sorted((k, v) for k, v in f.items() if not (drop and k.startswith(drop)))), label)
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())


def fit(feats: list[dict], labels: list[str], l2: float = L2, drop: tuple[str, ...] = ()) -> dict:
    """Multinomial logistic regression by full-batch gradient descent -> {'classes', 'weights'}.

    The design matrix is sparse (a block has some 20 of the few hundred features): kept as one
    (row, column, value) entry per feature a block has, with x @ w and x.T @ g summed by
    np.bincount in the entries' fixed order, so a run gives the same weights every time, fast.
    `drop`: feature-name prefixes left out (--lsso variants)."""
    import numpy as np

    rows = _merged(feats, labels, drop)
    classes = sorted(set(labels))
    names = sorted({k for (f, _), _ in rows for k, _ in f})
    column = {k: j for j, k in enumerate(names)}
    entries = [(i, column[k], v) for i, ((f, _), _) in enumerate(rows) for k, v in f]
    r_idx = np.array([e[0] for e in entries])
    c_idx = np.array([e[1] for e in entries])
    vals = np.array([e[2] for e in entries], dtype=float)
    count = np.array([n for _, n in rows], dtype=float)
    total = count.sum()
    y = np.zeros((len(classes), len(rows)))
    for i, ((_, label), _) in enumerate(rows):
        y[classes.index(label), i] = 1
    w = np.zeros((len(classes), len(names)))
    velocity = np.zeros_like(w)
    for _ in range(ITERATIONS):
        z = np.stack([np.bincount(r_idx, weights=wk[c_idx] * vals, minlength=len(rows)) for wk in w])
        z -= z.max(axis=0)
        p = np.exp(z)
        p /= p.sum(axis=0)
        g = (p - y) * count
        grad = np.stack([np.bincount(c_idx, weights=gk[r_idx] * vals, minlength=len(names)) for gk in g]) / total + l2 * w
        velocity = 0.9 * velocity - STEP * grad
        w += velocity
    weights = {}
    for k, j in column.items():
        row = [round(float(v), 4) for v in w[:, j]]
        if any(row):
            weights[k] = row
    return {"classes": classes, "weights": weights}


def level_class(levels: str, gold: int, nested: int) -> str:
    """The level model's class: the gold level itself (1, 2, 3 = 3 or deeper) for 'absolute',
    how it differs from the rules' nesting (-1, 0, +1) for 'shift'."""
    if levels == "absolute":
        return str(gold)
    return str(max(-1, min(1, gold - min(nested, 3))))


def fit_heading(data: dict[str, Doc], l2: float = L2, drop: tuple[str, ...] = ()) -> dict:
    docs = sorted(data)
    return fit([f for d in docs for f in data[d].feats], [l for d in docs for l in data[d].labels], l2, drop)


def fit_level(data: dict[str, Doc], levels: str, l2: float = L2, drop: tuple[str, ...] = ()) -> dict:
    docs = sorted(data)
    return fit([f for d in docs for f in data[d].level_feats],
               [level_class(levels, g, n) for d in docs for g, n in data[d].level_gold], l2, drop)


def train(data: dict[str, Doc], levels: str = LEVELS, threshold: float = THRESHOLD,
          level_threshold: float = LEVEL_THRESHOLD, l2: float = L2) -> dict:
    heading = fit_heading(data, l2)
    level = fit_level(data, levels, l2)
    heading["threshold"] = threshold
    level["threshold"] = level_threshold
    return {"format": 1, "trained_on": sorted(data), "levels": levels, "heading": heading, "level": level}


def model_bytes(model: dict) -> bytes:
    return (json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


# ---- evaluation ----------------------------------------------------------------------------

def rules_score(acc, corpus: Path, doc: Doc) -> dict:
    if "rules" not in doc.scores:
        doc.scores["rules"] = acc.score_document(doc.source, corpus, structure={"structure": "rules"}, cleaned=doc.cleaned)
    return doc.scores["rules"]


def learned_score(acc, corpus: Path, doc: Doc, model: dict) -> dict:
    """score.py's row for `doc` under the labeller `model`. The labeller's whole effect is the
    headings and levels it returns, so its outcome is computed first (on copies of the cached
    blocks) and the document is built and scored only for an outcome not seen before; an
    outcome equal to the rules' own is the rules' row."""
    from pipeline.structure.labeller import relabel

    blocks = [copy.copy(b) for b in doc.body]
    found, levels = relabel(blocks, doc.headings, doc.levels, doc.language, model)
    ours = {id(h) for h in doc.headings}
    key = tuple((h.index, level, id(h) in ours) for h, level in zip(found, levels))
    if key == tuple((h.index, level, True) for h, level in zip(doc.headings, doc.levels)):
        return rules_score(acc, corpus, doc)
    if key not in doc.scores:
        doc.scores[key] = acc.score_document(doc.source, corpus, structure={"structure": "learned", "model": model},
                                             cleaned=doc.cleaned)
    return doc.scores[key]


@dataclass(frozen=True)
class Variant:
    levels: str = LEVELS
    threshold: float = THRESHOLD
    sure: float = LEVEL_THRESHOLD
    l2: float = L2
    drop: tuple[str, ...] = ()

    def name(self) -> str:
        sure = f", sure={self.sure}" if self.levels != "rules" else ""
        drop = f", without {'/'.join(self.drop)}" if self.drop else ""
        return f"{self.levels} levels, t={self.threshold}{sure}, L2={self.l2:g}{drop}"


SHIPPED = Variant()
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
LEVEL_THRESHOLDS = (0.6, 0.8, 0.9)
L2S = (1e-4, 1e-3, 1e-2)


def variants(drops: tuple[tuple[str, ...], ...] = ((),), l2s: tuple[float, ...] = L2S,
             thresholds: tuple[float, ...] = THRESHOLDS, sures: tuple[float, ...] = LEVEL_THRESHOLDS) -> list[Variant]:
    out = []
    for drop in drops:
        for l2 in l2s:
            for t in thresholds:
                out.append(Variant("rules", t, 0.0, l2, drop))
                for levels in ("absolute", "shift"):
                    out += [Variant(levels, t, s, l2, drop) for s in sures]
    return out


def held_out_study(acc, corpus: Path, data: dict[str, Doc], groups: dict[str, list[str]],
                   chosen: list[Variant]) -> list[dict]:
    """For each group: models trained on every other group, the group's documents scored under
    each variant; one row per document: {'doc', 'group', 'lang', 'rules': row, variant: row}."""
    rows = []
    for group in sorted(groups):
        rest = {d: v for d, v in data.items() if d not in groups[group]}
        heading_models, level_models = {}, {}
        for v in chosen:
            hk = (v.l2, v.drop)
            if hk not in heading_models:
                heading_models[hk] = fit_heading(rest, v.l2, v.drop)
            lk = (v.levels, v.l2, v.drop)
            if v.levels != "rules" and lk not in level_models:
                level_models[lk] = fit_level(rest, v.levels, v.l2, v.drop)
        for stem in groups[group]:
            doc = data[stem]
            row = {"doc": stem, "group": group, "lang": "en" if doc.language.startswith("en") else "zh",
                   "rules": rules_score(acc, corpus, doc)}
            for v in chosen:
                model = {"format": 1, "levels": v.levels,
                         "heading": dict(heading_models[(v.l2, v.drop)], threshold=v.threshold),
                         "level": dict(level_models.get((v.levels, v.l2, v.drop), {"classes": ["0"], "weights": {}}),
                                       threshold=v.sure)}
                row[v.name()] = learned_score(acc, corpus, doc, model)
            rows.append(row)
    return rows


KEYS = ("F1", "F1_text")


def _mean(rows: list[dict], variant: str, key: str) -> float:
    return sum(r[variant][key] for r in rows) / len(rows) if rows else 0.0


def lsso_table(rows: list[dict], shown: str) -> str:
    """Per group: rules against the `shown` variant; means (all, zh, en, per group); every variant's
    means; the documents that change most under `shown`."""
    if shown not in rows[0]:   # a variant the grid did not hold: show its first
        shown = next(k for k in rows[0] if k not in ("doc", "group", "lang", "rules"))
    pair = lambda rs, v: f"{_mean(rs, v, 'F1'):.3f} / {_mean(rs, v, 'F1_text'):.3f}"   # noqa: E731
    groups = sorted({r["group"] for r in rows}, key=lambda g: ("_" not in g, g))   # dev documents, then batches
    out = [f"Shown: {shown}\n\n| group | documents | rules: F1 / F1 text | labeller: F1 / F1 text | Δ F1 |\n|---|---|---|---|---|\n"]
    for g in groups:
        part = [r for r in rows if r["group"] == g]
        out.append(f"| {g} | {len(part)} | {pair(part, 'rules')} | {pair(part, shown)} | "
                   f"{_mean(part, shown, 'F1') - _mean(part, 'rules', 'F1'):+.3f} |\n")
    for label, part in (("**all**", rows), ("zh", [r for r in rows if r["lang"] == "zh"]),
                        ("en", [r for r in rows if r["lang"] == "en"])):
        out.append(f"| {label} | {len(part)} | {pair(part, 'rules')} | {pair(part, shown)} | "
                   f"{_mean(part, shown, 'F1') - _mean(part, 'rules', 'F1'):+.3f} |\n")
    gmean = lambda v: sum(_mean([r for r in rows if r["group"] == g], v, "F1") for g in groups) / len(groups)   # noqa: E731
    out.append(f"| mean of the {len(groups)} group means | | {gmean('rules'):.3f} | {gmean(shown):.3f} | "
               f"{gmean(shown) - gmean('rules'):+.3f} |\n")
    out.append("\n| variant (mean over the documents, each scored by a model that never saw its group) "
               "| F1 | F1 text | zh F1 | en F1 | documents better / worse |\n|---|---|---|---|---|---|\n")
    zh = [r for r in rows if r["lang"] == "zh"]
    en = [r for r in rows if r["lang"] == "en"]
    for v in [k for k in rows[0] if k not in ("doc", "group", "lang")]:
        better = sum(r[v]["F1"] > r["rules"]["F1"] for r in rows)
        worse = sum(r[v]["F1"] < r["rules"]["F1"] for r in rows)
        out.append(f"| {v} | {_mean(rows, v, 'F1'):.3f} | {_mean(rows, v, 'F1_text'):.3f} | "
                   f"{_mean(zh, v, 'F1'):.3f} | {_mean(en, v, 'F1'):.3f} | {better} / {worse} |\n")
    moved = sorted(rows, key=lambda r: (-abs(r[shown]["F1"] - r["rules"]["F1"]), r["doc"]))
    out.append("\n| document (most changed) | rules: F1 / F1 text | labeller: F1 / F1 text |\n|---|---|---|\n")
    for r in moved[:20]:
        if r[shown]["F1"] == r["rules"]["F1"] and r[shown]["F1_text"] == r["rules"]["F1_text"]:
            break
        out.append(f"| {r['doc']} | {r['rules']['F1']:.3f} / {r['rules']['F1_text']:.3f} | "
                   f"{r[shown]['F1']:.3f} / {r[shown]['F1_text']:.3f} |\n")
    return "".join(out)


def loo(acc, corpus: Path, data: dict[str, Doc], chosen: list[Variant]) -> list[dict]:
    """Leave-one-document-out over the dev documents only (the first study, docs/structure.md)."""
    dev = {d: v for d, v in data.items() if acc.split_of(d) == "dev"}
    return held_out_study(acc, corpus, dev, {d: [d] for d in dev}, chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lsso", action="store_true", help="leave-one-set-out over dev + extra; prints a table")
    parser.add_argument("--loo", action="store_true", help="leave-one-document-out over dev only; prints a table")
    parser.add_argument("--show", default=SHIPPED.name(), help="the variant whose per-group rows are shown")
    parser.add_argument("--drop", action="append", default=[],
                        help="--lsso: also try every variant without the features starting with these "
                             "prefixes (comma-separated; the option again for another set)")
    numbers = lambda text: tuple(float(x) for x in text.split(","))   # noqa: E731
    parser.add_argument("--thresholds", type=numbers, default=THRESHOLDS, help="P(heading) thresholds tried")
    parser.add_argument("--l2", type=numbers, default=L2S, help="L2 weight decays tried")
    parser.add_argument("--sure", type=numbers, default=LEVEL_THRESHOLDS, help="level-model certainties tried")
    parser.add_argument("--json", type=Path, help="--lsso/--loo: also write every row to this file")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--levels", choices=("rules", "absolute", "shift"), default=LEVELS,
                        help="how the model sets levels (default: the shipped choice)")
    args = parser.parse_args(argv)
    acc = _accuracy()
    corpus = acc.corpus_dir()
    if not (corpus / "gold").is_dir():
        print(f"error: no corpus at {corpus} (set PIPELINE_CORPUS)", file=sys.stderr)
        return 3
    start = time.process_time()
    sources = training_documents(acc, corpus)
    if args.loo:
        sources = [s for s in sources if acc.split_of(s.stem) == "dev"]
    data = examples(sources)
    prepared = time.process_time() - start
    if args.lsso or args.loo:
        chosen = variants(((),) + tuple(tuple(d.split(",")) for d in args.drop), args.l2, args.thresholds, args.sure)
        if args.lsso:
            groups: dict[str, list[str]] = {}
            for stem in sorted(data):
                groups.setdefault(group_of(acc, stem), []).append(stem)
            rows = held_out_study(acc, corpus, data, groups, chosen)
        else:
            rows = loo(acc, corpus, data, chosen)
        print(lsso_table(rows, args.show))
        if args.json:
            args.json.write_text(json.dumps(rows, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"{len(data)} documents, {len({r['group'] for r in rows})} groups, {len(chosen)} variants; CPU: "
              f"{prepared:.0f} s cleaning and features, {time.process_time() - start:.0f} s in all", file=sys.stderr)
        return 0
    from pipeline.atomic import write_atomic
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, model_bytes(train(data, args.levels)))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(sources)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
