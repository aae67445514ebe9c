"""Train the heading veto (pipeline/structure/veto.py) -> pipeline/structure/model/veto.json.

    python scripts/train_veto.py              # train from the committed examples (make train)
    python scripts/train_veto.py --export     # write the examples again (minutes: one tree per check set)
    python scripts/train_veto.py --study      # leave-one-set-out over the first-sight examples

The examples (pipeline/structure/model/veto_examples.jsonl) are Documents as the veto sees them
(veto.sketch: each heading's text, depth and the rules' reason; each paragraph's length and end
mark, never its words), each heading labelled right or not by the gold:
- "first": each check set as the rules read it at first sight (the commit that first scored it,
  scripts/title_first_sight.py's SETS and SCORED_AT; the tree exported by `git archive`): the
  mistakes rules make on documents they were never tuned on;
- "now": every dev and extra document under today's rules, the veto off: the headings it must keep.
Held-out documents and blind check sets (scripts/train.py BLIND) are never read.

Training reads only the examples file, so it needs no git history, and features computed from a
sketch may change without a new export. Run --export (and commit the file) when a check set is
added to scripts/title_first_sight.py's SETS, when veto.sketch changes, and when the rules change
what they make of the corpus: the "now" part is today's rules' output.
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

EXAMPLES = REPO / "pipeline" / "structure" / "model" / "veto_examples.jsonl"
MODEL = REPO / "pipeline" / "structure" / "model" / "veto.json"
L2 = 1e-2
THRESHOLD = 0.3            # P(right) under which a leaf heading is vetoed (see --study)
L2S = (1e-3, 1e-2, 3e-2)
THRESHOLDS = (0.25, 0.3, 0.35, 0.4)

# the head of a script run inside an old tree (argv: tree, then documents): that tree's structure stage
# and a walk of a Document's sections (scripts/second_looks.py reads old trees with it too)
OLD_TREE = r'''
import json, os, sys
sys.path.insert(0, sys.argv[1])
from pipeline.clean import clean_text
from pipeline.decode import decode_bytes
from pipeline.structure import structure_document
def walk(sections, depth):
    for s in sections:
        yield s, depth
        yield from walk(s.sections, depth + 1)
'''
# the sketch of each document as that tree structured it
OLD_SKETCH = OLD_TREE + r'''
import inspect
plain = {"veto": False} if "veto" in inspect.signature(structure_document).parameters else {}   # the rules alone
for path in sys.argv[2:]:
    try:
        d = structure_document(clean_text(decode_bytes(open(path, "rb").read(), name=os.path.basename(path)).text,
                                          source_file=os.path.basename(path)), **plain)
    except Exception:
        continue
    why = {"".join(x.text.split()): x.reason.split(":")[0][:30] for x in d.decisions
           if x.kind == "heading" and x.decision.startswith("level")}
    seq = [["p", len(p.text), p.text[-8:]] for p in d.front]
    for s, depth in walk(d.sections, 1):
        seq.append(["h", s.title, depth, why.get("".join(s.title.split()), "?")])
        seq += [["p", len(p.text), p.text[-8:]] for p in s.paragraphs]
    print(json.dumps({"path": path, "lang": d.lang, "title": d.title, "seq": seq}, ensure_ascii=False))
'''


def _load(name: str, path: Path):
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, path)
        module = sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _hnorm():
    """The corpus scorer's own heading comparison (../shared/corpus/score.py `hnorm`), loaded once."""
    acc = _load("train_for_veto", REPO / "scripts" / "train.py")._accuracy()
    return acc._scorer(acc.corpus_dir(), "score").hnorm


def _gold_headings(gold: dict) -> list[tuple[int, set[str]]]:
    hnorm = _hnorm()
    return [(h["level"], {hnorm(h["text"])} | ({hnorm(h["text"] + "".join(h["continuation_lines"]))}
                                                if h.get("continuation_lines") else set()))
            for h in gold["headings"]]


