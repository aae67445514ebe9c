"""How sure the rules are of each title / heading / boilerplate decision.

    from pipeline.confidence import removal_confidence, heading_confidence, uncertain
    removal_confidence("breadcrumb", in_body=False, prose=False, repeated=False)  # (0.9, "breadcrumb")
    uncertain(cleaned.decisions + tuple(document.decisions))   # -> the ones worth a look

WHY a table and not a model: the rules already say what they saw (a removal names its
rule, a heading carries its shape); what a user needs is which of those calls to check
first. So each rule or shape has a base confidence (set by judgment, then checked against
the development corpus's gold: docs/decisions.md says how well it separates right from
wrong), and a few signals that make a call riskier or safer move it. A rule added later that the table does not name gets DEFAULT_RULE: the table never
has to know every rule. docs/decisions.md shows the same table.
"""
from __future__ import annotations

from typing import Iterable

from .model import Decision

UNCERTAIN_BELOW = 0.55  # decisions under this are counted in the warning and shown by `explain`

# ---- boilerplate: base confidence per cleaning rule ---------------------------------------
# Rules whose evidence is an explicit marker are near-certain; rules that judge by
# vocabulary or by position alone less so.
RULE_CONFIDENCE: dict[str, float] = {
    "gutenberg-header": 0.98, "gutenberg-footer": 0.98, "gutenberg-credit": 0.95,
    "copyright": 0.95, "font-size-widget": 0.95,
    "updated-at": 0.9, "page-meta": 0.9, "wire-dateline": 0.9, "search-prompt": 0.9, "breadcrumb": 0.9,
    "share-link": 0.85, "widget": 0.85, "footer-links": 0.85, "more-link": 0.85,
    "nav-menu": 0.8, "footer-blurb": 0.8, "entry-label": 0.8, "photo-caption": 0.8, "repeated-title": 0.8, "title-block-copy": 0.8, "mobile-link": 0.85, "paywall-notice": 0.85,
    "member-box": 0.85, "zh-link-bar": 0.85, "account-bar": 0.8, "item-counter": 0.85,   # r41: a login box's labels and a bracketed link bar: their form is the evidence
    "definition-label": 0.75,
    "related-list": 0.7,      # everything after a 'related articles' line goes, by position alone
    "footer-island": 0.7,     # short labels between removed lines, by position alone
    "correction": 1.0,        # the user said so (the sidecar's drop:/keep:)
    "meta-box": 0.85, "site-dialog": 0.85, "image-buttons": 0.8, "related-box": 0.75,
    "page-header": 0.7,       # above the breadcrumb, by position alone
    "above-title": 0.7,       # above removed chrome over a sure title, unclaimed by front matter: by position
    "share-card": 0.8,        # the last prose line copies a kept paragraph (COPY_OF_KEPT adds to it)
    # a lossy save's '?' for a no-break space (rules_form.py): its shape is the evidence, wherever it stands
    "lossy-question-mark": 0.9, "lossy-indent": 0.9, "lossy-space": 0.9,
}
DEFAULT_RULE = 0.75           # a rule the table does not name
# Rules built to act anywhere in the text (their evidence does not depend on position).
ANYWHERE = {"copyright", "photo-caption", "gutenberg-header", "gutenberg-footer", "correction",
            "lossy-question-mark", "lossy-indent", "lossy-space"}
IN_BODY = -0.3                # removed between the first and the last prose line, by a head/tail rule
PROSE = -0.2                  # the removed text reads like a sentence
REPEATED = +0.15              # the same text (digits aside) removed three or more times: running chrome
COPY_OF_KEPT = +0.3           # the text is also a kept line (a contents list, a repeated headline):
                              # removing a copy loses nothing

# ---- headings: base confidence per kind of shape --------------------------------------------
HEADING_CONFIDENCE: dict[str, float] = {
    "marked": 0.98,           # '# …', 'CHAPTER I. …'
    "listed": 0.95,           # named by the text's own contents list ('2.1 声明事项 <…#2_1>')
    "appendix": 0.9,          # '附件1', 'Appendix A'
    "numbered": 0.95,         # '一、…', '（一）…', '1.2 …' with no end mark
    "numbered-sentence": 0.8, # '（一）…。': numbered, one sentence
    "parallel": 0.7,          # '这是…的五年。' in a run of same-opening lines
    "plain": 0.65,            # unnumbered, no end mark, followed by body text
    "caps": 0.65,             # English all-caps or title-cased short line
}
DEFAULT_SHAPE = 0.6
LONE_SHAPE = -0.15            # an unnumbered shape no other heading shares
SERIES = +0.1                 # an unnumbered shape three or more headings share: a parallel series
ABOVE_NUMBERED = -0.15        # an unnumbered heading that numbered headings nest under: often a stray
                              # line (a caption, a byline) taken as a part title shifts them all down
REPEATED_EMPTY = -0.45        # the same text is a heading again later and nothing follows this one
                              # but another heading: a contents list, not the heading itself
