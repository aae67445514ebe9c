"""Choose the summary table's rows: `key_figures(records) -> tuple[KeyFigure, ...]`.

    key = key_figures(records)            # at most 20 rows, in document order
    key[0].indicator, key[0].actual.display, key[0].target  # '地区生产总值', '2.1万亿', None

Why: the full table has one row per mention (hundreds for a long report); a reader
wants the handful of headline figures first. A row is one indicator (its first
actual figure beside its first target figure, when the document has both, even
in other units: an amount beside a growth target); rows
are ranked by how much they look like a headline and the best 20 are kept:

- the indicator names a headline measure (`HEADLINE_WORDS`: output, income,
  revenue, budget, investment, employment, population, a total, an area, a volume ...): +3;
- the figure has a change (`增长6.5%`) or is a growth rate itself: +2;
- an amount of money: +1, and +1 more from 1亿 (1e8) on;
- it stands in the first fifth of the document (reports open with the headline
  figures): +1;
- a target with an actual figure beside it: +1.
Ties keep document order. Indicators shorter than two characters, and weak ones that only
say how, who, where or when (`业已`, `我们`, `全区`, `以便`: weak.weak), are never rows: a
headline row must name its measure.

A headline row is an amount of something: a total, a level, a growth, a budget, a count of
people or jobs, an area, a population, a target. Two kinds of figure are never rows, whatever
their score, because alone they are no amount of anything:

- a position: a coordinate in degrees (`58° South latitude`, `the 20° East meridian`,
  `北纬40度`; `POSITION_WORDS` with an angular unit) says where, not how much;
- an end of a range written as two values (`temperatures range from below −2 °C to over
  30 °C`: `lowest …` / `highest …`, clauses_en.RANGE_ENDS): each end alone reads as the level
  of the measure; the range said as one value (`33–37 ‰`) stays a candidate;
- an everyday count in words of a plain noun (`two large troughs`, `two high tides`: no digit,
  its unit the counted noun, no unit of measure, and the row would be named by that noun
  alone): it tells what there is, not how much. A count in words with a unit (`五个`, `four
  times`, `sixty members`) or of a noun qualified (`two Senators from each State`) stays.

The start of a from/to change (`已由1949年的不到1%上升到19.1%`: the 1%, `starts_change`) is
never a row's figure: it says where the measure was, and alone it reads as where it is. The
change's end stands in its place, and the table shows it with its start (`1% → 19.1%`).
"""
from __future__ import annotations

import re

from ..model import FigureRecord, KeyFigure
from .clauses_en import RANGE_ENDS
from .english import UNITS_EN
from .units import HEADLINE_WORDS, UNITS
from .weak import weak

LIMIT = 20
POSITION_WORDS = ("latitude", "longitude", "meridian", "parallel", "纬", "经度", "东经", "西经", "经线")
ANGULAR_UNITS = ("°", "度", "′", "″", "degrees")
MEASURE_UNITS = frozenset(UNITS_EN.values()) | frozenset(base for base, _ in UNITS.values()) | {"", "ratio", "比"}
_KEY_NOISE = re.compile(r"[\s（）()《》“”\"'、，,。]")


def _key(record: FigureRecord) -> str:
    return _KEY_NOISE.sub("", record.indicator).lower()


def _no_amount(record: FigureRecord) -> bool:
    """A position, an end of a range, an everyday count: never a summary row (see the module doc)."""
    name = record.indicator.lower()
    if record.unit in ANGULAR_UNITS and any(w in name for w in POSITION_WORDS):
        return True
    if not any(ch.isdigit() for ch in record.mention) and record.unit not in MEASURE_UNITS \
            and name.endswith(record.unit.lower()):     # the row would name only what is counted
        return True
    return name.startswith(RANGE_ENDS)


def _score(row: KeyFigure, position: float) -> int:
    first = row.actual or row.target
    score = 3 if any(w in row.indicator.lower() for w in HEADLINE_WORDS) else 0
    score += 2 if first.change or first.unit in ("%", "个百分点") and first.value else 0
    if first.unit in ("元", "美元", "港元", "欧元", "dollars", "$"):
        score += 1 + (abs(first.value) >= 1e8)
    score += position < 0.2
    score += bool(row.actual and row.target)
    return score


def key_figures(records: tuple[FigureRecord, ...], limit: int = LIMIT) -> tuple[KeyFigure, ...]:
    """The headline rows (see the module doc), at most `limit`, in order of first mention."""
    rows: dict[str, dict] = {}
    order: list[str] = []
    for n, record in enumerate(records):
        if weak(record.indicator) or record.starts_change or _no_amount(record):
            continue
        key = _key(record)
        if key not in rows:
            rows[key] = {"actual": None, "target": None, "at": n}
            order.append(key)
        slot = "target" if record.target else "actual"
        if rows[key][slot] is None:
            rows[key][slot] = record
    made = []
    for key in order:
        row = rows[key]
        first = row["actual"] or row["target"]
        made.append((KeyFigure(first.indicator, first.unit, row["actual"], row["target"]), row["at"]))
    total = max(len(records), 1)
    ranked = sorted(made, key=lambda item: (-_score(item[0], item[1] / total), item[1]))[:limit]
    return tuple(row for row, _ in sorted(ranked, key=lambda item: item[1]))
