"""The learned edge-chrome classifier at a check set's FIRST SIGHT: the cleaner as it was before the
set was tuned on, the classifier trained on every other document of today's corpus.

    .venv/bin/python scripts/chrome_first_sight.py cbd95db8 ws,wt     # check set 20 (docs/cleaning.md)
    .venv/bin/python scripts/chrome_first_sight.py 27ef923e wq,wr     # check set 19

Why: leave-one-set-out (scripts/train_chrome.py --lsso) scores documents whose chrome the
hand-written rules were already tuned to remove; what the classifier is for is the chrome of a
site nobody tuned on. COMMIT is the last commit before the set's rounds of tuning (its first-sight
scores); the tree at COMMIT is extracted with `git archive` into a temporary directory, this
tree's pipeline/clean/rules_learned.py and scripts/train_chrome.py are copied into it, and the
set's documents are cleaned, the classifier's lines removed, built and scored THERE, with models
trained HERE on every training document outside PREFIXES (nothing of the set is trained on).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
L2S = (1e-3, 1e-2)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def train_models(prefixes: tuple[str, ...], folder: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    sys.path.insert(0, str(REPO))
    import train_chrome as tc

    train = tc._load("train")
    acc = train._accuracy()
    data = tc.examples(train, [s for s in train.training_documents(acc, acc.corpus_dir()) if not s.stem.startswith(prefixes)])
    for raw in (False, True):
        for l2 in L2S:
            (folder / f"{'kept+raw' if raw else 'kept'}_{l2:g}.json").write_text(json.dumps(tc.fit(train, data, l2, raw)))


def score_there(tree: Path, prefixes: tuple[str, ...], folder: Path) -> None:
    """Run inside the old tree: the set's documents under the rules alone and each variant."""
    sys.path.insert(0, str(tree / "scripts"))
    sys.path.insert(0, str(tree))
    os.chdir(tree)
    import train_chrome as tc

    train = tc._load("train")
    acc = train._accuracy()
    corpus = acc.corpus_dir()
    rows: dict[str, list] = {}
    for source in [p for p in acc.documents(corpus, "extra") if p.stem.startswith(prefixes)]:
        doc = tc.prepare(source, json.loads(acc.gold_of(source).read_text(encoding="utf-8")))
        rows.setdefault("rules alone", []).append((tc.score(acc, corpus, doc, frozenset()), 0, 0))
        for path in sorted(folder.glob("*.json")):
            trained = json.loads(path.read_text())
            for t in THRESHOLDS:
                for runs in ("any", "outer"):
                    gone = tc.removed_by(doc, tc.model_of(trained, t, runs=runs))
                    rows.setdefault(f"{path.stem.replace('_', ' edges, L2=')}, {runs} runs, t={t}", []).append(
                        (tc.score(acc, corpus, doc, gone), sum(doc.labels[i] == "chrome" for i in gone),
                         sum(doc.labels[i] == "body" for i in gone)))
    base = [r for r, _, _ in rows["rules alone"]]
    print("| variant | leaks | body kept | heading F1 | titles | lines removed: chrome / body | documents better / worse |\n"
          "|---|---|---|---|---|---|---|")
    for name, part in rows.items():
        got = [r for r, _, _ in part]
        n = len(got)
        better = sum(a["boilerplate_leaks"] < b["boilerplate_leaks"] and a["body_chars_kept"] >= b["body_chars_kept"]
                     and a["F1"] >= b["F1"] and a["title_ok"] >= b["title_ok"] for a, b in zip(got, base))
        worse = sum(a["boilerplate_leaks"] > b["boilerplate_leaks"] or a["body_chars_kept"] < b["body_chars_kept"]
                    or a["F1"] < b["F1"] or a["title_ok"] < b["title_ok"] for a, b in zip(got, base))
        print(f"| {name} | {sum(r['boilerplate_leaks'] for r in got)} | {sum(r['body_chars_kept'] for r in got) / n:.4f} | "
              f"{sum(r['F1'] for r in got) / n:.3f} | {sum(bool(r['title_ok']) for r in got)}/{n} | "
              f"{sum(x for _, x, _ in part)} / {sum(x for _, _, x in part)} | {better} / {worse} |")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--there"]:
        score_there(Path(argv[1]), tuple(argv[2].split(",")), Path(argv[3]))
        return 0
    commit, prefixes = argv[0], tuple(argv[1].split(","))
    with tempfile.TemporaryDirectory(prefix="chrome-first-sight-") as tmp:
        tree, folder = Path(tmp) / "tree", Path(tmp) / "models"
        tree.mkdir()
        folder.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        shutil.copy(REPO / "pipeline" / "clean" / "rules_learned.py", tree / "pipeline" / "clean")
        shutil.copy(REPO / "scripts" / "train_chrome.py", tree / "scripts")
        train_models(prefixes, folder)
        env = dict(os.environ)
        env.setdefault("PIPELINE_CORPUS", str((REPO / ".." / "shared" / "corpus").resolve()))
        return subprocess.run([sys.executable, __file__, "--there", str(tree), ",".join(prefixes), str(folder)],
                              env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
