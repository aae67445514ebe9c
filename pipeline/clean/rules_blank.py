"""Blank lines: none at the edges, at most one in a row (a blank line separates paragraphs)."""
from __future__ import annotations

from .page import Page


def blank_edge(page: Page) -> Page:
    """Drop blank (whitespace-only) lines before the first and after the last line of text.

    Example: the " " and "" lines between "请输入您要查询的百科知识:" and the title, once the prompt is gone.
    """
    filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
    if not filled:
        return page
    return page.drop([*range(filled[0]), *range(filled[-1] + 1, len(page.lines))])


def blank_run(page: Page) -> Page:
    """Keep the first blank line of a run, drop the others.

    Example: "", " ", "" between two paragraphs -> one "".
    """
    hits = [i for i in range(1, len(page.lines))
            if not page.lines[i].text.strip() and not page.lines[i - 1].text.strip()]
    return page.drop(hits)