def _record(stem: str, tag: str, lang: str, title: str, seq: list, gold: dict) -> dict:
    from pipeline.structure.veto import end_class
    right = set().union(*(v for _, v in _gold_headings(gold))) if gold["headings"] else set()
    out = []
    for item in seq:
        if item[0] == "p":
            out.append(["p", item[1], end_class(item[2]) if isinstance(item[2], str) else item[2]])
        else:
            out.append(["h", item[1], item[2], item[3], int(_hnorm()(item[1]) in right)])
    return {"doc": stem, "tag": tag, "lang": lang, "title": title or "", "seq": out}


def export() -> None:
    """Write EXAMPLES: the first-sight sketches of every check set, then today's rules on dev + extra."""
    train = _load("train_for_veto", REPO / "scripts" / "train.py")
    first_sight = _load("title_first_sight", REPO / "scripts" / "title_first_sight.py")
    acc = train._accuracy()
    corpus = acc.corpus_dir()
    docs = {p.stem: p for p in train.training_documents(acc, corpus)}
    gold = {stem: json.loads(acc.gold_of(p).read_text(encoding="utf-8")) for stem, p in docs.items()}
    rows = []
    by_commit: dict[str, list[Path]] = {}
    for prefixes in first_sight.SETS.values():
        for prefix in prefixes:
            members = [p for stem, p in docs.items() if re.match(r"[a-z]+", stem).group() == prefix]
            if members:
                by_commit.setdefault(first_sight.first_commit(prefix), []).extend(members)
    with tempfile.TemporaryDirectory() as tmp:
        for commit, members in sorted(by_commit.items()):
            root = Path(tmp) / commit
            data = subprocess.run(["git", "archive", commit, "pipeline"], cwd=REPO, capture_output=True, check=True).stdout
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                tar.extractall(root, filter="data")
            run = subprocess.run([sys.executable, "-c", OLD_SKETCH, str(root), *map(str, sorted(members))],
                                 capture_output=True, text=True, check=True)
            for line in run.stdout.splitlines():
                r = json.loads(line)
                stem = Path(r["path"]).stem
                rows.append(_record(stem, "first", r["lang"], r["title"], r["seq"], gold[stem]))
            print(f"first sight at {commit}: {len(members)} documents", file=sys.stderr)
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.structure import structure_document
    from pipeline.structure.veto import sketch
    for stem, path in sorted(docs.items()):
        try:
            d = structure_document(clean_text(decode_bytes(path.read_bytes(), name=path.name).text, source_file=path.name),
                                   veto=False)
        except Exception:   # noqa: BLE001 - a document the rules refuse teaches nothing here
            continue
        rows.append(_record(stem, "now", d.lang, d.title, sketch(d), gold[stem]))
    EXAMPLES.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{EXAMPLES.relative_to(REPO)}: {len(rows)} documents", file=sys.stderr)


def read_examples() -> list[dict]:
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line]


def _examples(r: dict) -> list[tuple[int, dict, str]]:
    from pipeline.structure.veto import features
    seq = [item[:4] for item in r["seq"]]
    return [(i, f, "ok" if r["seq"][i][4] else "no") for i, f in features(seq, r["title"], r["lang"] or "zh")]


def fit(rows: list[dict], l2: float = L2, threshold: float = THRESHOLD) -> dict:
    fit_model = _load("train_for_veto", REPO / "scripts" / "train.py").fit
    feats, labels = [], []
    for r in rows:
        for _, f, y in r["ex"]:
            feats.append(f)
            labels.append(y)
    model = fit_model(feats, labels, l2=l2)
    model["threshold"] = threshold
    return model


