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
- it is one of the measures an editor puts first whatever else the report counts (`core_measure`:
  output, fiscal revenue, the deficit and its share, new jobs, unemployment, the population,
  consumer prices): +3 more — a communiqué's eight price categories and four kinds of meat, each a
  named measure with a change, would otherwise outrank its population and its jobs (issue 14,
  round 3: tests/figures/test_summary_corpus.py lists the rows read from five reports);
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

Three more things an editor does (issue 14, branch figures, round 2: a city's communiqué, a
country's demographics):

- an amount whose growth the text gives as a value of its own in the next clause (`全年实现地区生产
  总值3473.12亿元，按可比价计算，同比增长5.3%`: the next record, a percentage of the same indicator and
  paragraph) is shown with that growth; a second amount's change stays its own (`投入5955亿元，…
  1637亿元，增长37.9%`);
- a paragraph's breakdown does not crowd out the other paragraphs' headlines: a price index's eight
  categories, a meat output's four kinds each look like a headline (a named measure with a change), so
  from a paragraph's third row on each row ranks one lower per row of its paragraph already kept —
  outcomes past the first fifth only: a report's opening summary and a plan's targets are headlines
  side by side;
- an English name that opens with a conjunction or a preposition of manner (`while`, `but do not
  make`, `with a small`) names no measure: never a row (the Chinese counterpart is weak.weak).

A row named by a bare generic noun (`增加值`, `贡献率`, `总额`, `占GDP的比重`) takes its qualifier from
its sentence when the caller passes the texts (qualify.py: `非公有制经济增加值`); the summary's row
alone, unlike the full table's beside its sentence, must say of what. For the same reason a verb that
proposes or arranges the amount, left at the end of a name (`中央财政赤字拟安排2450亿元`), is dropped
from the row's name: it names the act, not the measure.

The start of a from/to change (`已由1949年的不到1%上升到19.1%`: the 1%, `starts_change`) is
never a row's figure: it says where the measure was, and alone it reads as where it is. The
change's end stands in its place, and the table shows it with its start (`1% → 19.1%`).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from ..model import FigureRecord, KeyFigure
from .clauses_en import RANGE_ENDS
from .qualify import qualified
from .english import UNITS_EN
from .units import HEADLINE_WORDS, UNITS
from .weak import weak

LIMIT = 20
POSITION_WORDS = ("latitude", "longitude", "meridian", "parallel", "纬", "经度", "东经", "西经", "经线")
ANGULAR_UNITS = ("°", "度", "′", "″", "degrees")
MEASURE_UNITS = frozenset(UNITS_EN.values()) | frozenset(base for base, _ in UNITS.values()) | {"", "ratio", "比"}
_KEY_NOISE = re.compile(r"[\s（）()《》“”\"'、，,。]")


_EN_NO_NAME = re.compile(r"(?i)^(?:while|whereas|but|and|or|with|without|although|though|yet|so|then|however)\b")
# rows of one paragraph kept free of the crowding rank (see the module doc)
PARAGRAPH_FREE_ROWS = 2
# The measures an editor puts first whatever else a report counts (issue 14): output, fiscal revenue,
# the deficit, jobs, unemployment, the population, consumer prices. Chinese names the measure at their
# end (`人均地区生产总值`, `居民消费价格涨幅`; not `单位国内生产总值能耗`), a share at its subject
# (`全国财政赤字占国内生产总值比重`); English at its head, before `of` (`GDP per capita`, not `share of GDP`).
_CORE_ZH = re.compile(r"(?:生产总值|GDP|财政收入|财政总收入|一般公共预算收入|赤字|新增就业|失业率|常住人口|总人口|户籍人口|"
                      r"居民消费价格|CPI)(?:总水平)?(?:涨幅|增速|增幅|指数|人口|人数|平均值)?$")
_CORE_EN = re.compile(r"(?i)\b(?:gdp|gross domestic product|fiscal revenue|deficit|employment|unemployment|population|"
                      r"consumer prices?)\b")
CORE_BONUS = 3
# A verb that proposes or arranges the amount, left at the end of its name (`中央财政赤字拟安排2450亿元`):
# the row alone names the measure, not the act.
_PLAN_TAIL = re.compile(r"(?<=..)(?:(?:拟|计划|预计)安排|拟)$")
_DURATION_UNITS = frozenset({"年", "月", "日", "天", "小时", "years", "months", "days", "hours", "weeks"})


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


def core_measure(name: str) -> bool:
    """One of the measures an editor puts first (`_CORE_ZH`, `_CORE_EN`)."""
    head = re.split(r"(?i)\bof\b", name)[0]          # English: its head, before `of` (`share of GDP` is a share)
    return bool(_CORE_ZH.search(_KEY_NOISE.sub("", head).split("占")[0]) or _CORE_EN.search(head))


def _score(row: KeyFigure, position: float) -> int:
    first = row.actual or row.target
    score = 3 if any(w in row.indicator.lower() for w in HEADLINE_WORDS) else 0
    score += CORE_BONUS * core_measure(row.indicator)
    score += 2 if first.change or first.unit in ("%", "个百分点") and first.value else 0
    if first.unit in ("元", "美元", "港元", "欧元", "dollars", "$"):
        score += 1 + (abs(first.value) >= 1e8)
    score += position < 0.2
    score += bool(row.actual and row.target)
    return score


def key_figures(records: tuple[FigureRecord, ...], limit: int = LIMIT,
                texts: Mapping[tuple[str, str], str] | None = None) -> tuple[KeyFigure, ...]:
    """The headline rows (see the module doc), at most `limit`, in order of first mention.
    `texts`: each record's string by (paragraph id, part), to qualify a bare generic name (qualify.py)."""
    rows: dict[str, dict] = {}
    order: list[str] = []
    for n, record in enumerate(records):
        text = (texts or {}).get((record.paragraph, record.part))
        if text is not None:
            named = qualified(record.indicator, text, record.start)
            record = replace(record, indicator=named) if named != record.indicator else record
        if _PLAN_TAIL.search(record.indicator):
            record = replace(record, indicator=_PLAN_TAIL.sub("", record.indicator))
        if weak(record.indicator) or record.starts_change or _no_amount(record) or _EN_NO_NAME.match(record.indicator):
            continue
        key = _key(record)
        if key not in rows:
            rows[key] = {"actual": None, "target": None, "at": n, "last": n}
            order.append(key)
        slot = "target" if record.target else "actual"
        if rows[key][slot] is None:
            rows[key][slot] = record
        elif not rows[key][slot].change and record.change and rows[key]["last"] == n - 1 \
                and record.unit in ("%", "个百分点") and rows[key][slot].unit not in _DURATION_UNITS | {"%", "个百分点"} \
                and record.paragraph == rows[key][slot].paragraph:
            # 3473.12亿元，按可比价计算，同比增长5.3% (an amount's own change: `投入5955亿元 … 1637亿元，增长37.9%` is not)
            rows[key][slot] = replace(rows[key][slot], change=record.change)
        rows[key]["last"] = n
    made = []
    for key in order:
        row = rows[key]
        first = row["actual"] or row["target"]
        crowds = row["target"] is None and row["at"] >= 0.2 * len(records)   # a plan's targets and the opening
        made.append((KeyFigure(first.indicator, first.unit, row["actual"], row["target"]), row["at"],   # summary never
                     first.paragraph if crowds else f"free{len(made)}"))
    total = max(len(records), 1)
    scores = [_score(row, at / total) for row, at, _ in made]
    kept: list[int] = []
    per_paragraph: dict[str, int] = {}
    while len(kept) < min(limit, len(made)):      # best first; a paragraph's rows beyond the free ones rank lower
        best = min((i for i in range(len(made)) if i not in kept),
                   key=lambda i: (-(scores[i] - max(0, per_paragraph.get(made[i][2], 0) - PARAGRAPH_FREE_ROWS + 1)),
                                  made[i][1]))
        kept.append(best)
        per_paragraph[made[best][2]] = per_paragraph.get(made[best][2], 0) + 1
    return tuple(made[i][0] for i in sorted(kept, key=lambda i: made[i][1]))
