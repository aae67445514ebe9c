"""Stage 2, clean: decoded text -> `Cleaned` (web-page boilerplate removed, typography normalised).

    from pipeline.clean import clean_text, cleaning_report
    cleaned = clean_text(decoded.text, source_file="hexi-2010.txt")
    report = cleaning_report(cleaned, decoded)      # the CLI writes it as build/<stem>.clean.json

Cleaning is a fold of small named rules (chain.py); docs/cleaning.md describes each one.
Every character of the input ends up in a kept line (possibly changed by a named typography
rule) or in a `Removal` that names the rule which removed it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from ..errors import InputError
from ..model import Cleaned, Corrections, Normalisation, Provenance
from .chain import BOILERPLATE_RULES, FORM_RULES, RULE_NAMES, TYPOGRAPHY_RULES
from .decisions import correct_lines, removal_decisions
from .fences import fenced_lines
from .page import Page
from .report import cleaning_report
from .zones import is_prose

__all__ = ["clean_text", "cleaning_report", "normalise_line", "BOILERPLATE_RULES",
           "TYPOGRAPHY_RULES", "RULE_NAMES"]


def clean_text(text: str, *, source_file: str = "", skip: Iterable[str] = (),
               corrections: Corrections | None = None) -> Cleaned:
    """Remove boilerplate and normalise typography; raise InputError when no text is left.

    `skip` names rules to switch off (see RULE_NAMES); `corrections` (the sidecar's
    drop:/keep:) are applied after the rules. Each removal gets a Decision with its confidence.
    """
    skip = frozenset(skip)
    unknown = skip - set(RULE_NAMES)
    if unknown:
        raise InputError(f"unknown cleaning rule(s): {', '.join(sorted(unknown))}")
    page = Page.from_text(text, source_file)
    for name, rule in FORM_RULES:
        if name not in skip:
            page = rule(replace(page, rule=name))
    page = replace(page, verbatim=fenced_lines(page.texts(), [line.number for line in page.lines]))
    held: tuple = ()
    for name, rule in BOILERPLATE_RULES:
        if name not in skip:
            page = rule(replace(page, rule=name))
        if name == HELD_BY and not held:
            page, held = _held_apart(page)
    page = replace(page, lines=held + page.lines)
    confirmed, kept = frozenset(), ()
    if corrections and (corrections.drop or corrections.keep):
        page, confirmed, kept = correct_lines(page, Page.from_text(text).lines, corrections,
                                              lambda line: normalise_line(line, skip))
    counts = dict.fromkeys((n for n, _ in TYPOGRAPHY_RULES if n not in skip), 0)
    unbroken = [line.text.replace("\f", "") for line in page.lines]   # page breaks: read by the page rules, no text
    lines = tuple(text if line.number in page.verbatim else normalise_line(text, skip, counts)
                  for line, text in zip(page.lines, unbroken))
    if _nothing_left(lines, page):
        raise InputError(f"{source_file or 'the input'} has no text left after removing web-page boilerplate")
    return Cleaned(
        lines=lines,
        line_numbers=tuple(line.number for line in page.lines),
        removed=tuple(sorted((replace(r, text=r.text.replace("\f", ""), put=r.put.replace("\f", "")) for r in page.removed),
                            key=lambda r: r.line)),
        normalised=tuple(Normalisation(name, n) for name, n in counts.items()),
        provenance=_normalise_provenance(page.provenance, skip),
        decisions=tuple(sorted(removal_decisions(page, confirmed) + kept, key=lambda d: d.line)),
    )


HELD_BY = "front-matter-block"   # (r30bold) the rule whose line left in place is held apart while the rest run


def _held_apart(page: Page) -> tuple[Page, tuple]:
    """(r30bold) The title a front matter states, which `front-matter-block` left as the text's first
    line, held apart while the page's other rules run and put back on top after them: the page
    under a front matter is read as a page (a print's date line over a site's menu is still its
    first line), and the stated title is no line of the page a rule could take for its chrome. The
    blank lines under it stay under it: it is a paragraph of its own."""
    stated = {r.line for r in page.removed if r.rule == HELD_BY and r.put}
    if not page.lines or page.lines[0].number not in stated:
        return page, ()
    under = next((k for k in range(1, len(page.lines)) if page.lines[k].text.strip()), len(page.lines))
    return replace(page, lines=page.lines[under:]), page.lines[:under]   # the blank lines under it go with it


def _nothing_left(lines: tuple[str, ...], page: Page) -> bool:
    """No text, or only one short non-prose line (a headline) left of a page that had boilerplate."""
    filled = [line for line in lines if line.strip()]
    return not filled or (len(filled) == 1 and not is_prose(filled[0])
                          and any(r.rule not in ("blank-edge", "blank-run") for r in page.removed))


def normalise_line(text: str, skip: frozenset[str] = frozenset(), counts: dict[str, int] | None = None) -> str:
    """Apply the typography rules to one line; its leading indentation is left as it is."""
    line, applied = _normalised(text, skip)
    if counts is not None:
        for name, n in applied:
            counts[name] = counts.get(name, 0) + n
    return line


@lru_cache(maxsize=4096)
def _normalised(text: str, skip: frozenset[str]) -> tuple[str, tuple[tuple[str, int], ...]]:
    """normalise_line's line and each rule's count, remembered by text: the rules are pure, and
    lines repeat (blank lines, a page's repeated lines, 100,000 copies of one line)."""
    body = text.lstrip()
    indent = text[: len(text) - len(body)]
    applied = []
    for name, rule in TYPOGRAPHY_RULES:
        if name in skip:
            continue
        if name == "trailing-space":
            body, n = rule(indent + body)
            indent = ""
        else:
            body, n = rule(body)
        applied.append((name, n))
    return indent + body, tuple(applied)


def _normalise_provenance(prov: Provenance, skip: frozenset[str]) -> Provenance:
    fields = {k: normalise_line(getattr(prov, k), skip) for k in ("site", "updated", "published", "origin")}
    return replace(prov, **fields)
