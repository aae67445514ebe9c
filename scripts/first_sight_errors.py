"""What the front half loses at first sight, by kind of error: the check sets as the rules first read them.

    .venv/bin/python scripts/first_sight_errors.py            # every check set with a first-sight commit, and today
    .venv/bin/python scripts/first_sight_errors.py --json F   # also one JSON line per document and reading

WHY (issue #11): the check sets score 0.57-0.70 heading F1 at first sight and about 0.9 once rules
were written for them; rules written for one set have not carried to the next. Before writing more
of them, this says what the first-sight loss is made of. For each check set whose first-sight
commit scripts/title_first_sight.py records (SCORED_AT), the commit's tree is exported (`git
archive`, no ranker hook: the rules and models as they were), today's text and gold of the set
copied in, and each document's headings compared with the gold's as score.py compares them
(`hnorm` text, level): a heading right in text and level; right in text at another LEVEL; a gold
heading MISSED (its text nowhere among the headings); a heading the gold has not (EXTRA). The
same documents are then read by today's rules (tuned on them since): what rules written for a set
fix there. The title is counted as score.py counts it. A second table says what each kind of error
costs: the mean heading F1 were every heading of that kind mended, and the documents lost whole
(no heading in the gold but some found, or the other way round: F1 0 either way). A third says
where each missed heading went: a paragraph of its own, the start of one (joined to its text) or
inside one, in the body or the front matter; the title; or nowhere (the cleaner removed it). Blind check sets
(scripts/train.py BLIND) and held-out documents are never read. Nothing here is run by `make`: it
needs the git history and about a minute.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
WORK = REPO / "build" / "first-sight-errors"

# run inside a tree (argv: tree, corpus, then documents): one JSON line per document
READ = r'''
import importlib.util, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/scripts")
import accuracy
from lxml import etree
spec = importlib.util.spec_from_file_location("score", sys.argv[2] + "/score.py")
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
def walk(el, depth, got):
    for ch in el:
        if ch.tag in sc.SECTIONS and ch.get("role") != "figures-appendix" \
                and not (ch.tag == sc.DB + "appendix" and ch.get("role", "").startswith("generated")):
            got.append((depth, sc.hnorm(sc.title_of(ch))))
            walk(ch, depth + 1, got)
for path in sys.argv[3:]:
    source = Path(path)
    gold = json.loads(accuracy.gold_of(source).read_text(encoding="utf-8"))
    try:
        root = etree.fromstring(accuracy.front_half_xml(source), etree.XMLParser(resolve_entities=False, no_network=True))
    except Exception as error:
        print(json.dumps({"doc": source.stem, "error": repr(error)})); continue
    got = []
    walk(root, 1, got)
    want = [(h["level"], {sc.hnorm(h["text"])} | ({sc.hnorm(h["text"] + "".join(h["continuation_lines"]))}
                                                  if h.get("continuation_lines") else set())) for h in gold["headings"]]
    used, matched = set(), set()
    for strict in (True, False):
        for g, (level, texts) in enumerate(want):
            if g in matched:
                continue
            for k, (depth, text) in enumerate(got):
                if k not in used and text in texts and (depth == level or not strict):
                    used.add(k); matched.add(g)
                    if not strict:
                        print(json.dumps({"doc": source.stem, "level": [level, depth]}))
                    break
    titles = {sc.norm(gold["title"])} | {sc.norm(t) for t in gold.get("title_alternatives", [])}
    paras = [("body" if any(a.tag in sc.SECTIONS for a in p.iterancestors()) else "front", sc.hnorm("".join(p.itertext())))
             for p in root.iter(sc.DB + "para")]
    where = {}
    for g, (level, texts) in enumerate(want):
        if g in matched:
            continue
        place = "title" if any(t and t in sc.hnorm(sc.title_of(root)) for t in texts) else "absent"
        for zone, text in paras:
            hit = next((how for how, ok in (("whole", lambda t: text == t), ("start", text.startswith), ("inside", text.__contains__))
                        if any(t and ok(t) for t in texts)), None)
            if hit:
                place = f"{zone} paragraph, {hit}"
                break
        where[place] = where.get(place, 0) + 1
    print(json.dumps({"doc": source.stem, "gold": len(want), "got": len(got), "missed": len(want) - len(matched),
                      "extra": len(got) - len(used), "title_ok": sc.title_of(root) in titles, "missed_where": where}))
'''


PLACES = tuple(f"{zone} paragraph, {how}" for zone in ("body", "front") for how in ("whole", "start", "inside")) + ("title", "absent")


def read(tree: Path, documents: list[Path]) -> dict[str, dict]:
    """Each document as `tree`'s rules read it: gold/got/missed/extra counts, level errors, title right."""
    import accuracy

    out = subprocess.run([sys.executable, "-c", READ, str(tree), str(accuracy.corpus_dir())] + [str(d) for d in documents],
                         capture_output=True, text=True, cwd=tree)
    if out.returncode:
        sys.exit(f"first_sight_errors: reading with {tree} failed: {out.stderr.strip().splitlines()[-1:]}")
    rows: dict[str, dict] = {}
    for line in out.stdout.splitlines():
        row = json.loads(line)
        entry = rows.setdefault(row["doc"], {"levels": []})
        if "level" in row:
            entry["levels"].append(row["level"])
        else:
            entry.update(row)
    return rows


