"""Three learned second looks over the rules' output, studied at first sight (none shipped).

    .venv/bin/python scripts/second_looks.py      # about a minute: one exported tree per first-sight commit

WHY (issue #11): the heading veto, a model trained on the rules' first-sight mistakes, is the one
change that moved documents nobody tuned on. `scripts/first_sight_errors.py` says what else first
sight loses; this script asks whether a model over the same kind of evidence recovers it:
- PROMOTER: each short paragraph the rules left as text (a line of at most PROMOTE_WORDS English
  words or PROMOTE_CHARS Chinese characters; no list item, listing, lead or signature), read by its
  shape (end mark, numbering, capitals, length, a date, a colon, separators, a byline's opening),
  its peers among the headings found (how many share its numbering or capitals), its neighbours
  (heading or paragraph, their ends and lengths) and its place (front matter or body); a heading
  when P(heading) >= the threshold, at the depth of the nearest heading of its numbering, else one
  below the heading right over it, else that of the heading before it. First the ceiling: every
  short paragraph that IS a gold heading promoted.
- NO HEADINGS HERE: a document-level model over the headings the rules found (how many, their
  reasons, numbering, capitals, ends, where the first stands, the text's length); when P(the gold
  has no heading) >= the threshold, every heading becomes text again.
- A LONE TOP HEADING LIFTED: where one top-level heading holds all the others (three or more), it
  becomes text and the others move up a level.

Each model is trained leave-one-set-out on the first-sight outputs (scripts/title_first_sight.py
SETS and SCORED_AT; `git archive` of each commit, today's text and gold copied in), the set it
decides left out, optionally with today's outputs of every other dev and extra document
("+today"), as the veto was chosen. A document's heading F1 is score.py's, computed from the
Document's headings (the XML's sections are the Document's). Blind check sets and held-out
documents are never read. Findings: docs/structure.md, "What first sight loses".
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

PROMOTE_WORDS, PROMOTE_CHARS = 14, 40
L2S = (1e-3, 3e-3, 1e-2, 3e-2)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _export_script() -> str:
    """Run inside a tree (argv: tree, then documents): each Document in reading order, one JSON line each."""
    from train_veto import OLD_TREE

    return OLD_TREE + EXPORT


EXPORT = r'''
import contextlib, io
def para(p, zone):
    plain = not (getattr(p, "item", False) or getattr(p, "verbatim", "") or getattr(p, "lead", "") or getattr(p, "signature", False))
    return ["p", p.text, plain, zone]
for path in sys.argv[2:]:
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            d = structure_document(clean_text(decode_bytes(open(path, "rb").read(), name=os.path.basename(path)).text,
                                              source_file=os.path.basename(path)))
    except Exception:
        continue
    why = {"".join(x.text.split()): x.reason.split(":")[0][:30] for x in d.decisions
           if x.kind == "heading" and x.decision.startswith("level")}
    seq = [para(p, "front") for p in d.front]
    for s, depth in walk(d.sections, 1):
        seq.append(["h", s.title, depth, why.get("".join(s.title.split()), "?")])
        seq += [para(p, "body") for p in s.paragraphs]
    print(json.dumps({"doc": os.path.basename(path)[:-4], "lang": d.lang, "seq": seq}, ensure_ascii=False))
'''


def exported(tree: Path, documents: list[Path]) -> list[dict]:
    out = subprocess.run([sys.executable, "-c", _export_script(), str(tree)] + [str(d) for d in documents],
                         capture_output=True, text=True, cwd=tree)
    if out.returncode:
        sys.exit(f"second_looks: reading with {tree} failed: {out.stderr.strip().splitlines()[-1:]}")
    return [json.loads(line) for line in out.stdout.splitlines()]


class Study:
    """The scorer's comparison and the shared features, over one exported Document."""

    def __init__(self) -> None:
        import accuracy
        from pipeline.structure import signals
        from pipeline.structure.features import _bucket, fold
        from pipeline.structure.veto import BYLINE, DATE, SEPARATOR, _caps, end_class

        self.score = accuracy._scorer(accuracy.corpus_dir(), "score")
        self.sg, self.bucket, self.fold = signals, _bucket, fold
        self.byline, self.date, self.separator, self.caps, self.end = BYLINE, DATE, SEPARATOR, _caps, end_class

    @staticmethod
    def gold(source: Path) -> list[tuple[int, set[str]]]:
        """The document's gold headings, normalised as score.py compares them."""
        from accuracy import gold_of
        from train_veto import _gold_headings

        return _gold_headings(json.loads(gold_of(source).read_text(encoding="utf-8")))

    @staticmethod
    def f1(got: list[tuple[int, str]], want: list[tuple[int, set[str]]]) -> float:
        """score.py's heading F1 on (level, text)."""
        from train_veto import f1_of

        return f1_of(want, got)

    def style(self, text: str) -> str:
        return self.fold(self.sg.numbering(text)) or "none"

    # ---- the promoter
    def short(self, item: list, en: bool) -> bool:
        if item[0] != "p" or not item[2]:
            return False
        text = item[1].strip()
        if not text or "\n" in text:
            return False
        return len(text.split()) <= PROMOTE_WORDS and len(text) <= 100 if en else len(text) <= PROMOTE_CHARS

    def promoter_features(self, seq: list[list], en: bool) -> list[tuple[int, dict[str, float]]]:
        lang = "en" if en else "zh"
        heads = [x for x in seq if x[0] == "h"]
        styles, capitals = Counter(self.style(x[1]) for x in heads), Counter(self.caps(x[1]) for x in heads)
        texts = Counter(self.score.hnorm(x[1]) for x in seq if x[0] == "p")
        n = len(heads)
        out = []
        for i, item in enumerate(seq):
            if not self.short(item, en):
                continue
            text, style = item[1].strip(), self.style(item[1])
            f = {"bias": 1, f"lang={lang}": 1, f"zone={item[3]}|{lang}": 1, f"end={self.end(text)}|{lang}": 1,
                 f"num={style}|{lang}": 1, self.bucket(len(text), (4, 8, 12, 16, 24, 32, 48, 64), "len") + "|" + lang: 1,
                 "nheads=" + ("0" if not n else "1" if n == 1 else "2-5" if n <= 5 else "6+") + "|" + lang: 1}
            if en:
                caps = self.caps(text)
                f[f"caps={caps}"] = 1
                f[self.bucket(len(text.split()), (2, 3, 5, 8, 12), "words")] = 1
                f[f"caps-peers={min(capitals[caps], 3)}|{caps}"] = 1
                f["byline"] = 1 if self.byline.match(text) else 0
            if style != "none":
                f[f"style-peers={min(styles[style], 3)}"] = 1
            f[f"date|{lang}"] = 1 if self.date.search(text) else 0
            f[f"digit|{lang}"] = 1 if any(c.isdigit() for c in text) else 0
            f["sep"] = 1 if self.separator.search(text) else 0
            f[f"colon-in|{lang}"] = 1 if ":" in text[:-1] or "：" in text[:-1] else 0
            f["repeated"] = 1 if texts[self.score.hnorm(text)] > 1 else 0
            for side, k in (("prev", i - 1), ("next", i + 1)):
                other = seq[k] if 0 <= k < len(seq) else None
                f[f"{side}={'none' if other is None else other[0]}|{lang}"] = 1
                if other and other[0] == "p":
                    f[f"{side}-end={self.end(other[1])}|{lang}"] = 1
                    f[self.bucket(len(other[1]), (20, 40, 80, 160, 400), side + "p") + "|" + lang] = 1
                    f[f"{side}-short"] = 1 if self.short(other, en) else 0
            out.append((i, {k: v for k, v in f.items() if v}))
        return out

    def promoted_depth(self, seq: list[list], i: int) -> int:
        style = self.fold(self.sg.numbering(seq[i][1]))
        if style:
            same = [k for k, x in enumerate(seq) if x[0] == "h" and self.fold(self.sg.numbering(x[1])) == style]
            if same:
                before = [k for k in same if k < i]
                return seq[before[-1] if before else same[0]][2]
        before = [k for k in range(i) if seq[k][0] == "h"]
        if not before:
            return 1
        return seq[before[-1]][2] + (1 if before[-1] == i - 1 else 0)

    def headings(self, seq: list[list], promoted: set[int] = frozenset()) -> list[tuple[int, str]]:
        return [(x[2], self.score.hnorm(x[1])) if x[0] == "h" else (self.promoted_depth(seq, i), self.score.hnorm(x[1]))
                for i, x in enumerate(seq) if x[0] == "h" or i in promoted]

    # ---- no headings here
    def document_features(self, seq: list[list], en: bool) -> dict[str, float]:
        lang = "en" if en else "zh"
        heads = [x for x in seq if x[0] == "h"]
        paras = [x for x in seq if x[0] == "p"]
        n = len(heads)
        f = {"bias": 1, f"lang={lang}": 1, "nheads=" + ("1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+") + "|" + lang: 1,
             self.bucket(sum(len(x[1]) for x in paras), (500, 1000, 2000, 4000, 8000, 16000), "chars") + "|" + lang: 1,
             self.bucket(len(paras), (5, 10, 20, 40, 80), "paras"): 1}
        for x in heads:
            f[f"why={x[3]}|{lang}"] = 1
            f[f"hend={self.end(x[1])}|{lang}"] = 1
            if en:
                f[f"caps={self.caps(x[1])}"] = 1
        unnumbered = sum(self.style(x[1]) == "none" for x in heads)
        f["numbered=" + ("all" if not unnumbered else "none" if unnumbered == n else "some")] = 1
        read, first_at = 0, None
        for x in seq:
            if x[0] == "h" and first_at is None:
                first_at = read
            if x[0] == "p":
                read += len(x[1])
        share = (first_at or 0) / (read or 1)
        f["first=" + ("top" if share < .05 else "early" if share < .25 else "mid" if share < .75 else "late")] = 1
        f[f"depths={min(len({x[2] for x in heads}), 3)}"] = 1
        f[self.bucket(max(len(x[1]) for x in heads), (8, 16, 32, 64), "hlen") + "|" + lang] = 1
        return f


