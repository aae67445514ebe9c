"""Changes between the amounts of a sentence: which value is a change (`增长13.5%`), which
amount it belongs to, and which value is where a from/to change started.

    hits = [Hit(q, sentence_start) for q in scan_quantities(text)]
    find_changes(plain, hits); attach_changes(plain, hits); mark_starts(plain, hits)

Split from extract.py (issue 14): this is the pass that decides what a value IS (an amount,
a change, a start); naming.py then decides what it measures. Both read the same `Hit`s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .indicator import YEAR
from .scan import Quantity, alternation
from .units import APPROX_AFTER, APPROX_BEFORE, CHANGE_LEADS, CHANGE_VERBS


CHANGE_BEFORE = re.compile(
    rf"(?P<verb>{alternation(CHANGE_VERBS)})了?(?:{alternation(APPROX_BEFORE)})?$")
_CHANGE_UNITS = frozenset({"%", "个百分点", "个千分点", "倍", "成"})     # 增长三成: a change in tenths
_FILLER = rf"[，,、\s]|{alternation(CHANGE_LEADS + APPROX_AFTER)}|(?:比|较){YEAR}年(?:同期)?"   # 比一九八三年
_GAP = re.compile(rf"(?:{_FILLER})*$")
_LIST_GAP = re.compile(rf"(?:{alternation(APPROX_AFTER)})?[、,，和及与]$")
# The end value of a change from a start value in the same clause (`由…134元增加到1984年的355元`).
FROM_TO = re.compile(rf"(?:{alternation(APPROX_AFTER)})?\s*(?:{alternation([*CHANGE_VERBS, '发展', '增', '降', '减'])})?(?:到|至|为)"
                      rf"(?:{YEAR}年(?:底|末)?的?)?(?:{alternation(APPROX_BEFORE)})?")


@dataclass
class Hit:
    q: Quantity
    sentence: int                 # start index of its sentence
    sign: str = ""                # '+'/'-' when a change verb stands right before it
    follows: "Hit | None" = None  # the change hit it continues (`增长6%、5.2%`)
    change: str = ""
    attached: bool = False        # became another hit's change
    indicator: str = ""
    starts: bool = False          # the start of a from/to change: the next hit is its end
    start_of: "Hit | None" = None  # on the end hit: its start
    series: "Hit | None" = None  # the first hit of the list of values it belongs to


def change_text(hit: Hit) -> str:
    return f"{hit.sign}{hit.q.display}{hit.q.unit}"


def find_changes(plain: str, hits: list[Hit]) -> None:
    """Mark change hits (`增长13.5%`) and the list items that continue them."""
    for i, hit in enumerate(hits):
        if hit.q.unit not in _CHANGE_UNITS:
            continue
        if plain.startswith("翻", hit.q.start):     # 翻两番: a change by its own verb
            hit.sign = "+"
            continue
        m = CHANGE_BEFORE.search(plain, hit.sentence, hit.q.start)
        if m:
            hit.sign = CHANGE_VERBS[m["verb"]]
            continue
        prev = hits[i - 1] if i else None
        if (prev and prev.sign and prev.q.unit == hit.q.unit and prev.sentence == hit.sentence
                and _LIST_GAP.match(plain[prev.q.end:hit.q.start])):
            hit.sign, hit.follows = prev.sign, prev.follows or prev


# A change's start (`由1949年的不到1%`/`从50%`) and its end after a verb of change (`上升到19.1%`).
_START_LEAD = re.compile(rf"(?:由|从)(?:(?:{YEAR}年|上年|去年|上一年)(?:底|末)?的?)?(?:年产|年均|每年|年)?(?:{alternation(APPROX_BEFORE)}|不到|不足)?$")


def mark_starts(plain: str, hits: list[Hit]) -> None:
    """Mark the start value of each from/to change: it is where the measure was, not where it is,
    so a summary must show the end (`1% → 19.1%`), never the start alone."""
    for hit, end in zip(hits, hits[1:]):
        if hit.sentence != end.sentence or hit.q.unit != end.q.unit or hit.sign or end.sign:
            continue
        lead = _START_LEAD.search(plain, max(hit.sentence, hit.q.start - 16), hit.q.start)
        if lead and FROM_TO.fullmatch(plain, hit.q.end, end.q.start):
            hit.starts, end.start_of = True, hit


_DURATIONS = frozenset({"年", "个月", "天", "小时"})


def _compatible(amount: Hit, change: Hit, gap: str) -> bool:
    if amount.sign or amount.change or amount.q.ratio:
        return False
    if amount.q.unit in _DURATIONS and not any(c in gap for c in "，,、；;"):
        return False                    # 3年翻一番, 五年增长一倍: the time the change took, not its base
    if change.q.unit == "个千分点":     # 出生率为7.19‰，比上年下降1.15个千分点: points of a per-mille rate
        return amount.q.unit == "‰"
    return change.q.unit == "个百分点" or amount.q.unit not in {"%", "‰", "个百分点", "个千分点", "倍"}


def attach_changes(plain: str, hits: list[Hit]) -> None:
    """Give each amount the change phrase that opens the next clause(s)."""
    heads = [h for h in hits if h.sign and not h.follows]
    for head in heads:
        group = [head] + [h for h in hits if h.follows is head]
        verb = CHANGE_BEFORE.search(plain, head.sentence, head.q.start)
        at = verb.start() if verb else head.q.start       # 翻了一番: the verb is in the mention
        before = [h for h in hits if h.sentence == head.sentence and h.q.end <= at and not h.sign]
        if not before or not _GAP.match(plain[before[-1].q.end:at]):
            continue
        amounts = before[-len(group):]
        if len(amounts) < len(group) or not all(
                _compatible(a, c, plain[a.q.end:at]) for a, c in zip(amounts, group)):
            continue
        for amount, change in zip(amounts, group):
            amount.change, change.attached = change_text(change), True
