"""Where the body kept score loses: the gold body's letters the XML does not hold, with context.

    .venv/bin/python scripts/body_lost.py d4_rfc4648_base_encodings_en   # one dev or extra document
    .venv/bin/python scripts/body_lost.py --split extra                 # every document of a split

Why: `body kept` (score.py) is one number, the share of the gold body's letters and digits found in
order in the XML (their longest common subsequence). To tell a real loss (a cleaning rule removing
a sentence) from scorer noise (a title the body repeats, a verbatim block) one must see which
letters are missing and on which source line. This prints each run of unmatched gold letters with
its source line numbers, the line's text around it, and where the run also stands in the XML
(`xml-elsewhere`: the XML holds the letters, outside the scored order, e.g. the title).

It refuses held-out documents (issue #11's split): their per-line errors must not be read.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # noqa: E402  (the harness beside this script)


@dataclass(frozen=True)
class LostRun:
    """One run of gold-body letters with no partner in the XML's letters."""
    text: str              # the lost letters
    line: int              # 1-based source line where the run starts
    end_line: int          # ... and where it ends
    context: str           # the source line(s) it comes from
    elsewhere: bool        # the run (>= 2 letters) occurs somewhere in the XML's letters


# The gold body's letters and the XML's, as score.py builds them: one definition, in the harness.
body_letters = accuracy.body_letters
xml_letters = accuracy.xml_letters


def lost_runs(gold: str, where: list[int], got: str, lines: list[str]) -> list[LostRun]:
    """Runs of `gold` letters the LCS with `got` leaves unmatched, each with its source lines."""
    from rapidfuzz.distance import LCSseq
    lost = sorted(op.src_pos for op in LCSseq.editops(gold, got) if op.tag == "delete")
    runs: list[list[int]] = []
    for pos in lost:
        if runs and pos == runs[-1][-1] + 1:
            runs[-1].append(pos)
        else:
            runs.append([pos])
    out = []
    for run in runs:
        text = "".join(gold[p] for p in run)
        first, last = where[run[0]], where[run[-1]]
        context = " / ".join(lines[n - 1].strip() for n in range(first, min(last, first + 2) + 1))
        out.append(LostRun(text, first, last, context, len(text) >= 2 and text in got))
    return out


def report(source: Path) -> list[LostRun]:
    """Build the document's XML in-process and return its lost runs."""
    import json
    gold = json.loads(accuracy.gold_of(source).read_text(encoding="utf-8"))
    src = accuracy.source_text(source, gold)
    letters, where = body_letters(src, gold)
    from pipeline import log
    with accuracy._quiet(log):
        xml = accuracy.front_half_xml(source)
    return lost_runs(letters, where, xml_letters(xml), src.lstrip("\ufeff").splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="*", help="document ids (dev or extra)")
    parser.add_argument("--split", choices=("dev", "extra"), help="every document of this split")
    args = parser.parse_args(argv)
    corpus = accuracy.corpus_dir()
    sys.path.insert(0, str(accuracy.REPO))
    wanted = set(args.docs)
    held = sorted(w for w in wanted if any(h == w or h.startswith(w + "_") or w.startswith(h + "_") for h in accuracy.HELD_OUT))
    if held:
        print(f"error: {', '.join(held)} is held-out; its losses are not read", file=sys.stderr)
        return 2
    sources = [p for p in accuracy.documents(corpus) if (args.split and accuracy.split_of(p.stem) == args.split)
               or p.stem in wanted or any(p.stem.startswith(w + "_") for w in wanted)]
    if not sources:
        print("error: no such dev or extra document", file=sys.stderr)
        return 2
    for source in sources:
        if accuracy.split_of(source.stem) not in ("dev", "extra"):
            print(f"error: {source.stem} is not a dev or extra document (held-out losses are not read)",
                  file=sys.stderr)
            return 2
    for source in sources:
        runs = report(source)
        print(f"## {source.stem}: {sum(len(r.text) for r in runs)} letters lost in {len(runs)} runs")
        for r in runs:
            span = f"{r.line}" if r.line == r.end_line else f"{r.line}-{r.end_line}"
            mark = " [xml-elsewhere]" if r.elsewhere else ""
            print(f"  L{span} lost {r.text[:60]!r}{mark}\n      {r.context[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