def main() -> int:
    import accuracy
    import first_sight_errors as fse
    import title_first_sight as fs
    import train
    from pipeline import linear

    study = Study()
    set_of = {prefix: name for name, prefixes in fs.SETS.items() for prefix in prefixes}
    by_commit = fse.first_sight_documents()
    first = [dict(r, set=set_of[r["doc"][:2]]) for commit, documents in by_commit.items()
             for r in exported(fse.export(commit, documents), documents)]
    today_docs = [p for p in accuracy.documents(accuracy.corpus_dir(), "extra") + accuracy.documents(accuracy.corpus_dir(), "dev")
                  if not p.stem.startswith(tuple(train.BLIND))]
    today = exported(REPO, today_docs)
    source_of = {p.stem: p for p in today_docs + [p for documents in by_commit.values() for p in documents]}
    for rows in (first, today):
        for r in rows:
            r["en"] = r["lang"].startswith("en")
            r["want"] = study.gold(source_of[r["doc"]])
            r["base"] = study.f1(study.headings(r["seq"]), r["want"])
            texts = set().union(*(t for _, t in r["want"]))
            r["cands"] = study.promoter_features(r["seq"], r["en"])
            r["labels"] = ["head" if study.score.hnorm(r["seq"][i][1]) in texts else "other" for i, _ in r["cands"]]
    sets = sorted({r["set"] for r in first})
    n = len(first)
    base = sum(r["base"] for r in first) / n
    print(f"First sight: {n} documents of {len(by_commit)} commits, heading F1 {base:.4f}")

    def outcome(scores: list[tuple[float, float]]) -> str:
        return (f"{sum(b for _, b in scores) / n:.4f} | {sum(b > a + 1e-9 for a, b in scores)} / "
                f"{sum(b < a - 1e-9 for a, b in scores)}")

    print("\n**Promoter** (short paragraphs left as text):", sum(len(r["cands"]) for r in first), "candidates,",
          sum(r["labels"].count("head") for r in first), "of them gold headings")
    print("| variant | heading F1 | better / worse | promoted right / wrong |\n|---|---|---|---|")
    for zones in (("body",), ("body", "front")):
        ceiling = [(r["base"], study.f1(study.headings(r["seq"], {i for (i, _), label in zip(r["cands"], r["labels"])
                                                                  if label == "head" and r["seq"][i][3] in zones}), r["want"]))
                   for r in first]
        print(f"| ceiling: every gold heading among the {' and '.join(zones)} candidates | {outcome(ceiling)} | |")
    for mix in (False, True):
        for l2 in L2S:
            models = {}
            for s in sets:
                rows = [r for r in first if r["set"] != s] + ([r for r in today if not r["doc"].startswith(fs.SETS[s])] if mix else [])
                models[s] = train.fit([f for r in rows for _, f in r["cands"]], [lab for r in rows for lab in r["labels"]], l2)
            for threshold in THRESHOLDS:
                scores, right, wrong = [], 0, 0
                for r in first:
                    label = dict((i, lab) for (i, _), lab in zip(r["cands"], r["labels"]))
                    chosen = {i for i, f in r["cands"] if linear.probability(models[r["set"]], f, "head") >= threshold}
                    right += sum(label[i] == "head" for i in chosen)
                    wrong += sum(label[i] != "head" for i in chosen)
                    scores.append((r["base"], study.f1(study.headings(r["seq"], chosen), r["want"])))
                print(f"| {'+today, ' if mix else ''}L2 {l2}, P >= {threshold} | {outcome(scores)} | {right} / {wrong} |")

    found = [r for r in first if any(x[0] == "h" for x in r["seq"])]
    for r in first + today:
        if any(x[0] == "h" for x in r["seq"]):
            r["doc_f"] = study.document_features(r["seq"], r["en"])
    print(f"\n**No headings here**: {len(found)} first-sight documents with a heading found, "
          f"{sum(not r['want'] for r in found)} of them with none in the gold")
    print("| variant | heading F1 | better / worse |\n|---|---|---|")
    for mix in (False, True):
        for l2 in L2S:
            models = {}
            for s in sets:
                rows = [r for r in found if r["set"] != s] + ([r for r in today if "doc_f" in r and not r["doc"].startswith(fs.SETS[s])] if mix else [])
                models[s] = train.fit([r["doc_f"] for r in rows], ["none" if not r["want"] else "some" for r in rows], l2)
            for threshold in THRESHOLDS:
                scores = [(r["base"], study.f1([], r["want"]) if "doc_f" in r and linear.probability(models[r["set"]], r["doc_f"], "none") >= threshold
                           else r["base"]) for r in first]
                print(f"| {'+today, ' if mix else ''}L2 {l2}, P >= {threshold} | {outcome(scores)} |")

    print("\n**A lone top heading lifted** (one top-level heading over three headings or more)")
    print("| documents | lone tops | not in the gold | better / worse |\n|---|---|---|---|")
    for name, rows in (("first sight", first), ("today (dev + extra)", today)):
        tops = []
        for r in rows:
            heads = [x for x in r["seq"] if x[0] == "h"]
            if len(heads) >= 3 and heads[0][2] == 1 and sum(x[2] == 1 for x in heads) == 1:
                lifted = study.f1([(x[2] - 1, study.score.hnorm(x[1])) for x in heads[1:]], r["want"])
                tops.append((r["base"], lifted, any(study.score.hnorm(heads[0][1]) in t for _, t in r["want"])))
        print(f"| {name} | {len(tops)} | {sum(not g for _, _, g in tops)} | "
              f"{sum(b > a + 1e-9 for a, b, _ in tops)} / {sum(b < a - 1e-9 for a, b, _ in tops)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
