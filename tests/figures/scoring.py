"""Score extracted figure records against a hand-checked gold list.

A gold file (`gold/<name>.tsv`) has one mention per line:

    context <TAB> mention <TAB> value <TAB> unit <TAB> indicator

`context` is the (up to) 6 letters and digits just before the mention in its
paragraph (lead + text), punctuation and spaces dropped, NFKC-folded, so the key
survives full-width/half-width and punctuation normalisation by the cleaner.
`# until: <words>` limits the gold to the paragraphs before the first paragraph
starting with <words> (a contiguous portion of a long document).

A record matches a gold line when its key (context, mention) is equal and its
value (relative 1e-9) and unit agree. Precision = matched / records in scope,
recall = matched / gold lines, indicator accuracy = matched with the same
indicator / matched.

    PYTHONPATH=tests python -m tests.figures.scoring hexi-2010     # prints the scores and every miss
"""
from __future__ import annotations

import math
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.figures.extract import extract_figures
from pipeline.model import Document, FigureRecord

from .documents import load_document, paragraphs

GOLD = Path(__file__).parent / "gold"
_CONTEXT = 6


@dataclass(frozen=True)
class GoldMention:
    context: str
    mention: str
    value: float
    unit: str
    indicator: str


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    indicator_accuracy: float
    extra: tuple[str, ...]          # records not in the gold list
    missed: tuple[str, ...]         # gold lines not found
    misnamed: tuple[str, ...]       # matched, but another indicator


def fold(text: str) -> str:
    """NFKC, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum() or c in ".%‰∶:")


def read_gold(name: str) -> tuple[list[GoldMention], str]:
    lines, until = [], ""
    for raw in (GOLD / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if raw.startswith("# until:"):
            until = fold(raw.split(":", 1)[1])
        elif raw.strip() and not raw.startswith("#"):
            context, mention, value, unit, indicator = (raw.split("\t") + [""] * 5)[:5]
            lines.append(GoldMention(context, fold(mention), float(value), unit, indicator))
    return lines, until


def records_in_scope(document: Document, until: str) -> list[tuple[FigureRecord, tuple[str, str]]]:
    wholes = {}
    for paragraph, _ in paragraphs(document):
        if until and fold(paragraph.lead + paragraph.text).startswith(until):
            break
        wholes[paragraph.id] = paragraph
    out = []
    for record in extract_figures(document):
        paragraph = wholes.get(record.paragraph)
        if paragraph is None:
            continue
        offset = 0 if record.part == "lead" else len(paragraph.lead)
        before = fold((paragraph.lead + paragraph.text)[:offset + record.start])
        out.append((record, (before[-_CONTEXT:], fold(record.mention))))
    return out


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def score(document: Document, gold: list[GoldMention], until: str = "") -> Score:
    pending = {}
    for g in gold:
        pending.setdefault((g.context, g.mention), []).append(g)
    records = records_in_scope(document, until)
    matched, named, extra, misnamed = 0, 0, [], []
    for record, key in records:
        candidates = pending.get(key, [])
        hit = next((g for g in candidates if _same_value(g.value, abs(record.value))
                    and g.unit == record.unit), None)
        if hit is None:
            extra.append(f"{record.id}\t{key[0]}\t{record.mention}\t{record.value:g}\t{record.unit}")
            continue
        candidates.remove(hit)
        matched += 1
        if hit.indicator == record.indicator:
            named += 1
        else:
            misnamed.append(f"{record.mention}: {record.indicator!r} != gold {hit.indicator!r}")
    missed = [f"{g.context}\t{g.mention}\t{g.value:g}\t{g.unit}" for c in pending.values() for g in c]
    return Score(matched / len(records) if records else 1.0, matched / len(gold) if gold else 1.0,
                 named / matched if matched else 1.0, tuple(extra), tuple(missed), tuple(misnamed))


def score_named(name: str) -> Score:
    gold, until = read_gold(name)
    return score(load_document(name), gold, until)


if __name__ == "__main__":
    for doc_name in sys.argv[1:]:
        s = score_named(doc_name)
        print(f"{doc_name}: precision {s.precision:.3f} recall {s.recall:.3f} "
              f"indicator accuracy {s.indicator_accuracy:.3f}")
        for label, rows in (("extra", s.extra), ("missed", s.missed), ("misnamed", s.misnamed)):
            for row in rows:
                print(f"  {label}\t{row}")
