"""The cleaning report: what was removed and why, as a JSON-ready dict (build/<stem>.clean.json).

    cleaning_report(cleaned, decoded)["removed_by_rule"] == {"search-prompt": 1, ...}
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict

from ..model import Cleaned, Decoded
from .rules_gutenberg import gutenberg_fields


def cleaning_report(cleaned: Cleaned, decoded: Decoded) -> dict:
    """Encoding, counts, provenance, every removal (line, rule, text), the normalisation counts and
    the mojibake repairs (line, garbled text, its repair)."""
    total = len(decoded.text.split("\n")) - decoded.text.endswith("\n")
    kept = set(cleaned.line_numbers)
    header = gutenberg_fields(r.text for r in cleaned.removed if r.rule == "gutenberg-header")
    return {
        "source_file": cleaned.provenance.source_file,
        "encoding": decoded.encoding,
        "replaced": decoded.replaced,
        "removed_controls": decoded.removed_controls,
        "lines": {"input": total, "kept": len(cleaned.lines),
                  "removed": len({r.line for r in cleaned.removed if r.line not in kept})},
        "provenance": asdict(cleaned.provenance),
        "header": {k: header[k] for k in ("title", "author", "language") if k in header},
        "removed_by_rule": dict(Counter(r.rule for r in cleaned.removed)),
        "removed": [{"line": r.line, "rule": r.rule, "text": r.text} for r in cleaned.removed],
        "normalised": {n.rule: n.count for n in cleaned.normalised},
        "repaired": [{"line": r.line, "text": r.text, "fixed": r.put}
                     for r in cleaned.removed if r.rule == "mojibake"],
    }
