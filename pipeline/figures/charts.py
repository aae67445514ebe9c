"""Draw the figures appendix's bar charts: `make_charts(records, lang=, title=)`.

    charts = make_charts(records, lang="zh-CN", title="某区政府工作报告")
    charts[0].id, charts[0].title          # 'fig1', '图1 增长率（%）'

One chart per kind in `KINDS` that has three or more records: growth rates,
amounts in 元 and in 美元 (each in 亿), percentages. At most 15 bars: growth
rates and percentages keep the first 15, amounts the 15 largest; the title says
so. Output is deterministic: fixed SVG ids, no dates, text drawn as paths.
"""
from __future__ import annotations

import functools
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager, rc_context  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from ..errors import DependencyError  # noqa: E402
from ..log import warn  # noqa: E402
from ..model import Chart, FigureRecord  # noqa: E402

MAX_BARS = 15
MIN_RECORDS = 3
DPI = 200
WIDTH_IN = 6.3                      # A4 text width
FONT_FILES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)
FONT_NAME = "Noto Sans CJK SC"
_RC = {"svg.hashsalt": "pipeline-figures", "svg.fonttype": "path", "font.family": FONT_NAME,
       "axes.unicode_minus": False}


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


@functools.lru_cache(maxsize=1)   # addfont re-reads the whole .ttc: once per process, not per document
def _font() -> font_manager.FontProperties:
    for path in FONT_FILES:
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path)
    raise DependencyError(f"the font {FONT_NAME}", "apt-get install fonts-noto-cjk")


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


def _draw(rows: list[tuple[str, float]], font, unit: str, title: str) -> tuple[bytes, bytes]:
    fig = Figure(figsize=(WIDTH_IN, 0.9 + 0.34 * len(rows)))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labels = [label for label, _ in rows][::-1]
    values = [v for _, v in rows][::-1]
    bars = ax.barh(range(len(rows)), values, color="#3b6ea5", height=0.6)
    ax.set_yticks(range(len(rows)), labels, fontproperties=font, fontsize=8)
    ax.bar_label(bars, [_amount(v) for v in values], padding=2, fontsize=7, fontproperties=font)
    ax.set_xlabel(unit, fontproperties=font, fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    ax.axvline(0, color="#555555", linewidth=0.6)
    ax.margins(x=0.15)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    png, svg = io.BytesIO(), io.BytesIO()
    fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None, "Title": title})
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None, "Title": title})
    return png.getvalue(), svg.getvalue()


def make_charts(records, *, lang: str, title: str) -> tuple[Chart, ...]:
    """Bar charts for the kinds of figures the document has enough of (see module doc)."""
    zh = lang.lower().startswith("zh")
    chosen = [(k, [r for r in records if k.select(r)]) for k in KINDS]
    chosen = [(k, rs) for k, rs in chosen if len(rs) >= MIN_RECORDS]
    if not chosen:
        return ()
    font = _font()
    charts = []
    with rc_context(_RC), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for n, (kind, rs) in enumerate(chosen, start=1):
            if kind.largest:
                rs = sorted(rs, key=kind.number, reverse=True)
            rows = [(_label(r, zh), kind.number(r)) for r in rs[:MAX_BARS]]
            caption = _title(n, kind, zh, len(rs) > MAX_BARS)
            png, svg = _draw(rows, font, kind.unit_zh if zh else kind.unit_en, title)
            charts.append(Chart(f"fig{n}", caption, _alt(rows, kind, zh), png, svg))
    for w in caught:
        if "missing from" in str(w.message):
            warn(f"chart glyph: {w.message}", "figures/charts")
    return tuple(charts)