def model_bytes(model: dict) -> bytes:
    return (json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n").encode("utf-8")


def _f1(gold: dict, got: list[tuple[int, str]]) -> float:
    """The corpus scorer's heading F1 on (level, text)."""
    return f1_of(_gold_headings(gold), got)


def f1_of(gold_h: list[tuple[int, set[str]]], got: list[tuple[int, str]]) -> float:
    """The corpus scorer's heading F1 on (level, text), the gold's headings already normalised
    (`_gold_headings`; scripts/second_looks.py scores with it too)."""
    matched, used = 0, set()
    for level, variants in gold_h:
        for k, (depth, text) in enumerate(got):
            if k not in used and text in variants and depth == level:
                used.add(k)
                matched += 1
                break
    p = matched / len(got) if got else (1.0 if not gold_h else 0.0)
    r = matched / len(gold_h) if gold_h else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _after(seq: list, vetoed: set[int]) -> list[tuple[int, str]]:
    """(depth, heading) kept once the vetoed leaves are gone (a leaf lifts nothing)."""
    hnorm = _hnorm()
    return [(item[2], hnorm(item[1])) for i, item in enumerate(seq) if item[0] == "h" and i not in vetoed]


def doubted(seq: list, examples: list, model: dict, threshold: float) -> set[int]:
    """The indexes veto.doubted would veto in a sketch."""
    from pipeline.structure.veto import doubted as veto_doubted
    return veto_doubted(seq, [(i, f) for i, f, _ in examples], model, threshold)


def study() -> None:
    """Leave-one-set-out: for each first-sight check set, a model trained on every other set's
    first-sight examples and on today's examples of every other document, applied to the set as the
    rules first read it; then today's rules on the whole corpus, folds of sets and batches."""
    from pipeline import linear
    first_sight = _load("title_first_sight", REPO / "scripts" / "title_first_sight.py")
    acc = _load("train_for_veto", REPO / "scripts" / "train.py")._accuracy()
    group_of = {p: k for k, prefixes in first_sight.SETS.items() for p in prefixes}
    rows = read_examples()
    sources = {p.stem: p for p in acc.documents(acc.corpus_dir(), "all")}   # listed once, each gold read once
    golds = {stem: json.loads(acc.gold_of(sources[stem]).read_text(encoding="utf-8")) for stem in {r["doc"] for r in rows}}
    for r in rows:
        prefix = re.match(r"[a-z]+", r["doc"]).group()
        r["group"] = group_of.get(prefix) or f"batch{zlib.crc32(prefix.encode()) % 6}"
        r["ex"] = _examples(r)
    for l2 in L2S:
        for tag in ("first", "now"):
            scores = {t: [] for t in THRESHOLDS}
            for g in sorted({r["group"] for r in rows if r["tag"] == tag}):
                model = fit([r for r in rows if r["group"] != g], l2)
                for r in (r for r in rows if r["tag"] == tag and r["group"] == g):
                    seq = r["seq"]
                    before = _f1(golds[r["doc"]], _after(seq, set()))
                    for t in THRESHOLDS:
                        out = doubted(seq, r["ex"], model, t)
                        scores[t].append((before, _f1(golds[r["doc"]], _after(seq, out))))
            for t, pairs in scores.items():
                b = sum(x for x, _ in pairs) / len(pairs)
                a = sum(y for _, y in pairs) / len(pairs)
                print(f"L2 {l2:g} P(right) < {t}: {tag} ({len(pairs)} documents) heading F1 {b:.4f} -> {a:.4f}, "
                      f"{sum(y > x for x, y in pairs)} better, {sum(y < x for x, y in pairs)} worse", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--export", action="store_true", help="write the examples again from the check sets' commits")
    parser.add_argument("--study", action="store_true", help="leave-one-set-out over the examples")
    parser.add_argument("--out", type=Path, default=MODEL, help="where the trained model goes")
    args = parser.parse_args(argv)
    if args.export:
        export()
    if args.study:
        study()
        return 0
    rows = read_examples()
    for r in rows:
        r["ex"] = _examples(r)
    args.out.write_bytes(model_bytes(fit(rows)))
    print(f"{args.out}: trained on {sum(len(r['ex']) for r in rows)} headings of {len(rows)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
