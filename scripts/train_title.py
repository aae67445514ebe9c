"""Train the title ranker on every document that is not held out -> pipeline/structure/model/title.json.

    .venv/bin/python scripts/train_title.py            # trains on dev + extra, writes the model
    .venv/bin/python scripts/train_title.py --lsso     # leave-one-set-out study against the rules alone

The ranker (pipeline/structure/title_model.py) scores the rules' title block and each top block
that could be a title by P(it gives the right title); the title moves only when another block's
probability is at least the margin above the rules' choice. A candidate's label is the scorer's
own match (score.py's `norm`) of the title read from it against the gold title and its
alternatives.

Leave-one-set-out (--lsso), as scripts/train.py: each extra batch (its letter prefix) and each dev
document is a group; a model trained on every other group scores the group's documents. A
document is built and scored again (scripts/accuracy.py, the corpus's score.py) only for a
candidate some variant moves its title to; the rules' row is the document's under the rules alone.
Held-out documents are never read, nor a blind check set (BLIND).

Deterministic as scripts/train.py: documents sorted, features sorted by name, identical examples
merged in sorted order, full-batch gradient descent from zero weights, weights rounded to 4
decimals, JSON with sorted keys.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "pipeline" / "structure" / "model" / "title.json"

L2 = 1e-2
MARGIN = 0.3
L2S = (1e-3, 1e-2, 3e-2)
MARGINS = (0.1, 0.2, 0.3, 0.5, 0.7)
LATEST = ("zs", "zt", "zu", "zv", "zw", "zx", "zy", "zz", "wq", "wr", "ws", "wt")   # check sets 15-20
SET21 = ("wu", "wv")   # check set 21, gathered blind: never trained on nor scored (issue #11)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = sys.modules.get(name)
    if module is None:   # registered first: dataclasses look their module up by name
        module = sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def _train():
    return _load("train_for_title", REPO / "scripts" / "train.py")


def blind() -> tuple[str, ...]:
    return tuple(_train().BLIND) + SET21


def norm(s: str) -> str:
    """score.py's norm: NFKC, no white space."""
    return re.sub(r"[\s\u3000\xa0\u200b\ufeff]+", "", unicodedata.normalize("NFKC", s or ""))


@dataclass
class Doc:
    source: Path
    cleaned: object
    language: str
    ks: list              # candidate block indices, the rules' choice first
    feats: list           # one feature map per candidate
    labels: list          # 'title' / 'other'
    scores: dict = field(default_factory=dict)   # memo: candidate index (None: rules) -> score row


def prepare(source: Path, gold: dict) -> Doc:
    from pipeline.structure import analyse
    from pipeline.structure.language import detect_language

    with contextlib.redirect_stderr(io.StringIO()):
        cleaned = _train()._cleaned(source)
        language = detect_language(cleaned.lines)
        probe: list = []
        analyse(cleaned, language, {"probe": probe})
    wanted = {norm(gold["title"])} | {norm(t) for t in gold.get("title_alternatives", [])}
    return Doc(source, cleaned, language, [k for k, _, _ in probe], [f for _, _, f in probe],
               ["title" if norm(h.title) in wanted else "other" for _, h, _ in probe])


def examples(sources: list[Path]) -> dict[str, Doc]:
    acc = _train()._accuracy()
    return {s.stem: prepare(s, json.loads(acc.gold_of(s).read_text(encoding="utf-8"))) for s in sources}


ALONE = ("rules", "rel=")   # the rules' choice and the place relative to it: left out of the ranker alone


def fit_title(data: dict[str, Doc], l2: float = L2, drop: tuple[str, ...] = ()) -> dict:
    docs = sorted(data)
    return _train().fit([f for d in docs for f in data[d].feats], [l for d in docs for l in data[d].labels], l2, drop)


def alone_right(part: dict, doc: Doc) -> bool:
    """The ranker alone (trained without the rules' choice): is its top candidate's title right?"""
    from pipeline.structure.title_model import probability

    feats = [{k: v for k, v in f.items() if not k.startswith(ALONE)} for f in doc.feats]
    probs = [probability(part, f) for f in feats]
    best = max(range(len(probs)), key=lambda i: (probs[i], -doc.ks[i]))
    return doc.labels[best] == "title"


def train(data: dict[str, Doc], l2: float = L2, margin: float = MARGIN) -> dict:
    title = fit_title(data, l2)
    title["margin"] = margin
    return {"format": 1, "trained_on": sorted(data), "title": title}


def choice(part: dict, doc: Doc, margin: float) -> int | None:
    """The candidate the model moves the title to, None for the rules' choice (title_model.rerank)."""
    from pipeline.structure.title_model import probability

    if len(doc.ks) < 2:
        return None
    probs = [probability(part, f) for f in doc.feats]
    best = max(range(1, len(probs)), key=lambda i: (probs[i], -doc.ks[i]))
    return doc.ks[best] if probs[best] - probs[0] >= margin else None


def score(acc, corpus: Path, doc: Doc, k: int | None) -> dict:
    if k not in doc.scores:
        model = {} if k is None else {"force": k}
        doc.scores[k] = acc.score_document(doc.source, corpus, structure={"title_model": model}, cleaned=doc.cleaned)
    return doc.scores[k]


