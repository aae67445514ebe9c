"""Draw one bar chart with matplotlib, as PNG, SVG and PDF: `draw_chart(rows, unit, title)`.

    pictures = draw_chart((("生产总值", 450.0), ("财政收入", 30.5)), "亿元", "某区政府工作报告")
    pictures["pdf"][:5]     # b'%PDF-'

One layout, three writers. Every format is deterministic (no dates, fixed SVG ids) and
draws text as paths: the SVG by `svg.fonttype`, the PDF by a path effect on every text
artist (matplotlib's PDF writer has no such setting; a path effect makes it call
`_draw_text_as_path`, the same glyph outlines the SVG has). So the PDF edition, which
embeds the PDF, gets no chart text in its text layer, as it got none from the SVG.
Kept apart from charts.py so that choosing charts never imports matplotlib.
"""
from __future__ import annotations

import functools
import io
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager, patheffects, rc_context  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from ..errors import DependencyError  # noqa: E402
from ..log import warn  # noqa: E402

from .charts import DPI, FONT_FILES, FONT_NAME, figure_size  # noqa: E402

_RC = {"svg.hashsalt": "pipeline-figures", "svg.fonttype": "path", "font.family": FONT_NAME,
       "axes.unicode_minus": False}


@functools.lru_cache(maxsize=1)   # addfont re-reads the whole .ttc: once per process, not per document
def _font() -> font_manager.FontProperties:
    for path in FONT_FILES:
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path)
    raise DependencyError(f"the font {FONT_NAME}", "apt-get install fonts-noto-cjk")


def prepare() -> None:
    """Load what the first chart of a process would: matplotlib (imported with this module) and the
    font (`pipeline build` does it in the worker that will draw, while the XML is made)."""
    _font()


def _amount(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _figure(rows, font, unit: str) -> Figure:
    fig = Figure(figsize=figure_size(len(rows)))
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
    return fig


def draw_chart(rows, unit: str, title: str) -> dict[str, bytes]:
    """{"png": …, "svg": …, "pdf": …} of one horizontal bar chart of `rows` ((label, value), …)."""
    font = _font()
    with rc_context(_RC), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = _figure(rows, font, unit)
        png, svg, pdf = io.BytesIO(), io.BytesIO(), io.BytesIO()
        fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None, "Title": title})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None, "Title": title})
        for text in fig.findobj(Text):
            text.set_path_effects([patheffects.Normal()])
        fig.savefig(pdf, format="pdf", metadata={"CreationDate": None, "Creator": None, "Producer": None})
    for w in caught:
        if "missing from" in str(w.message):
            warn(f"chart glyph: {w.message}", "figures/charts")
    return {"png": png.getvalue(), "svg": svg.getvalue(), "pdf": pdf.getvalue()}
