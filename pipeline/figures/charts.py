"""The figures appendix's bar charts: `make_charts(records, lang=, title=)`.

    charts = make_charts(records, lang="zh-CN", title="某区政府工作报告")
    charts[0].id, charts[0].title          # 'fig1', '图1 增长率（%）'

One chart per kind in `KINDS` that has three or more records: growth rates,
amounts in 元 and in 美元 (each in 亿), percentages. At most 15 bars: growth
rates and percentages keep the first 15, amounts the 15 largest; the title says
so. Output is deterministic: fixed SVG ids, no dates, text drawn as paths.

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
from typing import Callable, Mapping

from .. import log
from ..model import Chart, FigureRecord

MAX_BARS = 15
MIN_RECORDS = 3
FORMATS = ("png", "svg", "pdf")     # the PDF edition embeds the PDF; DOCX the PNG; EPUB the SVG
DPI = 200                           # the PNG's
WIDTH_IN = 6.3                      # A4 text width
FONT_FILES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)
FONT_NAME = "Noto Sans CJK SC"


@dataclass(frozen=True)
class Kind:
    """One chart: which records, what number to plot, how to caption it."""

    name: str
    select: Callable[[FigureRecord], bool]
    number: Callable[[FigureRecord], float]
    unit_zh: str
    unit_en: str
    caption_zh: str
    caption_en: str
    largest: bool                   # keep the largest bars (else the first)


def figure_size(bars: int) -> tuple[float, float]:
    """The chart's figure in inches (draw.py draws at this size; tight_layout never changes it)."""
    return WIDTH_IN, 0.9 + 0.34 * bars


def page_size(bars: int) -> tuple[float, float]:
    """The chart PDF's page in points, as matplotlib writes its /MediaBox (72 dpi, 10 decimals):
    the size of the placeholder the PDF edition lays out before the chart is drawn."""
    return tuple(float(f"{72 * inches:.10f}") for inches in figure_size(bars))


def _growth(r: FigureRecord) -> float:
    return float(r.change.rstrip("%"))


KINDS = (
    Kind("growth", lambda r: r.change.endswith("%"), _growth,
         "%", "%", "增长率", "Growth rates", largest=False),
    Kind("yuan", lambda r: r.unit == "元" and r.value >= 1e6, lambda r: r.value / 1e8,
         "亿元", "100 million yuan", "主要金额指标", "Amounts", largest=True),
    Kind("usd", lambda r: r.unit == "美元" and r.value >= 1e6, lambda r: r.value / 1e8,
         "亿美元", "100 million US dollars", "主要外资外贸金额", "Amounts in US dollars", largest=True),
    Kind("share", lambda r: r.unit == "%" and not r.change, lambda r: r.value,
         "%", "%", "比重与比率", "Shares and rates", largest=False),
)


def _label(r: FigureRecord, zh: bool) -> str:
    name = r.indicator or r.mention
    name = name if len(name) <= 16 else name[:15] + "…"
    return name + (("（目标）" if zh else " (target)") if r.target else "")


def _amount(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _title(n: int, kind: Kind, zh: bool, cut: bool) -> str:
    if zh:
        more = ("，前15项" if not kind.largest else "，最大的15项") if cut else ""
        return f"图{n} {kind.caption_zh}（{kind.unit_zh}{more}）"
    more = ("; first 15" if not kind.largest else "; 15 largest") if cut else ""
    return f"Figure {n} {kind.caption_en} ({kind.unit_en}{more})"


def _alt(rows: list[tuple[str, float]], kind: Kind, zh: bool) -> str:
    sign = "+" if kind.name == "growth" else ""
    unit = kind.unit_zh if zh else kind.unit_en
    items = [f"{label}{sign if v >= 0 else ''}{_amount(v)}{unit}" if zh
             else f"{label} {sign if v >= 0 else ''}{_amount(v)} {unit}" for label, v in rows]
    return ("条形图：" + "；".join(items) + "。") if zh else ("Bar chart: " + "; ".join(items) + ".")




@functools.lru_cache(maxsize=1)
def style_fingerprint() -> str:
    """What besides a chart's data changes its pictures: the drawing code (draw.py's own text, so
    an edit there misses every old key), matplotlib's version, the font file, the sizes."""
    from importlib.metadata import version
    code = hashlib.sha256((Path(__file__).parent / "draw.py").read_bytes()).hexdigest()
    fonts = [f"{p}:{Path(p).stat().st_size}" for p in FONT_FILES if Path(p).exists()]
    return f"draw.py {code}; matplotlib {version('matplotlib')}; {DPI} dpi; {WIDTH_IN} in; {';'.join(fonts)}"


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
    chosen = [(k, [r for r in records if k.select(r)]) for k in KINDS]
    chosen = [(k, rs) for k, rs in chosen if len(rs) >= MIN_RECORDS]
    specs = []
    for n, (kind, rs) in enumerate(chosen, start=1):
        if kind.largest:
            rs = sorted(rs, key=kind.number, reverse=True)
        rows = tuple((_label(r, zh), kind.number(r)) for r in rs[:MAX_BARS])
        specs.append(ChartSpec(f"fig{n}", _title(n, kind, zh, len(rs) > MAX_BARS), _alt(list(rows), kind, zh),
                               rows, kind.unit_zh if zh else kind.unit_en, title))
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