def export(commit: str, documents: list[Path]) -> Path:
    """The commit's pipeline and scripts, today's text and gold of `documents` copied in."""
    tree = WORK / commit
    if not (tree / "pipeline").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        data = subprocess.run(["git", "archive", commit, "pipeline", "scripts", "tests/corpus/extra"], cwd=REPO,
                              capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(tree, filter="data")
    for source in documents:
        for path in (source, source.parent.parent / "gold" / f"{source.stem}.json"):
            target = tree / path.relative_to(REPO)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return tree


def summary(rows: dict[str, dict], lang_of: dict[str, str]) -> dict[str, dict]:
    """Per language and for all: documents, gold headings, headings found, right, wrong level, missed, extra, titles."""
    out: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for doc, row in rows.items():
        if "gold" not in row:
            continue
        for lang in (lang_of[doc], "all"):
            s = out[lang]
            s["documents"] += 1
            s["gold"] += row["gold"]
            s["got"] += row["got"]
            s["level"] += len(row["levels"])
            s["missed"] += row["missed"]
            s["extra"] += row["extra"]
            s["right"] += row["gold"] - row["missed"] - len(row["levels"])
            s["titles"] += bool(row["title_ok"])
    return out


def f1(gold: int, got: int, right: int) -> float:
    """score.py's heading F1 from counts (no heading in either: 1.0; in one only: 0.0)."""
    if not gold and not got:
        return 1.0
    return 2 * right / (gold + got) if gold and got else 0.0


def what_if(rows: dict[str, dict], lang_of: dict[str, str]) -> dict[str, dict[str, float]]:
    """Per language: mean heading F1, and what it would be with each kind of error gone (every
    wrong level right, every extra heading gone, every missed one found), and the documents lost
    whole: a text the gold gives no heading that got some (F1 0), one that got none where the gold
    has some (F1 0)."""
    out: dict[str, dict[str, float]] = {}
    for lang in sorted({lang_of[d] for d in rows if "gold" in rows[d]}):
        docs = [r for d, r in rows.items() if "gold" in r and lang_of[d] == lang]
        right = [r["gold"] - r["missed"] - len(r["levels"]) for r in docs]
        mean = lambda scores: sum(scores) / len(docs)
        base = mean(f1(r["gold"], r["got"], k) for r, k in zip(docs, right))
        out[lang] = {"F1": base,
                     "levels right": mean(f1(r["gold"], r["got"], k + len(r["levels"])) for r, k in zip(docs, right)) - base,
                     "extras gone": mean(f1(r["gold"], r["got"] - r["extra"], k) for r, k in zip(docs, right)) - base,
                     "misses found": mean(f1(r["gold"], r["got"] + r["missed"], k + r["missed"]) for r, k in zip(docs, right)) - base,
                     "no heading in the gold, some found": sum(1 for r in docs if not r["gold"] and r["got"]),
                     "headings in the gold, none found": sum(1 for r in docs if r["gold"] and not r["got"])}
    return out


def first_sight_documents() -> dict[str, list[Path]]:
    """Each first-sight commit (scripts/title_first_sight.py SCORED_AT) -> the check-set documents it
    first scored (today's copies, with gold; blind sets never)."""
    import accuracy
    import title_first_sight as fs
    import train

    docs_dir = accuracy.EXTRA / "docs"
    by_commit: dict[str, list[Path]] = defaultdict(list)
    for prefix, commit in sorted(fs.SCORED_AT.items()):
        if prefix.startswith(tuple(train.BLIND)):
            continue
        by_commit[commit] += [p for p in sorted(docs_dir.glob(f"{prefix}*.txt")) if accuracy.gold_of(p).exists()
                              and re.match(rf"{prefix}\d", p.stem)]
    return by_commit


def main(argv: list[str] | None = None) -> int:
    import accuracy
    import title_first_sight as fs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write one JSON line per document and reading here")
    args = parser.parse_args(argv)
    docs_dir = accuracy.EXTRA / "docs"
    by_commit = first_sight_documents()
    first: dict[str, dict] = {}
    for commit, documents in by_commit.items():
        first.update(read(export(commit, documents), documents))
    documents = [docs_dir / f"{doc}.txt" for doc in sorted(first)]
    now = read(REPO, documents)
    # a document's language: English when its id says so or its opening holds no Chinese character
    lang_of = {d.stem: "en" if d.stem.endswith("_en") or not re.search(r"[\u4e00-\u9fff]", d.read_text(encoding="utf-8", errors="replace")[:4000])
               else "zh" for d in documents}
    print(f"{len(first)} documents of {len(by_commit)} first-sight commits (prefixes {', '.join(sorted(fs.SCORED_AT))})")
    print("| reading | lang | documents | gold headings | right | wrong level | missed | extra | titles right |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, rows in (("first sight", first), ("today", now)):
        for lang, s in sorted(summary(rows, lang_of).items()):
            print(f"| {name} | {lang} | {s['documents']} | {s['gold']} | {s['right']} | {s['level']} | {s['missed']} | "
                  f"{s['extra']} | {s['titles']} |")
    print()
    print("| reading | lang | heading F1 | + every level right | + every extra gone | + every miss found "
          "| documents with no gold heading that got some | documents with gold headings that got none |")
    print("|---|---|---|---|---|---|---|---|")
    for name, rows in (("first sight", first), ("today", now)):
        for lang, w in what_if(rows, lang_of).items():
            print(f"| {name} | {lang} | {w['F1']:.3f} | {w['levels right']:+.3f} | {w['extras gone']:+.3f} | "
                  f"{w['misses found']:+.3f} | {w['no heading in the gold, some found']} | {w['headings in the gold, none found']} |")
    print()
    print("Where the missed headings are (a paragraph of their own, at the start of one, inside one; the title; absent: removed)")
    print("| reading | lang | " + " | ".join(PLACES) + " |")
    print("|---|---|" + "---|" * len(PLACES))
    for name, rows in (("first sight", first), ("today", now)):
        for lang in ("en", "zh"):
            count = defaultdict(int)
            for doc, row in rows.items():
                if lang_of.get(doc) == lang:
                    for place, n in row.get("missed_where", {}).items():
                        count[place] += n
            print(f"| {name} | {lang} | " + " | ".join(str(count[p]) for p in PLACES) + " |")
    if args.json:
        with args.json.open("w", encoding="utf-8") as out:
            for name, rows in (("first sight", first), ("today", now)):
                for doc, row in sorted(rows.items()):
                    out.write(json.dumps({"reading": name, "lang": lang_of.get(doc), **row}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