def study(acc, corpus: Path, data: dict[str, Doc], l2s, margins, groups: dict[str, list[str]] | None = None) -> list[dict]:
    """Rows of the leave-one-set-out study (`groups`: None, each batch left out in turn; else
    only the given groups, each scored by a model trained on every document outside it)."""
    train_module = _train()
    if groups is None:
        groups = {}
        for stem in sorted(data):
            groups.setdefault(train_module.group_of(acc, stem), []).append(stem)
    rows = []
    for group in sorted(groups):
        rest = {d: v for d, v in data.items() if d not in groups[group]}
        models = {l2: fit_title(rest, l2) for l2 in l2s}
        alone = {l2: fit_title(rest, l2, ALONE) for l2 in l2s}
        for stem in groups[group]:
            doc = data[stem]
            row = {"doc": stem, "group": group, "rules": score(acc, corpus, doc, None),
                   "oracle": any(l == "title" for l in doc.labels), "rules_label": doc.labels[0] if doc.labels else "",
                   "alone": {f"L2={l2:g}": bool(doc.ks) and alone_right(alone[l2], doc) for l2 in l2s}}
            for l2 in l2s:
                for m in margins:
                    k = choice(models[l2], doc, m)
                    row[f"L2={l2:g}, m={m:g}"] = score(acc, corpus, doc, k) if k is not None else row["rules"]
                    row[f"L2={l2:g}, m={m:g}:k"] = k
            rows.append(row)
    return rows


def _sums(rows: list[dict], v: str) -> tuple:
    n = len(rows) or 1
    return (sum(bool(r[v]["title_ok"]) for r in rows), sum(r[v]["F1"] for r in rows) / n,
            sum(r[v]["boilerplate_leaks"] for r in rows), sum(r[v]["body_chars_kept"] for r in rows) / n)


def table(rows: list[dict]) -> str:
    variants = [k for k in rows[0] if k not in ("doc", "group", "rules", "oracle", "rules_label", "alone") and not k.endswith(":k")]
    parts = (("all", rows), ("check sets 15-20", [r for r in rows if r["doc"].startswith(LATEST)]))
    out = ["| variant | part | documents | titles right | heading F1 | leaks | body kept | fixed / broken (title) |\n"
           "|---|---|---|---|---|---|---|---|\n"]
    for label, part in parts:
        t, f1, leaks, kept = _sums(part, "rules")
        ceiling = sum(r["oracle"] or r["rules"]["title_ok"] for r in part)
        out.append(f"| rules alone | {label} | {len(part)} | {t} (ceiling {ceiling}) | {f1:.4f} | {leaks} | {kept:.4f} | |\n")
    for v in variants:
        for label, part in parts:
            t, f1, leaks, kept = _sums(part, v)
            fixed = sum(r[v]["title_ok"] and not r["rules"]["title_ok"] for r in part)
            broken = sum(r["rules"]["title_ok"] and not r[v]["title_ok"] for r in part)
            out.append(f"| {v} | {label} | {len(part)} | {t} | {f1:.4f} | {leaks} | {kept:.4f} | {fixed} / {broken} |\n")
    out.append("\n| among the documents with a rules' title block | part | documents | rules' block right | "
               "a candidate right | ranker alone right (per L2) |\n|---|---|---|---|---|---|\n")
    for label, part in parts:
        part = [r for r in part if r["rules_label"]]
        alone = ", ".join(f"{k}: {sum(r['alone'][k] for r in part)}" for k in part[0]["alone"]) if part else ""
        out.append(f"| | {label} | {len(part)} | {sum(r['rules_label'] == 'title' for r in part)} | "
                   f"{sum(r['oracle'] for r in part)} | {alone} |\n")
    return "".join(out)


def changed(rows: list[dict], v: str) -> str:
    out = []
    for r in rows:
        if r[f"{v}:k"] is None:
            continue
        a, b = r["rules"], r[v]
        out.append(f"{r['doc']}: title {a['title_ok']} -> {b['title_ok']} ({a['title'][:30]!r} -> {b['title'][:30]!r}), "
                   f"F1 {a['F1']:.3f} -> {b['F1']:.3f}, leaks {a['boilerplate_leaks']} -> {b['boilerplate_leaks']}\n")
    return "".join(out)


def model_bytes(model: dict) -> bytes:
    return (json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def training_documents(acc, corpus: Path) -> list[Path]:
    return [p for p in _train().training_documents(acc, corpus) if not p.stem.startswith(blind())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lsso", action="store_true", help="leave-one-set-out over dev + extra; prints a table")
    numbers = lambda text: tuple(float(x) for x in text.split(","))   # noqa: E731
    parser.add_argument("--l2", type=numbers, default=L2S)
    parser.add_argument("--margins", type=numbers, default=MARGINS)
    parser.add_argument("--first-sight", default="",
                        help="comma-separated prefixes: only these documents, scored by a model trained on all others "
                             "(run in a tree of the rules as they were when those documents came, before tuning on them)")
    parser.add_argument("--show", default="", help="--lsso: list the documents this variant changes")
    parser.add_argument("--json", type=Path, help="--lsso: also write every row to this file")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    acc = _train()._accuracy()
    corpus = acc.corpus_dir()
    if not (corpus / "gold").is_dir():
        print(f"error: no corpus at {corpus} (set PIPELINE_CORPUS)", file=sys.stderr)
        return 3
    start = time.process_time()
    sources = training_documents(acc, corpus)
    data = examples(sources)
    prepared = time.process_time() - start
    if args.lsso or args.first_sight:
        test = tuple(args.first_sight.split(",")) if args.first_sight else ()
        rows = study(acc, corpus, data, args.l2, args.margins,
                     {"test": sorted(d for d in data if d.startswith(test))} if test else None)
        print(table(rows))
        if args.show:
            print(changed(rows, args.show))
        if args.json:
            args.json.write_text(json.dumps(rows, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"{len(data)} documents, {sum(len(d.ks) for d in data.values())} candidates; CPU: {prepared:.0f} s "
              f"features, {time.process_time() - start:.0f} s in all", file=sys.stderr)
        return 0
    from pipeline.atomic import write_atomic
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, model_bytes(train(data)))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(sources)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
