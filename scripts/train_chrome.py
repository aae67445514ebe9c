"""Train the learned edge-chrome classifier on every document that is not held out -> pipeline/clean/model/chrome.json.

    .venv/bin/python scripts/train_chrome.py            # make train: trains on dev + extra, writes the model
    .venv/bin/python scripts/train_chrome.py --lsso     # leave-one-set-out over dev + extra, against the rules alone

The rule is pipeline/clean/rules_learned.py (`learned-chrome`). Its examples are the lines the
other cleaning rules KEEP at the text's edges (above the first prose line, below the last), each
labelled by the gold (`boilerplate_line_numbers`: chrome; anything else: body). The page each
document has when the rule runs is recorded by putting a recorder in the rule's place in the
chain, so training sees exactly what the rule will see.

Documents, groups and the blind check sets are scripts/train.py's (`training_documents`,
`group_of`, `BLIND`): held-out documents are never opened. The model is scripts/train.py's `fit`
(multinomial logistic regression, full-batch gradient descent from zero weights, identical
examples merged in sorted order, weights rounded to 4 decimals, JSON with sorted keys).

Leave-one-set-out (--lsso): for each group (an extra batch, or one dev document), a model is
trained on every other group; the group's documents are cleaned with the lines it calls chrome
removed and scored by the corpus's score.py (leaks, body kept, heading F1, title), against the
rules alone. A document whose removed lines are the same as the rules' is not built again.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "pipeline" / "clean" / "model" / "chrome.json"
RULE = "learned-chrome"

L2 = 1e-3                 # the shipped model's (see --lsso, docs/cleaning.md)
THRESHOLD = 0.8
RAW = True                # trained on the raw page's edge lines too
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
DATES = "keep"            # a line with a date is never taken (rules_learned.chrome_lines)
RUNS = "outer"            # only the run of chrome that reaches the page's edge (rules_learned.chrome_lines)
L2S = (1e-3, 1e-2, 3e-2)
LATEST = ("zs", "zt", "zu", "zv", "zw", "zx", "zy", "zz", "wq", "wr", "ws", "wt")   # check sets 15-20


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module   # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def rule_replaced(function):
    """The chain with `function` in the learned rule's place (or just before blank-edge when the
    chain does not hold it yet)."""
    from pipeline.clean.chain import BOILERPLATE_RULES

    saved = list(BOILERPLATE_RULES)
    names = [n for n, _ in BOILERPLATE_RULES]
    if RULE in names:
        BOILERPLATE_RULES[names.index(RULE)] = (RULE, function)
    else:
        BOILERPLATE_RULES.insert(names.index("blank-edge"), (RULE, function))
    try:
        yield
    finally:
        BOILERPLATE_RULES[:] = saved


def clean(source: Path, function):
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes, read_source
    from pipeline.options import Options

    options = Options()
    decoded = decode_bytes(read_source(source, options.max_size), name=source.name,
                           errors=options.decode_errors, max_size=options.max_size)
    with rule_replaced(function), contextlib.redirect_stderr(io.StringIO()):
        return clean_text(decoded.text, source_file=source.name)


@dataclass
class Doc:
    source: Path
    page: object           # the page the rule sees
    feats: dict            # index -> features
    labels: dict           # index -> 'chrome' / 'body'
    lang: str
    raw_feats: dict        # the same for the raw page's edges (before any rule): --lsso's 'raw' examples
    raw_labels: dict
    scores: dict = field(default_factory=dict)   # frozenset of removed line numbers -> score.py row


def prepare(source: Path, gold: dict) -> Doc:
    from pipeline.clean.page import Page
    from pipeline.clean.rules_learned import line_features
    from pipeline.decode import decode_bytes

    seen = []

    def record(page):
        seen.append(page)
        return page

    clean(source, record)
    page = seen[-1]
    chrome = set(gold.get("boilerplate_line_numbers", []))
    feats = line_features(page)
    labels = {i: "chrome" if page.lines[i].number in chrome else "body" for i in feats}
    raw = Page.from_text(decode_bytes(source.read_bytes(), name=source.name).text)
    raw_feats = line_features(raw)
    raw_labels = {i: "chrome" if raw.lines[i].number in chrome else "body" for i in raw_feats}
    return Doc(source, page, feats, labels, gold.get("lang", ""), raw_feats, raw_labels)


def examples(train, sources: list[Path]) -> dict[str, Doc]:
    acc = train._accuracy()
    return {s.stem: prepare(s, json.loads(acc.gold_of(s).read_text(encoding="utf-8"))) for s in sources}


def fit(train, data: dict[str, Doc], l2: float = L2, raw: bool = False) -> dict:
    """The model over the kept edge lines' examples (`raw`: and over the raw page's edge lines,
    chrome the rules remove included)."""
    docs = sorted(data)
    feats = [data[d].feats[i] for d in docs for i in sorted(data[d].feats)]
    labels = [data[d].labels[i] for d in docs for i in sorted(data[d].feats)]
    if raw:
        feats += [data[d].raw_feats[i] for d in docs for i in sorted(data[d].raw_feats)]
        labels += [data[d].raw_labels[i] for d in docs for i in sorted(data[d].raw_feats)]
    return train.fit(feats, labels, l2)


def model_of(trained: dict, threshold: float, trained_on: list[str] | None = None, runs: str = RUNS,
             dates: str = DATES) -> dict:
    out = dict(trained, threshold=threshold, format=1, runs=runs, dates=dates)
    if trained_on is not None:
        out["trained_on"] = trained_on
    return out


def removed_by(doc: Doc, model: dict) -> frozenset[int]:
    from pipeline.clean.rules_learned import chrome_lines

    return frozenset(chrome_lines(doc.page, model))


def score(acc, corpus: Path, doc: Doc, indices: frozenset[int]) -> dict:
    if indices not in doc.scores:
        cleaned = clean(doc.source, lambda page: page.drop(indices))
        doc.scores[indices] = acc.score_document(doc.source, corpus, structure={"structure": "rules"}, cleaned=cleaned)
    return doc.scores[indices]


def study(train, acc, corpus: Path, data: dict[str, Doc], l2s, thresholds, raws=(False, True),
          runs=("any", "outer")) -> list[dict]:
    groups: dict[str, list[str]] = {}
    for stem in sorted(data):
        groups.setdefault(train.group_of(acc, stem), []).append(stem)
    rows = []
    for group in sorted(groups):
        rest = {d: v for d, v in data.items() if d not in groups[group]}
        trained = {(l2, raw): fit(train, rest, l2, raw) for l2 in l2s for raw in raws}
        for stem in groups[group]:
            doc = data[stem]
            row = {"doc": stem, "group": group, "lang": doc.lang, "rules": score(acc, corpus, doc, frozenset())}
            for (l2, raw), t, run in ((k, t, u) for k in sorted(trained) for t in thresholds for u in runs):
                gone = removed_by(doc, model_of(trained[(l2, raw)], t, runs=run))
                r = dict(score(acc, corpus, doc, gone))
                r["tp"] = sum(doc.labels[i] == "chrome" for i in gone)
                r["fp"] = sum(doc.labels[i] == "body" for i in gone)
                r["fp_lines"] = [doc.page.lines[i].text.strip()[:60] for i in sorted(gone) if doc.labels[i] == "body"]
                row[f"{'kept+raw' if raw else 'kept'} edges, {run} runs, t={t}, L2={l2:g}"] = r
            rows.append(row)
    return rows


def _means(rows: list[dict], key: str) -> str:
    n = len(rows) or 1
    f1 = sum(r[key]["F1"] for r in rows) / n
    title = sum(bool(r[key]["title_ok"]) for r in rows)
    leaks = sum(r[key]["boilerplate_leaks"] for r in rows) / n
    kept = sum(r[key]["body_chars_kept"] for r in rows) / n
    return f"{leaks:.3f} | {kept:.4f} | {f1:.3f} | {title}/{len(rows)}"


def table(rows: list[dict]) -> str:
    variants = [k for k in rows[0] if k not in ("doc", "group", "lang")]
    latest = [r for r in rows if r["group"].startswith(LATEST)]
    out = ["| variant | all: leaks / doc | body kept | heading F1 | titles | latest (zs..wt): leaks / doc | body kept "
           "| heading F1 | titles | lines removed: chrome / body | documents better / worse |\n"
           "|---|---|---|---|---|---|---|---|---|---|---|\n"]
    for v in variants:
        def better(r):
            a, b = r[v], r["rules"]
            return (a["boilerplate_leaks"] < b["boilerplate_leaks"] and a["body_chars_kept"] >= b["body_chars_kept"]
                    and a["F1"] >= b["F1"] and a["title_ok"] >= b["title_ok"])

        def worse(r):
            a, b = r[v], r["rules"]
            return (a["boilerplate_leaks"] > b["boilerplate_leaks"] or a["body_chars_kept"] < b["body_chars_kept"]
                    or a["F1"] < b["F1"] or a["title_ok"] < b["title_ok"])
        tp = sum(r[v].get("tp", 0) for r in rows)
        fp = sum(r[v].get("fp", 0) for r in rows)
        out.append(f"| {v} | {_means(rows, v)} | {_means(latest, v)} | {tp} / {fp} | "
                   f"{sum(map(better, rows))} / {sum(map(worse, rows))} |\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lsso", action="store_true", help="leave-one-set-out over dev + extra; prints a table")
    numbers = lambda text: tuple(float(x) for x in text.split(","))   # noqa: E731
    parser.add_argument("--thresholds", type=numbers, default=THRESHOLDS)
    parser.add_argument("--l2", type=numbers, default=L2S)
    parser.add_argument("--json", type=Path, help="--lsso: also write every row to this file")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    train = _load("train")
    acc = train._accuracy()
    corpus = acc.corpus_dir()
    if not (corpus / "gold").is_dir():
        print(f"error: no corpus at {corpus} (set PIPELINE_CORPUS)", file=sys.stderr)
        return 3
    start = time.process_time()
    sources = train.training_documents(acc, corpus)
    data = examples(train, sources)
    prepared = time.process_time() - start
    if args.lsso:
        rows = study(train, acc, corpus, data, args.l2, args.thresholds)
        print(table(rows))
        if args.json:
            args.json.write_text(json.dumps(rows, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"{len(data)} documents; CPU: {prepared:.0f} s cleaning and features, "
              f"{time.process_time() - start:.0f} s in all", file=sys.stderr)
        return 0
    from pipeline.atomic import write_atomic
    model = model_of(fit(train, data, L2, RAW), THRESHOLD, sorted(data))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, train.model_bytes(model))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(sources)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
