"""The figures stage: every statistic in a Document, as records and bar charts.

    from pipeline.figures import find_figures
    figures = find_figures(document)          # Figures(records=(...), charts=(...))
    figures.records[0].id, figures.charts[0].id  # 'p1-1-1-v1', 'fig1'

Numbers written in Chinese numerals (三年, 十个) are not read; see scan.py for
what counts as a statistic and extract.py for changes, targets and indicators.
"""
from __future__ import annotations

from ..model import Document, Figures
from .charts import make_charts
from .extract import extract_figures


def find_figures(document: Document) -> Figures:
    """Extract the records, then chart them in the document's language."""
    records = extract_figures(document)
    return Figures(records, make_charts(records, lang=document.lang, title=document.title))


__all__ = ["find_figures", "extract_figures", "make_charts"]
