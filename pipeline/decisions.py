"""What the front half decided and how sure it is: the report, the one warning, `pipeline explain`.

    pipeline explain report.txt          # the uncertain decisions: line, text, decision, reason, confidence
    pipeline explain report.txt --all    # every title, heading and boilerplate decision

The clean and structure stages attach a `Decision` to each call they make (pipeline.confidence
says how sure each kind of call is). A build writes them all to `build/<stem>.clean.json` and,
if some are uncertain, warns once per document, pointing at `pipeline explain`, which reruns
decode -> clean -> structure (no figures, no XML; pipeline.build.explain_decisions) and prints them.
"""
from __future__ import annotations

import dataclasses
import shlex
import unicodedata
from pathlib import Path
from typing import Iterable

from . import log
from .confidence import title_confidence, uncertain
from .model import Cleaned, Corrections, Decision, Document

TEXT_WIDTH = 40      # display columns of a line's text in `explain`


def collect_decisions(cleaned: Cleaned, document: Document, title_override: str = "") -> list[Decision]:
    """Both stages' decisions in line order; the title's says 'override' when --title (or the
    sidecar's title:) chose it, whichever way the override reached the document."""
    decisions = [*cleaned.decisions, *document.decisions]
    if title_override:
        decisions = overridden_title(decisions, title_override)
    return sorted(decisions, key=lambda d: d.line)


def decisions_report(decisions: list[Decision], corrections: Corrections) -> dict:
    """The part of build/<stem>.clean.json about decisions (merged into the cleaning report)."""
    out = {"decisions": [dataclasses.asdict(d) for d in decisions],
           "uncertain": len(uncertain(decisions))}
    if corrections.source:
        out["corrections"] = corrections.source
    return out


def overridden_title(decisions: list[Decision], title: str) -> list[Decision]:
    """The title decision once --title (or the sidecar's title:) replaced the inferred one."""
    value, reason = title_confidence("override", title)
    rest = [d for d in decisions if d.kind != "title"]
    return [Decision(0, title, "title", "title", reason, value), *rest]


def explain_command(source: Path | str, corrections: str = "") -> str:
    """How to see the uncertain decisions of `source` again."""
    parts = ["pipeline", "explain", str(source)] + (["--corrections", corrections] if corrections else [])
    return shlex.join(parts)


def warn_uncertain(source: Path | str, corrections: str, decisions: Iterable[Decision]) -> int:
    """One warning for the whole document if any decision is uncertain; returns how many are."""
    count = len(uncertain(decisions))
    if count:
        noun = "decision is" if count == 1 else "decisions are"
        log.warn(f"{count} structure {noun} uncertain: {explain_command(source, corrections)}",
                 Path(source).name)
    return count


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int = TEXT_WIDTH) -> str:
    """The text cut to `width` display columns (CJK counts two), padded to it."""
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1 and _width(text) > width:
            out.append("…")
            used += 1
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * max(0, width - used)


def format_decisions(decisions: list[Decision]) -> str:
    """A table: line, text, decision, reason, confidence; one decision per row."""
    rows = [f"{'line':>6}  {'kind':<11}  {'decision':<13}  {'conf':>4}  {_clip('text')}  reason"]
    for d in decisions:
        line = str(d.line) if d.line else "-"
        rows.append(f"{line:>6}  {d.kind:<11}  {d.decision:<13}  {d.confidence:>4.2f}  {_clip(d.text)}  {d.reason}")
    return "\n".join(rows)

