"""The figures stage: every statistic in a Document, as records and bar charts.

    from pipeline.figures import find_figures
    figures = find_figures(document)          # Figures(records=(...), charts=(...))
    figures.records[0].id, figures.charts[0].id  # 'p1-1-1-v1', 'fig1'

See scan.py for what counts as a statistic (Arabic digits, Chinese numerals,
English number words), extract.py for targets and the passes over a paragraph (changes.py:
changes and amounts; naming.py: indicators; notes.py: editors' notes), and
summary.py for the headline rows of the summary table.
"""
from __future__ import annotations

from ..model import Document, Figures

# The stage's modules load on first use, not with the package: the worker of `pipeline build` that
# draws the charts imports pipeline.figures.draw (matplotlib and charts.py's sizes) and nothing
# of the extraction (0.09 CPU-s of imports: scan, extract, naming, english, ...; issue 16).
_LAZY = {"extract_figures": ".extract", "make_charts": ".charts", "key_figures": ".summary"}


def find_figures(document: Document, reuse=None, draw: bool = True) -> Figures:
    """Extract the records, chart them in the document's language, choose the headline rows.
    `reuse`: pictures already drawn, by chart key; `draw=False`: leave the others undrawn
    (charts.make_charts)."""
    from .charts import make_charts
    from .extract import extract_figures
    from .summary import key_figures

    records = extract_figures(document)
    return Figures(records, make_charts(records, lang=document.lang, title=document.title, reuse=reuse, draw=draw),
                   key_figures(records, texts=paragraph_texts(document)))


def paragraph_texts(document: Document) -> dict[tuple[str, str], str]:
    """Each paragraph's strings by (id, part), as the records point into them."""
    out: dict[tuple[str, str], str] = {}
    stack = list(reversed(document.sections))
    paragraphs = list(document.front)
    while stack:
        section = stack.pop()
        paragraphs.extend(section.paragraphs)
        stack.extend(reversed(section.sections))
    for p in paragraphs:
        out[(p.id, "lead")], out[(p.id, "text")] = p.lead, p.text
    return out


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["find_figures", "extract_figures", "make_charts", "key_figures"]
