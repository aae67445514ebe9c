"""Whether the body's level-1 parts each open a new page, or run on after one another.

    main_class = "run-on" if parts_run_on(article, lang) else None

A report's or a book's parts are chapters: each opens a page (print.css). An RFC, a README or a
short web page has many parts of a few lines each ("Status of This Memo", "Copyright Notice",
"Abstract", "Dependencies"): a page each leaves a run of near-empty pages (RFC 4648: 13 of 38
pages under 40 % full), which no publisher would print. So the choice is made for the whole
document, from its typical part: when the median level-1 part is shorter than about a page and a
half, every part runs on under its heading (the appendix still opens its own page). Why: a part
that opens a page leaves its last page half empty on average, and a part a little over a page
leaves a second page almost empty; chapters that earn a page of their own (a novel's, a government
report's) run to several. Shorter parts are an article's or a law's sections: an encyclopedia
entry (e1: 7 of 16 pages under 40 % full), a manual's sections (CWEB: 10 of 69), a constitution's
articles, a Wikipedia page. Counted in characters of the script: an A4 body page holds ~1,080
Chinese characters (36 a line, 30 lines) or ~2,000 Latin ones (DejaVu Serif, 12 pt, 36 em: 1,900
measured on a page of running text).
A run of near-empty pages needs several parts: with fewer than
MIN_PARTS (a speech, a report of two or three chapters) each part keeps its page, as it always did,
unless every part is under half a page: a one-page Act of three short sections, a notice of two
articles, set a page each, was three pages each nearly empty (check set 10's yr4).
"""
from __future__ import annotations

import statistics

from ...docbook.read import q
from ...lang import cjk

PAGE_AND_A_HALF_CHARS = {"cjk": 1600, "latin": 3000}
HALF_PAGE_CHARS = {"cjk": 540, "latin": 1000}
MIN_PARTS = 4


def parts_run_on(article, lang: str) -> bool:
    """True when the median level-1 section of `article` (DocBook) holds less than about a page and a half."""
    sizes = [len("".join(sec.itertext())) for sec in article.iterfind(q("section"))]
    script = "cjk" if cjk(lang) else "latin"
    if len(sizes) < MIN_PARTS:
        return len(sizes) > 1 and max(sizes) < HALF_PAGE_CHARS[script]
    return statistics.median(sizes) < PAGE_AND_A_HALF_CHARS[script]
