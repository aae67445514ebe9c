"""The figures appendix's bar charts: `make_charts(records, lang=, title=)`.

    charts = make_charts(records, lang="zh-CN", title="某区政府工作报告")
    charts[0].id, charts[0].title          # 'fig1', '图1 地区生产总值（亿元）'

A chart compares like with like, so it holds one of two groups (`chart_groups`), never
amounts of unrelated indicators side by side (a budget beside a harvest beside a loan):
- a list: the values of one list of parts (`一产、二产、三产增加值分别增长3%、6%、8%`,
  `series`), labelled by their indicators;
- a series: one indicator (same name, unit, kind and section) in three or more different
  years (`when`), labelled by year, in year order;
- the headline rates: the growth rates (changes in %) of one paragraph, at least
  `MIN_RATES`, each indicator once, on one scale (`生产总值增长13.5%，财政收入增长12%…`):
  only the paragraph with the most, and only when they are not all one list already charted.
Either needs `MIN_RECORDS` values; at most `MAX_CHARTS` charts (the largest groups, kept in
document order) and `MAX_BARS` bars (the first; the title says so): fewer, meaningful charts
beat many. Output is deterministic: fixed SVG ids, no dates, text drawn as paths.

Choosing what to chart (`chart_specs`) is cheap and needs no matplotlib; drawing
(`draw.py`) costs ~0.2 s a chart. Each spec has a content `key` (its data, its
style and the drawing code's version), so a chart whose key is already drawn is
reused (`make_charts(..., reuse=)`) instead of drawn again: rebuilding the XML of
an edited report redraws only the charts whose data changed, and a command that
reuses every chart never imports matplotlib.

A chart's page size follows from its number of bars alone (`figure_size`), so the
XML and the PDF's layout need no picture: `make_charts(..., draw=False)` leaves a
chart not yet drawn as its spec (empty pictures), drawn later off the build's
critical path (`pipeline/chart_cache.py`, issue 16).
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .. import log
from ..model import Chart, FigureRecord

MAX_BARS = 15
MIN_RECORDS = 3                     # values of one indicator over years
MIN_LIST = 3                        # parts of one list (`解决率分别达88.1%和87.18%`)
FORMATS = ("png", "svg", "pdf")     # the PDF edition embeds the PDF; DOCX the PNG; EPUB the SVG
DPI = 200                           # the PNG's
WIDTH_IN = 6.3                      # A4 text width
FONT_FILES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)
FONT_NAME = "Noto Sans CJK SC"


MAX_CHARTS = 6
MIN_RATES = 4
_MONEY_ZH = {"元": "亿元", "美元": "亿美元", "港元": "亿港元", "欧元": "亿欧元"}
_MONEY_EN = {"元": "100 million yuan", "美元": "100 million US dollars", "港元": "100 million HK dollars",
             "欧元": "100 million euros"}


@dataclass(frozen=True)
class Group:
    """Records that belong in one chart, and how to plot them."""

    kind: str                       # "list", "series" or "rates"
    records: tuple[FigureRecord, ...]

    @property
    def growth(self) -> bool:
        return bool(self.records[0].change)

    @property
    def scaled(self) -> bool:       # amounts of money in 亿 (1e8)
        return not self.growth and self.records[0].unit in _MONEY_ZH and \
            min(abs(r.value) for r in self.records) >= 1e6

    def number(self, r: FigureRecord) -> float:
        if self.growth:
            return float(r.change.rstrip("%").replace("个百分点", ""))
        return r.value / 1e8 if self.scaled else r.value

    def unit(self, zh: bool) -> str:
        r = self.records[0]
        if self.growth:
            return "个百分点" if r.change.endswith("个百分点") and zh else \
                ("percentage points" if r.change.endswith("个百分点") else "%")
        if self.scaled:
            return (_MONEY_ZH if zh else _MONEY_EN)[r.unit]
        return r.unit


def _plottable(r: FigureRecord) -> bool:
    if r.change:
        return r.change.endswith("%") or r.change.endswith("个百分点")
    return True


def figure_size(bars: int) -> tuple[float, float]:
    """The chart's figure in inches (draw.py draws at this size; tight_layout never changes it)."""
    return WIDTH_IN, 0.9 + 0.34 * bars


def page_size(bars: int) -> tuple[float, float]:
    """The chart PDF's page in points, as matplotlib writes its /MediaBox (72 dpi, 10 decimals):
    the size of the placeholder the PDF edition lays out before the chart is drawn."""
    return tuple(float(f"{72 * inches:.10f}") for inches in figure_size(bars))


