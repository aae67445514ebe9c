"""How well the confidence of each decision tells right from wrong, on the corpus's gold.

    .venv/bin/python scripts/confidence_check.py [CORPUS]      # default ../shared/corpus

Rerun it whenever the cleaning or structure rules change: the confidence table
(pipeline/confidence.py) is judged by it, and docs/decisions.md quotes its output.
A heading decision is right when its text (compared as the corpus's scorer does: NFKC, no
whitespace, stray '?', edit links or decoration) and its level are in the gold; a removal
when its line number or text is gold boilerplate; the title when it is the gold title or
an alternative.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import log  # noqa: E402
from pipeline.clean import clean_text  # noqa: E402
from pipeline.confidence import uncertain  # noqa: E402
from pipeline.decode import decode_bytes  # noqa: E402
from pipeline.structure import structure_document  # noqa: E402


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s|\?|\[edit\]|\[编辑\]|\*+", "", text)


def judge(decision, gold) -> bool:
    if decision.kind == "heading":
        heads = {(norm(h["text"]), h["level"]) for h in gold["headings"]}
        if decision.decision.startswith("level"):
            return (norm(decision.text), int(decision.decision.split()[-1])) in heads
        return norm(decision.text) not in {t for t, _ in heads}
    if decision.kind == "title":
        return norm(decision.text) in {norm(gold["title"])} | {norm(t) for t in gold.get("title_alternatives", [])}
    if decision.decision == "kept":
        return decision.line not in set(gold.get("boilerplate_line_numbers", []))
    return (decision.line in set(gold.get("boilerplate_line_numbers", []))
            or norm(decision.text) in {norm(t) for t in gold.get("boilerplate_lines", [])})


def main(corpus: Path) -> None:
    log.logger.setLevel(logging.ERROR)
    by_band: dict = defaultdict(lambda: [0, 0])
    by_flag: dict = defaultdict(lambda: [0, 0])
    print(f"{'document':44} decisions uncertain")
    for doc in sorted((corpus / "docs").glob("*.txt")):
        gold = json.loads((corpus / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        cleaned = clean_text(decode_bytes(doc.read_bytes(), name=doc.name).text, source_file=doc.name)
        document = structure_document(cleaned)
        every = [*cleaned.decisions, *document.decisions]
        flagged = uncertain(every)
        print(f"{doc.stem[:44]:44} {len(every):9} {len(flagged):9}")
        for d in every:
            right = judge(d, gold)
            band = ">=0.9" if d.confidence >= 0.9 else "0.7-0.9" if d.confidence >= 0.7 else "<0.7"
            flag = "flagged" if d in flagged else "under flagged" if "under an uncertain" in d.reason else "not flagged"
            for table, key in ((by_band, (d.kind, band)), (by_flag, (d.kind, flag))):
                table[key][0] += right
                table[key][1] += 1
    print("\nkind         confidence  right")
    for (kind, band), (right, n) in sorted(by_band.items()):
        print(f"{kind:12} {band:10} {right:4} of {n}")
    print("\nkind         warning        right wrong")
    for (kind, flag), (right, n) in sorted(by_flag.items()):
        print(f"{kind:12} {flag:14} {right:5} {n - right:5}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(os.environ.get("PIPELINE_CORPUS", REPO.parent / "shared" / "corpus")))