BY_NESTING = -0.1             # an unnumbered shape below level 1: its level came from nesting alone
DEEP = -0.1                   # level 4 or deeper

# ---- title ----------------------------------------------------------------------------------
TITLE_CONFIDENCE: dict[str, float] = {
    "override": 1.0,          # --title or the sidecar's title:
    "title block": 0.95,      # the first line, followed by a dateline, speaker or date
    "first line": 0.7,        # the first line, nothing around it to confirm it
    "inferred": 0.6,          # found by another rule (a heading, an act's name, …)
    "named by the text": 0.6,  # no title line: the act's name in its enacting words ('… this Constitution for …')
    "naming heading": 0.55,   # no title line: a heading that names a document ('…报告', 'Report on …')
    "logo or link": 0.5,      # no title line: a README's name in its first image's title/alt or first link text
    "first heading": 0.45,    # no title line: the text's first heading stands in for it
    "file name": 0.2,         # nothing in the text looked like a title
}
SHORT_TITLE = -0.25           # two characters or fewer: rarely a whole title


def clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 2)


def removal_confidence(rule: str, *, in_body: bool, prose: bool, repeated: bool,
                       copy_of_kept: bool = False) -> tuple[float, str]:
    """(confidence, reason) for a line or label the cleaner removed."""
    value = RULE_CONFIDENCE.get(rule, DEFAULT_RULE)
    notes = []
    if in_body and rule not in ANYWHERE:
        value += IN_BODY
        notes.append("in the body")
    if prose and rule != "correction":
        value += PROSE
        notes.append("reads like a sentence")
    if repeated and rule != "correction":
        value += REPEATED
        notes.append("repeated")
    if copy_of_kept and rule != "correction":
        value += COPY_OF_KEPT
        notes.append("a copy of a kept line")
    return clamp(value), rule + (f" ({', '.join(notes)})" if notes else "")


def heading_kind(style: str, shape: str, strong: bool) -> str:
    """The table row of a heading from what the heading finder returned."""
    if style.startswith("md") or style == "chapter" or shape.startswith("chapter:"):
        return "marked"
    if shape.startswith("appendix"):
        return "appendix"
    if shape.startswith("listed"):
        return "listed"
    if style:
        return "numbered" if strong else "numbered-sentence"
    if shape.startswith("caps"):
        return "caps"
    if shape.startswith("plain|。"):
        return "parallel"
    return "plain"


def heading_confidence(style: str, shape: str, strong: bool, level: int, *,
                       siblings: int, ranked: bool, above_numbered: bool = False,
                       repeated_empty: bool = False) -> tuple[float, str]:
    """(confidence, reason) for a heading and the level it was given.

    `siblings`: headings of the same shape in the document (itself included);
    `above_numbered`: numbered headings nest under it; `repeated_empty`: its text is a heading
    again later and only another heading follows it here."""
    kind = heading_kind(style, shape, strong)
    value = HEADING_CONFIDENCE.get(kind, DEFAULT_SHAPE)
    notes = [f"shape {shape}" if shape else kind, "strong" if strong else "weak"]
    if siblings <= 1 and not style:
        value += LONE_SHAPE
        notes.append("only heading of its shape")
    elif siblings >= 3 and not style and not above_numbered:
        value += SERIES
        notes.append(f"one of {siblings} alike")
    if above_numbered and not style:
        value += ABOVE_NUMBERED
        notes.append("numbered headings under it")
    if level > 1 and not ranked and kind not in ("marked", "appendix", "listed"):
        value += BY_NESTING
        notes.append("level from nesting")
    if level >= 4:
        value += DEEP
        notes.append("deep")
    if repeated_empty:
        value += REPEATED_EMPTY
        notes.append("repeated later, nothing under it here (a contents list?)")
    return clamp(value), f"{kind} heading: " + ", ".join(notes)


def under_parent(value: float, reason: str, parent: float, parent_line: int) -> tuple[float, str]:
    """A heading's level is only as sure as the heading it was nested under: under an uncertain
    one it is shown at the threshold (not counted again: fixing the parent fixes it)."""
    if parent <= UNCERTAIN_BELOW and value > UNCERTAIN_BELOW:
        return UNCERTAIN_BELOW, f"{reason}, under an uncertain heading (line {parent_line})"
    return value, reason


def title_confidence(how: str, title: str) -> tuple[float, str]:
    value = TITLE_CONFIDENCE.get(how, TITLE_CONFIDENCE["inferred"])
    notes = []
    if how != "override" and len(title.strip()) <= 2:
        value += SHORT_TITLE
        notes.append("very short")
    return clamp(value), how + (f" ({', '.join(notes)})" if notes else "")


def uncertain(decisions: Iterable[Decision]) -> list[Decision]:
    """The decisions worth a user's look, in line order."""
    return sorted((d for d in decisions if d.confidence < UNCERTAIN_BELOW), key=lambda d: d.line)