def _kind_key(r: FigureRecord) -> tuple:
    return (r.unit, bool(r.change), r.change[-1:] if r.change else "", r.target)


def chart_groups(records) -> list[Group]:
    """The lists and series worth a chart (see the module doc), in document order."""
    lists: dict[str, list[FigureRecord]] = {}
    series: dict[tuple, dict[str, FigureRecord]] = {}
    first: dict[object, int] = {}
    for n, r in enumerate(records):
        if not _plottable(r):
            continue
        if r.series:
            lists.setdefault(r.series, []).append(r)
            first.setdefault(("list", r.series), n)
        if r.when and len(r.indicator) >= 2:
            key = (r.section, r.indicator, *_kind_key(r))
            series.setdefault(key, {}).setdefault(r.when, r)     # one value a year: the first
            first.setdefault(("series", key), n)
    made = []
    for key, rs in lists.items():
        if len(rs) >= MIN_LIST and len({_kind_key(r) for r in rs}) == 1 \
                and len({r.indicator for r in rs}) == len(rs):
            made.append((first[("list", key)], Group("list", tuple(rs))))
    for key, years in series.items():
        if len(years) >= MIN_RECORDS:
            made.append((first[("series", key)], Group("series", tuple(years[y] for y in sorted(years)))))
    rates: dict[str, list[FigureRecord]] = {}
    for n, r in enumerate(records):
        if r.change.endswith("%") and not r.target and len(r.indicator) >= 2:
            rates.setdefault(r.paragraph, []).append(r)
            first.setdefault(("rates", r.paragraph), n)
    headline = [(p, rs) for p, rs in rates.items() if len(rs) >= MIN_RATES
                and len({r.indicator for r in rs}) == len(rs)          # a repeated one: a story over years
                and not (len({r.series for r in rs}) == 1 and rs[0].series)]   # one list: charted above
    if headline:
        p, rs = max(headline, key=lambda item: (len(item[1]), -first[("rates", item[0])]))
        made.append((first[("rates", p)], Group("rates", tuple(rs))))
    kept = sorted(made, key=lambda item: (-min(len(item[1].records), MAX_BARS), item[0]))[:MAX_CHARTS]
    return [g for _, g in sorted(kept, key=lambda item: item[0])]


def _label(r: FigureRecord, group: Group, zh: bool) -> str:
    if group.kind == "series":
        return f"{r.when}年" if zh else r.when
    name = r.indicator or r.mention
    return name if len(name) <= 16 else name[:15] + "…"


def _subject(group: Group, zh: bool) -> str:
    """What the chart measures: the indicator of a series; a list's parts before their shared
    ending (`一产增加值`, `二产增加值`, `三产增加值` -> 一、二、三产增加值), else the first part and
    the others."""
    names = [r.indicator for r in group.records]
    if group.kind == "rates":
        return "主要指标增长率" if zh else "Growth rates of the main indicators"
    if group.kind == "series":
        subject = names[0]
    else:
        common = names[0]
        for name in names[1:]:
            while common and not name.endswith(common):
                common = common[1:]
        heads = [name[:len(name) - len(common)] for name in names]
        joined = "、".join(heads) + common
        subject = joined if len(common) >= 2 and all(heads) and len(joined) <= 24 else \
            (f"{names[0]}等" if zh else f"{names[0]} and others")
    subject = subject if len(subject) <= 24 else subject[:23] + "…"
    if group.growth:
        rising = all(group.number(r) >= 0 for r in group.records)
        subject += ("增长" if rising else "增减") if zh else (" growth" if rising else " change")
    if group.records[0].target:
        subject += "（目标）" if zh else " (target)"
    return subject


def _amount(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _title(n: int, group: Group, zh: bool, cut: bool) -> str:
    unit = group.unit(zh)
    if zh:
        return f"图{n} {_subject(group, zh)}（{unit}{'，前15项' if cut else ''}）"
    return f"Figure {n} {_subject(group, zh)} ({unit}{'; first 15' if cut else ''})"


def _alt(rows: list[tuple[str, float]], group: Group, zh: bool) -> str:
    sign = "+" if group.growth else ""
    unit = group.unit(zh)
    items = [f"{label}{sign if v >= 0 else ''}{_amount(v)}{unit}" if zh
             else f"{label} {sign if v >= 0 else ''}{_amount(v)} {unit}" for label, v in rows]
    return ("条形图：" + "；".join(items) + "。") if zh else ("Bar chart: " + "; ".join(items) + ".")




@functools.lru_cache(maxsize=1)
def style_fingerprint() -> str:
    """What besides a chart's data changes its pictures: the drawing code (draw.py's own text, so
    an edit there misses every old key), matplotlib's version, the font file, the sizes."""
    code = hashlib.sha256((Path(__file__).parent / "draw.py").read_bytes()).hexdigest()
    fonts = [f"{p}:{Path(p).stat().st_size}" for p in FONT_FILES if Path(p).exists()]
    return f"draw.py {code}; matplotlib {installed_version('matplotlib')}; {DPI} dpi; {WIDTH_IN} in; {';'.join(fonts)}"


def installed_version(name: str) -> str:
    """`importlib.metadata.version(name)` for a distribution installed as a `.dist-info` folder:
    the version its folder's name carries (`matplotlib-3.9.2.dist-info`), in the first `sys.path`
    folder that has one (the folder importlib.metadata finds first). Why not importlib.metadata
    itself: importing it (and the email parser it reads METADATA with) is ~0.02 CPU-s of the
    build's main process, in the front half (bench/results.md, "speed2"). Anything else (an egg,
    a zip, several versions side by side): importlib.metadata."""
    import os
    import sys

    prefix = f"{name.lower().replace('-', '_')}-"
    for entry in sys.path:
        try:
            folders = [e for e in os.listdir(entry or ".") if e.lower().startswith(prefix) and e.endswith(".dist-info")]
        except OSError:
            continue
        if len(folders) == 1:
            return folders[0][len(prefix):-len(".dist-info")]
        if folders:
            break
    from importlib.metadata import version

    return version(name)


@dataclass(frozen=True)
class ChartSpec:
    """Everything a chart's pictures are drawn from: nothing else reaches draw.py."""

    id: str
    title: str                          # the caption (not drawn: the editions print it)
    alt: str
    rows: tuple[tuple[str, float], ...]
    unit: str
    doc_title: str                      # written into the PNG/SVG metadata

    @property
    def size(self) -> tuple[float, float]:
        """The PDF picture's page (width, height) in points."""
        return page_size(len(self.rows))

    @property
    def key(self) -> str:
        """sha256 of what the pictures depend on: same key, same bytes."""
        data = [style_fingerprint(), list(map(list, self.rows)), self.unit, self.doc_title]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def chart_specs(records, *, lang: str, title: str) -> tuple[ChartSpec, ...]:
    """What to chart (see module doc), without drawing anything."""
    zh = lang.lower().startswith("zh")
    specs = []
    for n, group in enumerate(chart_groups(records), start=1):
        rows = tuple((_label(r, group, zh), group.number(r)) for r in group.records[:MAX_BARS])
        specs.append(ChartSpec(f"fig{n}", _title(n, group, zh, len(group.records) > MAX_BARS),
                               _alt(list(rows), group, zh), rows, group.unit(zh), title))
    return tuple(specs)


def make_charts(records, *, lang: str, title: str,
                reuse: Mapping[str, Mapping[str, bytes]] | None = None, draw: bool = True) -> tuple[Chart, ...]:
    """Bar charts for the kinds of figures the document has enough of (see module doc).
    `reuse` maps a spec key to pictures already drawn for it ({"png": …, "svg": …, "pdf": …},
    and "warnings": what drawing them warned, said again here). `draw=False`: a chart not in
    `reuse` is left undrawn (empty pictures, its `spec` kept) and matplotlib is not imported."""
    charts = []
    for spec in chart_specs(records, lang=lang, title=title):
        key = spec.key
        known = (reuse or {}).get(key)
        if known is None or any(not known.get(fmt) for fmt in FORMATS):
            if not draw:
                charts.append(Chart(spec.id, spec.title, spec.alt, b"", b"", b"", key, (), spec))
                continue
            from .draw import draw_chart   # matplotlib: imported only when something is drawn
            first = len(log.collected)
            known = draw_chart(spec.rows, spec.unit, spec.doc_title)
            said = tuple(w.message for w in log.collected[first:])
        else:
            said = tuple(known.get("warnings", ()))
            for message in () if known.get("said") else said:
                log.warn(message, "figures/charts")
        charts.append(Chart(spec.id, spec.title, spec.alt, known["png"], known["svg"], known["pdf"], key, said, spec))
    return tuple(charts)
